// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// Applies `network inspect` to the Podman/Docker containers of a snapshot once all files are
/// read: a container whose networks are all internal cannot reach out (egress isolated) and,
/// with no published port, cannot be reached from outside either; a container on any network
/// that is not internal has a route out. Containers on a network that was not inspected keep
/// what their own inspect said.
class EngineNetworkResolver {
public:
    static void resolve(Snapshot& snapshot, const EngineNetworks& networks);
};

} // namespace crossroads
