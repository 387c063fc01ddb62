// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace crossroads::GuiDocs {

/// `crossroads --manpage` and `crossroads --completion bash|zsh|fish`, which the build runs to
/// write the packaged manual page and completions from the options --help prints. Returns the
/// exit status, or -1 when the arguments ask for neither.
int run(int argc, char* argv[]);

} // namespace crossroads::GuiDocs
