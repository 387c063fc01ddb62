// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace crossroads {

/// Registers the GUI's compiled-in resources (icons). They live in a static library, so the
/// linker would drop them unless something asks for them by name.
void ensureGuiResources();

} // namespace crossroads
