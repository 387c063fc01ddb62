// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "check.h"
#include "common/result.h"

#include <QByteArray>

#include <vector>

namespace crossroads {

/// The checks, loaded from data (the bundled `:/crossroads/rules/catalogue.json` or a file), so
/// that wording, severities and references change without touching code.
class RuleCatalogue {
public:
    static Result<RuleCatalogue> fromJson(const QByteArray& json, const QString& origin);
    /// A catalogue made of given checks (a policy's view of another catalogue).
    static RuleCatalogue fromChecks(QString version, std::vector<Check> checks);
    /// The catalogue compiled into the program.
    static const RuleCatalogue& builtIn();

    const std::vector<Check>& checks() const { return m_checks; }
    const Check* find(const QString& id) const;
    /// The comparison-level check that judges `fact` ("admission.forecast"), or nullptr when
    /// the catalogue (or a policy's view of it) has none.
    const Check* findComparison(const QString& fact) const;
    /// A check id for an id or for the fact name of a comparison-level check, which policies
    /// written before those checks had ids still use; anything else unchanged.
    QString canonicalId(const QString& idOrFact) const;
    QString version() const { return m_version; }

private:
    std::vector<Check> m_checks;
    QString m_version;
};

} // namespace crossroads
