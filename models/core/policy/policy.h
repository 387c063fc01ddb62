// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "rules/check.h"
#include "waiver.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace crossroads {

/// A fact a policy requires on one side, beyond the catalogue ("prod must not mount a runtime
/// socket"): a check in catalogue form, judged only on the side it names.
struct FactRequirement {
    Check check;
    std::optional<Side> side; ///< nullopt = both sides
};

/// The comparison-level facts (not in the catalogue) a policy may switch off or re-weigh.
const QStringList& comparisonFactIds();

/// Policy as code (`crossroads.policy/v1`, resources/policies/policy.schema.json): which checks
/// count and how much, which registries are trusted, which facts are required, which risks are
/// accepted. Several files merge into one (an organisation baseline plus a team file); the
/// rules in merge() keep a later file from weakening an earlier one, except by waivers, which
/// are always named, owned and dated.
struct Policy {
    QString name;
    std::vector<InputFile> sources; ///< every policy file merged in, with its SHA-256
    std::optional<QSet<QString>> onlyChecks; ///< when set, every other catalogue check is off
    QSet<QString> disabledChecks;
    QMap<QString, Severity> severityOverrides; ///< check id (or comparison fact) → severity
    std::optional<QStringList> trustedRegistries; ///< "registry.example.com" or "docker.io/library"
    std::vector<FactRequirement> requirements;
    std::vector<Waiver> waivers;
    QDate evaluatedOn; ///< the day waiver expiry was judged at (set when applied)

    bool isEmpty() const { return sources.empty(); }
    bool isCheckEnabled(const QString& id) const;

    /// Merge rules (docs/policy.md): names join; a check is on only if every policy leaves it on
    /// (`only` lists intersect, `disable` lists unite); the highest severity override wins;
    /// trusted registry lists intersect (a team narrows, never widens); requirements and
    /// waivers unite, and an id defined twice is an error naming both files.
    static Result<Policy> merge(std::vector<Policy> policies);
};

} // namespace crossroads
