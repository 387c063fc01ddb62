// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// Makes one workload of each Podman pod of several containers once all files are read, as podman-pod-create(1)
/// describes a pod: its containers share the infra container's namespaces, and the ports
/// published on the infra container are the pod's (carried by its first container). The
/// workload is named after the pod (from `podman pod ps`), or "pod <id>" when no pod list was
/// read, and pairs with the Kubernetes Pod that `podman kube generate` makes of it. Members
/// are left in place with no containers (other resolvers index workloads); drop them after.
class EnginePodResolver {
public:
    static void resolve(Snapshot& snapshot, const EnginePods& pods);
};

} // namespace crossroads
