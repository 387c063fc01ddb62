// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace crossroads {

/// Registers the engine's compiled-in resources (rule catalogue, demo scenario). The engine is
/// a static library, whose resource initialiser the linker would otherwise drop.
void ensureEngineResources();

} // namespace crossroads
