// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "comparison.h"
#include "rules/checkevaluator.h"
#include "rules/rulecatalogue.h"

#include <optional>

namespace crossroads {

struct CompareOptions {
    WorkloadMap map;
    std::optional<KubernetesVersion> kubernetesVersion; ///< overrides the nodes' kubeletVersion
};

/// One check's result on one container of one side, for single-environment checks and scores.
struct CheckResult {
    const Check* check;
    std::size_t workload;
    QString container; ///< empty for engine and workload-level checks
    CheckOutcome outcome;
    int waiver = -1; ///< index of the policy waiver that accepts this failure (check --policy)
    int expiredWaiver = -1; ///< when none accepts it: the first waiver that would, had it not expired
};

/// Evaluates the catalogue on both sides and classifies every pair × check (DESIGN.md):
/// regression, fidelity, shared, drift, aligned, unknown; adds the comparison-level facts
/// (admission forecast, reused credentials, same build, engine mismatch) and the scores.
class Comparator {
public:
    static Comparison compare(Snapshot dev, Snapshot prod, const RuleCatalogue& catalogue, const CompareOptions& options = {});

    /// Every check on every container of one side (`crossroads-cli check`).
    static std::vector<CheckResult> check(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version);
    /// The results of check() as a comparison of one side (Comparison::checkedSide), so that
    /// every report format and the baseline work on it: each failure is a dev-only or prod-only
    /// gap with its evidence, an accepted one (CheckResult::waiver) a waived gap.
    static Comparison oneSided(Snapshot snapshot, const std::vector<CheckResult>& results, const KubernetesVersion& version, const DomainScores& scores);
    static DomainScores score(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version);
    /// The same scores from results already computed by check().
    static DomainScores score(const std::vector<CheckResult>& results);
    /// The version PSS is judged at: the option, else the oldest node's kubelet, else latest.
    static KubernetesVersion clusterVersion(const Snapshot& prod, const CompareOptions& options, bool* stated = nullptr);
};

} // namespace crossroads
