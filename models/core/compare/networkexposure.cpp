// SPDX-License-Identifier: Apache-2.0
#include "networkexposure.h"

#include "snapshot/exposuretext.h"

#include <QCoreApplication>

namespace crossroads {

const char* reachName(Reach reach)
{
    switch (reach) {
    case Reach::Outside: return "outside";
    case Reach::HostOnly: return "host-only";
    case Reach::Internal: return "internal";
    case Reach::Isolated: return "isolated";
    case Reach::Unknown: break;
    }
    return "unknown";
}

QString reachTitle(Reach reach)
{
    switch (reach) {
    case Reach::Outside: return QCoreApplication::translate("crossroads::NetworkExposure", "Reachable from outside");
    case Reach::HostOnly: return QCoreApplication::translate("crossroads::NetworkExposure", "Host only (loopback)");
    case Reach::Internal: return QCoreApplication::translate("crossroads::NetworkExposure", "Internal network");
    case Reach::Isolated: return QCoreApplication::translate("crossroads::NetworkExposure", "Isolated");
    case Reach::Unknown: break;
    }
    return QCoreApplication::translate("crossroads::NetworkExposure", "Unknown");
}

bool NetworkExposure::isLoopback(const QString& entry)
{
    return entry.startsWith(QLatin1String("127.")) || entry.startsWith(QLatin1String("[::1]")) || entry.startsWith(QLatin1String("::1:"))
        || entry.startsWith(QLatin1String("localhost:"));
}

std::vector<WorkloadExposure> NetworkExposure::analyse(const Snapshot& snapshot)
{
    std::vector<WorkloadExposure> result;
    result.reserve(snapshot.workloads.size());
    for (std::size_t index = 0; index < snapshot.workloads.size(); ++index) {
        const Workload& workload = snapshot.workloads[index];
        WorkloadExposure exposure;
        exposure.workload = index;
        exposure.name = workload.displayName();
        bool outside = false, hostOnly = false, known = false, isolated = true, egressIsolated = true;
        for (const Container& container : workload.containers) {
            const Fact& hostNetwork = container[FactKey::HostNetwork];
            // Shown to people only (the network page), so in their language, in CheckEvaluator's words.
            const QString hostNetworkText = QCoreApplication::translate("CheckEvaluator", "host network");
            if (hostNetwork.isKnown() && hostNetwork.value.toBool() && !exposure.entries.contains(hostNetworkText)) {
                exposure.entries << hostNetworkText;
                outside = true;
            }
            const Fact& published = container[FactKey::PublishedPorts];
            known = known || published.isKnown();
            for (const QString& entry : published.value.toStringList()) {
                const QString shown = ExposureText::shown(entry);
                if (exposure.entries.contains(shown))
                    continue;
                exposure.entries << shown;
                (isLoopback(entry) ? hostOnly : outside) = true;
            }
            const Fact& ingress = container[FactKey::IngressIsolated];
            known = known || ingress.isKnown();
            isolated = isolated && ingress.isKnown() && ingress.value.toBool();
            const Fact& egress = container[FactKey::EgressIsolated];
            egressIsolated = egressIsolated && egress.isKnown() && egress.value.toBool();
        }
        if (workload.containers.empty())
            known = false;
        exposure.ingressIsolated = !workload.containers.empty() && isolated;
        exposure.egressIsolated = !workload.containers.empty() && egressIsolated;
        if (outside)
            exposure.reach = Reach::Outside;
        else if (hostOnly)
            exposure.reach = Reach::HostOnly;
        else if (!known)
            exposure.reach = Reach::Unknown;
        else
            exposure.reach = isolated ? Reach::Isolated : Reach::Internal;
        result.push_back(std::move(exposure));
    }
    return result;
}

} // namespace crossroads
