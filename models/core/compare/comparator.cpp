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
    return QCoreApplication::translate("crossroads", text);
}

/// Visits every check on every container (and each workload's PSS level, and the engine) with
/// what CheckEvaluator needs: the container for container checks, the PSS result for workload
/// checks. A template, as scoring 100,000 containers calls it millions of times.
template <typename Visit> // void(const Check&, std::size_t workload, const Container*, const PssEvaluation*)
void forEachCheck(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version, Visit&& visit)
{
    for (const Check& check : catalogue.checks()) {
        if (check.scope == CheckScope::Engine)
            visit(check, SIZE_MAX, nullptr, nullptr);
    }
    for (std::size_t w = 0; w < snapshot.workloads.size(); ++w) {
        const Workload& workload = snapshot.workloads[w];
        const PssEvaluation pss = PodSecurity::evaluate(workload, version);
        for (const Check& check : catalogue.checks()) {
            if (check.scope == CheckScope::Workload) {
                visit(check, w, nullptr, &pss);
            } else if (check.scope == CheckScope::Container) {
                for (const Container& container : workload.containers)
                    visit(check, w, &container, nullptr);
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


/// Severity-weighted share of passing results per domain. Unknown is neither good nor bad: it is
/// left out of the score, and reported as unknown.
class ScoreTally {
public:
    void add(const Check& check, CheckStatus status)
    {
        if (status == CheckStatus::Unknown)
            return;
        const auto domain = static_cast<std::size_t>(check.domain);
        m_total[domain] += severityWeight(check.severity);
        if (status == CheckStatus::Pass)
            m_passed[domain] += severityWeight(check.severity);
    }

    DomainScores scores() const
    {
        DomainScores scores;
        qint64 allPassed = 0, allTotal = 0;
        for (std::size_t d = 0; d < m_total.size(); ++d) {
            scores.score[d] = percent(m_passed[d], m_total[d]);
            allPassed += m_passed[d];
            allTotal += m_total[d];
        }
        scores.overall = percent(allPassed, allTotal);
        return scores;
    }

private:
    static int percent(qint64 passed, qint64 total) { return total > 0 ? static_cast<int>((passed * 100 + total / 2) / total) : -1; }

    std::array<qint64, domainCount> m_passed {}, m_total {};
};

/// A catalogue check judged on both sides.
Gap checkGap(const Check& check, const CheckOutcome& dev, const CheckOutcome& prod, const QString& devWorkload, const QString& prodWorkload,
    const QString& container, SourceLocation devSource, SourceLocation prodSource)
{
    return Gap { check.id, check.title, check.factName, check.domain, check.severity, classify(dev, prod, check.drift), devWorkload, prodWorkload,
        container, dev.value.isEmpty() ? tr("unknown") : dev.value, prod.value.isEmpty() ? tr("unknown") : prod.value, std::move(devSource),
        std::move(prodSource), &check };
}

/// A comparison-level fact, which needs both sides; the caller fills classification and values.
Gap factGap(const char* fact, const QString& title, Domain domain, Severity severity, const QString& devWorkload, const QString& prodWorkload)
{
    Gap gap;
    gap.checkId = gap.factName = QLatin1String(fact);
    gap.title = title;
    gap.domain = domain;
    gap.severity = severity;
    gap.devWorkload = devWorkload;
    gap.prodWorkload = prodWorkload;
    return gap;
}

void addEngineGaps(Comparison& comparison, const RuleCatalogue& catalogue)
{
    const Snapshot& dev = comparison.dev;
    const Snapshot& prod = comparison.prod;
    const QString engine = tr("(engine)");
    for (const Check& check : catalogue.checks()) {
        if (check.scope != CheckScope::Engine)
            continue;
        const CheckOutcome d = CheckEvaluator::evaluate(check, dev, nullptr, nullptr);
        const CheckOutcome p = CheckEvaluator::evaluate(check, prod, nullptr, nullptr);
        comparison.gaps.push_back(checkGap(check, d, p, engine, engine, {}, sourceOf(dev, nullptr, d), sourceOf(prod, nullptr, p)));
    }

    Gap gap = factGap("runtime.engine_mismatch", tr("Dev and prod run the same kind of container engine"), Domain::Runtime, Severity::Low, engine, engine);
    gap.devValue = engineSummary(dev);
    gap.prodValue = engineSummary(prod);
    const Fact& devRootless = dev.engineFact(FactKey::EngineRootless);
    const Fact& prodRootless = prod.engineFact(FactKey::EngineRootless);
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
    }
    gap.devSource = dev.locateEngine(dev.engineFact(FactKey::EngineKind));
    gap.prodSource = prod.locateEngine(prod.engineFact(FactKey::EngineKind));
    comparison.gaps.push_back(std::move(gap));
}

void addReusedCredentials(Comparison& comparison)
{
    const Snapshot& dev = comparison.dev;
    const Snapshot& prod = comparison.prod;
    const QString title = tr("No credential is shared between dev and prod");
    if (!dev.keyId.isEmpty() && !prod.keyId.isEmpty() && dev.keyId != prod.keyId) {
        Gap gap = factGap("secrets.reused_credential", title, Domain::Secrets, Severity::Critical, {}, {});
        gap.classification = Classification::Unknown;
        gap.devValue = tr("fingerprints made with key %1").arg(QString::fromLatin1(dev.keyId));
        gap.prodValue = tr("fingerprints made with key %1; compare under one key").arg(QString::fromLatin1(prod.keyId));
        comparison.gaps.push_back(std::move(gap));
        return;
    }
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
            if (!credential.fingerprint.isEmpty()) {
                prodByFingerprint.insert(credential.fingerprint, ProdCredential { QStringLiteral("Secret ") + secret.nameSpace + QLatin1Char('/') + secret.name,
                                                                     credential.name, prod.locateFile(secret.file, credential.line) });
            }
        }
    }
    for (const Workload& workload : dev.workloads) {
        for (const Container& container : workload.containers) {
            for (const Credential& credential : container.credentials) {
                for (auto it = prodByFingerprint.constFind(credential.fingerprint); it != prodByFingerprint.cend() && it.key() == credential.fingerprint; ++it) {
                    Gap gap = factGap("secrets.reused_credential", title, Domain::Secrets, Severity::Critical, workload.displayName(), it->where);
                    gap.classification = Classification::Shared;
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

/// Would the dev workload get into the prod namespace as developers run it?
Gap admissionForecast(const Comparison& comparison, const Workload& devWorkload, const Workload& prodWorkload)
{
    const Snapshot& prod = comparison.prod;
    Gap gap = factGap("admission.forecast", tr("Prod namespace would admit the workload as developers run it"), Domain::Runtime, Severity::High,
        devWorkload.displayName(), prodWorkload.displayName());
    const auto found = prod.namespacePolicies.constFind(prodWorkload.nameSpace);
    const NamespacePolicy* policy = found != prod.namespacePolicies.cend() ? &*found : nullptr;
    // Without an enforce label the namespace admits everything (PSA's default level is privileged).
    const PssLevel enforced = policy != nullptr ? pssLevelFromName(policy->enforce).value_or(PssLevel::Privileged) : PssLevel::Privileged;
    KubernetesVersion policyVersion = comparison.prodVersion;
    if (policy != nullptr && policy->version != QLatin1String("latest")) {
        if (const auto parsed = KubernetesVersion::parse(policy->version); parsed && !policy->version.isEmpty())
            policyVersion = *parsed;
    }
    const QStringList refusals = PodSecurity::evaluate(devWorkload, policyVersion).failuresAgainst(enforced);
    if (policy != nullptr) {
        gap.prodValue = tr("namespace %1 enforces %2 (%3)").arg(prodWorkload.nameSpace, QLatin1String(pssLevelName(enforced)), policyVersion.toString());
        gap.prodSource = prod.locateFile(policy->file, policy->line);
    } else {
        gap.prodValue = tr("namespace %1 has no enforce label (privileged)").arg(prodWorkload.nameSpace);
    }
    gap.classification = refusals.isEmpty() ? Classification::Aligned : Classification::Fidelity;
    gap.devValue = refusals.isEmpty() ? tr("admitted") : tr("refused: %1").arg(refusals.join(QStringLiteral("; ")));
    return gap;
}

/// Does production run the digest that was tested?
Gap sameBuild(const Comparison& comparison, const Workload& devWorkload, const Container& devContainer, const Workload& prodWorkload,
    const Container& prodContainer)
{
    Gap gap = factGap("image.same_build", tr("Production runs the build that was tested"), Domain::Image, Severity::Medium, devWorkload.displayName(),
        prodWorkload.displayName());
    gap.container = prodContainer.name;
    const Fact& devDigest = devContainer[FactKey::ImageDigest];
    const Fact& prodDigest = prodContainer[FactKey::ImageDigest];
    // Where a digest is unknown, show the reference: it says what is known about the build.
    const Fact& devShown = devDigest.isKnown() ? devDigest : devContainer[FactKey::ImageReference];
    const Fact& prodShown = prodDigest.isKnown() ? prodDigest : prodContainer[FactKey::ImageReference];
    gap.devValue = devShown.value.toString();
    gap.prodValue = prodShown.value.toString();
    gap.devSource = comparison.dev.locate(devWorkload, devShown);
    gap.prodSource = comparison.prod.locate(prodWorkload, prodShown);
    if (!devDigest.isKnown() || !prodDigest.isKnown())
        gap.classification = Classification::Unknown;
    else
        gap.classification = devDigest.value == prodDigest.value ? Classification::Aligned : Classification::Drift;
    return gap;
}

void addPairGaps(Comparison& comparison, const RuleCatalogue& catalogue, const WorkloadPair& pair)
{
    const Snapshot& dev = comparison.dev;
    const Snapshot& prod = comparison.prod;
    const Workload& devWorkload = dev.workloads[pair.dev];
    const Workload& prodWorkload = prod.workloads[pair.prod];
    const QString devName = devWorkload.displayName();
    const QString prodName = prodWorkload.displayName();
    const PssEvaluation devPss = PodSecurity::evaluate(devWorkload, comparison.prodVersion);
    const PssEvaluation prodPss = PodSecurity::evaluate(prodWorkload, comparison.prodVersion);
    const auto containers = pairContainers(devWorkload, prodWorkload);
    for (const Check& check : catalogue.checks()) {
        if (check.scope == CheckScope::Workload) {
            comparison.gaps.push_back(checkGap(check, CheckEvaluator::evaluate(check, dev, nullptr, &devPss),
                CheckEvaluator::evaluate(check, prod, nullptr, &prodPss), devName, prodName, {}, {}, {}));
            continue;
        }
        if (check.scope != CheckScope::Container)
            continue;
        for (const auto& [devContainer, prodContainer] : containers) {
            const CheckOutcome d = CheckEvaluator::evaluate(check, dev, devContainer, nullptr);
            const CheckOutcome p = CheckEvaluator::evaluate(check, prod, prodContainer, nullptr);
            const QString container = devContainer->name == prodContainer->name ? prodContainer->name
                                                                              : devContainer->name + QStringLiteral(" → ") + prodContainer->name;
            comparison.gaps.push_back(checkGap(check, d, p, devName, prodName, container, sourceOf(dev, &devWorkload, d), sourceOf(prod, &prodWorkload, p)));
        }
    }
    for (const auto& [devContainer, prodContainer] : containers)
        comparison.gaps.push_back(sameBuild(comparison, devWorkload, *devContainer, prodWorkload, *prodContainer));
    if (prodWorkload.platform == QLatin1String("kubernetes"))
        comparison.gaps.push_back(admissionForecast(comparison, devWorkload, prodWorkload));
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
    forEachCheck(snapshot, catalogue, version, [&](const Check& check, std::size_t workload, const Container* container, const PssEvaluation* pss) {
        results.push_back(CheckResult { &check, workload, container != nullptr ? container->name : QString(),
            CheckEvaluator::evaluate(check, snapshot, container, pss) });
    });
    return results;
}

DomainScores Comparator::score(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version)
{
    ScoreTally tally;
    // Containers of one file share their fact values (FactValue), so each check remembers its
    // last container verdict and reuses it for the very same value: most of 100,000 containers
    // then cost a comparison per check instead of an evaluation.
    struct LastVerdict {
        FactValue value;
        CheckStatus status = CheckStatus::Unknown;
        bool valid = false;
    };
    std::vector<LastVerdict> last(catalogue.checks().size());
    const Check* first = catalogue.checks().data();
    forEachCheck(snapshot, catalogue, version, [&](const Check& check, std::size_t, const Container* container, const PssEvaluation* pss) {
        if (container == nullptr || check.test == CheckTest::PssLevelAtLeast) {
            tally.add(check, CheckEvaluator::judge(check, snapshot, container, pss));
            return;
        }
        const Fact& fact = (*container)[check.fact];
        if (!fact.isKnown()) {
            tally.add(check, CheckStatus::Unknown);
            return;
        }
        LastVerdict& verdict = last[static_cast<std::size_t>(&check - first)];
        if (!verdict.valid || !verdict.value.isSameAs(fact.value))
            verdict = LastVerdict { fact.value, CheckEvaluator::judge(check, snapshot, container, pss), true };
        tally.add(check, verdict.status);
    });
    return tally.scores();
}

DomainScores Comparator::score(const std::vector<CheckResult>& results)
{
    ScoreTally tally;
    for (const CheckResult& result : results)
        tally.add(*result.check, result.outcome.status);
    return tally.scores();
}


Comparison Comparator::compare(Snapshot dev, Snapshot prod, const RuleCatalogue& catalogue, const CompareOptions& options)
{
    Comparison comparison;
    comparison.dev = std::move(dev);
    comparison.prod = std::move(prod);
    comparison.prodVersion = clusterVersion(comparison.prod, options, &comparison.prodVersionStated);
    comparison.matching = Matcher::match(comparison.dev, comparison.prod, options.map);
    addEngineGaps(comparison, catalogue);
    for (const WorkloadPair& pair : comparison.matching.pairs)
        addPairGaps(comparison, catalogue, pair);
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
    comparison.devScores = score(comparison.dev, catalogue, comparison.prodVersion);
    comparison.prodScores = score(comparison.prod, catalogue, comparison.prodVersion);
    return comparison;
}

} // namespace crossroads
