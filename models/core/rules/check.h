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
};

enum class CheckScope { Container, Engine, Workload };

struct Check {
    QString id; ///< "CR-RT-001"
    QString title;
    Domain domain = Domain::Runtime;
    FactKey fact = FactKey::Privileged; ///< ignored for PssLevelAtLeast
    QString factName; ///< as in FACTS.md; "pss.level" for Pod Security checks
    CheckScope scope = CheckScope::Container;
    Severity severity = Severity::Medium;
    CheckTest test = CheckTest::IsFalse;
    QStringList values;
    bool drift = true; ///< passing values that differ between sides are worth showing
    QString rationale;
    QString remediationPodman;
    QString remediationKubernetes;
    QString pss; ///< "Baseline B3 Privileged Containers"
    QString cisDocker; ///< "5.5" (CIS Docker Benchmark 1.6.0 numbering)
    QString otherReferences; ///< "KSV-0017"
};

} // namespace crossroads
