// SPDX-License-Identifier: Apache-2.0
#include "policyenforcer.h"

#include "annotationwaivers.h"

#include "rules/rulecatalogue.h"
#include "snapshot/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

bool wildcardMatch(const QString& pattern, const QString& text)
{
    if (pattern == QLatin1String("*") || pattern == text)
        return true;
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return false;
    // Workload names contain "/", which Qt's wildcard conversion treats as a path separator
    // (before Qt 6.6); here "*" and "?" match any character.
    QString expression;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression)).match(text).hasMatch();
}

bool isTrusted(const QString& reference, const QStringList& trusted)
{
    const ImageReference image = ImageReference::parse(reference);
    const QString full = image.registry + QLatin1Char('/') + image.repository;
    for (const QString& entry : trusted) {
        if (image.registry == entry || full == entry || full.startsWith(entry + QLatin1Char('/')))
            return true;
    }
    return false;
}

/// Every image of a workload from a trusted registry? Pass, fail (naming the others) or unknown.
struct RegistryStatus {
    CheckStatus status;
    QString shown;
    QString state; ///< in no language, for Gap::stateDigest
};

RegistryStatus registryStatus(const Workload& workload, const QStringList& trusted)
{
    QStringList untrusted;
    bool unknown = false;
    for (const Container& container : workload.containers) {
        const Fact& reference = container[FactKey::ImageReference];
        if (!reference.isKnown()) {
            unknown = true;
            continue;
        }
        if (!isTrusted(reference.value.toString(), trusted))
            untrusted << reference.value.toString();
    }
    if (!untrusted.isEmpty())
        return { CheckStatus::Fail, tr("untrusted: %1").arg(untrusted.join(QStringLiteral(", "))), QStringLiteral("untrusted: ") + untrusted.join(QStringLiteral(", ")) };
    if (unknown)
        return { CheckStatus::Unknown, tr("unknown"), QStringLiteral("unknown") };
    return { CheckStatus::Pass, tr("all images from trusted registries"), QStringLiteral("trusted") };
}

Classification classifyStatuses(CheckStatus dev, CheckStatus prod)
{
    if (dev == CheckStatus::Unknown || prod == CheckStatus::Unknown)
        return Classification::Unknown;
    if (dev == CheckStatus::Pass)
        return prod == CheckStatus::Pass ? Classification::Aligned : Classification::Regression;
    return prod == CheckStatus::Pass ? Classification::Fidelity : Classification::Shared;
}

Gap registryGap(const Check& check, Classification classification, const QString& devWorkload, const QString& prodWorkload)
{
    Gap gap;
    gap.checkId = check.id;
    gap.factName = check.factName;
    gap.title = check.title;
    gap.domain = check.domain;
    gap.severity = check.severity;
    gap.classification = classification;
    gap.devWorkload = devWorkload;
    gap.prodWorkload = prodWorkload;
    gap.check = &check;
    return gap;
}

SourceLocation imageSource(const Snapshot& snapshot, const Workload& workload)
{
    return workload.containers.empty() ? SourceLocation() : snapshot.locate(workload, workload.containers.front()[FactKey::ImageReference]);
}

