// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "snapshot/snapshot.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

/// A dev workload and the prod workload it becomes, and why the matcher believes so.
struct WorkloadPair {
    std::size_t dev;
    std::size_t prod;
    QString matchedBy; ///< "map", "image", "label", "name"
};

struct Matching {
    std::vector<WorkloadPair> pairs;
    std::vector<std::size_t> unpairedDev;
    std::vector<std::size_t> unpairedProd;
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
/// and tag ignored), then app labels, then names. Each workload pairs at most once; the rest are
/// reported as unpaired, never dropped.
class Matcher {
public:
    static Matching match(const Snapshot& dev, const Snapshot& prod, const WorkloadMap& map = {});
};

} // namespace crossroads
