// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/factkey.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace crossroads {

enum class Severity { Low, Medium, High, Critical };
const char* severityName(Severity severity);
std::optional<Severity> severityFromName(QStringView name);
int severityWeight(Severity severity); ///< for scores: 1, 3, 6, 10

/// How a check's fact is judged. Data in the catalogue picks one and gives its parameters.
enum class CheckTest {
    IsFalse, ///< a boolean fact must be false
    IsTrue, ///< a boolean fact must be true
    Empty, ///< a list (or text) must be empty
    NotEmpty, ///< a text or list must be set (a limit, a digest)
    SubsetOf, ///< every list item in `values`
    NamesSubsetOf, ///< every "name=value" item's name in `values`
    NotIn, ///< the value (or every list item) outside `values`
    In, ///< the value inside `values`
    NoItemStartsWith, ///< no list item starts with one of `values`
    NonRootUser, ///< runtime.user names neither root nor uid 0
    PssLevelAtLeast, ///< the workload's Pod Security level reaches `values[0]`
    EveryItemStartsWith, ///< every list item starts with one of `values` (an empty list passes)
    Comparison, ///< judged by the comparator from both sides (admission forecast, reused credential ...)
};

/// Container: one result per container; Engine: one per side; Workload: one per workload (Pod
/// Security level); Comparison: made by the comparator from both sides at once.
enum class CheckScope { Container, Engine, Workload, Comparison };

struct Check {
    QString id; ///< "CR-RT-001"
    /// The finding as a person reads it next to the values ("Container is privileged"); what
    /// passing means is in the rationale.
    QString title;
    QString shortTitle; ///< a column label of a few words ("Privileged"); empty for a policy's own checks
    Domain domain = Domain::Runtime;
    FactKey fact = FactKey::Privileged; ///< ignored for PssLevelAtLeast
    QString factName; ///< as in FACTS.md; "pss.level" for Pod Security checks
    CheckScope scope = CheckScope::Container;
    Severity severity = Severity::Medium;
    CheckTest test = CheckTest::IsFalse;
    QStringList values;
    bool drift = true; ///< passing values that differ between sides are worth showing
    /// Platforms (Workload::platform, or the engine kind for engine checks) the check means
    /// something on; empty = all. Elsewhere it is not applicable, never passed or failed.
    QStringList platforms;
    QString notApplicable; ///< why, shown where the check does not apply
    /// For list facts that hold several kinds of item (runtime.mac: AppArmor and SELinux): the
    /// item prefixes this check shows and compares; empty = all items.
    QStringList shows;
    /// A fact that, when true, makes the check pass whatever its own fact says (a digest-pinned
    /// image needs no pull policy that refetches it).
    std::optional<FactKey> passWhen;
    QString passWhenValue; ///< what that fact means, in words: "the image is pinned by digest"
    /// A fact that, when true, makes the check fail whatever its own fact says (a privileged
    /// container has every capability, every device, no seccomp), and what that means as a value.
    std::optional<FactKey> failWhen;
    QString failWhenValue; ///< "every capability (privileged)"
    QString rationale;
    QString remediationPodman;
    QString remediationKubernetes;
    QString pss; ///< "Baseline B3 Privileged Containers"
    QString cisDocker; ///< "5.5" (CIS Docker Benchmark 1.6.0 numbering)
    QString otherReferences; ///< "KSV-0017"
};

} // namespace crossroads