void addRegistryGaps(Comparison& comparison, const Check& check, const QStringList& trusted)
{
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& dev = comparison.dev.workloads[pair.dev];
        const Workload& prod = comparison.prod.workloads[pair.prod];
        const RegistryStatus devStatus = registryStatus(dev, trusted);
        const RegistryStatus prodStatus = registryStatus(prod, trusted);
        Gap gap = registryGap(check, classifyStatuses(devStatus.status, prodStatus.status), dev.displayName(), prod.displayName());
        gap.devValue = devStatus.shown;
        gap.prodValue = prodStatus.shown;
        gap.devState = devStatus.state;
        gap.prodState = prodStatus.state;
        gap.devSource = imageSource(comparison.dev, dev);
        gap.prodSource = imageSource(comparison.prod, prod);
        gap.devProvenance = gap.prodProvenance = Provenance::Stated;
        // Aligned results are not kept (as in the comparator); they are not added to the aligned
        // count either, so that applying a policy twice (the GUI after "add waiver") counts the same.
        if (gap.classification != Classification::Aligned)
            comparison.gaps.push_back(std::move(gap));
    }
    // Workloads with no counterpart are judged on their own side.
    for (const Side side : { Side::Dev, Side::Prod }) {
        const Snapshot& snapshot = side == Side::Dev ? comparison.dev : comparison.prod;
        for (const std::size_t index : side == Side::Dev ? comparison.matching.unpairedDev : comparison.matching.unpairedProd) {
            const Workload& workload = snapshot.workloads[index];
            const RegistryStatus status = registryStatus(workload, trusted);
            if (status.status != CheckStatus::Fail)
                continue;
            const bool dev = side == Side::Dev;
            Gap gap = registryGap(check, dev ? Classification::DevOnly : Classification::ProdOnly, dev ? workload.displayName() : QString(),
                dev ? QString() : workload.displayName());
            (dev ? gap.devValue : gap.prodValue) = status.shown;
            (dev ? gap.devState : gap.prodState) = status.state;
            (dev ? gap.prodValue : gap.devValue) = dev ? tr("no counterpart in production") : tr("no counterpart in development");
            (dev ? gap.prodState : gap.devState) = QStringLiteral("no counterpart");
            (dev ? gap.devSource : gap.prodSource) = imageSource(snapshot, workload);
            (dev ? gap.devProvenance : gap.prodProvenance) = Provenance::Stated;
            comparison.gaps.push_back(std::move(gap));
        }
    }
}

bool sideAccepted(const Waiver& waiver, Side side, const Gap& gap)
{
    if (waiver.side && *waiver.side != side)
        return false;
    return wildcardMatch(waiver.workload, side == Side::Dev ? gap.devWorkload : gap.prodWorkload);
}

/// A waiver names a check by id or, as policies written before the comparison-level checks had
/// ids do, by the fact it judges. One kept only to show a mistake (namesNoCheck) names none.
bool namesCheck(const Waiver& waiver, const QString& id, const QString& fact)
{
    if (waiver.namesNoCheck)
        return false;
    return wildcardMatch(waiver.check, id) || (!fact.isEmpty() && wildcardMatch(waiver.check, fact));
}

} // namespace

std::shared_ptr<const RuleCatalogue> PolicyEnforcer::catalogueFor(const Policy& policy, const RuleCatalogue& base)
{
    std::vector<Check> checks;
    for (const Check& check : base.checks()) {
        if (!policy.isCheckEnabled(check.id))
            continue;
        Check adjusted = check;
        adjusted.severity = policy.severityOverrides.value(check.id, check.severity);
        checks.push_back(std::move(adjusted));
    }
    for (const FactRequirement& requirement : policy.requirements)
        checks.push_back(requirement.check);
    return std::make_shared<const RuleCatalogue>(RuleCatalogue::fromChecks(base.version(), std::move(checks)));
}

Comparison PolicyEnforcer::compare(Snapshot dev, Snapshot prod, const Policy& policy, const CompareOptions& options, const QDate& today,
    const RuleCatalogue& base)
{
    std::shared_ptr<const RuleCatalogue> catalogue = catalogueFor(policy, base);
    Comparison comparison = Comparator::compare(std::move(dev), std::move(prod), *catalogue, options);
    comparison.catalogue = std::move(catalogue);
    apply(comparison, policy, today);
    return comparison;
}

