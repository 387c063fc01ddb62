// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/snapshot.h"

#include <vector>

namespace crossroads {

/// How far a workload can be reached from, from the widest to the narrowest.
enum class Reach {
    Outside, ///< published on all interfaces, NodePort/LoadBalancer/Ingress, host network or port
    HostOnly, ///< published on a loopback address only
    Internal, ///< reachable by other containers or pods, not published
    /// Inbound traffic restricted and nothing published: an internal network, `none`, or
    /// NetworkPolicies that let no peer in from everywhere (network.ingress_isolated, the fact
    /// CR-NET-003 reads, so the view and the check never disagree).
    Isolated,
    Unknown,
};
const char* reachName(Reach reach); ///< "outside", "host-only", ...
QString reachTitle(Reach reach); ///< translated

/// One workload's network exposure on one side, with the entries that make it so.
struct WorkloadExposure {
    std::size_t workload = 0; ///< index into Snapshot::workloads
    QString name;
    Reach reach = Reach::Unknown;
    QStringList entries; ///< "0.0.0.0:8080->80/tcp", "NodePort 30080…", "host network", as people read them
    bool ingressIsolated = false; ///< every container's network.ingress_isolated is true
    bool egressIsolated = false;
};

/// Reads the network facts of every workload (published ports, host network and ports,
/// isolation) into a reach level per workload, for the exposure diagram and its differences.
class NetworkExposure {
public:
    static std::vector<WorkloadExposure> analyse(const Snapshot& snapshot);
    /// Whether a published-port entry is bound to a loopback address only.
    static bool isLoopback(const QString& entry);
};

} // namespace crossroads
