// SPDX-License-Identifier: Apache-2.0
#include "comparator.h"
#include "rankedgaps.h"

#include "rules/clusterversionrules.h"
#include "secrets/credentialclassifier.h"
#include "snapshot/platformdefaults.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <optional>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

/// Visits every check on every container (and each workload's PSS level, and the engine) with
/// what CheckEvaluator needs. A template, as scoring 100,000 containers calls it millions of times.
template <typename Visit> // void(const Check&, std::size_t workload, const CheckSubject&)
void forEachCheck(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version, Visit&& visit)
{
    for (const Check& check : catalogue.checks()) {
        if (check.scope == CheckScope::Engine)
            visit(check, SIZE_MAX, CheckSubject { snapshot, nullptr, nullptr, nullptr, version });
    }
    for (std::size_t w = 0; w < snapshot.workloads.size(); ++w) {
        const Workload& workload = snapshot.workloads[w];
        const PssEvaluation pss = PodSecurity::evaluate(workload, version);
        for (const Check& check : catalogue.checks()) {
            if (check.scope == CheckScope::Workload) {
                visit(check, w, CheckSubject { snapshot, &workload, nullptr, &pss, version });
            } else if (check.scope == CheckScope::Container) {
                for (const Container& container : workload.containers)
                    visit(check, w, CheckSubject { snapshot, &workload, &container, nullptr, version });
            }
        }
    }
}

/// How a check compares between the sides; nullopt when there is nothing to say (it applies to
/// neither, or only to a side that passes).
std::optional<Classification> classify(const CheckOutcome& dev, const CheckOutcome& prod, bool drift)
{
    const bool devApplies = dev.status != CheckStatus::NotApplicable;
    const bool prodApplies = prod.status != CheckStatus::NotApplicable;
    if (!devApplies || !prodApplies) {
        // A setting with no counterpart on the other platform is judged on its own side.
        if (devApplies && dev.status == CheckStatus::Fail)
            return Classification::DevOnly;
        if (prodApplies && prod.status == CheckStatus::Fail)
            return Classification::ProdOnly;
        return std::nullopt;
    }
    // A failure stays a finding when the other side says nothing: judged on its own side, as
    // a setting with no counterpart is (unknown, it left prod failures out of every count and gate).
    if (dev.status == CheckStatus::Unknown && prod.status == CheckStatus::Fail)
        return Classification::ProdOnly;
    if (prod.status == CheckStatus::Unknown && dev.status == CheckStatus::Fail)
        return Classification::DevOnly;
    if (dev.status == CheckStatus::Unknown || prod.status == CheckStatus::Unknown)
        return Classification::Unknown;
    if (dev.status == CheckStatus::Pass && prod.status == CheckStatus::Fail)
        return Classification::Regression;
    if (dev.status == CheckStatus::Fail && prod.status == CheckStatus::Pass)
        return Classification::Fidelity;
    if (dev.status == CheckStatus::Fail)
        return Classification::Shared;
    return drift && dev.comparable != prod.comparable ? Classification::Drift : Classification::Aligned;
}

/// One side of a gap as people read it: the value, where it comes from, and for a platform
/// default what the platform does.
struct Evidence {
    QString value;
    SourceLocation source;
    Provenance provenance = Provenance::Unknown;
    QString defaultNote;
    QString state; ///< the value as compared, in no language (CheckOutcome::comparable)
};

Evidence evidenceOf(const CheckSubject& subject, const CheckOutcome& outcome)
{
    Evidence evidence;
    evidence.value = outcome.value.isEmpty() ? tr("unknown") : outcome.value;
    evidence.state = !outcome.comparable.isEmpty() ? outcome.comparable : outcome.value.isEmpty() ? QStringLiteral("unknown") : outcome.value;
    evidence.provenance = outcome.provenance;
    if (outcome.fact == nullptr) {
        // A workload-level judgement (Pod Security level) cites the workload's own object.
        if (subject.workload != nullptr)
            evidence.source = subject.snapshot.locateWorkload(*subject.workload);
        return evidence;
    }
    evidence.source = subject.workload != nullptr ? subject.snapshot.locate(*subject.workload, *outcome.fact)
                                                  : subject.snapshot.locateEngine(*outcome.fact);
    if (evidence.provenance == Provenance::Default) {
        const FactKey key = subject.container != nullptr ? static_cast<FactKey>(outcome.fact - subject.container->facts.data())
                                                         : static_cast<FactKey>(containerFactCount + (outcome.fact - subject.snapshot.engine.data()));
        evidence.defaultNote = PlatformDefaults::explain(CheckEvaluator::platformOf(subject), key);
    }
    return evidence;
}

