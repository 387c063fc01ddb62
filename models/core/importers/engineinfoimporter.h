// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// `docker info` / `podman info` JSON → engine facts (rootless, daemonless, OCI runtime, cgroup
/// version, seccomp/AppArmor/SELinux, user-namespace maps).
class EngineInfoImporter {
public:
    static bool recognises(const Node& root);
    static void import(const ImportContext& context, const Node& root);
};

} // namespace crossroads
