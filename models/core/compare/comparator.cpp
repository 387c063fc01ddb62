// SPDX-License-Identifier: Apache-2.0
#include "comparator.h"

#include "snapshot/imagereference.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Comparator", text);
}

using ResultVisitor = std::function<void(const Check&, std::size_t workload, const Container*, const CheckOutcome&)>;

/// Visits every check on every main container (and each workload's PSS level, and the engine).
void forEachResult(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version, const ResultVisitor& visit)
{
    for (const Check& check : catalogue.checks()) {
        if (check.scope == CheckScope::Engine)
            visit(check, SIZE_MAX, nullptr, CheckEvaluator::evaluate(check, snapshot, nullptr, nullptr));
    }
    for (std::size_t w = 0; w < snapshot.workloads.size(); ++w) {
        const Workload& workload = snapshot.workloads[w];
        const PssEvaluation pss = PodSecurity::evaluate(workload, version);
        for (const Check& check : catalogue.checks()) {
            if (check.scope == CheckScope::Workload) {
                visit(check, w, nullptr, CheckEvaluator::evaluate(check, snapshot, nullptr, &pss));
            } else if (check.scope == CheckScope::Container) {
                for (const Container& container : workload.containers)
                    visit(check, w, &container, CheckEvaluator::evaluate(check, snapshot, &container, nullptr));
            }
        }
    }
}

Classification classify(const CheckOutcome& dev, const CheckOutcome& prod, bool drift)
{
    if (dev.status == CheckStatus::Unknown || prod.status == CheckStatus::Unknown)
        return Classification::Unknown;
    if (dev.status == CheckStatus::Pass && prod.status == CheckStatus::Fail)
        return Classification::Regression;
    if (dev.status == CheckStatus::Fail && prod.status == CheckStatus::Pass)
        return Classification::Fidelity;
    if (dev.status == CheckStatus::Fail)
        return Classification::Shared;
    return drift && dev.value != prod.value ? Classification::Drift : Classification::Aligned;
}

SourceLocation sourceOf(const Snapshot& snapshot, const Workload* workload, const CheckOutcome& outcome)
{
    if (outcome.fact == nullptr)
        return {};
    return workload != nullptr ? snapshot.locate(*workload, *outcome.fact) : snapshot.locateEngine(*outcome.fact);
}

/// Pairs the main containers of two workloads: by name, then image repository, then alone-with-alone.
std::vector<std::pair<const Container*, const Container*>> pairContainers(const Workload& dev, const Workload& prod)
{
    std::vector<const Container*> devMain, prodMain;
    for (const Container& c : dev.containers) {
        if (!c.init)
            devMain.push_back(&c);
    }
    for (const Container& c : prod.containers) {
        if (!c.init)
            prodMain.push_back(&c);
    }
    std::vector<std::pair<const Container*, const Container*>> pairs;
    std::vector<bool> used(prodMain.size(), false);
    auto repository = [](const Container* c) { return ImageReference::parse(c->facts[static_cast<std::size_t>(FactKey::ImageReference)].value.toString()).repository; };
    std::vector<const Container*> leftover;
    for (const Container* d : devMain) {
        bool found = false;
        for (std::size_t i = 0; i < prodMain.size() && !found; ++i) {
            if (!used[i] && (prodMain[i]->name == d->name || (!repository(d).isEmpty() && repository(prodMain[i]) == repository(d)))) {
                pairs.emplace_back(d, prodMain[i]);
                used[i] = found = true;
            }
        }
        if (!found)
            leftover.push_back(d);
    }
    std::vector<const Container*> prodLeft;
    for (std::size_t i = 0; i < prodMain.size(); ++i) {
        if (!used[i])
            prodLeft.push_back(prodMain[i]);
    }
    if (leftover.size() == 1 && prodLeft.size() == 1)
        pairs.emplace_back(leftover.front(), prodLeft.front());
    return pairs;
}

