// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// `docker network inspect` / `podman network inspect` (Podman 4 netavark format): each network's
/// name and whether it is internal (no route out). Containers are matched to their networks by
/// EngineNetworkResolver once every file is read.
class NetworkInspectImporter {
public:
    static bool recognises(const Node& root);
    static void import(const ImportContext& context, const Node& root);
};

} // namespace crossroads
