// SPDX-License-Identifier: Apache-2.0
#include "snapshotdrift.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace crossroads {

namespace {

struct Entry
{
    const CheckResult* result;
    QString workload;
};

QHash<QString, Entry> index(const Snapshot& snapshot, const std::vector<CheckResult>& results)
{
    QHash<QString, Entry> entries;
    entries.reserve(static_cast<qsizetype>(results.size()));
    for (const CheckResult& result : results) {
        const QString workload = result.workload < snapshot.workloads.size()
            ? snapshot.workloads[result.workload].displayName()
            : QString();
        // A NUL separator cannot occur in ids or names.
        const QString key = result.check->id + QChar(0) + workload + QChar(0) + result.container;
        entries.insert(key, Entry { &result, workload });
    }
    return entries;
}

CheckChange change(DriftKind kind, const Entry* before, const Entry* after)
{
    const Entry& any = before != nullptr ? *before : *after;
    CheckChange item;
    item.kind = kind;
    item.checkId = any.result->check->id;
    item.title = any.result->check->title;
    item.severity = any.result->check->severity;
    item.workload = any.workload;
    item.container = any.result->container;
    if (before != nullptr) {
        item.before = before->result->outcome.status;
        item.valueBefore = before->result->outcome.value;
    }
    if (after != nullptr) {
        item.after = after->result->outcome.status;
        item.valueAfter = after->result->outcome.value;
    }
    return item;
}

} // namespace

const char* driftKindName(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Better:
        return "better";
    case DriftKind::Worse:
        return "worse";
    case DriftKind::Appeared:
        return "appeared";
    case DriftKind::Disappeared:
        return "disappeared";
    }
    return "worse";
}

Drift SnapshotDrift::between(
    const Snapshot& before, const Snapshot& after, const RuleCatalogue& catalogue, const CompareOptions& options)
{
    const std::vector<CheckResult> beforeResults
        = Comparator::check(before, catalogue, Comparator::clusterVersion(before, options));
    const std::vector<CheckResult> afterResults
        = Comparator::check(after, catalogue, Comparator::clusterVersion(after, options));
    const QHash<QString, Entry> beforeIndex = index(before, beforeResults);
    const QHash<QString, Entry> afterIndex = index(after, afterResults);

    Drift drift;
    for (auto it = afterIndex.cbegin(); it != afterIndex.cend(); ++it) {
        const bool failsAfter = it->result->outcome.status == CheckStatus::Fail;
        const auto old = beforeIndex.constFind(it.key());
        if (old == beforeIndex.cend()) {
            if (failsAfter)
                drift.changes.push_back(change(DriftKind::Appeared, nullptr, &*it));
            continue;
        }
        const bool failedBefore = old->result->outcome.status == CheckStatus::Fail;
        if (failsAfter && !failedBefore)
            drift.changes.push_back(change(DriftKind::Worse, &*old, &*it));
        else if (!failsAfter && failedBefore)
            drift.changes.push_back(change(DriftKind::Better, &*old, &*it));
    }
    for (auto it = beforeIndex.cbegin(); it != beforeIndex.cend(); ++it) {
        if (it->result->outcome.status == CheckStatus::Fail && !afterIndex.contains(it.key()))
            drift.changes.push_back(change(DriftKind::Disappeared, &*it, nullptr));
    }
    std::sort(drift.changes.begin(), drift.changes.end(), [](const CheckChange& a, const CheckChange& b) {
        return std::make_tuple(
                   -static_cast<int>(a.severity), a.checkId, a.workload, a.container, static_cast<int>(a.kind))
            < std::make_tuple(
                -static_cast<int>(b.severity), b.checkId, b.workload, b.container, static_cast<int>(b.kind));
    });
    for (const CheckChange& item : drift.changes)
        ++drift.counts[static_cast<std::size_t>(item.kind)];
    return drift;
}

} // namespace crossroads