QString engineSummary(const Snapshot& snapshot)
{
    const Fact& kind = snapshot.engineFact(FactKey::EngineKind);
    if (!kind.isKnown())
        return {};
    QStringList parts;
    const Fact& rootless = snapshot.engineFact(FactKey::EngineRootless);
    if (rootless.isKnown())
        parts << (rootless.value.toBool() ? QStringLiteral("rootless") : QStringLiteral("rootful"));
    const Fact& daemonless = snapshot.engineFact(FactKey::EngineDaemonless);
    if (daemonless.isKnown())
        parts << (daemonless.value.toBool() ? QStringLiteral("daemonless") : QStringLiteral("daemon"));
    parts << kind.value.toString();
    const Fact& runtime = snapshot.engineFact(FactKey::EngineOciRuntime);
    if (runtime.isKnown())
        parts << runtime.value.toString();
    const Fact& cgroup = snapshot.engineFact(FactKey::EngineCgroupVersion);
    if (cgroup.isKnown())
        parts << QStringLiteral("cgroup v") + cgroup.value.toString();
    return parts.join(QLatin1Char(' '));
}

void addEngineMismatch(Comparison& comparison)
{
    Gap gap;
    gap.checkId = QStringLiteral("runtime.engine_mismatch");
    gap.factName = gap.checkId;
    gap.title = tr("Dev and prod run the same kind of container engine");
    gap.domain = Domain::Runtime;
    gap.devWorkload = gap.prodWorkload = tr("(engine)");
    gap.devValue = engineSummary(comparison.dev);
    gap.prodValue = engineSummary(comparison.prod);
    const Fact& devRootless = comparison.dev.engineFact(FactKey::EngineRootless);
    const Fact& prodRootless = comparison.prod.engineFact(FactKey::EngineRootless);
    if (gap.devValue.isEmpty() || gap.prodValue.isEmpty()) {
        gap.classification = Classification::Unknown;
        gap.severity = Severity::Medium;
        if (gap.devValue.isEmpty())
            gap.devValue = tr("unknown (add `podman info` / `docker info` output)");
        if (gap.prodValue.isEmpty())
            gap.prodValue = tr("unknown (add Node objects)");
    } else if (devRootless.isKnown() && prodRootless.isKnown() && devRootless.value.toBool() && !prodRootless.value.toBool()) {
        gap.classification = Classification::Regression;
        gap.severity = Severity::High;
    } else {
        gap.classification = gap.devValue == gap.prodValue ? Classification::Aligned : Classification::Drift;
        gap.severity = Severity::Low;
    }
    gap.devSource = comparison.dev.locateEngine(comparison.dev.engineFact(FactKey::EngineKind));
    gap.prodSource = comparison.prod.locateEngine(comparison.prod.engineFact(FactKey::EngineKind));
    comparison.gaps.push_back(std::move(gap));
}

