// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "check.h"
#include "podsecurity.h"
#include "snapshot/snapshot.h"

namespace crossroads {

/// NotApplicable: the check means nothing on the platform (CheckEvaluator, Check::platforms).
enum class CheckStatus { Pass, Fail, Unknown, NotApplicable };
constexpr int checkStatusCount = 4;
const char* checkStatusName(CheckStatus status);

struct CheckOutcome {
    CheckStatus status = CheckStatus::Unknown;
    QString value; ///< the fact as shown to users ("true", "SYS_ADMIN, NET_RAW", "none", "256 MiB")
    /// The value as compared between sides: normalised (uid without group, bytes, sorted lists),
    /// so that equal postures written differently are no drift.
    QString comparable;
    /// The fact the source cites: the check's own, or the one that decided it (Check::failWhen);
    /// nullptr for workload-level checks.
    const Fact* fact = nullptr;
    /// Where the value comes from: the fact's own provenance, derived when another fact decided
    /// it or when it is a judgement of several (a Pod Security level).
    Provenance provenance = Provenance::Unknown;
};

/// What one check is judged on: a side, and a workload and container of it (neither for engine
/// checks), with the workload's Pod Security evaluation for workload-level checks.
struct CheckSubject {
    const Snapshot& snapshot;
    const Workload* workload = nullptr;
    const Container* container = nullptr;
    const PssEvaluation* pss = nullptr;
    KubernetesVersion version = KubernetesVersion::latest(); ///< the cluster version facts are judged at (ClusterVersionRules)
};

/// Judges one check against one container (or the engine, or a workload's PSS level).
class CheckEvaluator {
public:
    static CheckOutcome evaluate(const Check& check, const CheckSubject& subject);
    /// The status alone: what scores need, without composing the value shown to users.
    static CheckStatus judge(const Check& check, const CheckSubject& subject);
    static QString displayValue(const FactValue& value);
    /// displayValue in the user's language, for people ("keine" for an empty list): what is
    /// compared and digested stays displayValue.
    static QString displayText(const FactValue& value);
    /// The platform a subject runs on: the workload's, or the engine kind for engine checks.
    static QString platformOf(const CheckSubject& subject);
};

} // namespace crossroads
