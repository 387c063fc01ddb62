// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparator.h"
#include "rules/checkevaluator.h"

#include <QMetaType>

#include <array>
#include <vector>

namespace crossroads {

/// How one check on one container moved between two snapshots of the same side.
///
/// A result is identified by (check id, workload "namespace/name", container). Only failures
/// count, so that the four kinds add up to the change in failing checks:
///   failing(after) − failing(before) = worse + appeared − better − disappeared.
enum class DriftKind {
    Better, ///< failed before, passes or is unknown after (same workload and container)
    Worse, ///< passed or was unknown before, fails after
    Appeared, ///< fails after; the workload, container or check did not exist before
    Disappeared, ///< failed before; the workload, container or check is gone after
};
constexpr int driftKindCount = 4;
const char* driftKindName(DriftKind kind); ///< "better", "worse", "appeared", "disappeared"

struct CheckChange
{
    DriftKind kind = DriftKind::Worse;
    QString checkId;
    QString title;
    Severity severity = Severity::Medium;
    QString workload; ///< "namespace/name"
    QString container; ///< empty for engine and workload-level checks
    CheckStatus before = CheckStatus::Unknown; ///< meaningless for Appeared (nothing was there)
    CheckStatus after = CheckStatus::Unknown; ///< meaningless for Disappeared
    QString valueBefore, valueAfter;
};

struct Drift
{
    std::vector<CheckChange> changes; ///< worst severity first, then check id, workload, container
    std::array<int, driftKindCount> counts {};
    int count(DriftKind kind) const { return counts[static_cast<std::size_t>(kind)]; }
};

/// "What changed in production between release 1.4 and 1.5": both snapshots are checked on their
/// own (like `crossroads-cli check`), and the results are matched as described at DriftKind.
class SnapshotDrift
{
public:
    static Drift between(const Snapshot& before, const Snapshot& after, const RuleCatalogue& catalogue,
        const CompareOptions& options = {});
};

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::Drift)