void addReusedCredentials(Comparison& comparison)
{
    const Snapshot& dev = comparison.dev;
    const Snapshot& prod = comparison.prod;
    struct ProdCredential {
        QString where, name;
        SourceLocation source;
    };
    QMultiHash<QByteArray, ProdCredential> prodByFingerprint;
    for (const Workload& workload : prod.workloads) {
        for (const Container& container : workload.containers) {
            for (const Credential& credential : container.credentials) {
                if (!credential.fingerprint.isEmpty())
                    prodByFingerprint.insert(credential.fingerprint, ProdCredential { workload.displayName(), credential.name, prod.locate(workload, credential) });
            }
        }
    }
    for (const SecretObject& secret : prod.secretObjects) {
        for (const Credential& credential : secret.credentials) {
            if (credential.fingerprint.isEmpty())
                continue;
            SourceLocation source;
            if (secret.file >= 0 && static_cast<std::size_t>(secret.file) < prod.inputs.size())
                source = SourceLocation { prod.inputs[static_cast<std::size_t>(secret.file)].path, credential.line, {} };
            prodByFingerprint.insert(credential.fingerprint,
                ProdCredential { QStringLiteral("Secret ") + secret.nameSpace + QLatin1Char('/') + secret.name, credential.name, source });
        }
    }
    if (!dev.keyId.isEmpty() && !prod.keyId.isEmpty() && dev.keyId != prod.keyId) {
        Gap gap;
        gap.checkId = gap.factName = QStringLiteral("secrets.reused_credential");
        gap.title = tr("No credential is shared between dev and prod");
        gap.domain = Domain::Secrets;
        gap.severity = Severity::Critical;
        gap.classification = Classification::Unknown;
        gap.devValue = tr("fingerprints made with key %1").arg(QString::fromLatin1(dev.keyId));
        gap.prodValue = tr("fingerprints made with key %1; compare under one key").arg(QString::fromLatin1(prod.keyId));
        comparison.gaps.push_back(std::move(gap));
        return;
    }
    for (const Workload& workload : dev.workloads) {
        for (const Container& container : workload.containers) {
            for (const Credential& credential : container.credentials) {
                for (auto it = prodByFingerprint.constFind(credential.fingerprint); it != prodByFingerprint.cend() && it.key() == credential.fingerprint; ++it) {
                    Gap gap;
                    gap.checkId = gap.factName = QStringLiteral("secrets.reused_credential");
                    gap.title = tr("No credential is shared between dev and prod");
                    gap.domain = Domain::Secrets;
                    gap.severity = Severity::Critical;
                    gap.classification = Classification::Shared;
                    gap.devWorkload = workload.displayName();
                    gap.prodWorkload = it->where;
                    gap.container = container.name;
                    gap.devValue = tr("%1 (%2)").arg(credential.name, credential.classification);
                    gap.prodValue = tr("%1 holds the same value").arg(it->name);
                    gap.devSource = dev.locate(workload, credential);
                    gap.prodSource = it->source;
                    comparison.gaps.push_back(std::move(gap));
                }
            }
        }
    }
}

} // namespace

KubernetesVersion Comparator::clusterVersion(const Snapshot& prod, const CompareOptions& options, bool* stated)
{
    if (stated != nullptr)
        *stated = true;
    if (options.kubernetesVersion)
        return *options.kubernetesVersion;
    const Fact& kubelet = prod.engineFact(FactKey::EngineKubernetesVersion);
    if (kubelet.isKnown()) {
        if (const auto version = KubernetesVersion::parse(kubelet.value.toString()))
            return *version;
    }
    if (stated != nullptr)
        *stated = false;
    return KubernetesVersion::latest();
}

std::vector<CheckResult> Comparator::check(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version)
{
    std::vector<CheckResult> results;
    forEachResult(snapshot, catalogue, version, [&](const Check& check, std::size_t workload, const Container* container, const CheckOutcome& outcome) {
        results.push_back(CheckResult { &check, workload, container != nullptr ? container->name : QString(), outcome });
    });
    return results;
}

DomainScores Comparator::score(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version)
{
    std::array<qint64, domainCount> passed {}, total {};
    forEachResult(snapshot, catalogue, version, [&](const Check& check, std::size_t, const Container*, const CheckOutcome& outcome) {
        if (outcome.status == CheckStatus::Unknown)
            return; // unknown is neither good nor bad: it is left out, and reported as unknown
        const auto domain = static_cast<std::size_t>(check.domain);
        total[domain] += severityWeight(check.severity);
        if (outcome.status == CheckStatus::Pass)
            passed[domain] += severityWeight(check.severity);
    });
    DomainScores scores;
    qint64 allPassed = 0, allTotal = 0;
    for (std::size_t d = 0; d < static_cast<std::size_t>(domainCount); ++d) {
        if (total[d] > 0)
            scores.score[d] = static_cast<int>((passed[d] * 100 + total[d] / 2) / total[d]);
        allPassed += passed[d];
        allTotal += total[d];
    }
    if (allTotal > 0)
        scores.overall = static_cast<int>((allPassed * 100 + allTotal / 2) / allTotal);
    return scores;
}

