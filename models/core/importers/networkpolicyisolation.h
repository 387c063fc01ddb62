// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

namespace crossroads {

/// Whether NetworkPolicies isolate a pod, decided by what they allow rather than by whether one
/// selects it (docs/facts.md, "Network isolation"). A pod is isolated in a direction when some
/// policy governing that direction selects it and no rule of any such policy lets every peer
/// through: no rule without peers (`- {}`, only `ports`), no peer selecting every namespace
/// (`namespaceSelector: {}`), no ipBlocks that together hold every address (`0.0.0.0/0`,
/// `::/0`, whatever `except` carves out). Policies add up: one open rule opens the pod.
class NetworkPolicyIsolation {
public:
    enum class Direction { Ingress, Egress };

    /// Summarises a policy's `ingress` or `egress` rules (`peers` is "from" or "to").
    static KubernetesContext::NetworkPolicy::Rules readRules(const ImportContext& context, const Node& rules, const char* peers);

    struct Decision {
        bool selected = false; ///< a policy governing the direction selects the pod
        bool isolated = false;
        /// The rule or peer that opens the pod, or the first policy that isolates it.
        KubernetesContext::ObjectLocation decidedBy;
    };
    static Decision decide(const std::vector<KubernetesContext::NetworkPolicy>& policies, const Workload& workload, Direction direction);
};

} // namespace crossroads
