// SPDX-License-Identifier: Apache-2.0
#include "policy.h"

#include <QCoreApplication>

namespace crossroads {

const QStringList& comparisonFactIds()
{
    // Made by the comparator (and image.trusted_registry by the policy itself); see
    // docs/comparison-json.md.
    static const QStringList ids { QStringLiteral("admission.forecast"), QStringLiteral("secrets.reused_credential"), QStringLiteral("image.same_build"),
        QStringLiteral("runtime.engine_mismatch"), QStringLiteral("image.trusted_registry") };
    return ids;
}

bool Policy::isCheckEnabled(const QString& id) const
{
    if (disabledChecks.contains(id))
        return false;
    return !onlyChecks || onlyChecks->contains(id);
}

Result<Policy> Policy::merge(std::vector<Policy> policies)
{
    Policy merged;
    QStringList names;
    QMap<QString, QString> requirementOrigin, waiverOrigin;
    for (Policy& policy : policies) {
        const QString origin = policy.sources.empty() ? policy.name : policy.sources.front().path;
        if (!policy.name.isEmpty())
            names << policy.name;
        merged.sources.insert(merged.sources.end(), policy.sources.begin(), policy.sources.end());
        if (policy.onlyChecks)
            merged.onlyChecks = merged.onlyChecks ? merged.onlyChecks->intersect(*policy.onlyChecks) : *policy.onlyChecks;
        merged.disabledChecks.unite(policy.disabledChecks);
        for (auto it = policy.severityOverrides.cbegin(); it != policy.severityOverrides.cend(); ++it) {
            const auto existing = merged.severityOverrides.constFind(it.key());
            if (existing == merged.severityOverrides.cend() || *existing < it.value())
                merged.severityOverrides.insert(it.key(), it.value());
        }
        if (policy.trustedRegistries) {
            if (!merged.trustedRegistries) {
                merged.trustedRegistries = policy.trustedRegistries;
            } else {
                QStringList both;
                for (const QString& registry : std::as_const(*merged.trustedRegistries)) {
                    if (policy.trustedRegistries->contains(registry))
                        both << registry;
                }
                merged.trustedRegistries = both;
            }
        }
        for (FactRequirement& requirement : policy.requirements) {
            if (requirementOrigin.contains(requirement.check.id))
                return Error { origin, {}, QCoreApplication::translate("Policy", "requirement %1 is also defined in %2").arg(requirement.check.id, requirementOrigin.value(requirement.check.id)) };
            requirementOrigin.insert(requirement.check.id, origin);
            merged.requirements.push_back(std::move(requirement));
        }
        for (Waiver& waiver : policy.waivers) {
            if (waiverOrigin.contains(waiver.id))
                return Error { waiver.origin, waiver.location, QCoreApplication::translate("Policy", "waiver %1 is also defined in %2").arg(waiver.id, waiverOrigin.value(waiver.id)) };
            waiverOrigin.insert(waiver.id, waiver.origin);
            merged.waivers.push_back(std::move(waiver));
        }
    }
    merged.name = names.join(QStringLiteral(" + "));
    return merged;
}

} // namespace crossroads