Comparison Comparator::compare(Snapshot dev, Snapshot prod, const RuleCatalogue& catalogue, const CompareOptions& options)
{
    Comparison comparison;
    comparison.dev = std::move(dev);
    comparison.prod = std::move(prod);
    comparison.prodVersion = clusterVersion(comparison.prod, options, &comparison.prodVersionStated);
    comparison.matching = Matcher::match(comparison.dev, comparison.prod, options.map);
    const Snapshot& devSide = comparison.dev;
    const Snapshot& prodSide = comparison.prod;
    const KubernetesVersion& version = comparison.prodVersion;

    // Engine checks, once per side.
    for (const Check& check : catalogue.checks()) {
        if (check.scope != CheckScope::Engine)
            continue;
        const CheckOutcome d = CheckEvaluator::evaluate(check, devSide, nullptr, nullptr);
        const CheckOutcome p = CheckEvaluator::evaluate(check, prodSide, nullptr, nullptr);
        Gap gap { check.id, check.title, check.factName, check.domain, check.severity, classify(d, p, check.drift), tr("(engine)"), tr("(engine)"), {},
            d.value.isEmpty() ? tr("unknown") : d.value, p.value.isEmpty() ? tr("unknown") : p.value, sourceOf(devSide, nullptr, d),
            sourceOf(prodSide, nullptr, p), &check };
        comparison.gaps.push_back(std::move(gap));
    }
    addEngineMismatch(comparison);

    for (const WorkloadPair& pair : comparison.matching.pairs) {
        const Workload& devWorkload = devSide.workloads[pair.dev];
        const Workload& prodWorkload = prodSide.workloads[pair.prod];
        const PssEvaluation devPss = PodSecurity::evaluate(devWorkload, version);
        const PssEvaluation prodPss = PodSecurity::evaluate(prodWorkload, version);
        const auto containers = pairContainers(devWorkload, prodWorkload);
        for (const Check& check : catalogue.checks()) {
            if (check.scope == CheckScope::Workload) {
                const CheckOutcome d = CheckEvaluator::evaluate(check, devSide, nullptr, &devPss);
                const CheckOutcome p = CheckEvaluator::evaluate(check, prodSide, nullptr, &prodPss);
                comparison.gaps.push_back(Gap { check.id, check.title, check.factName, check.domain, check.severity, classify(d, p, check.drift),
                    devWorkload.displayName(), prodWorkload.displayName(), {}, d.value, p.value, {}, {}, &check });
            } else if (check.scope == CheckScope::Container) {
                for (const auto& [devContainer, prodContainer] : containers) {
                    const CheckOutcome d = CheckEvaluator::evaluate(check, devSide, devContainer, nullptr);
                    const CheckOutcome p = CheckEvaluator::evaluate(check, prodSide, prodContainer, nullptr);
                    const QString containerName = devContainer->name == prodContainer->name ? prodContainer->name
                                                                                          : devContainer->name + QStringLiteral(" → ") + prodContainer->name;
                    comparison.gaps.push_back(Gap { check.id, check.title, check.factName, check.domain, check.severity,
                        classify(d, p, check.drift), devWorkload.displayName(), prodWorkload.displayName(), containerName,
                        d.value.isEmpty() ? tr("unknown") : d.value, p.value.isEmpty() ? tr("unknown") : p.value,
                        sourceOf(devSide, &devWorkload, d), sourceOf(prodSide, &prodWorkload, p), &check });
                }
            }
        }

        // Same build: both digests known and equal.
        for (const auto& [devContainer, prodContainer] : containers) {
            const Fact& devDigest = (*devContainer)[FactKey::ImageDigest];
            const Fact& prodDigest = (*prodContainer)[FactKey::ImageDigest];
            Gap gap;
            gap.checkId = gap.factName = QStringLiteral("image.same_build");
            gap.title = tr("Production runs the build that was tested");
            gap.domain = Domain::Image;
            gap.severity = Severity::Medium;
            gap.devWorkload = devWorkload.displayName();
            gap.prodWorkload = prodWorkload.displayName();
            gap.container = prodContainer->name;
            gap.devValue = devDigest.isKnown() ? devDigest.value.toString() : (*devContainer)[FactKey::ImageReference].value.toString();
            gap.prodValue = prodDigest.isKnown() ? prodDigest.value.toString() : (*prodContainer)[FactKey::ImageReference].value.toString();
            if (!devDigest.isKnown() || !prodDigest.isKnown())
                gap.classification = Classification::Unknown;
            else
                gap.classification = devDigest.value == prodDigest.value ? Classification::Aligned : Classification::Drift;
            gap.devSource = devSide.locate(devWorkload, devDigest.isKnown() ? devDigest : (*devContainer)[FactKey::ImageReference]);
            gap.prodSource = prodSide.locate(prodWorkload, prodDigest.isKnown() ? prodDigest : (*prodContainer)[FactKey::ImageReference]);
            comparison.gaps.push_back(std::move(gap));
        }

        // Admission forecast: would the dev workload get into the prod namespace as it runs now?
        if (prodWorkload.platform == QLatin1String("kubernetes")) {
            Gap gap;
            gap.checkId = gap.factName = QStringLiteral("admission.forecast");
            gap.title = tr("Prod namespace would admit the workload as developers run it");
            gap.domain = Domain::Runtime;
            gap.severity = Severity::High;
            gap.devWorkload = devWorkload.displayName();
            gap.prodWorkload = prodWorkload.displayName();
            const auto policy = prodSide.namespacePolicies.constFind(prodWorkload.nameSpace);
            const PssLevel enforced = policy != prodSide.namespacePolicies.cend() ? pssLevelFromName(policy->enforce).value_or(PssLevel::Privileged)
                                                                                   : PssLevel::Privileged;
            KubernetesVersion policyVersion = version;
            if (policy != prodSide.namespacePolicies.cend() && !policy->version.isEmpty() && policy->version != QLatin1String("latest")) {
                if (const auto parsed = KubernetesVersion::parse(policy->version))
                    policyVersion = *parsed;
            }
            const PssEvaluation forecast = PodSecurity::evaluate(devWorkload, policyVersion);
            const QStringList refusals = forecast.failuresAgainst(enforced);
            gap.prodValue = policy != prodSide.namespacePolicies.cend()
                ? tr("namespace %1 enforces %2 (%3)").arg(prodWorkload.nameSpace, QLatin1String(pssLevelName(enforced)), policyVersion.toString())
                : tr("namespace %1 has no enforce label (privileged)").arg(prodWorkload.nameSpace);
            if (policy != prodSide.namespacePolicies.cend() && policy->file >= 0 && static_cast<std::size_t>(policy->file) < prodSide.inputs.size())
                gap.prodSource = SourceLocation { prodSide.inputs[static_cast<std::size_t>(policy->file)].path, policy->line, {} };
            if (refusals.isEmpty()) {
                gap.classification = Classification::Aligned;
                gap.devValue = tr("admitted");
            } else {
                gap.classification = Classification::Fidelity;
                gap.devValue = tr("refused: %1").arg(refusals.join(QStringLiteral("; ")));
            }
            comparison.gaps.push_back(std::move(gap));
        }
    }
    addReusedCredentials(comparison);

    // Count, then keep only what is worth a look, worst first.
    for (const Gap& gap : comparison.gaps) {
        ++comparison.classificationCounts[static_cast<std::size_t>(gap.classification)];
        if (isFailing(gap.classification))
            ++comparison.failingBySeverity[static_cast<std::size_t>(gap.severity)];
    }
    std::erase_if(comparison.gaps, [](const Gap& gap) { return gap.classification == Classification::Aligned; });
    std::stable_sort(comparison.gaps.begin(), comparison.gaps.end(), [](const Gap& a, const Gap& b) {
        if (a.classification != b.classification)
            return a.classification < b.classification;
        return a.severity > b.severity;
    });
    comparison.devScores = score(devSide, catalogue, version);
    comparison.prodScores = score(prodSide, catalogue, version);
    return comparison;
}

} // namespace crossroads
