// SPDX-License-Identifier: Apache-2.0
// The scenario suite (tests/scenarios/README.md): folders of real inputs, each with the findings
// the platforms' documentation says they must give, written by hand. Expected findings are
// never copied from Crossroads' output.
#include "testpaths.h"
#include "testsupport.h"

#include "compare/comparator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace crossroads;
using namespace crossroads::test;

namespace {

const QString scenarioRoot = QStringLiteral(CROSSROADS_SOURCE_DIR "/tests/scenarios");

/// A scenario's inputs as paths; corpus files are named "corpus:PATH", the repository's own
/// resources (the bundled training scenarios) "resources:PATH". Empty when a corpus file is
/// missing (the suite then skips, as the corpus tests do).
std::optional<QStringList> inputsOf(const QString& folder, const QJsonArray& entries)
{
    QStringList paths;
    for (const QJsonValue entry : entries) {
        const QString text = entry.toString();
        QString path = folder + QLatin1Char('/') + text;
        if (text.startsWith(QLatin1String("corpus:")))
            path = corpusDir() + QLatin1Char('/') + text.mid(7);
        else if (text.startsWith(QLatin1String("resources:")))
            path = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/") + text.mid(10);
        if (!QFileInfo::exists(path))
            return std::nullopt;
        paths << path;
    }
    return paths;
}

QString provenanceWord(Provenance provenance)
{
    return provenance == Provenance::Default ? QStringLiteral("default") : QLatin1String(provenanceName(provenance));
}

/// What an expectation says about one side: the keys it names must all match.
struct Expectation {
    QJsonObject json;
    QString describe() const { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }
    QString text(const char* key) const { return json.value(QLatin1String(key)).toString(); }
    bool has(const char* key) const { return json.contains(QLatin1String(key)); }
};

bool matchesGap(const Expectation& expected, const Gap& gap, bool withClassification)
{
    if (gap.checkId != expected.text("check"))
        return false;
    // "failing" stands for any finding (regression, prod-only, fidelity, dev-only, shared).
    if (withClassification && expected.text("classification") == QLatin1String("failing")) {
        if (!isFailing(gap.classification))
            return false;
    } else if (withClassification && expected.has("classification") && QLatin1String(classificationName(gap.classification)) != expected.text("classification")) {
        return false;
    }
    if (expected.has("dev") && gap.devWorkload != expected.text("dev"))
        return false;
    if (expected.has("prod") && gap.prodWorkload != expected.text("prod"))
        return false;
    if (expected.has("container") && gap.container != expected.text("container"))
        return false;
    // The side the expectation is about: the one it names, else the one that fails.
    const bool prodSide = expected.has("prod") || (!expected.has("dev") && fixesProd(gap.classification));
    if (expected.has("provenance") && provenanceWord(prodSide ? gap.prodProvenance : gap.devProvenance) != expected.text("provenance"))
        return false;
    if (expected.has("unset") && (prodSide ? gap.prodSource : gap.devSource).unset != expected.text("unset"))
        return false;
    return true;
}

bool matchesResult(const Expectation& expected, const Snapshot& snapshot, const CheckResult& result, bool withStatus)
{
    if (result.check->id != expected.text("check"))
        return false;
    if (withStatus && expected.has("status") && QLatin1String(checkStatusName(result.outcome.status)) != expected.text("status"))
        return false;
    const QString workload = result.workload < snapshot.workloads.size() ? snapshot.workloads[result.workload].displayName() : QString();
    if (expected.has("workload") && workload != expected.text("workload"))
        return false;
    if (expected.has("container") && result.container != expected.text("container"))
        return false;
    if (expected.has("provenance") && provenanceWord(result.outcome.provenance) != expected.text("provenance"))
        return false;
    if (expected.has("unset")) {
        if (result.outcome.fact == nullptr || result.workload >= snapshot.workloads.size())
            return false;
        if (snapshot.locate(snapshot.workloads[result.workload], *result.outcome.fact).unset != expected.text("unset"))
            return false;
    }
    return true;
}

std::optional<Severity> threshold(const QString& text, bool* none)
{
    *none = text == QLatin1String("none");
    return severityFromName(text);
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QJsonObject>("run"); ///< the scenario with one variant's keys laid over it
        const QStringList names = QDir(scenarioRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(names.size() >= 10);
        for (const QString& name : names) {
            QFile file(scenarioRoot + QLatin1Char('/') + name + QStringLiteral("/scenario.json"));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            QJsonParseError error {};
            const QJsonObject scenario = QJsonDocument::fromJson(file.readAll(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name + QStringLiteral(": ") + error.errorString()));
            const QJsonArray variants = scenario.value(QStringLiteral("variants")).toArray();
            if (variants.isEmpty()) {
                QTest::addRow("%s", qPrintable(name)) << scenarioRoot + QLatin1Char('/') + name << scenario;
                continue;
            }
            for (const QJsonValue variant : variants) {
                QJsonObject run = scenario;
                const QJsonObject keys = variant.toObject();
                for (auto it = keys.begin(); it != keys.end(); ++it)
                    run.insert(it.key(), it.value());
                QTest::addRow("%s: %s", qPrintable(name), qPrintable(keys.value(QStringLiteral("name")).toString()))
                    << scenarioRoot + QLatin1Char('/') + name << run;
            }
        }
    }

    void scenario()
    {
        QFETCH(QString, folder);
        QFETCH(QJsonObject, run);
        CompareOptions options;
        if (run.contains(QStringLiteral("k8s_version")))
            options.kubernetesVersion = KubernetesVersion::parse(run.value(QStringLiteral("k8s_version")).toString());
        const QJsonArray expect = run.value(QStringLiteral("expect")).toArray();
        const QJsonArray absent = run.value(QStringLiteral("absent")).toArray();
        QVERIFY2(!expect.isEmpty() || !absent.isEmpty() || run.contains(QStringLiteral("fail_at_or_above")), "a scenario must expect something");

        if (run.contains(QStringLiteral("check"))) {
            const Side side = run.value(QStringLiteral("check")).toString() == QLatin1String("dev") ? Side::Dev : Side::Prod;
            const std::optional<QStringList> paths = inputsOf(folder, run.value(QLatin1String(sideName(side))).toArray());
            if (!paths)
                QSKIP("a corpus input is missing; set CROSSROADS_CORPUS_DIR");
            Result<ImportReport> report = importFiles(*paths, side);
            QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
            const Snapshot& snapshot = report->snapshot;
            const std::vector<CheckResult> results = Comparator::check(snapshot, RuleCatalogue::builtIn(), Comparator::clusterVersion(snapshot, options));
            for (const QJsonValue value : expect) {
                const Expectation expected { value.toObject() };
                const bool found = std::any_of(results.begin(), results.end(), [&](const CheckResult& r) { return matchesResult(expected, snapshot, r, true); });
                QVERIFY2(found, qPrintable(QStringLiteral("expected: ") + expected.describe()));
            }
            for (const QJsonValue value : absent) {
                const Expectation expected { value.toObject() };
                const bool found = std::any_of(results.begin(), results.end(), [&](const CheckResult& r) { return matchesResult(expected, snapshot, r, true); });
                QVERIFY2(!found, qPrintable(QStringLiteral("not expected: ") + expected.describe()));
            }
            bool none = false;
            if (const auto limit = threshold(run.value(QStringLiteral("fail_at_or_above")).toString(), &none); limit || none) {
                for (const CheckResult& result : results) {
                    const bool tooSevere = none || result.check->severity >= *limit;
                    QVERIFY2(result.outcome.status != CheckStatus::Fail || !tooSevere,
                        qPrintable(QStringLiteral("fails: %1 on %2 [%3]: %4").arg(result.check->id, snapshot.workloads.size() > result.workload ? snapshot.workloads[result.workload].displayName() : QStringLiteral("(engine)"), result.container, result.outcome.value)));
                }
            }
            return;
        }

        const std::optional<QStringList> devPaths = inputsOf(folder, run.value(QStringLiteral("dev")).toArray());
        const std::optional<QStringList> prodPaths = inputsOf(folder, run.value(QStringLiteral("prod")).toArray());
        if (!devPaths || !prodPaths)
            QSKIP("a corpus input is missing; set CROSSROADS_CORPUS_DIR");
        Result<ImportReport> dev = importFiles(*devPaths, Side::Dev);
        Result<ImportReport> prod = importFiles(*prodPaths, Side::Prod);
        QVERIFY2(dev.ok(), qPrintable(dev ? QString() : dev.error().toString()));
        QVERIFY2(prod.ok(), qPrintable(prod ? QString() : prod.error().toString()));
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn(), options);
        const Matching& matching = comparison.matching;

        for (const QJsonValue value : run.value(QStringLiteral("pairs")).toArray()) {
            const QJsonObject pair = value.toObject();
            const bool found = std::any_of(matching.pairs.begin(), matching.pairs.end(), [&](const WorkloadPair& p) {
                return comparison.dev.workloads[p.dev].displayName() == pair.value(QStringLiteral("dev")).toString()
                    && comparison.prod.workloads[p.prod].displayName() == pair.value(QStringLiteral("prod")).toString();
            });
            QVERIFY2(found, qPrintable(QStringLiteral("expected pair: ") + QString::fromUtf8(QJsonDocument(pair).toJson(QJsonDocument::Compact))));
        }
        auto unpairedNames = [](const Snapshot& side, const std::vector<std::size_t>& indexes) {
            QStringList names;
            for (const std::size_t index : indexes)
                names << side.workloads[index].displayName();
            return names;
        };
        const QStringList unpairedDev = unpairedNames(comparison.dev, matching.unpairedDev);
        const QStringList unpairedProd = unpairedNames(comparison.prod, matching.unpairedProd);
        for (const QJsonValue value : run.value(QStringLiteral("unpaired_dev")).toArray())
            QVERIFY2(unpairedDev.contains(value.toString()), qPrintable(value.toString() + QStringLiteral(" should have no counterpart: ") + unpairedDev.join(QStringLiteral(", "))));
        for (const QJsonValue value : run.value(QStringLiteral("unpaired_prod")).toArray())
            QVERIFY2(unpairedProd.contains(value.toString()), qPrintable(value.toString() + QStringLiteral(" should have no counterpart: ") + unpairedProd.join(QStringLiteral(", "))));
        if (run.contains(QStringLiteral("unpaired_containers"))) {
            QStringList actual;
            for (const auto& [side, refs] : { std::pair { &comparison.dev, &matching.unpairedDevContainers }, std::pair { &comparison.prod, &matching.unpairedProdContainers } }) {
                for (const ContainerRef& ref : *refs)
                    actual << side->workloads[ref.workload].displayName() + QLatin1Char('[') + side->workloads[ref.workload].containers[ref.container].name + QLatin1Char(']');
            }
            QStringList wanted;
            for (const QJsonValue value : run.value(QStringLiteral("unpaired_containers")).toArray())
                wanted << value.toString();
            actual.sort();
            wanted.sort();
            QCOMPARE(actual, wanted);
        }
        for (const QJsonValue value : expect) {
            const Expectation expected { value.toObject() };
            const bool found = std::any_of(comparison.gaps.begin(), comparison.gaps.end(), [&](const Gap& gap) { return matchesGap(expected, gap, true); });
            if (!found) {
                QStringList near;
                for (const Gap& gap : comparison.gaps) {
                    if (gap.checkId == expected.text("check"))
                        near << QStringLiteral("%1 %2/%3 [%4] %5 %6").arg(QLatin1String(classificationName(gap.classification)), gap.devWorkload, gap.prodWorkload, gap.container,
                                    provenanceWord(gap.devProvenance), provenanceWord(gap.prodProvenance));
                }
                QFAIL(qPrintable(QStringLiteral("expected: ") + expected.describe() + QStringLiteral("\nfound for this check: ") + near.join(QStringLiteral("; "))));
            }
        }
        for (const QJsonValue value : absent) {
            const Expectation expected { value.toObject() };
            const bool found = std::any_of(comparison.gaps.begin(), comparison.gaps.end(), [&](const Gap& gap) { return matchesGap(expected, gap, true); });
            QVERIFY2(!found, qPrintable(QStringLiteral("not expected: ") + expected.describe()));
        }
        bool none = false;
        if (const auto limit = threshold(run.value(QStringLiteral("fail_at_or_above")).toString(), &none); limit || none)
            QCOMPARE(none ? comparison.openFindings() : comparison.failingAtOrAbove(*limit), 0);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
