// SPDX-License-Identifier: Apache-2.0
#include "enginepodresolver.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <vector>

namespace crossroads {

namespace {

/// Moves a member's container into the pod's workload, keeping every fact's source: the
/// member's source bases move along and the facts are renumbered to them.
void adopt(Workload& pod, Workload& member)
{
    const auto offset = static_cast<qint16>(pod.bases.size());
    pod.bases.insert(pod.bases.end(), member.bases.begin(), member.bases.end());
    for (Container& container : member.containers) {
        for (Fact& fact : container.facts) {
            if (fact.base >= 0)
                fact.base = static_cast<qint16>(fact.base + offset);
        }
        for (Credential& credential : container.credentials) {
            if (credential.base >= 0)
                credential.base = static_cast<qint16>(credential.base + offset);
        }
        pod.containers.push_back(std::move(container));
    }
}

/// The pod's published ports go to its first container, as `podman kube generate` writes them
/// (hostPort on the first container's port) and as Kubernetes declares a hostPort on one
/// container; the other members publish nothing of their own. All share the pod's network, so
/// none is isolated from what the pod publishes.
void publishInfraPorts(Workload& pod, const EnginePods::Infra& infra)
{
    const qint16 base = pod.addBase(infra.location.file, infra.location.pointer);
    bool first = true;
    for (Container& container : pod.containers) {
        auto cite = [&](FactKey key, FactValue value, Provenance provenance) {
            Fact& fact = container[key];
            fact.value = std::move(value);
            fact.provenance = provenance;
            fact.base = base;
            fact.line = infra.location.line;
            fact.setPath("");
        };
        cite(FactKey::PublishedPorts, first ? infra.publishedPorts : QStringList(), Provenance::Stated);
        cite(FactKey::HostPorts, first ? infra.hostPorts : QStringList(), Provenance::Stated);
        // Unpublished and loopback ports are reachable from the host and the pod's network only.
        cite(FactKey::IngressIsolated, !publishesBeyondLoopback(infra.publishedPorts), Provenance::Derived);
        first = false;
    }
}

} // namespace

void EnginePodResolver::resolve(Snapshot& snapshot, const EnginePods& pods)
{
    if (pods.members.empty())
        return;
    QHash<QString, const EnginePods::Pod*> podById;
    for (const EnginePods::Pod& pod : pods.pods)
        podById.insert(pod.id, &pod);
    QHash<QString, const EnginePods::Infra*> infraByPod;
    for (const EnginePods::Infra& infra : pods.infras)
        infraByPod.insert(infra.podId, &infra);

    std::map<QString, std::vector<std::size_t>> membersByPod; // ordered: the same result on every run
    for (const EnginePods::Member& member : pods.members)
        membersByPod[member.podId].push_back(member.workload);
    for (const auto& [podId, members] : membersByPod) {
        const EnginePods::Infra* infra = infraByPod.value(podId);
        if (members.size() == 1) {
            // A pod of one container (podman-compose makes one per project) is that container
            // in the pod's network: it keeps its own name, and takes the pod's ports.
            if (infra != nullptr)
                publishInfraPorts(snapshot.workloads[members.front()], *infra);
            continue;
        }
        Workload pod;
        pod.platform = QStringLiteral("podman");
        pod.kind = QStringLiteral("Pod");
        const EnginePods::Pod* listed = podById.value(podId);
        pod.name = listed != nullptr ? listed->name : QCoreApplication::translate("Importer", "pod %1").arg(podId.left(12));
        if (listed != nullptr)
            pod.labels = listed->labels;
        // Members of one compose project keep it as their namespace.
        pod.nameSpace = snapshot.workloads[members.front()].nameSpace;
        for (const std::size_t index : members) {
            if (snapshot.workloads[index].nameSpace != pod.nameSpace)
                pod.nameSpace.clear();
        }
        for (const std::size_t index : members) {
            adopt(pod, snapshot.workloads[index]);
            snapshot.workloads[index].containers.clear();
        }
        if (infra != nullptr)
            publishInfraPorts(pod, *infra);
        // The pod takes its first member's place; the emptied members are dropped by the caller
        // once every resolver that indexes workloads has run.
        snapshot.workloads[members.front()] = std::move(pod);
    }
}

} // namespace crossroads