/// The other side of a one-sided gap.
Evidence noCounterpart(Side missing)
{
    Evidence evidence;
    evidence.value = missing == Side::Dev ? tr("no counterpart in development") : tr("no counterpart in production");
    evidence.state = QStringLiteral("no counterpart");
    return evidence;
}

Gap makeGap(const Check& check, Classification classification, const QString& devWorkload, const QString& prodWorkload, const QString& container,
    Evidence dev, Evidence prod)
{
    Gap gap;
    gap.checkId = check.id;
    gap.title = check.title;
    gap.factName = check.factName;
    gap.domain = check.domain;
    gap.severity = check.severity;
    gap.classification = classification;
    gap.devWorkload = devWorkload;
    gap.prodWorkload = prodWorkload;
    gap.container = container;
    gap.devValue = std::move(dev.value);
    gap.prodValue = std::move(prod.value);
    gap.devState = std::move(dev.state);
    gap.prodState = std::move(prod.state);
    gap.devSource = std::move(dev.source);
    gap.prodSource = std::move(prod.source);
    gap.devProvenance = dev.provenance;
    gap.prodProvenance = prod.provenance;
    gap.devDefault = std::move(dev.defaultNote);
    gap.prodDefault = std::move(prod.defaultNote);
    gap.check = &check;
    return gap;
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
    // Kubernetes nodes name their container runtime ("containerd://1.7.2 (node-1)").
    QStringList nodeRuntimes;
    for (const QString& node : snapshot.engineFact(FactKey::EngineNodeRuntimes).value.toStringList())
        nodeRuntimes << node.section(QLatin1Char(' '), 0, 0);
    nodeRuntimes.removeDuplicates();
    if (!nodeRuntimes.isEmpty())
        parts << nodeRuntimes.join(QStringLiteral(", "));
    return parts.join(QLatin1Char(' '));
}

