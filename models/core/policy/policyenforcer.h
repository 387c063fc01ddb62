// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/comparator.h"
#include "policy.h"

#include <QDate>

#include <memory>

namespace crossroads {

/// One environment checked under a policy: results point into catalogue.
struct PolicyCheck {
    std::shared_ptr<const RuleCatalogue> catalogue;
    std::vector<CheckResult> results;
    Policy policy; ///< waiver matches counted, evaluatedOn set
};

/// Applies a policy to a comparison: the same code path for the CLI and the GUI. Before the
/// comparison it shapes the catalogue (checks off, severities, required facts); afterwards it
/// judges trusted registries and the required facts' sides, and applies waivers.
class PolicyEnforcer {
public:
    /// The fact the trusted-registry check (CR-IMG-006 in the catalogue) judges.
    static constexpr const char* trustedRegistryFact = "image.trusted_registry";

    /// The catalogue as the policy sees it. Shared so that Gap::check stays valid for as long
    /// as the comparison that points into it.
    static std::shared_ptr<const RuleCatalogue> catalogueFor(const Policy& policy, const RuleCatalogue& base);

    /// Compares under a policy; `today` decides which waivers have expired.
    static Comparison compare(Snapshot dev, Snapshot prod, const Policy& policy, const CompareOptions& options, const QDate& today,
        const RuleCatalogue& base = RuleCatalogue::builtIn());

    /// The steps after the comparison. Safe to call again on the same comparison with a changed
    /// policy's waivers (the GUI after "add waiver"): earlier waivers are undone first. Checks
    /// switched on or off, and changed severities, need a new compare().
    static void apply(Comparison& comparison, Policy policy, const QDate& today);

    /// One side against the catalogue as the policy shapes it (`crossroads-cli check --policy`):
    /// checks off and severities as in compare(), requirements on that side, trusted registries
    /// per workload, and waivers that accept that side's failures (an expired one no longer does).
    static PolicyCheck check(const Snapshot& snapshot, Policy policy, const KubernetesVersion& version, const QDate& today,
        const RuleCatalogue& base = RuleCatalogue::builtIn());

    /// Whether a waiver covers a gap: its check pattern matches, and its side accepts every
    /// side that fails (a shared gap needs a waiver for both sides), with the workload pattern
    /// matched against that side's workload.
    static bool covers(const Waiver& waiver, const Gap& gap);
};

} // namespace crossroads