bool PolicyEnforcer::covers(const Waiver& waiver, const Gap& gap)
{
    if (!namesCheck(waiver, gap.checkId, gap.factName))
        return false;
    const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
    switch (judged) {
    case Classification::Regression:
    case Classification::ProdOnly:
        return sideAccepted(waiver, Side::Prod, gap);
    case Classification::Fidelity:
    case Classification::DevOnly:
        return sideAccepted(waiver, Side::Dev, gap);
    case Classification::Shared:
        return sideAccepted(waiver, Side::Dev, gap) && sideAccepted(waiver, Side::Prod, gap);
    default:
        // Drift and unknown are notes about both sides: either side's workload may match.
        return sideAccepted(waiver, Side::Dev, gap) || sideAccepted(waiver, Side::Prod, gap);
    }
}

namespace {

/// The in-manifest waivers of these snapshots, after the policy's own (which are matched
/// first), in place of any an earlier evaluation derived.
void addAnnotationWaivers(Policy& policy, std::initializer_list<const Snapshot*> snapshots)
{
    std::erase_if(policy.waivers, [](const Waiver& waiver) { return waiver.inManifest; });
    for (const Snapshot* snapshot : snapshots) {
        for (Waiver& waiver : AnnotationWaivers::of(*snapshot))
            policy.waivers.push_back(std::move(waiver));
    }
}

/// A kube-score or Polaris annotation's waiver that accepted nothing is left out: a scanner's
/// id stands for several checks, and the ones that pass are no news. Crossroads' own, dated and
/// owned like a policy file's, stays and is reported unused (a mistyped id shows), as does a
/// scanner annotation naming a test the scanner does not have. Returns each
/// old index's new one (-1: gone).
std::vector<int> dropUnusedAnnotationWaivers(Policy& policy)
{
    std::vector<int> moved(policy.waivers.size(), -1);
    std::vector<Waiver> kept;
    for (std::size_t w = 0; w < policy.waivers.size(); ++w) {
        const Waiver& waiver = policy.waivers[w];
        if (waiver.inManifest && !waiver.expires.isValid() && !waiver.namesNoCheck && waiver.matches == 0)
            continue;
        moved[w] = static_cast<int>(kept.size());
        kept.push_back(std::move(policy.waivers[w]));
    }
    policy.waivers = std::move(kept);
    return moved;
}

} // namespace

PolicyCheck PolicyEnforcer::check(const Snapshot& snapshot, Policy policy, const KubernetesVersion& version, const QDate& today,
    const RuleCatalogue& base)
{
    // A requirement on the other side says nothing about this one.
    std::erase_if(policy.requirements, [&snapshot](const FactRequirement& requirement) { return requirement.side && *requirement.side != snapshot.side; });
    PolicyCheck checked;
    checked.catalogue = catalogueFor(policy, base);
    checked.results = Comparator::check(snapshot, *checked.catalogue, version);
    const Check* registryCheck = checked.catalogue->findComparison(QLatin1String(trustedRegistryFact));
    if (policy.trustedRegistries && registryCheck != nullptr) {
        for (std::size_t w = 0; w < snapshot.workloads.size(); ++w) {
            const Workload& workload = snapshot.workloads[w];
            const auto [status, value, state] = registryStatus(workload, *policy.trustedRegistries);
            CheckOutcome outcome { status, value, state, workload.containers.empty() ? nullptr : &workload.containers.front()[FactKey::ImageReference] };
            checked.results.push_back(CheckResult { registryCheck, w, QString(), outcome });
        }
    }
    addAnnotationWaivers(policy, { &snapshot });
    for (Waiver& waiver : policy.waivers)
        waiver.matches = 0;
    for (CheckResult& result : checked.results) {
        if (result.outcome.status != CheckStatus::Fail)
            continue;
        const QString workload = result.workload < snapshot.workloads.size() ? snapshot.workloads[result.workload].displayName() : QString();
        for (std::size_t w = 0; w < policy.waivers.size(); ++w) {
            Waiver& waiver = policy.waivers[w];
            if ((waiver.side && *waiver.side != snapshot.side) || !namesCheck(waiver, result.check->id, result.check->factName)
                || !wildcardMatch(waiver.workload, workload))
                continue;
            ++waiver.matches;
            if (result.waiver < 0 && !waiver.isExpiredOn(today))
                result.waiver = static_cast<int>(w);
            else if (result.expiredWaiver < 0 && waiver.isExpiredOn(today))
                result.expiredWaiver = static_cast<int>(w);
        }
        if (result.waiver >= 0)
            result.expiredWaiver = -1;
    }
    const std::vector<int> moved = dropUnusedAnnotationWaivers(policy);
    for (CheckResult& result : checked.results) {
        for (int* index : { &result.waiver, &result.expiredWaiver }) {
            if (*index >= 0)
                *index = moved[static_cast<std::size_t>(*index)];
        }
    }
    policy.evaluatedOn = today;
    checked.policy = std::move(policy);
    return checked;
}

