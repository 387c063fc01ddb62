// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every summary puts first — the Dashboard, and the HTML, Markdown and PDF reports — so
// that a CISO reads the same ranking, the same verdict per domain and the same accepted risks
// wherever she looks.
#include "compare/comparison.h"

#include <QDate>

#include <array>
#include <vector>

namespace crossroads {

/// Open findings (isFailing) at or above `threshold`, as indices into Comparison::gaps, worst
/// first: by severity, so that a critical of any kind leads, then by what the finding means
/// for production (regression, prod-only, fidelity, dev-only, shared), then in the
/// comparison's own order.
std::vector<std::size_t> rankedFindings(const Comparison& comparison, Severity threshold = Severity::Low);

/// Every gap of one domain in reading order: its open findings ranked as rankedFindings() does,
/// then accepted risks, notes and not-judged results in the comparison's order.
std::vector<std::size_t> domainGaps(const Comparison& comparison, Domain domain);

/// One domain's open findings, split by which side is weaker.
struct DomainVerdict {
    Domain domain = Domain::Runtime;
    /// Findings by severity: where production is weaker than what was tested (regression),
    /// where development is (fidelity), where both fail (shared), and the findings of
    /// workloads or containers that have no counterpart (prod-only, dev-only): nothing was
    /// compared there, so they never count as one side being weaker than the other.
    std::array<int, 4> prodWeaker {}, devWeaker {}, both {}, prodOnly {}, devOnly {};
    int notJudged = 0; ///< unknown results
    int waived = 0;
    bool oneSide = false; ///< a check of one side: its failures are listed without a kind
    int open() const;
    /// The kind of finding that weighs most here (by severityWeight), which the line leads
    /// with: Regression, Fidelity, Shared, ProdOnly or DevOnly; Aligned when there is none.
    Classification heaviest() const;
    /// "Runtime: production weaker than tested: 1 critical, 2 high; in production only (never
    /// tested): 3 high; development weaker than production: 1 high", heaviest first.
    QString text() const;
};
DomainVerdict domainVerdict(const Comparison& comparison, Domain domain);

/// A waiver as a risk a reviewer presents: who accepted what, until when, and whether that
/// date is near (within 30 days of the day the policy was judged) or gone.
struct AcceptedRisk {
    const Waiver* waiver = nullptr;
    int daysLeft = 0; ///< days from the judging day to the last valid day; negative when expired
    bool expiringSoon() const { return daysLeft >= 0 && daysLeft <= 30; }
    bool expired() const { return daysLeft < 0; }
    /// What every report and the dashboard say next to the expiry date: "expired: its gaps
    /// count again", "in 12 days", or nothing when the date is further away.
    QString expiryNote() const;
};
/// Waivers that matched a gap, soonest expiry first (expired ones first of all: their gaps
/// count again). Unused waivers are no risk taken and are left to the waiver tables.
std::vector<AcceptedRisk> acceptedRisks(const Comparison& comparison);

/// "2 critical, 1 high", severities without a finding left out; empty when all are zero.
QString severityBreakdown(const std::array<int, 4>& bySeverity);

} // namespace crossroads
