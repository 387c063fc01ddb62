// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "snapshot/snapshot.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

/// A dev container and the prod container it becomes, by index into their workloads' containers.
struct ContainerPair {
    std::size_t dev;
    std::size_t prod;
    QString matchedBy; ///< "name", "image", "position"
};

/// A dev workload and the prod workload it becomes, and why the matcher believes so. Several
/// dev workloads may become one prod workload when each is one of its containers (the Pod that
/// `podman kube generate` makes of separate containers).
struct WorkloadPair {
    std::size_t dev;
    std::size_t prod;
    QString matchedBy; ///< "map", "image", "label", "name", "container"
    std::vector<ContainerPair> containers;
};

/// A container of a paired workload that has no counterpart on the other side (an init
/// container, an injected sidecar): judged on its own, never dropped.
struct ContainerRef {
    std::size_t workload;
    std::size_t container;
};

struct Matching {
    std::vector<WorkloadPair> pairs;
    std::vector<std::size_t> unpairedDev;
    std::vector<std::size_t> unpairedProd;
    std::vector<ContainerRef> unpairedDevContainers;
    std::vector<ContainerRef> unpairedProdContainers;
    /// --map pairs that paired nothing, each with the reason ("web ⇄ shop/web: no production
    /// workload is named shop/web"): a typo in the map must not pass in silence.
    QStringList unusedMapPairs;
};

/// Explicit pairs from a --map file: `{"pairs": [{"dev": "web", "prod": "shop/web"}]}` (JSON or
/// YAML); names may be "name" or "namespace/name".
struct WorkloadMap {
    std::vector<std::pair<QString, QString>> pairs;
    static Result<WorkloadMap> load(const QString& path);
};

/// Pairs dev workloads with prod workloads: the map first, then the image repository (registry
/// and tag ignored), then app labels, then names, then a prod workload one of whose containers
/// bears the dev workload's container name. Each dev workload pairs at most once; the rest are
/// reported as unpaired, never dropped. Inside each pair, containers pair by name, then by
/// image repository, then by position (init containers with init containers); the ones left
/// over are listed as unpaired containers.
class Matcher {
public:
    static Matching match(const Snapshot& dev, const Snapshot& prod, const WorkloadMap& map = {});
};

} // namespace crossroads
