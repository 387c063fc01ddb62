// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "matcher.h"
#include "rules/check.h"
#include "rules/podsecurity.h"
#include "snapshot/snapshot.h"

#include <array>
#include <vector>

namespace crossroads {

enum class Classification { Regression, Fidelity, Shared, Drift, Aligned, Unknown };
constexpr int classificationCount = 6;
const char* classificationName(Classification classification);
/// Regression, fidelity and shared gaps are failures somewhere; drift and unknown are notes.
bool isFailing(Classification classification);

/// One check on one pair (or one comparison-level fact), with the evidence from both sides.
struct Gap {
    QString checkId; ///< catalogue id, or the comparison fact ("admission.forecast")
    QString title;
    QString factName;
    Domain domain = Domain::Runtime;
    Severity severity = Severity::Medium;
    Classification classification = Classification::Unknown;
    QString devWorkload, prodWorkload, container;
    QString devValue, prodValue;
    SourceLocation devSource, prodSource;
    const Check* check = nullptr; ///< rationale and remediation; nullptr for comparison facts
};

/// Per-domain scores of one side, 0–100, or -1 where nothing could be evaluated.
struct DomainScores {
    std::array<int, domainCount> score { -1, -1, -1, -1, -1 };
    int overall = -1;
};

struct Comparison {
    Snapshot dev;
    Snapshot prod;
    Matching matching;
    KubernetesVersion prodVersion;
    bool prodVersionStated = false;
    std::vector<Gap> gaps; ///< every result except aligned, worst first
    std::array<int, classificationCount> classificationCounts {};
    std::array<int, 4> failingBySeverity {}; ///< regression + fidelity + shared, by severity
    DomainScores devScores, prodScores;

    /// Number of failing gaps (regression, fidelity, shared) at or above the threshold.
    int failingAtOrAbove(Severity threshold) const;
};

} // namespace crossroads