/// Severity-weighted share of passing results per domain. Unknown and not applicable are
/// neither good nor bad: they are left out of the score.
class ScoreTally {
public:
    void add(const Check& check, CheckStatus status)
    {
        if (status != CheckStatus::Pass && status != CheckStatus::Fail)
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

/// Builds the gaps of one comparison.
class GapBuilder {
    Q_DECLARE_TR_FUNCTIONS(crossroads::GapBuilder)
public:
    GapBuilder(Comparison& comparison, const RuleCatalogue& catalogue)
        : m_comparison(comparison)
        , m_catalogue(catalogue)
        , m_pairsOfDev(comparison.dev.workloads.size(), 0)
        , m_pairsOfProd(comparison.prod.workloads.size(), 0)
    {
        for (const WorkloadPair& pair : comparison.matching.pairs) {
            ++m_pairsOfDev[pair.dev];
            ++m_pairsOfProd[pair.prod];
        }
    }

    void engines();
    void pair(const WorkloadPair& pair);
    void unpairedWorkload(Side side, std::size_t index);
    void unpairedContainer(Side side, const ContainerRef& ref, const QString& devWorkload, const QString& prodWorkload);
    void reusedCredentials();
    /// Counts the gaps found into the comparison and keeps the ones worth a look, worst first.
    void finish() { m_found.moveInto(m_comparison); }

private:
    void add(const Check& check, const CheckSubject& dev, const CheckSubject& prod, const QString& devWorkload, const QString& prodWorkload,
        const QString& container);
    void addOneSided(const Check& check, Side side, const CheckSubject& subject, const QString& devWorkload, const QString& prodWorkload,
        const QString& container);
    /// devOnly / prodOnly: the containers of a pod shared by several pairs that this pair
    /// stands for (PssEvaluation::forContainers); empty: the whole pod.
    Gap admissionForecast(const Check& check, const Workload& devWorkload, const Workload& prodWorkload, const QStringList& devOnly = {},
        const QStringList& prodOnly = {}) const;
    /// Both sides are judged at the production cluster's version: that is where they will run.
    CheckSubject subject(const Snapshot& snapshot, const Workload* workload = nullptr, const Container* container = nullptr,
        const PssEvaluation* pss = nullptr) const
    {
        return CheckSubject { snapshot, workload, container, pss, m_comparison.prodVersion };
    }
    Gap sameBuild(const Check& check, const Workload& devWorkload, const Container& devContainer, const Workload& prodWorkload,
        const Container& prodContainer) const;

    Comparison& m_comparison;
    const RuleCatalogue& m_catalogue;
    RankedGaps m_found;
    std::vector<int> m_pairsOfDev, m_pairsOfProd; ///< how many pairs each workload is in
};

void GapBuilder::add(const Check& check, const CheckSubject& dev, const CheckSubject& prod, const QString& devWorkload, const QString& prodWorkload,
    const QString& container)
{
    const CheckOutcome d = CheckEvaluator::evaluate(check, dev);
    const CheckOutcome p = CheckEvaluator::evaluate(check, prod);
    const std::optional<Classification> classification = classify(d, p, check.drift);
    if (!classification)
        return;
    Evidence devEvidence = d.status == CheckStatus::NotApplicable ? Evidence { d.value, {}, Provenance::Unknown, {}, QStringLiteral("not applicable") } : evidenceOf(dev, d);
    Evidence prodEvidence = p.status == CheckStatus::NotApplicable ? Evidence { p.value, {}, Provenance::Unknown, {}, QStringLiteral("not applicable") } : evidenceOf(prod, p);
    m_found.add(makeGap(check, *classification, devWorkload, prodWorkload, container, std::move(devEvidence), std::move(prodEvidence)));
}

void GapBuilder::addOneSided(const Check& check, Side side, const CheckSubject& subject, const QString& devWorkload, const QString& prodWorkload,
    const QString& container)
{
    const CheckOutcome outcome = CheckEvaluator::evaluate(check, subject);
    if (outcome.status != CheckStatus::Fail)
        return; // a workload with no counterpart has findings, not notes
    const bool dev = side == Side::Dev;
    Evidence evidence = evidenceOf(subject, outcome);
    m_found.add(makeGap(check, dev ? Classification::DevOnly : Classification::ProdOnly, devWorkload, prodWorkload, container,
        dev ? std::move(evidence) : noCounterpart(Side::Dev), dev ? noCounterpart(Side::Prod) : std::move(evidence)));
}

void GapBuilder::engines()
{
    const Snapshot& dev = m_comparison.dev;
    const Snapshot& prod = m_comparison.prod;
    const QString engine = tr("(engine)");
    for (const Check& check : m_catalogue.checks()) {
        if (check.scope == CheckScope::Engine)
            add(check, subject(dev), subject(prod), engine, engine, {});
    }
    const Check* mismatch = m_catalogue.findComparison(QStringLiteral("runtime.engine_mismatch"));
    if (mismatch == nullptr)
        return;
    Evidence devEvidence { engineSummary(dev), dev.locateEngine(dev.engineFact(FactKey::EngineKind)), dev.engineFact(FactKey::EngineKind).provenance, {}, {} };
    Evidence prodEvidence { engineSummary(prod), prod.locateEngine(prod.engineFact(FactKey::EngineKind)), prod.engineFact(FactKey::EngineKind).provenance, {}, {} };
    // Different engines are expected (Podman on a laptop, Kubernetes in production): a note of
    // what differs, for the engine checks and the per-workload user namespaces to judge.
    Classification classification = Classification::Aligned;
    if (devEvidence.value.isEmpty() || prodEvidence.value.isEmpty())
        classification = Classification::Unknown;
    else if (devEvidence.value != prodEvidence.value)
        classification = Classification::Drift;
    if (devEvidence.value.isEmpty())
        devEvidence.value = tr("unknown (add `podman info` / `docker info` output)");
    if (prodEvidence.value.isEmpty())
        prodEvidence.value = tr("unknown (add Node objects)");
    m_found.add(makeGap(*mismatch, classification, engine, engine, {}, std::move(devEvidence), std::move(prodEvidence)));
}

void GapBuilder::reusedCredentials()
{
    const Check* check = m_catalogue.findComparison(QStringLiteral("secrets.reused_credential"));
    if (check == nullptr)
        return;
    const Snapshot& dev = m_comparison.dev;
    const Snapshot& prod = m_comparison.prod;
    if (!dev.keyId.isEmpty() && !prod.keyId.isEmpty() && dev.keyId != prod.keyId) {
        Evidence devEvidence { tr("fingerprints made with key %1").arg(QString::fromLatin1(dev.keyId)), {}, Provenance::Stated, {}, QString::fromLatin1(dev.keyId) };
        Evidence prodEvidence { tr("fingerprints made with key %1; compare under one key").arg(QString::fromLatin1(prod.keyId)), {}, Provenance::Stated, {},
            QString::fromLatin1(prod.keyId) };
        m_found.add(makeGap(*check, Classification::Unknown, {}, {}, {}, std::move(devEvidence), std::move(prodEvidence)));
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
    for (const ConfigMapObject& configMap : prod.configMaps) {
        for (const Credential& credential : configMap.credentials) {
            if (!credential.fingerprint.isEmpty()) {
                prodByFingerprint.insert(credential.fingerprint, ProdCredential { QStringLiteral("ConfigMap ") + configMap.nameSpace + QLatin1Char('/') + configMap.name,
                                                                     credential.name, prod.locateFile(configMap.file, credential.line) });
            }
        }
    }
    for (const Workload& workload : dev.workloads) {
        for (const Container& container : workload.containers) {
            for (const Credential& credential : container.credentials) {
                for (auto it = prodByFingerprint.constFind(credential.fingerprint); it != prodByFingerprint.cend() && it.key() == credential.fingerprint; ++it) {
                    // The variable names tell one container's reused credentials apart (Gap::fingerprint).
                    Evidence devEvidence { tr("%1 (%2)").arg(credential.name, CredentialClassifier::label(credential.classification)), dev.locate(workload, credential), Provenance::Stated, {},
                        credential.name };
                    Evidence prodEvidence { tr("%1 holds the same value").arg(it->name), it->source, Provenance::Stated, {}, it->name };
                    m_found.add(makeGap(*check, Classification::Shared, workload.displayName(), it->where, container.name,
                        std::move(devEvidence), std::move(prodEvidence)));
                }
            }
        }
    }
}

/// Would the dev workload get into the prod namespace as developers run it?
Gap GapBuilder::admissionForecast(const Check& check, const Workload& devWorkload, const Workload& prodWorkload, const QStringList& devOnly,
    const QStringList& prodOnly) const
{
    const Snapshot& prod = m_comparison.prod;
    const auto found = prod.namespacePolicies.constFind(prodWorkload.nameSpace);
    const NamespacePolicy* policy = found != prod.namespacePolicies.cend() ? &*found : nullptr;
    // Without an enforce label the namespace admits everything (PSA's default level is privileged).
    const PssLevel enforced = policy != nullptr ? pssLevelFromName(policy->enforce).value_or(PssLevel::Privileged) : PssLevel::Privileged;
    KubernetesVersion policyVersion = m_comparison.prodVersion;
    if (policy != nullptr && policy->version != QLatin1String("latest")) {
        if (const auto parsed = KubernetesVersion::parse(policy->version); parsed && !policy->version.isEmpty())
            policyVersion = *parsed;
    }
    const auto judged = [&policyVersion](const Workload& workload, const QStringList& only) {
        const PssEvaluation whole = PodSecurity::evaluate(workload, policyVersion);
        return only.isEmpty() ? whole : whole.forContainers(only);
    };
    const QStringList refusals = judged(devWorkload, devOnly).failuresAgainst(enforced);
    // Production's own workload faces the same level: refused on both sides is a shared failure,
    // admitted as developers run it but not as production runs it a regression.
    const QStringList prodRefusals = judged(prodWorkload, prodOnly).failuresAgainst(enforced);
    Evidence prodEvidence;
    if (policy != nullptr) {
        prodEvidence.value = tr("namespace %1 enforces %2 (%3)").arg(prodWorkload.nameSpace, QLatin1String(pssLevelName(enforced)), policyVersion.toString());
        prodEvidence.source = prod.locateFile(policy->file, policy->line);
        prodEvidence.provenance = Provenance::Stated;
    } else {
        prodEvidence.value = tr("namespace %1 has no enforce label (privileged)").arg(prodWorkload.nameSpace);
        prodEvidence.provenance = Provenance::Default;
        prodEvidence.defaultNote = tr("without a pod-security.kubernetes.io/enforce label, Pod Security admission admits every pod.");
    }
    if (!prodRefusals.isEmpty())
        prodEvidence.value += QStringLiteral("; ") + tr("production's own workload refused: %1").arg(PodSecurity::shown(prodRefusals).join(QStringLiteral("; ")));
    // Pod Security's control names are the same in every language; the sentences around them are not.
    prodEvidence.state = QLatin1String(pssLevelName(enforced)) + QLatin1Char('@') + policyVersion.toString() + QStringLiteral("; refused: ") + prodRefusals.join(QStringLiteral("; "));
    Evidence devEvidence { refusals.isEmpty() ? tr("admitted") : tr("refused: %1").arg(PodSecurity::shown(refusals).join(QStringLiteral("; "))), {}, Provenance::Derived, {},
        QStringLiteral("refused: ") + refusals.join(QStringLiteral("; ")) };
    Classification classification = Classification::Aligned;
    if (!refusals.isEmpty())
        classification = prodRefusals.isEmpty() ? Classification::Fidelity : Classification::Shared;
    else if (!prodRefusals.isEmpty())
        classification = Classification::Regression;
    return makeGap(check, classification, devWorkload.displayName(), prodWorkload.displayName(), {}, std::move(devEvidence), std::move(prodEvidence));
}

/// Does production run the digest that was tested?
Gap GapBuilder::sameBuild(const Check& check, const Workload& devWorkload, const Container& devContainer, const Workload& prodWorkload,
    const Container& prodContainer) const
{
    const Fact& devDigest = devContainer[FactKey::ImageDigest];
    const Fact& prodDigest = prodContainer[FactKey::ImageDigest];
    // Where a digest is unknown, show the reference: it says what is known about the build.
    const Fact& devShown = devDigest.isKnown() ? devDigest : devContainer[FactKey::ImageReference];
    const Fact& prodShown = prodDigest.isKnown() ? prodDigest : prodContainer[FactKey::ImageReference];
    Evidence devEvidence { devShown.value.toString(), m_comparison.dev.locate(devWorkload, devShown), devShown.provenance, {}, {} };
    Evidence prodEvidence { prodShown.value.toString(), m_comparison.prod.locate(prodWorkload, prodShown), prodShown.provenance, {}, {} };
    // Another digest in production is a finding (the catalogue's CR-IMG-005): what runs was
    // never tested, so the tests vouch for less than they seem to. Not drift, which passes.
    Classification classification = Classification::Unknown;
    if (devDigest.isKnown() && prodDigest.isKnown())
        classification = devDigest.value == prodDigest.value ? Classification::Aligned : Classification::Regression;
    const QString container = devContainer.name == prodContainer.name ? prodContainer.name : devContainer.name + QStringLiteral(" → ") + prodContainer.name;
    return makeGap(check, classification, devWorkload.displayName(), prodWorkload.displayName(), container, std::move(devEvidence), std::move(prodEvidence));
}

void GapBuilder::pair(const WorkloadPair& pair)
{
    const Snapshot& dev = m_comparison.dev;
    const Snapshot& prod = m_comparison.prod;
    const Workload& devWorkload = dev.workloads[pair.dev];
    const Workload& prodWorkload = prod.workloads[pair.prod];
    const QString devName = devWorkload.displayName();
    const QString prodName = prodWorkload.displayName();
    // A pod that several pairs share (dev's separate containers in one prod pod) is judged, for
    // each pair, by the containers of that pair: a neighbour's failure is its own pair's.
    QStringList devOnly, prodOnly;
    for (const ContainerPair& containers : pair.containers) {
        if (m_pairsOfDev[pair.dev] > 1)
            devOnly << devWorkload.containers[containers.dev].name;
        if (m_pairsOfProd[pair.prod] > 1)
            prodOnly << prodWorkload.containers[containers.prod].name;
    }
    const PssEvaluation devWhole = PodSecurity::evaluate(devWorkload, m_comparison.prodVersion);
    const PssEvaluation prodWhole = PodSecurity::evaluate(prodWorkload, m_comparison.prodVersion);
    const PssEvaluation devPss = devOnly.isEmpty() ? devWhole : devWhole.forContainers(devOnly);
    const PssEvaluation prodPss = prodOnly.isEmpty() ? prodWhole : prodWhole.forContainers(prodOnly);
    for (const Check& check : m_catalogue.checks()) {
        if (check.scope == CheckScope::Workload) {
            add(check, subject(dev, &devWorkload, nullptr, &devPss), subject(prod, &prodWorkload, nullptr, &prodPss), devName, prodName, {});
            continue;
        }
        if (check.scope != CheckScope::Container)
            continue;
        for (const ContainerPair& containers : pair.containers) {
            const Container& devContainer = devWorkload.containers[containers.dev];
            const Container& prodContainer = prodWorkload.containers[containers.prod];
            const QString container = devContainer.name == prodContainer.name ? prodContainer.name : devContainer.name + QStringLiteral(" → ") + prodContainer.name;
            add(check, subject(dev, &devWorkload, &devContainer), subject(prod, &prodWorkload, &prodContainer), devName, prodName, container);
        }
    }
    if (const Check* check = m_catalogue.findComparison(QStringLiteral("image.same_build"))) {
        for (const ContainerPair& containers : pair.containers)
            m_found.add(sameBuild(*check, devWorkload, devWorkload.containers[containers.dev], prodWorkload, prodWorkload.containers[containers.prod]));
    }
    const Check* forecast = m_catalogue.findComparison(QStringLiteral("admission.forecast"));
    if (forecast != nullptr && prodWorkload.platform == QLatin1String("kubernetes"))
        m_found.add(admissionForecast(*forecast, devWorkload, prodWorkload, devOnly, prodOnly));
}

void GapBuilder::unpairedWorkload(Side side, std::size_t index)
{
    const Snapshot& snapshot = side == Side::Dev ? m_comparison.dev : m_comparison.prod;
    const Workload& workload = snapshot.workloads[index];
    const QString name = workload.displayName();
    const QString devName = side == Side::Dev ? name : QString();
    const QString prodName = side == Side::Prod ? name : QString();
    const PssEvaluation pss = PodSecurity::evaluate(workload, m_comparison.prodVersion);
    for (const Check& check : m_catalogue.checks()) {
        if (check.scope == CheckScope::Workload) {
            addOneSided(check, side, subject(snapshot, &workload, nullptr, &pss), devName, prodName, {});
        } else if (check.scope == CheckScope::Container) {
            for (const Container& container : workload.containers)
                addOneSided(check, side, subject(snapshot, &workload, &container), devName, prodName, container.name);
        }
    }
}

void GapBuilder::unpairedContainer(Side side, const ContainerRef& ref, const QString& devWorkload, const QString& prodWorkload)
{
    const Snapshot& snapshot = side == Side::Dev ? m_comparison.dev : m_comparison.prod;
    const Workload& workload = snapshot.workloads[ref.workload];
    const Container& container = workload.containers[ref.container];
    for (const Check& check : m_catalogue.checks()) {
        if (check.scope == CheckScope::Container)
            addOneSided(check, side, subject(snapshot, &workload, &container), devWorkload, prodWorkload, container.name);
    }
}

/// The names a pair is shown under, for containers judged inside it.
std::pair<QString, QString> pairNames(const Comparison& comparison, Side side, std::size_t workload)
{
    for (const WorkloadPair& pair : comparison.matching.pairs) {
        if ((side == Side::Dev ? pair.dev : pair.prod) == workload)
            return { comparison.dev.workloads[pair.dev].displayName(), comparison.prod.workloads[pair.prod].displayName() };
    }
    return {};
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
    // At most one result a check and subject: reserved at once, so that millions of them are
    // not moved by a growing vector.
    std::size_t perWorkload = 0, containerChecks = 0, containers = 0;
    for (const Check& check : catalogue.checks()) {
        perWorkload += check.scope == CheckScope::Workload ? 1 : 0;
        containerChecks += check.scope == CheckScope::Container ? 1 : 0;
    }
    for (const Workload& workload : snapshot.workloads)
        containers += workload.containers.size();
    std::vector<CheckResult> results;
    results.reserve(catalogue.checks().size() + snapshot.workloads.size() * perWorkload + containers * containerChecks);
    // A check's results mostly repeat their texts ("true", "none"): each takes the previous
    // result's copy when equal, so that they share a few strings instead of holding one each.
    struct LastTexts {
        QString value, comparable;
    };
    std::vector<LastTexts> last(catalogue.checks().size());
    const Check* first = catalogue.checks().data();
    const auto share = [](QString& text, QString& previous) {
        if (text == previous)
            text = previous;
        else
            previous = text;
    };
    forEachCheck(snapshot, catalogue, version, [&](const Check& check, std::size_t workload, const CheckSubject& subject) {
        CheckOutcome outcome = CheckEvaluator::evaluate(check, subject);
        if (outcome.status == CheckStatus::NotApplicable)
            return;
        LastTexts& texts = last[static_cast<std::size_t>(&check - first)];
        share(outcome.value, texts.value);
        share(outcome.comparable, texts.comparable);
        results.push_back(CheckResult { &check, workload, subject.container != nullptr ? subject.container->name : QString(), std::move(outcome) });
    });
    return results;
}

Comparison Comparator::oneSided(Snapshot snapshot, const std::vector<CheckResult>& results, const KubernetesVersion& version, const DomainScores& scores)
{
    const Side side = snapshot.side;
    const bool dev = side == Side::Dev;
    const Classification failing = dev ? Classification::DevOnly : Classification::ProdOnly;
    const auto rankOf = [failing](const CheckResult& result) {
        return worstFirstRank(result.waiver >= 0 ? Classification::Waived : failing, result.check->severity);
    };
    // Each failure is built straight into its place, worst first: counted by rank before, so
    // that millions of gaps are neither moved by a growing vector nor by a sort afterwards.
    std::array<std::size_t, worstFirstRanks + 1> next {};
    for (const CheckResult& result : results) {
        if (result.outcome.status == CheckStatus::Fail)
            ++next[rankOf(result) + 1];
    }
    for (std::size_t rank = 1; rank < next.size(); ++rank)
        next[rank] += next[rank - 1];
    std::vector<Gap> gaps(next.back());
    for (std::size_t index = 0; index < results.size(); ++index) {
        const CheckResult& result = results[index];
        if (result.outcome.status != CheckStatus::Fail)
            continue;
        const Workload* workload = result.workload < snapshot.workloads.size() ? &snapshot.workloads[result.workload] : nullptr;
        const Container* container = nullptr;
        if (workload != nullptr && !result.container.isEmpty()) {
            const auto found = std::find_if(workload->containers.begin(), workload->containers.end(),
                [&result](const Container& candidate) { return candidate.name == result.container; });
            container = found == workload->containers.end() ? nullptr : &*found;
        }
        const CheckSubject subject { snapshot, workload, container, nullptr, version };
        const QString name = workload != nullptr ? workload->displayName() : GapBuilder::tr("(engine)");
        Gap& gap = gaps[next[rankOf(result)]++];
        gap = makeGap(*result.check, failing, dev ? name : QString(), dev ? QString() : name, result.container,
            dev ? evidenceOf(subject, result.outcome) : Evidence {}, dev ? Evidence {} : evidenceOf(subject, result.outcome));
        gap.checkedAlone = true;
        gap.checkResult = static_cast<int>(index);
        if (result.waiver >= 0) {
            gap.unwaived = gap.classification;
            gap.classification = Classification::Waived;
            gap.waiver = result.waiver;
        } else {
            gap.waiver = result.expiredWaiver; // still failing; reports name the lapsed waiver
        }
    }
    Comparison comparison;
    comparison.checkedSide = side;
    comparison.prodVersion = version;
    (dev ? comparison.devScores : comparison.prodScores) = scores;
    (dev ? comparison.prod : comparison.dev).side = dev ? Side::Prod : Side::Dev;
    (dev ? comparison.dev : comparison.prod) = std::move(snapshot);
    comparison.gaps = std::move(gaps);
    comparison.recount();
    return comparison;
}

DomainScores Comparator::score(const Snapshot& snapshot, const RuleCatalogue& catalogue, const KubernetesVersion& version)
{
    ScoreTally tally;
    // Containers of one file share their fact values (FactValue), so each check remembers its
    // last container verdict and reuses it for the very same value on the same platform: most of
    // 100,000 containers then cost a comparison per check instead of an evaluation.
    struct LastVerdict {
        FactValue value;
        const QString* platform = nullptr;
        CheckStatus status = CheckStatus::Unknown;
        bool valid = false;
    };
    std::vector<LastVerdict> last(catalogue.checks().size());
    const Check* first = catalogue.checks().data();
    forEachCheck(snapshot, catalogue, version, [&](const Check& check, std::size_t, const CheckSubject& subject) {
        if (subject.container == nullptr || check.test == CheckTest::PssLevelAtLeast || check.passWhen) {
            tally.add(check, CheckEvaluator::judge(check, subject));
            return;
        }
        const Fact& fact = ClusterVersionRules::effective(*subject.workload, *subject.container, check.fact, version);
        LastVerdict& verdict = last[static_cast<std::size_t>(&check - first)];
        const QString* platform = &subject.workload->platform;
        if (!verdict.valid || !verdict.value.isSameAs(fact.value) || *verdict.platform != *platform || !fact.isKnown())
            verdict = LastVerdict { fact.value, platform, CheckEvaluator::judge(check, subject), fact.isKnown() };
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

    GapBuilder builder(comparison, catalogue);
    builder.engines();
    for (const WorkloadPair& pair : comparison.matching.pairs)
        builder.pair(pair);
    for (const ContainerRef& ref : comparison.matching.unpairedDevContainers) {
        const auto [devName, prodName] = pairNames(comparison, Side::Dev, ref.workload);
        builder.unpairedContainer(Side::Dev, ref, devName, prodName);
    }
    for (const ContainerRef& ref : comparison.matching.unpairedProdContainers) {
        const auto [devName, prodName] = pairNames(comparison, Side::Prod, ref.workload);
        builder.unpairedContainer(Side::Prod, ref, devName, prodName);
    }
    for (const std::size_t index : comparison.matching.unpairedDev)
        builder.unpairedWorkload(Side::Dev, index);
    for (const std::size_t index : comparison.matching.unpairedProd)
        builder.unpairedWorkload(Side::Prod, index);
    builder.reusedCredentials();
    builder.finish();
    comparison.devScores = score(comparison.dev, catalogue, comparison.prodVersion);
    comparison.prodScores = score(comparison.prod, catalogue, comparison.prodVersion);
    return comparison;
}

} // namespace crossroads
