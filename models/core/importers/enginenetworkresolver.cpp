// SPDX-License-Identifier: Apache-2.0
#include "enginenetworkresolver.h"

#include <QHash>

namespace crossroads {

namespace {

void stateFromNetwork(Workload& workload, Container& container, FactKey key, bool value, const EngineNetworks::Network& network)
{
    Fact& fact = container[key];
    fact.value = value;
    fact.provenance = Provenance::Stated;
    fact.base = workload.addBase(network.location.file, network.location.pointer);
    fact.line = network.location.line;
    fact.setPath("");
}

} // namespace

void EngineNetworkResolver::resolve(Snapshot& snapshot, const EngineNetworks& networks)
{
    QHash<QString, const EngineNetworks::Network*> byName;
    for (const EngineNetworks::Network& network : networks.networks) {
        if (!byName.contains(network.name))
            byName.insert(network.name, &network);
    }
    if (byName.isEmpty())
        return;
    for (const EngineNetworks::Attachment& attachment : networks.attachments) {
        std::vector<const EngineNetworks::Network*> joined;
        for (const QString& name : attachment.networks) {
            if (const auto* network = byName.value(name))
                joined.push_back(network);
        }
        if (joined.empty() || joined.size() != static_cast<std::size_t>(attachment.networks.size()))
            continue; // a network that was not inspected could be anything
        const auto open = std::find_if(joined.begin(), joined.end(), [](const auto* network) { return !network->internal; });
        Workload& workload = snapshot.workloads[attachment.workload];
        for (Container& container : workload.containers) {
            if (open != joined.end()) {
                stateFromNetwork(workload, container, FactKey::EgressIsolated, false, **open);
                continue;
            }
            stateFromNetwork(workload, container, FactKey::EgressIsolated, true, *joined.front());
            if (container[FactKey::PublishedPorts].value.toStringList().isEmpty())
                stateFromNetwork(workload, container, FactKey::IngressIsolated, true, *joined.front());
        }
    }
}

} // namespace crossroads
