// SPDX-License-Identifier: Apache-2.0
#include "matcher.h"

#include "document/documentreader.h"
#include "snapshot/imagereference.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>

namespace crossroads {

Result<WorkloadMap> WorkloadMap::load(const QString& path)
{
    WorkloadMap map;
    Status status = DocumentReader().readFile(path, [&](const Unit& unit) -> Status {
        const Node root = unit.document.root();
        if (unit.role == UnitRole::ListWrapper)
            return Done {};
        const Node pairs = root.isObject() ? root["pairs"] : root;
        if (unit.role == UnitRole::ArrayElement || unit.role == UnitRole::ListItem) {
            // A top-level array of pairs arrives one element at a time.
            if (!root["dev"].isString() || !root["prod"].isString())
                return Error { path, QCoreApplication::translate("Matcher", "line %1").arg(root.line()),
                    QCoreApplication::translate("Matcher", "each pair needs \"dev\" and \"prod\" names") };
            map.pairs.emplace_back(root["dev"].toString(), root["prod"].toString());
            return Done {};
        }
        if (!pairs.isArray())
            return Error { path, QCoreApplication::translate("Matcher", "line %1").arg(root.line()),
                QCoreApplication::translate("Matcher", "expected \"pairs\": a list of {dev, prod}") };
        for (const Node pair : pairs.children()) {
            if (!pair["dev"].isString() || !pair["prod"].isString())
                return Error { path, QCoreApplication::translate("Matcher", "line %1").arg(pair.line()),
                    QCoreApplication::translate("Matcher", "each pair needs \"dev\" and \"prod\" names") };
            map.pairs.emplace_back(pair["dev"].toString(), pair["prod"].toString());
        }
        return Done {};
    });
    if (!status)
        return status.error();
    return map;
}

namespace {

bool namedAs(const Workload& workload, const QString& name)
{
    return workload.name == name || workload.displayName() == name;
}

QStringList repositories(const Workload& workload)
{
    QStringList result;
    for (const Container& container : workload.containers) {
        if (container.init)
            continue;
        const QString reference = container[FactKey::ImageReference].value.toString();
        if (reference.isEmpty() || reference.startsWith(QLatin1String("build:")) || reference.startsWith(QLatin1String("sha256:")))
            continue;
        result << ImageReference::parse(reference).repository;
    }
    return result;
}

QString appLabel(const Workload& workload)
{
    for (const char* key : { "app.kubernetes.io/name", "app", "k8s-app", "com.docker.compose.service" }) {
        const QString value = workload.labels.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString repositoryOf(const Container& container)
{
    const QString reference = container[FactKey::ImageReference].value.toString();
    if (reference.isEmpty() || reference.startsWith(QLatin1String("build:")) || reference.startsWith(QLatin1String("sha256:")))
        return {};
    return ImageReference::parse(reference).repository;
}

/// Pairs the containers of one prod workload with those of every dev workload paired with it:
/// by name, then by image repository, then by position among the rest of the same kind (init
/// with init). Fills each pair's containers and the unpaired lists.
void pairContainers(const Snapshot& dev, const Snapshot& prod, std::size_t prodIndex, const std::vector<WorkloadPair*>& group, Matching& matching)
{
    const Workload& prodWorkload = prod.workloads[prodIndex];
    struct DevContainer {
        WorkloadPair* pair;
        std::size_t index;
        const Container* container;
        bool paired = false;
    };
    std::vector<DevContainer> devContainers;
    for (WorkloadPair* pair : group) {
        const Workload& devWorkload = dev.workloads[pair->dev];
        for (std::size_t c = 0; c < devWorkload.containers.size(); ++c)
            devContainers.push_back(DevContainer { pair, c, &devWorkload.containers[c] });
    }
    std::vector<bool> prodPaired(prodWorkload.containers.size(), false);
    auto pass = [&](const QString& reason, const std::function<bool(const Container&, const Container&)>& same) {
        for (DevContainer& d : devContainers) {
            for (std::size_t p = 0; p < prodWorkload.containers.size() && !d.paired; ++p) {
                const Container& candidate = prodWorkload.containers[p];
                if (prodPaired[p] || candidate.init != d.container->init || !same(*d.container, candidate))
                    continue;
                d.pair->containers.push_back(ContainerPair { d.index, p, reason });
                d.paired = prodPaired[p] = true;
            }
        }
    };
    pass(QStringLiteral("name"), [](const Container& d, const Container& p) { return !d.name.isEmpty() && d.name == p.name; });
    pass(QStringLiteral("image"), [](const Container& d, const Container& p) {
        const QString repository = repositoryOf(d);
        return !repository.isEmpty() && repository == repositoryOf(p);
    });
    // Position: the n-th container left on one side with the n-th left on the other. Only
    // within one dev workload, so that a Pod's sidecar never stands in for another service.
    if (group.size() == 1)
        pass(QStringLiteral("position"), [](const Container&, const Container&) { return true; });
    for (const DevContainer& d : devContainers) {
        if (!d.paired)
            matching.unpairedDevContainers.push_back(ContainerRef { d.pair->dev, d.index });
    }
    for (std::size_t p = 0; p < prodWorkload.containers.size(); ++p) {
        if (!prodPaired[p])
            matching.unpairedProdContainers.push_back(ContainerRef { prodIndex, p });
    }
    for (WorkloadPair* pair : group) {
        std::sort(pair->containers.begin(), pair->containers.end(), [](const ContainerPair& a, const ContainerPair& b) { return a.prod < b.prod; });
    }
}

} // namespace

Matching Matcher::match(const Snapshot& dev, const Snapshot& prod, const WorkloadMap& map)
{
    Matching matching;
    std::vector<bool> devUsed(dev.workloads.size(), false), prodUsed(prod.workloads.size(), false);
    auto pass = [&](const QString& reason, const std::function<bool(const Workload&, const Workload&)>& same) {
        for (std::size_t d = 0; d < dev.workloads.size(); ++d) {
            if (devUsed[d])
                continue;
            for (std::size_t p = 0; p < prod.workloads.size(); ++p) {
                if (prodUsed[p] || !same(dev.workloads[d], prod.workloads[p]))
                    continue;
                matching.pairs.push_back(WorkloadPair { d, p, reason, {} });
                devUsed[d] = prodUsed[p] = true;
                break;
            }
        }
    };
    for (const auto& [devName, prodName] : map.pairs) {
        const QString devWanted = devName, prodWanted = prodName;
        const std::size_t before = matching.pairs.size();
        pass(QStringLiteral("map"), [&](const Workload& d, const Workload& p) { return namedAs(d, devWanted) && namedAs(p, prodWanted); });
        if (matching.pairs.size() != before)
            continue;
        const auto named = [](const Snapshot& side, const QString& name) {
            return std::any_of(side.workloads.cbegin(), side.workloads.cend(), [&name](const Workload& w) { return namedAs(w, name); });
        };
        const QString reason = !named(dev, devWanted) ? QCoreApplication::translate("Matcher", "no development workload is named %1").arg(devWanted)
            : !named(prod, prodWanted)                ? QCoreApplication::translate("Matcher", "no production workload is named %1").arg(prodWanted)
                                                      : QCoreApplication::translate("Matcher", "an earlier pair of the map already uses one of them");
        matching.unusedMapPairs << QStringLiteral("%1 ⇄ %2: %3").arg(devWanted, prodWanted, reason);
    }
    // Small dev sides against huge prod sides: index prod by repository, label and name once,
    // keeping only the keys some dev workload can ask for.
    QSet<QString> wanted;
    for (const Workload& workload : dev.workloads) {
        for (const QString& repository : repositories(workload))
            wanted.insert(repository);
        wanted.insert(appLabel(workload));
        wanted.insert(workload.name);
        for (const Container& container : workload.containers)
            wanted.insert(container.name);
    }
    QMultiHash<QString, std::size_t> byRepository, byLabel, byName;
    for (std::size_t p = 0; p < prod.workloads.size(); ++p) {
        for (const QString& repository : repositories(prod.workloads[p])) {
            if (wanted.contains(repository))
                byRepository.insert(repository, p);
        }
        if (const QString label = appLabel(prod.workloads[p]); !label.isEmpty() && wanted.contains(label))
            byLabel.insert(label, p);
        if (wanted.contains(prod.workloads[p].name))
            byName.insert(prod.workloads[p].name, p);
    }
    auto indexedPass = [&](const QString& reason, const QMultiHash<QString, std::size_t>& index, const std::function<QStringList(const Workload&)>& keys) {
        for (std::size_t d = 0; d < dev.workloads.size(); ++d) {
            if (devUsed[d])
                continue;
            for (const QString& key : keys(dev.workloads[d])) {
                if (key.isEmpty())
                    continue;
                std::size_t best = SIZE_MAX;
                for (auto it = index.constFind(key); it != index.cend() && it.key() == key; ++it) {
                    if (!prodUsed[*it])
                        best = std::min(best, *it); // values come newest first; keep input order
                }
                if (best != SIZE_MAX) {
                    matching.pairs.push_back(WorkloadPair { d, best, reason, {} });
                    devUsed[d] = prodUsed[best] = true;
                    break;
                }
            }
        }
    };
    // An image repository says which workload is which only when one dev workload runs it:
    // separate containers of one local image would otherwise pair with whatever comes first.
    QHash<QString, int> devWorkloadsByRepository;
    for (const Workload& workload : dev.workloads) {
        QStringList own = repositories(workload);
        own.removeDuplicates();
        for (const QString& repository : own)
            ++devWorkloadsByRepository[repository];
    }
    indexedPass(QStringLiteral("image"), byRepository, [&devWorkloadsByRepository](const Workload& w) {
        QStringList unique;
        for (const QString& repository : repositories(w)) {
            if (devWorkloadsByRepository.value(repository) == 1)
                unique << repository;
        }
        return unique;
    });
    indexedPass(QStringLiteral("label"), byLabel, [](const Workload& w) { return QStringList { appLabel(w), w.name }; });
    indexedPass(QStringLiteral("name"), byName, [](const Workload& w) { return QStringList { w.name, appLabel(w) }; });

    // A prod workload whose containers are several dev workloads: `podman kube generate` of
    // separate containers makes one Pod of them, each container named after its dev workload.
    QMultiHash<QString, std::size_t> byContainerName;
    for (std::size_t p = 0; p < prod.workloads.size(); ++p) {
        for (const Container& container : prod.workloads[p].containers) {
            if (!container.init && wanted.contains(container.name))
                byContainerName.insert(container.name, p);
        }
    }
    for (std::size_t d = 0; d < dev.workloads.size(); ++d) {
        const Workload& devWorkload = dev.workloads[d];
        if (devUsed[d] || devWorkload.containers.size() != 1)
            continue;
        const QString name = devWorkload.containers.front().name;
        std::size_t best = SIZE_MAX;
        for (auto it = byContainerName.constFind(name); it != byContainerName.cend() && it.key() == name; ++it) {
            // Not when that container already has its dev counterpart.
            const bool taken = std::any_of(matching.pairs.cbegin(), matching.pairs.cend(), [&](const WorkloadPair& pair) {
                return pair.prod == *it
                    && std::any_of(dev.workloads[pair.dev].containers.cbegin(), dev.workloads[pair.dev].containers.cend(),
                        [&name](const Container& c) { return c.name == name; });
            });
            if (!taken)
                best = std::min(best, *it);
        }
        if (best != SIZE_MAX) {
            matching.pairs.push_back(WorkloadPair { d, best, QStringLiteral("container"), {} });
            devUsed[d] = prodUsed[best] = true;
        }
    }

    for (std::size_t d = 0; d < dev.workloads.size(); ++d) {
        if (!devUsed[d])
            matching.unpairedDev.push_back(d);
    }
    for (std::size_t p = 0; p < prod.workloads.size(); ++p) {
        if (!prodUsed[p])
            matching.unpairedProd.push_back(p);
    }
    std::map<std::size_t, std::vector<WorkloadPair*>> byProd; // ordered: the same lists on every run
    for (WorkloadPair& pair : matching.pairs)
        byProd[pair.prod].push_back(&pair);
    for (const auto& [prodIndex, group] : byProd)
        pairContainers(dev, prod, prodIndex, group, matching);
    return matching;
}

} // namespace crossroads
