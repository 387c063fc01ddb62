// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commandlinedoc.h"

#include <QStringList>

namespace crossroads::cli {

/// crossroads-cli as its manual page and completions describe it: the command list, each
/// command's declared options, and the exit status, files and environment it documents.
docgen::ProgramDoc programDoc();

/// `crossroads-cli --manpage`: the manual page, in man(7) format, on standard output.
int printManPage();

/// `crossroads-cli completion bash|zsh|fish`: the completion script on standard output.
int runCompletion(const QStringList& arguments);

} // namespace crossroads::cli
