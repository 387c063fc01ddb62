// SPDX-License-Identifier: Apache-2.0
// The bundled demo through the whole engine: pairing, classification, comparison facts, scores.
#include "testpaths.h"
#include "testsupport.h"

#include "compare/comparator.h"
#include "secrets/workspacekey.h"

#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

class TestComparator : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::optional<WorkspaceKey> m_key;
    std::optional<Comparison> m_comparison;

    const Gap* find(const QString& check, const QString& devWorkload, Classification classification) const
    {
        for (const Gap& gap : m_comparison->gaps) {
            if (gap.checkId == check && gap.devWorkload == devWorkload && gap.classification == classification)
                return &gap;
        }
        return nullptr;
    }

    const Gap* findProd(const QString& check, const QString& prodWorkload) const
    {
        for (const Gap& gap : m_comparison->gaps) {
            if (gap.checkId == check && gap.prodWorkload == prodWorkload)
                return &gap;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString keyPath = m_folder.filePath(QStringLiteral("test.key"));
        QVERIFY(WorkspaceKey::createFile(keyPath).ok());
        m_key.emplace(std::move(WorkspaceKey::loadFile(keyPath)).value());
        Result<ImportReport> dev = importFiles({ QStringLiteral(":/crossroads/demo/dev") }, Side::Dev, false, &*m_key);
        Result<ImportReport> prod = importFiles({ QStringLiteral(":/crossroads/demo/prod") }, Side::Prod, false, &*m_key);
        QVERIFY(dev.ok() && prod.ok());
        m_comparison.emplace(Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn()));
    }

    void catalogueHasFortyChecksOverFiveDomains()
    {
        const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
        QVERIFY(catalogue.checks().size() >= 40);
        std::array<int, domainCount> perDomain {};
        for (const Check& check : catalogue.checks()) {
            ++perDomain[static_cast<std::size_t>(check.domain)];
            QVERIFY2(!check.rationale.isEmpty() && !check.remediationPodman.isEmpty() && !check.remediationKubernetes.isEmpty(), qPrintable(check.id));
        }
        for (const int count : perDomain)
            QVERIFY(count >= 4);
        QCOMPARE(catalogue.find(QStringLiteral("CR-RT-001"))->cisDocker, QStringLiteral("5.5"));
        QCOMPARE(catalogue.find(QStringLiteral("CR-NS-007"))->cisDocker, QStringLiteral("5.32"));
    }

    /// Worst first means classification in the enum's order, then severity from critical down,
    /// equal gaps keeping their order: the same as a stable sort, on gaps that arrive in any order.
    void gapsSortWorstFirstAndStably()
    {
        std::vector<Gap> gaps;
        for (int i = 0; i < 500; ++i) {
            Gap gap;
            gap.checkId = QString::number(i);
            gap.classification = static_cast<Classification>((i * 7) % classificationCount);
            gap.severity = static_cast<Severity>((i * 13) % 4);
            gaps.push_back(gap);
        }
        std::vector<Gap> expected = gaps;
        std::stable_sort(expected.begin(), expected.end(), [](const Gap& a, const Gap& b) {
            return a.classification != b.classification ? a.classification < b.classification : a.severity > b.severity;
        });
        sortWorstFirst(gaps);
        QCOMPARE(gaps.size(), expected.size());
        for (std::size_t i = 0; i < gaps.size(); ++i)
            QCOMPARE(gaps[i].checkId, expected[i].checkId);
        std::vector<Gap> none;
        sortWorstFirst(none);
        QVERIFY(none.empty());
    }

    void pairsByImageAndReportsUnpaired()
    {
        const Matching& matching = m_comparison->matching;
        QCOMPARE(matching.pairs.size(), std::size_t(3));
        for (const WorkloadPair& pair : matching.pairs)
            QCOMPARE(pair.matchedBy, QStringLiteral("image"));
        QCOMPARE(matching.unpairedProd.size(), std::size_t(1));
        QCOMPARE(m_comparison->prod.workloads[matching.unpairedProd.front()].name, QStringLiteral("metrics-exporter"));
        QCOMPARE(m_comparison->prodVersion.minor, 30); // from the nodes' kubeletVersion
    }

    void classifiesEveryKindOfGap()
    {
        const Gap* rootWeb = find(QStringLiteral("CR-RT-006"), QStringLiteral("shop-web"), Classification::Regression);
        QVERIFY(rootWeb != nullptr);
        QCOMPARE(rootWeb->devValue, QStringLiteral("1000:1000"));
        QCOMPARE(rootWeb->prodValue, QStringLiteral("0"));
        QVERIFY(rootWeb->prodSource.file.endsWith(QLatin1String("shop.yaml")));
        QVERIFY(rootWeb->prodSource.line > 0);
        QVERIFY(find(QStringLiteral("CR-NS-003"), QStringLiteral("shop-api"), Classification::Regression));
        QVERIFY(find(QStringLiteral("CR-NS-007"), QStringLiteral("shop-api"), Classification::Regression));
        QVERIFY(find(QStringLiteral("CR-RT-008"), QStringLiteral("shop-db"), Classification::Fidelity));
        QVERIFY(find(QStringLiteral("CR-ENG-007"), QStringLiteral("(engine)"), Classification::Drift));
        // The catalogue: another digest in production is a medium finding, not a passing drift.
        QVERIFY(find(QStringLiteral("CR-IMG-005"), QStringLiteral("shop-web"), Classification::Regression));
        QVERIFY(find(QStringLiteral("CR-NET-001"), QStringLiteral("shop-api"), Classification::Shared) || find(QStringLiteral("CR-NET-003"), QStringLiteral("shop-web"), Classification::Shared));
        // Every classification the comparator itself makes on the demo (waived comes from a
        // policy, tst_policy; the demo's dev side has no workload without a counterpart).
        for (int c = 0; c < static_cast<int>(Classification::Waived); ++c) {
            if (static_cast<Classification>(c) != Classification::DevOnly)
                QVERIFY2(m_comparison->classificationCounts[static_cast<std::size_t>(c)] > 0, classificationName(static_cast<Classification>(c)));
        }
    }

    void noEngineFactIsInventedForKubernetes()
    {
        // Node objects name a container runtime, not whether it runs as root: unknown, and the
        // rootless/daemonless checks do not apply to Kubernetes (each pod's user namespace does).
        QVERIFY(!m_comparison->prod.engineFact(FactKey::EngineRootless).isKnown());
        QVERIFY(!m_comparison->prod.engineFact(FactKey::EngineDaemonless).isKnown());
        QVERIFY(!m_comparison->prod.engineFact(FactKey::EngineOciRuntime).isKnown());
        for (const Gap& gap : m_comparison->gaps)
            QVERIFY2(gap.checkId != QLatin1String("CR-ENG-001") && gap.checkId != QLatin1String("CR-ENG-002"), qPrintable(gap.checkId));
        const Gap* userNamespace = find(QStringLiteral("CR-NS-005"), QStringLiteral("shop-web"), Classification::Regression);
        QVERIFY(userNamespace != nullptr);
        QCOMPARE(userNamespace->prodProvenance, Provenance::Default);
        QCOMPARE(userNamespace->prodSource.unset, QStringLiteral("hostUsers"));
    }

    void unpairedProductionWorkloadIsJudged()
    {
        // shop/metrics-exporter has no dev counterpart: a hostPort (Pod Security baseline B6) and
        // the :latest tag (a mutable tag) are findings of production alone.
        const QString exporter = QStringLiteral("shop/metrics-exporter");
        for (const char* check : { "CR-NET-002", "CR-IMG-002", "CR-RT-020" }) {
            const Gap* gap = findProd(QLatin1String(check), exporter);
            QVERIFY2(gap != nullptr, check);
            QCOMPARE(gap->classification, Classification::ProdOnly);
            QVERIFY(gap->devWorkload.isEmpty());
            QVERIFY(gap->prodSource.file.endsWith(QLatin1String("shop.yaml")));
            QVERIFY(isFailing(gap->classification) && fixesProd(gap->classification) && !fixesDev(gap->classification));
        }
        QVERIFY(m_comparison->count(Classification::ProdOnly) >= 3);
        QCOMPARE(m_comparison->openFindings(), static_cast<int>(std::count_if(m_comparison->gaps.cbegin(), m_comparison->gaps.cend(),
                                                  [](const Gap& gap) { return isFailing(gap.classification); })));
    }

    void forecastsAdmissionOfDevWorkloads()
    {
        const Gap* db = find(QStringLiteral("CR-ADM-001"), QStringLiteral("shop-db"), Classification::Fidelity);
        QVERIFY(db != nullptr);
        QVERIFY2(db->devValue.contains(QStringLiteral("B11 Seccomp")) && db->devValue.contains(QStringLiteral("B4 Capabilities")), qPrintable(db->devValue));
        QCOMPARE(db->prodValue, QStringLiteral("namespace shop enforces baseline (v1.30)"));
    }

    void valuesCiteTheFieldTheyComeFrom()
    {
        // Podman records the SELinux label in ProcessLabel (AppArmorProfile is empty there).
        const Gap* selinux = find(QStringLiteral("CR-RT-011"), QStringLiteral("shop-web"), Classification::Drift);
        QVERIFY(selinux != nullptr);
        QVERIFY2(selinux->devSource.pointer.endsWith(QLatin1String("/ProcessLabel")), qPrintable(selinux->devSource.toString()));
        // A Pod Security judgement cites the pod spec it judged, as a derived value.
        const Gap* level = find(QStringLiteral("CR-RT-020"), QStringLiteral("shop-db"), Classification::Fidelity);
        QVERIFY(level != nullptr);
        QCOMPARE(level->prodProvenance, Provenance::Derived);
        QVERIFY(level->prodSource.pointer.endsWith(QLatin1String("/spec/template/spec")));
    }

    /// A Podman bind mount is judged as Pod Security's hostPath (both reach node storage, the
    /// demo's shop-api mounts a host folder and its production twin a hostPath volume): shared.
    /// The developer reads what was written (a bind mount, a named volume), not a Kubernetes type.
    void devVolumesAreShownAsWhatTheyAre()
    {
        const Gap* bind = find(QStringLiteral("CR-NS-009"), QStringLiteral("shop-api"), Classification::Shared);
        QVERIFY(bind != nullptr);
        QCOMPARE(bind->devValue, QStringLiteral("bind mount (as hostPath)"));
        QCOMPARE(bind->prodValue, QStringLiteral("hostPath"));
        const Gap* named = find(QStringLiteral("CR-NS-009"), QStringLiteral("shop-db"), Classification::Drift);
        QVERIFY(named != nullptr);
        QCOMPARE(named->devValue, QStringLiteral("named volume (as persistentVolumeClaim)"));
    }

    void admissionIsSharedWhenProductionIsRefusedToo()
    {
        // shop/api runs with hostNetwork and a hostPath in a namespace that enforces baseline:
        // production's own pods would be refused, so the forecast is a shared failure.
        const Gap* api = find(QStringLiteral("CR-ADM-001"), QStringLiteral("shop-api"), Classification::Shared);
        QVERIFY(api != nullptr);
        QVERIFY2(api->prodValue.contains(QStringLiteral("production's own workload refused")), qPrintable(api->prodValue));
    }

    void findsTheReusedCredentialWithoutShowingIt()
    {
        int reused = 0;
        for (const Gap& gap : m_comparison->gaps) {
            if (gap.checkId != QLatin1String("CR-SEC-005"))
                continue;
            ++reused;
            QCOMPARE(gap.classification, Classification::Shared);
            QCOMPARE(gap.prodWorkload, QStringLiteral("Secret shop/db-credentials"));
            QVERIFY(!gap.devValue.contains(QStringLiteral("Tr0ub4dor")));
        }
        QCOMPARE(reused, 2); // DB_PASSWORD in shop-api and POSTGRES_PASSWORD in shop-db
    }

    void scoresShowProductionWeakerOnNamespaces()
    {
        const auto namespaces = static_cast<std::size_t>(Domain::Namespaces);
        QVERIFY(m_comparison->devScores.score[namespaces] > m_comparison->prodScores.score[namespaces]);
        for (int d = 0; d < domainCount; ++d) {
            QVERIFY(m_comparison->devScores.score[static_cast<std::size_t>(d)] >= 0);
            QVERIFY(m_comparison->prodScores.score[static_cast<std::size_t>(d)] <= 100);
        }
        QVERIFY(m_comparison->failingAtOrAbove(Severity::Critical) > 0);
    }

    void explicitMapWins()
    {
        Result<ImportReport> dev = importFiles({ QStringLiteral(":/crossroads/demo/dev") });
        Result<ImportReport> prod = importFiles({ QStringLiteral(":/crossroads/demo/prod") }, Side::Prod);
        CompareOptions options;
        options.map.pairs.emplace_back(QStringLiteral("shop-web"), QStringLiteral("shop/metrics-exporter"));
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn(), options);
        const auto& pairs = comparison.matching.pairs;
        QVERIFY(std::any_of(pairs.begin(), pairs.end(), [&](const WorkloadPair& pair) {
            return pair.matchedBy == QLatin1String("map") && comparison.prod.workloads[pair.prod].name == QLatin1String("metrics-exporter");
        }));
    }
};

QTEST_GUILESS_MAIN(TestComparator)
#include "tst_comparator.moc"
