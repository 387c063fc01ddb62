// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commandlinedoc.h"

#include <QByteArray>

namespace crossroads::docgen {

/// Completion scripts for commands, options and their values, generated from the same
/// definitions --help prints. One implementation file a shell.
class ShellCompletion {
public:
    static QStringList shells(); ///< "bash", "zsh", "fish"
    /// The script for `shell`; empty for a shell not in shells().
    static QByteArray write(const QString& shell, const ProgramDoc& program);

    static QByteArray bash(const ProgramDoc& program);
    static QByteArray zsh(const ProgramDoc& program);
    static QByteArray fish(const ProgramDoc& program);

    /// The first sentence of a description, for the one-line hints zsh and fish show.
    static QString hint(const QString& description);
    /// A shell function or variable name from a program name ("crossroads-cli" → "crossroads_cli").
    static QString identifier(const QString& programName);
};

} // namespace crossroads::docgen
