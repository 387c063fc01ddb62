// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// Everything about Kubernetes workloads that needs other objects, applied once all files are
/// read: owned ReplicaSets, Pods and Jobs folded into their owner; Services, Ingresses and
/// hostPorts as exposure; NetworkPolicies as isolation; ServiceAccount token mounting; Secrets
/// defined in the input; credentials in the ConfigMaps containers use; namespace Pod Security
/// labels; nodes and RuntimeClasses as engine facts.
class KubernetesResolver {
public:
    static void resolve(Snapshot& snapshot, const KubernetesContext& kubernetes, const std::vector<Ownership>& owners,
        const std::vector<std::pair<std::size_t, QStringList>>& secretReferences);
};

} // namespace crossroads
