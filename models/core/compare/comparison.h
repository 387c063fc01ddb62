// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "matcher.h"
#include "policy/policy.h"
#include "rules/check.h"
#include "rules/podsecurity.h"
#include "snapshot/snapshot.h"

#include <array>
#include <optional>
#include <memory>
#include <vector>

namespace crossroads {

class RuleCatalogue;

/// How one check compares between the sides (DESIGN.md). In the order findings are ranked:
/// what production does worse first (regression, prod-only), then what development tests under
/// a weaker posture (fidelity, dev-only), then failures on both sides. Waived is last so that
/// sorting keeps accepted risks below open ones.
/// - DevOnly / ProdOnly: a failure of a workload, container or setting that has no counterpart
///   on the other side, judged on its own.
enum class Classification { Regression, ProdOnly, Fidelity, DevOnly, Shared, Drift, Aligned, Unknown, Waived };
constexpr int classificationCount = 9;
const char* classificationName(Classification classification); ///< "regression", "prod-only" ...
std::optional<Classification> classificationFromName(QStringView name);
/// Regression, prod-only, fidelity, dev-only and shared gaps are failures somewhere (findings);
/// drift and unknown are notes; a waived gap is an accepted risk and no longer fails.
bool isFailing(Classification classification);
/// Which sides a finding asks to fix.
bool fixesDev(Classification classification);
bool fixesProd(Classification classification);

/// How a gap relates to a previous report (SARIF `baselineState`), so that a pipeline can fail
/// on new gaps only. None: no baseline was given.
enum class BaselineState { None, New, Unchanged, Updated, Absent };
const char* baselineStateName(BaselineState state); ///< "", "new", "unchanged", "updated", "absent"

/// One check on one pair (or one comparison-level fact), with the evidence from both sides. A
/// one-sided gap (dev-only, prod-only) leaves the other side's workload empty.
struct Gap {
    QString checkId; ///< catalogue id ("CR-RT-001", "CR-ADM-001")
    QString title;
    QString factName;
    Domain domain = Domain::Runtime;
    Severity severity = Severity::Medium;
    Classification classification = Classification::Unknown;
    QString devWorkload, prodWorkload, container;
    QString devValue, prodValue;
    /// The values as compared, in no language ("true", not "privileged" or "privilegiert"), for
    /// stateDigest(): a baseline written in one language reads the same in another. Empty for
    /// findings whose value is no translated word; the value is then used.
    QString devState, prodState;
    SourceLocation devSource, prodSource;
    /// Whether each value is stated, derived or a platform default (Provenance::Default, whose
    /// source names the field that is not set), and for a default what the platform does.
    Provenance devProvenance = Provenance::Unknown, prodProvenance = Provenance::Unknown;
    QString devDefault, prodDefault;
    const Check* check = nullptr; ///< rationale and remediation; nullptr for comparison facts
    /// A failure found by `check`, which reads one side only: no counterpart was looked for, so
    /// reports name the workload alone, never "(production only)".
    bool checkedAlone = false;
    int checkResult = -1; ///< checked alone: the index of the CheckResult it was made from (Comparator::oneSided)

    /// Index into Comparison::policy.waivers of the waiver that matches this gap, or -1. An
    /// expired waiver is linked too (reports say so) but leaves the classification alone.
    int waiver = -1;
    Classification unwaived = Classification::Unknown; ///< the classification before a waiver applied
    BaselineState baseline = BaselineState::None;
    /// The previous classification when baseline is Updated or Absent.
    Classification previous = Classification::Unknown;

    /// Stable identity of the finding across runs: check, workloads and container, never values
    /// (for a reused credential also the variable names, which are not secret).
    QString fingerprint() const;
    /// What a re-run compares to call a finding "updated": classification, severity and values.
    QString stateDigest() const;
};

/// Per-domain scores of one side, 0–100, or -1 where nothing could be evaluated.
struct DomainScores {
    std::array<int, domainCount> score { -1, -1, -1, -1, -1 };
    int overall = -1;
};

/// Orders gaps by classification (the enum's order of meaning), then worst severity first,
/// keeping the order of equal ones. A counting sort: every gap is moved once, where a
/// comparison sort moved each of a large cluster's millions of gaps some twenty times.
void sortWorstFirst(std::vector<Gap>& gaps);
/// A gap's place in that order: lower comes first.
std::size_t worstFirstRank(Classification classification, Severity severity);
inline constexpr std::size_t worstFirstRanks = classificationCount * 4;

struct Comparison {
    Snapshot dev;
    Snapshot prod;
    /// Set for `crossroads-cli check`: only this side was read, the other is empty, and every
    /// gap is that side's own failure. Reports then describe one environment, not a pair.
    std::optional<Side> checkedSide;
    Matching matching;
    KubernetesVersion prodVersion;
    bool prodVersionStated = false;
    std::vector<Gap> gaps; ///< every result except aligned, worst first
    std::array<int, classificationCount> classificationCounts {};
    std::array<int, 4> failingBySeverity {}; ///< findings (isFailing), by severity
    DomainScores devScores, prodScores;

    /// The policy in force (merged), with each waiver's use; empty when none was given.
    Policy policy;
    /// Findings of the baseline report that are gone now (baseline state Absent).
    std::vector<Gap> absentGaps;
    QString baselineSource; ///< the previous report compared with, or empty
    /// Keeps Gap::check valid when a policy changed the catalogue (enabled checks, severities).
    std::shared_ptr<const RuleCatalogue> catalogue;

    /// Recounts classificationCounts (except aligned, which are not kept) and failingBySeverity
    /// after a policy or baseline changed the gaps.
    void recount();

    /// Number of failing gaps (findings: regression, prod-only, fidelity, dev-only, shared) at
    /// or above the threshold. The one definition of "open findings" every output uses.
    int failingAtOrAbove(Severity threshold) const;
    int openFindings() const { return failingAtOrAbove(Severity::Low); }
    int count(Classification classification) const { return classificationCounts[static_cast<std::size_t>(classification)]; }
};

} // namespace crossroads
