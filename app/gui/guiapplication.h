// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace crossroads::GuiApplication {

/// Starts the window: translations for the system locale, the options of CommandLine, and
/// the `--screenshot` tour (demo pages, then a training scenario) when asked.
int run(int argc, char* argv[]);

} // namespace crossroads::GuiApplication
