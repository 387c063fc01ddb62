// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportcontrol.h"

#include "compare/comparator.h"

#include <QByteArray>
#include <QIODevice>

namespace crossroads {

/// The documented JSON contract of a comparison (`schema: "crossroads.comparison/v1"`, see
/// docs/comparison-json.md) and of a single-side check (`crossroads.check/v1`). Values shown
/// are fact values; credentials appear by variable name only, never by value or fingerprint.
class ComparisonJson {
public:
    static constexpr const char* schema = "crossroads.comparison/v1";
    static constexpr const char* checkSchema = "crossroads.check/v1";
    static QByteArray write(const Comparison& comparison);
    /// The same, written to out as it is produced (a large cluster's report is never held
    /// whole); false when a write failed (out's errorString() says why).
    /// control: progress, and a cancel that stops it (false) before the next gap.
    static bool write(const Comparison& comparison, QIODevice& out, const ReportControl& control = {});
    /// policy: the policy the check ran under (its waivers name the accepted failures), or null.
    /// failures: the results' failures as a one-sided comparison (Comparator::oneSided), after
    /// any baseline was applied: failing results then carry their fingerprint and baseline state.
    static QByteArray writeCheck(const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
        const KubernetesVersion& version, const Policy* policy = nullptr, const Comparison* failures = nullptr);
    static bool writeCheck(QIODevice& out, const Snapshot& snapshot, const std::vector<CheckResult>& results, const DomainScores& scores,
        const KubernetesVersion& version, const Policy* policy = nullptr, const Comparison* failures = nullptr);
};

} // namespace crossroads
