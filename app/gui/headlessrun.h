// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace crossroads::HeadlessRun {

/// True when no window can be shown: no X11 or Wayland display and no platform chosen.
bool noDisplay();
/// Runs the comparison the arguments ask for (--demo, or --dev/--prod) and prints the text
/// report, as `crossroads-cli compare` does. Exit codes follow the CLI's.
int run(int argc, char* argv[]);

} // namespace crossroads::HeadlessRun