void PolicyEnforcer::apply(Comparison& comparison, Policy policy, const QDate& today)
{
    // Undo an earlier application so this one starts from the comparator's judgement.
    for (Gap& gap : comparison.gaps) {
        if (gap.classification == Classification::Waived)
            gap.classification = gap.unwaived;
        gap.waiver = -1;
    }
    std::erase_if(comparison.gaps, [](const Gap& gap) { return gap.factName == QLatin1String(trustedRegistryFact); });

    // A requirement on one side says nothing about the other: a prod requirement that only dev
    // fails is no gap (and the reverse).
    for (const FactRequirement& requirement : policy.requirements) {
        if (!requirement.side)
            continue;
        const Classification otherSideOnly = *requirement.side == Side::Prod ? Classification::Fidelity : Classification::Regression;
        std::erase_if(comparison.gaps, [&](const Gap& gap) { return gap.checkId == requirement.check.id && gap.classification == otherSideOnly; });
    }

    // The registry judgement answers to checks.disable / checks.severity like any check: it is
    // in the policy's view of the catalogue only when enabled, with the severity in force.
    const RuleCatalogue& catalogue = comparison.catalogue ? *comparison.catalogue : RuleCatalogue::builtIn();
    if (const Check* registryCheck = catalogue.findComparison(QLatin1String(trustedRegistryFact)); policy.trustedRegistries && registryCheck != nullptr)
        addRegistryGaps(comparison, *registryCheck, *policy.trustedRegistries);

    addAnnotationWaivers(policy, { &comparison.dev, &comparison.prod });
    for (Waiver& waiver : policy.waivers) {
        waiver.matches = 0;
        waiver.sharedMisses = 0;
    }
    for (Gap& gap : comparison.gaps) {
        for (std::size_t w = 0; w < policy.waivers.size(); ++w) {
            Waiver& waiver = policy.waivers[w];
            if (!covers(waiver, gap)) {
                const Classification judged = gap.classification == Classification::Waived ? gap.unwaived : gap.classification;
                if (waiver.side && judged == Classification::Shared && namesCheck(waiver, gap.checkId, gap.factName) && sideAccepted(waiver, *waiver.side, gap))
                    ++waiver.sharedMisses;
                continue;
            }
            ++waiver.matches;
            const bool gapHasActiveWaiver = gap.waiver >= 0 && !policy.waivers[static_cast<std::size_t>(gap.waiver)].isExpiredOn(today);
            if (gapHasActiveWaiver)
                continue; // the first active waiver is the one shown; later ones still count as used
            gap.waiver = static_cast<int>(w);
            if (!waiver.isExpiredOn(today)) {
                gap.unwaived = gap.classification;
                gap.classification = Classification::Waived;
            }
        }
    }
    const std::vector<int> moved = dropUnusedAnnotationWaivers(policy);
    for (Gap& gap : comparison.gaps) {
        if (gap.waiver >= 0)
            gap.waiver = moved[static_cast<std::size_t>(gap.waiver)];
    }
    policy.evaluatedOn = today;
    comparison.policy = std::move(policy);
    comparison.recount();
    sortWorstFirst(comparison.gaps);
}

} // namespace crossroads
