// SPDX-License-Identifier: Apache-2.0
#include "networkpolicyisolation.h"

namespace crossroads {

namespace {

/// An omitted or null selector is not set; `{}` is set and empty.
bool isSet(const Node& selector)
{
    return selector.isValid() && !selector.isNull();
}

void noteOpening(KubernetesContext::NetworkPolicy::Rules& rules, const ImportContext& context, const Node& node)
{
    if (rules.opening.file < 0)
        rules.opening = locationOf(context, node);
}

} // namespace

// The API reference (NetworkPolicyIngressRule, NetworkPolicyEgressRule, NetworkPolicyPeer):
// an empty or missing `from`/`to` matches every peer; a peer's empty namespaceSelector selects
// all namespaces, and with no podSelector (or an empty one) every pod in them; a podSelector
// alone selects pods of the policy's own namespace only. Ports limit which services, not who:
// a rule open to every peer on one port still lets everyone reach that port.
KubernetesContext::NetworkPolicy::Rules NetworkPolicyIsolation::readRules(const ImportContext& context, const Node& rules, const char* peers)
{
    KubernetesContext::NetworkPolicy::Rules result;
    for (const Node rule : rules.children()) {
        const Node list = rule[peers];
        if (list.size() == 0) {
            noteOpening(result, context, rule);
            continue;
        }
        for (const Node peer : list.children()) {
            if (const Node ipBlock = peer["ipBlock"]; isSet(ipBlock)) {
                // `except` only carves out the ranges it names: everything else still passes.
                const std::optional<AddressBlock> block = AddressBlock::parse(ipBlock["cidr"].toString());
                if (!block)
                    continue; // the API server refuses a malformed CIDR
                if (block->isEveryAddress())
                    noteOpening(result, context, peer);
                else
                    result.blocks.emplace_back(*block, locationOf(context, peer));
                continue;
            }
            const Node namespaces = peer["namespaceSelector"];
            const Node pods = peer["podSelector"];
            const bool everyNamespace = isSet(namespaces) && LabelSelector::read(namespaces).isEmpty();
            const bool everyPod = !isSet(pods) || LabelSelector::read(pods).isEmpty();
            if (everyNamespace && everyPod)
                noteOpening(result, context, peer);
        }
    }
    return result;
}

NetworkPolicyIsolation::Decision NetworkPolicyIsolation::decide(const std::vector<KubernetesContext::NetworkPolicy>& policies,
    const Workload& workload, Direction direction)
{
    Decision decision;
    const KubernetesContext::NetworkPolicy* first = nullptr;
    std::vector<AddressBlock> blocks;
    std::vector<const KubernetesContext::ObjectLocation*> blockLocations;
    for (const auto& policy : policies) {
        const bool governs = direction == Direction::Ingress ? policy.ingress : policy.egress;
        if (!governs || policy.nameSpace != workload.nameSpace || !policy.podSelector.matches(workload.labels))
            continue;
        decision.selected = true;
        const auto& rules = direction == Direction::Ingress ? policy.ingressRules : policy.egressRules;
        if (rules.opening.file >= 0) {
            decision.decidedBy = rules.opening;
            return decision;
        }
        if (first == nullptr)
            first = &policy;
        for (const auto& [block, location] : rules.blocks) {
            blocks.push_back(block);
            blockLocations.push_back(&location);
        }
    }
    if (first == nullptr)
        return decision;
    // Blocks from several rules and policies may add up to every address (0.0.0.0/1 and
    // 128.0.0.0/1): then the first of that family stands for them.
    for (const bool v6 : { false, true }) {
        if (!AddressBlock::coverEveryAddress(blocks, v6))
            continue;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].v6 == v6) {
                decision.decidedBy = *blockLocations[i];
                return decision;
            }
        }
    }
    decision.isolated = true;
    decision.decidedBy = first->location;
    return decision;
}

} // namespace crossroads
