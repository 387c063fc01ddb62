// SPDX-License-Identifier: Apache-2.0
// The report writers checked by real outside tools: SARIF against the official SARIF 2.1.0
// schema (python3-jsonschema), HTML rendered by headless Chromium, PDF read back by pdftotext.
#include "baseline/baseline.h"
#include "externaltools.h"
#include "pdfreport.h"
#include "policy/policyenforcer.h"
#include "policy/policyfile.h"
#include "report/comparisonjson.h"
#include "report/findingsummary.h"
#include "report/htmlreport.h"
#include "report/jsonarraystream.h"
#include "report/jsonobjectwriter.h"
#include "report/markdownreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"
#include "testpaths.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace crossroads;
using namespace crossroads::test;

namespace {

// Single quotes become double quotes: moc reads this more reliably than raw strings.
const QByteArray policyText = QByteArray("{ 'schema': 'crossroads.policy/v1', 'name': 'report test', 'waivers': ["
                                         " { 'id': 'W-ACTIVE', 'check': 'CR-RT-003', 'workload': 'shop-db', 'side': 'dev', 'owner': 'alice',"
                                         "   'reason': 'needs ptrace for <debugging> & profiling', 'ticket': 'SEC-1', 'expires': '2026-12-31' },"
                                         " { 'id': 'W-EXPIRED', 'check': 'CR-NS-007', 'workload': 'shop/api', 'side': 'prod', 'owner': 'bob',"
                                         "   'reason': 'old exception', 'expires': '2026-01-31' },"
                                         " { 'id': 'W-UNUSED', 'check': 'CR-NET-004', 'workload': 'nothing/*', 'owner': 'carol', 'reason': 'stale', 'expires': '2027-01-01' } ] }")
                                  .replace('\'', '"');

} // namespace

class TestReports : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::optional<Comparison> m_comparison;

    QString save(const QString& name, const QByteArray& content) const { return writeTestFile(m_folder, name, content); }

private Q_SLOTS:
    void initTestCase()
    {
        Result<Policy> team = PolicyFile::fromJson(policyText, QStringLiteral("team.json"));
        QVERIFY2(team.ok(), qPrintable(team ? QString() : team.error().toString()));
        Result<Policy> policy = Policy::merge({ std::move(PolicyFile::load(QStringLiteral("builtin:cis-docker-5"))).value(), std::move(team).value() });
        QVERIFY(policy.ok());
        m_comparison.emplace(PolicyEnforcer::compare(demoSnapshot(Side::Dev), demoSnapshot(Side::Prod), *policy, {}, QDate(2026, 11, 25)));
        // A baseline in which one gap was absent and one was different, so every baseline state occurs.
        QJsonObject previous = QJsonDocument::fromJson(ComparisonJson::write(*m_comparison)).object();
        QJsonArray gaps = previous.value(QStringLiteral("gaps")).toArray();
        gaps.removeFirst();
        QJsonObject changed = gaps[0].toObject();
        changed.insert(QStringLiteral("state_digest"), QStringLiteral("something else"));
        gaps[0] = changed;
        QJsonObject gone = gaps[1].toObject();
        gone.insert(QStringLiteral("fingerprint"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        gaps.append(gone);
        previous.insert(QStringLiteral("gaps"), gaps);
        Result<Baseline> baseline = Baseline::fromJson(QJsonDocument(previous).toJson(), QStringLiteral("previous.json"));
        QVERIFY(baseline.ok());
        baseline->apply(*m_comparison);
        QCOMPARE(m_comparison->absentGaps.size(), std::size_t(1));
    }

    void sarifFollowsTheOfficialSchema()
    {
        const QByteArray sarif = SarifReport::write(*m_comparison);
        const QString path = save(QStringLiteral("report.sarif"), sarif);
        const QString schema = QStringLiteral(CROSSROADS_SCHEMA_DIR "/sarif-schema-2.1.0.json");
        QVERIFY2(QFile::exists(schema), qPrintable(schema));
        if (!haveJsonSchemaValidator())
            QSKIP("python3-jsonschema is not installed; the SARIF schema validation did not run");
        const QString problems = validateJson(schema, path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // A log with a broken result is refused: the validator really looks.
        QJsonObject root = QJsonDocument::fromJson(sarif).object();
        QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
        QJsonObject run = runs[0].toObject();
        QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QJsonObject result = results[0].toObject();
        result.insert(QStringLiteral("level"), QStringLiteral("catastrophic"));
        results[0] = result;
        run.insert(QStringLiteral("results"), results);
        runs[0] = run;
        root.insert(QStringLiteral("runs"), runs);
        QVERIFY(!validateJson(schema, save(QStringLiteral("broken.sarif"), QJsonDocument(root).toJson())).isEmpty());
    }

    void sarifWritesInputsBelowTheSourceRootRelativeToIt()
    {
        // Production read from a checkout; development from the bundled demo (outside it).
        QTemporaryDir checkout;
        QVERIFY(QDir().mkpath(checkout.filePath(QStringLiteral("deploy/k8s"))));
        for (const QString& name : QDir(QStringLiteral(":/crossroads/demo/prod")).entryList(QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(":/crossroads/demo/prod/") + name, checkout.filePath(QStringLiteral("deploy/k8s/") + name)));
        Result<ImportReport> prod = importFiles({ checkout.filePath(QStringLiteral("deploy")) }, Side::Prod);
        QVERIFY(prod.ok());
        const Comparison comparison = Comparator::compare(demoSnapshot(Side::Dev), std::move(prod->snapshot), RuleCatalogue::builtIn());
        const QByteArray sarif = SarifReport::write(comparison, checkout.path());

        const QJsonObject run = QJsonDocument::fromJson(sarif).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("originalUriBaseIds")).toObject().value(QStringLiteral("SRCROOT")).toObject().value(QStringLiteral("uri")).toString(),
            QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(checkout.path()).absoluteFilePath()) + QLatin1Char('/')).toString());
        int below = 0, outside = 0;
        for (const QJsonValue artifact : run.value(QStringLiteral("artifacts")).toArray()) {
            const QJsonObject location = artifact.toObject().value(QStringLiteral("location")).toObject();
            const QString uri = location.value(QStringLiteral("uri")).toString();
            if (location.value(QStringLiteral("uriBaseId")).toString() == QLatin1String("SRCROOT")) {
                QVERIFY2(uri.startsWith(QLatin1String("deploy/k8s/")), qPrintable(uri));
                ++below;
            } else {
                QVERIFY2(uri.startsWith(QLatin1String("resources/demo/dev/")), qPrintable(uri)); // bundled: its place in the source tree
                ++outside;
            }
        }
        QCOMPARE(below, 2);
        QCOMPARE(outside, 2);
        // A production-side result points into the checkout the same way.
        bool relativeResult = false;
        for (const QJsonValue result : run.value(QStringLiteral("results")).toArray()) {
            for (const QJsonValue location : result.toObject().value(QStringLiteral("locations")).toArray()) {
                const QJsonObject artifact = location.toObject().value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("artifactLocation")).toObject();
                relativeResult = relativeResult || (artifact.value(QStringLiteral("uriBaseId")).toString() == QLatin1String("SRCROOT") && artifact.value(QStringLiteral("uri")).toString() == QLatin1String("deploy/k8s/shop.yaml"));
            }
        }
        QVERIFY(relativeResult);
        // The root given through a symbolic link still finds the inputs below it.
        const QString link = m_folder.filePath(QStringLiteral("checkout-link"));
        QVERIFY(QFile::link(checkout.path(), link));
        const QJsonObject linked = QJsonDocument::fromJson(SarifReport::write(comparison, link)).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        int linkedBelow = 0;
        for (const QJsonValue artifact : linked.value(QStringLiteral("artifacts")).toArray())
            linkedBelow += artifact.toObject().value(QStringLiteral("location")).toObject().value(QStringLiteral("uriBaseId")).toString() == QLatin1String("SRCROOT") ? 1 : 0;
        QCOMPARE(linkedBelow, 2);
        if (!haveJsonSchemaValidator())
            QSKIP("python3-jsonschema is not installed; the SARIF schema validation did not run");
        const QString problems = validateJson(QStringLiteral(CROSSROADS_SCHEMA_DIR "/sarif-schema-2.1.0.json"), save(QStringLiteral("rooted.sarif"), sarif));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void sarifCarriesRulesLocationsSuppressionsTaxonomiesAndBaseline()
    {
        const QJsonObject run = QJsonDocument::fromJson(SarifReport::write(*m_comparison)).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), qsizetype(m_comparison->gaps.size() + m_comparison->absentGaps.size()));
        const QJsonArray rules = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(QStringLiteral("rules")).toArray();
        QStringList taxonomyNames;
        for (const QJsonValue& taxonomy : run.value(QStringLiteral("taxonomies")).toArray())
            taxonomyNames << taxonomy.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(taxonomyNames, (QStringList { QStringLiteral("PSS"), QStringLiteral("CIS Docker Benchmark") }));
        // Pod Security as judged: the version the report names, not the newest the catalogue knows.
        QCOMPARE(run.value(QStringLiteral("taxonomies")).toArray().at(0).toObject().value(QStringLiteral("version")).toString(), m_comparison->prodVersion.toString());

        QMap<QString, int> states, suppressions;
        bool sawLocatedRegression = false, sawPrivilegedRule = false;
        for (const QJsonValue& value : results) {
            const QJsonObject result = value.toObject();
            ++states[result.value(QStringLiteral("baselineState")).toString()];
            const QJsonObject rule = rules.at(result.value(QStringLiteral("ruleIndex")).toInt()).toObject();
            QCOMPARE(rule.value(QStringLiteral("id")).toString(), result.value(QStringLiteral("ruleId")).toString());
            const QJsonObject properties = result.value(QStringLiteral("properties")).toObject();
            for (const char* key : { "domain", "classification", "dev_value", "prod_value" })
                QVERIFY2(properties.contains(QLatin1String(key)), key);
            for (const QJsonValue& suppression : result.value(QStringLiteral("suppressions")).toArray())
                ++suppressions[suppression.toObject().value(QStringLiteral("status")).toString()];
            if (properties.value(QStringLiteral("classification")).toString() == QLatin1String("regression") && result.contains(QStringLiteral("locations"))) {
                const QJsonObject physical = result.value(QStringLiteral("locations")).toArray().at(0).toObject().value(QStringLiteral("physicalLocation")).toObject();
                sawLocatedRegression = sawLocatedRegression || physical.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt() > 0;
                // The side to fix leads: for a regression that is prod, when prod has a source.
                const QJsonArray locations = result.value(QStringLiteral("locations")).toArray();
                const QString uri = physical.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString();
                QVERIFY2(uri.startsWith(QLatin1String("resources/demo/prod/")) || locations.size() == 1, qPrintable(uri));
            }
        }
        QVERIFY(sawLocatedRegression);
        // Every check of the policy's catalogue is a rule, also those without a result.
        QSet<QString> factRules;
        for (const Gap& gap : m_comparison->gaps) {
            if (gap.check == nullptr)
                factRules.insert(gap.checkId);
        }
        QCOMPARE(rules.size(), qsizetype(m_comparison->catalogue->checks().size()) + factRules.size());
        for (const QJsonValue& value : rules) {
            const QJsonObject rule = value.toObject();
            QVERIFY(!rule.value(QStringLiteral("help")).toObject().value(QStringLiteral("text")).toString().isEmpty());
            if (rule.value(QStringLiteral("id")).toString() == QLatin1String("CR-RT-001")) {
                sawPrivilegedRule = true;
                QVERIFY(rule.value(QStringLiteral("help")).toObject().value(QStringLiteral("markdown")).toString().contains(QLatin1String("**Kubernetes:**")));
                QCOMPARE(rule.value(QStringLiteral("relationships")).toArray().size(), 2); // PSS B3 and CIS 5.5
            }
        }
        QVERIFY(sawPrivilegedRule);
        QStringList waiverStates;
        for (const QJsonValue& waiver : run.value(QStringLiteral("properties")).toObject().value(QStringLiteral("waivers")).toArray())
            waiverStates << waiver.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('=') + waiver.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(waiverStates, (QStringList { QStringLiteral("W-ACTIVE=active"), QStringLiteral("W-EXPIRED=expired"), QStringLiteral("W-UNUSED=unused") }));
        QCOMPARE(suppressions.value(QStringLiteral("accepted")), 1); // W-ACTIVE
        QCOMPARE(suppressions.value(QStringLiteral("rejected")), 1); // W-EXPIRED
        QCOMPARE(states.value(QStringLiteral("new")), 1);
        QCOMPARE(states.value(QStringLiteral("updated")), 1);
        QCOMPARE(states.value(QStringLiteral("absent")), 1);
        QCOMPARE(states.value(QStringLiteral("unchanged")), results.size() - 3);

        // The SARIF file serves as the next run's baseline.
        Result<Baseline> baseline = Baseline::fromJson(SarifReport::write(*m_comparison), QStringLiteral("previous.sarif"));
        QVERIFY2(baseline.ok(), qPrintable(baseline ? QString() : baseline.error().toString()));
        Comparison again = *m_comparison;
        baseline->apply(again);
        for (const Gap& gap : again.gaps)
            QCOMPARE(gap.baseline, BaselineState::Unchanged);
        QVERIFY(again.absentGaps.empty());
    }

    /// A report streamed an item at a time is the very document one dump of the whole makes,
    /// wherever the array sits, empty or not; a failing device stops it.
    void streamedArrayIsTheWholeDocumentsDump()
    {
        using Json = JsonArrayStream::Json;
        const Json items = Json::array({ Json { { "check", "CR-RT-001" }, { "source", { { "file", "a.yaml" }, { "line", 3 } } } },
            Json { { "check", "CR-RT-002" }, { "value", "line\nbreak \"quoted\"" }, { "list", Json::array({ 1, 2 }) } } });
        for (const Json& array : { items, Json::array() }) {
            Json whole { { "schema", "x" }, { "runs", Json::array({ Json { { "tool", "t" }, { "results", array }, { "after", { { "n", 1 } } } } }) } };
            Json withPlaceholder = whole;
            withPlaceholder["runs"][0]["results"] = JsonArrayStream::placeholder();
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            JsonArrayStream stream(buffer, withPlaceholder);
            for (const Json& item : array)
                QVERIFY(stream.add(item));
            QVERIFY(stream.finish());
            QCOMPARE(buffer.data(), QByteArray::fromStdString(whole.dump(2)) + '\n');
        }
        // The comparison's own writers stream into the device what they return whole.
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(ComparisonJson::write(*m_comparison, json));
        QCOMPARE(json.data(), ComparisonJson::write(*m_comparison));
        QCOMPARE(static_cast<std::size_t>(QJsonDocument::fromJson(json.data()).object().value(QStringLiteral("gaps")).toArray().size()), m_comparison->gaps.size());
        QVERIFY(!m_comparison->gaps.empty());
        QBuffer closed; // never opened: every write fails
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        QVERIFY(!SarifReport::write(*m_comparison, closed));
    }

    /// The report writers' direct JSON is nlohmann's dump(2), byte for byte, at any depth and
    /// for any text: quotes, backslashes, control characters, DEL, non-ASCII.
    void objectWriterWritesWhatDumpWrites()
    {
        using report::JsonObjectWriter;
        using Json = JsonObjectWriter::Json;
        const QStringList texts { QString(), QStringLiteral("plain"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"), QStringLiteral("tab\tnew\nline"),
            QString(QChar(0x01)) + QStringLiteral("x") + QChar(0x7f), QStringLiteral("Grüße – 日本 😀"), QStringLiteral("/slash/") };
        for (const unsigned depth : { 0U, 4U }) {
            for (const QString& text : texts) {
                const Json checkTexts { { "rationale", "why \"it\" matters" }, { "remediation", { { "podman", "--cap-drop=ALL" }, { "kubernetes", "drop: [ALL]" } } } };
                Json expected;
                expected["text"] = text.toStdString();
                expected["literal"] = "engine";
                expected["number"] = 42;
                expected["line"] = 7U;
                expected["yes"] = true;
                expected["none"] = nullptr;
                expected["source"] = { { "file", text.toStdString() }, { "line", 3 } };
                expected["empty"] = Json::object();
                expected["list"] = Json::array({ "a", 1 });
                for (const auto& [key, value] : checkTexts.items())
                    expected[key] = value;

                std::string written;
                JsonObjectWriter item(written, depth);
                item.add("text", text);
                item.add("literal", "engine");
                item.add("number", 42);
                item.add("line", 7U);
                item.add("yes", true);
                item.addNull("none");
                JsonObjectWriter source = item.object("source");
                source.add("file", std::string_view(text.toStdString()));
                source.add("line", 3);
                source.finish();
                item.object("empty").finish();
                item.add("list", Json::array({ "a", 1 }));
                item.addMembers(JsonObjectWriter::members(checkTexts, depth));
                item.finish();

                std::string dumped;
                nlohmann::detail::serializer<Json>(nlohmann::detail::output_adapter<char, std::string>(dumped), ' ').dump(expected, true, false, 2, depth);
                QCOMPARE(QByteArray::fromStdString(written), QByteArray::fromStdString(dumped));
            }
        }
        std::string empty;
        JsonObjectWriter nothing(empty, 2);
        nothing.finish();
        QCOMPARE(QByteArray::fromStdString(empty), QByteArray("{}"));
    }

    void markdownListsOpenGapsAndWaivers()
    {
        const QString md = MarkdownReport::write(*m_comparison);
        QVERIFY(md.startsWith(QLatin1String("# Crossroads: dev")));
        QVERIFY(md.contains(QLatin1String("| Classification | Severity | Check | Workload | dev | prod | Baseline |")));
        QVERIFY(md.contains(QLatin1String("`CR-NS-007`")));
        QVERIFY(md.contains(QLatin1String("| W-EXPIRED | **expired** |")));
        QVERIFY(md.contains(QLatin1String("| W-UNUSED | **unused** |")));
        QVERIFY(md.contains(QLatin1String("needs ptrace for \\<debugging\\> & profiling")));
        for (const InputFile& input : m_comparison->dev.inputs)
            QVERIFY(md.contains(QString::fromLatin1(input.sha256)));
        qsizetype previous = -1;
        for (const char* heading : { "## Summary", "- Runtime: ", "## Critical and high findings", "| critical | ", "## Accepted risks", "| W-EXPIRED | bob |",
                 "## Open findings by domain", "### Runtime", "### Namespaces", "### Network", "### Secrets", "### Image", "## Waivers" }) {
            const qsizetype at = md.indexOf(QLatin1String(heading), previous + 1);
            QVERIFY2(at > previous, heading);
            previous = at;
        }
    }

    /// A note (drift, unknown) reads as one: no finding's severity, and the title says what
    /// the note is about rather than claiming the finding.
    void notesDoNotReadAsFindings()
    {
        const QString text = TextReport::write(*m_comparison, false);
        QVERIFY2(text.contains(QStringLiteral("DRIFT  note  ")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral(": found on neither side; the values differ")));
        QVERIFY(!text.contains(QStringLiteral("DRIFT  high")) && !text.contains(QStringLiteral("DRIFT  critical")));
        // Yes/no values read in words next to the finding titles.
        QVERIFY(text.contains(QStringLiteral("escalation allowed")) || text.contains(QStringLiteral("writable")));
    }

    void htmlRendersTheGapTableInAHeadlessBrowser()
    {
        Result<QString> html = HtmlReport::write(*m_comparison);
        QVERIFY(html.ok());
        QVERIFY(!html->contains(QLatin1String("<script")));
        QVERIFY(html->contains(QLatin1String("<svg")));
        QVERIFY(html->contains(QLatin1String("needs ptrace for &lt;debugging&gt; &amp; profiling")));
        const QString path = save(QStringLiteral("report.html"), html->toUtf8());
        const QString browser = findBrowser();
        if (browser.isEmpty())
            QSKIP("no chromium in PATH; the HTML rendering check did not run");
        const ToolRun run = runTool(browser, { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
                                                QStringLiteral("--user-data-dir=") + m_folder.filePath(QStringLiteral("chromium")), QStringLiteral("--dump-dom"),
                                                QUrl::fromLocalFile(path).toString() });
        QVERIFY2(run.started && run.exitCode == 0, run.err.constData());
        const QString dom = QString::fromUtf8(run.out);
        // The browser built a real table: one row per gap, under the table with its id.
        QVERIFY2(dom.contains(QLatin1String("<table class=\"gap-table\" data-domain=\"runtime\">")), qPrintable(dom.left(500)));
        static const QRegularExpression gapRow(QStringLiteral("<tr class=\"gap (regression|prod-only|fidelity|dev-only|shared|drift|unknown|waived)\""));
        QCOMPARE(dom.count(gapRow), qsizetype(m_comparison->gaps.size()));
        QVERIFY(dom.contains(QLatin1String("<td class=\"expired\">expired</td>")));
        QVERIFY(dom.contains(QLatin1String("<svg")));
        QVERIFY(dom.contains(QLatin1String("id=\"input-table\"")));
        // The summary comes first: counts, the criticals and highs, the accepted risks; then
        // the findings domain by domain, in the catalogue's domain order.
        qsizetype previous = -1;
        QStringList order { QStringLiteral("id=\"summary\""), QStringLiteral("id=\"severity-tiles\""), QStringLiteral("id=\"domain-verdicts\""),
            QStringLiteral("id=\"top-findings\""), QStringLiteral("id=\"top-table\""), QStringLiteral("id=\"accepted-risks\""), QStringLiteral("id=\"risk-table\""),
            QStringLiteral("id=\"gaps\"") };
        for (int d = 0; d < domainCount; ++d) {
            const auto domain = static_cast<Domain>(d);
            if (std::any_of(m_comparison->gaps.cbegin(), m_comparison->gaps.cend(), [domain](const Gap& gap) { return gap.domain == domain; }))
                order << QStringLiteral("data-domain=\"%1\"").arg(QLatin1String(domainName(domain)));
        }
        order << QStringLiteral("id=\"details\"") << QStringLiteral("id=\"waivers\"");
        for (const QString& id : order) {
            const qsizetype at = dom.indexOf(id, previous + 1);
            QVERIFY2(at > previous, qPrintable(id));
            previous = at;
        }
        static const QRegularExpression topRow(QStringLiteral("<tr class=\"top "));
        QCOMPARE(dom.count(topRow), qsizetype(m_comparison->failingAtOrAbove(Severity::High)));
        // The classification colours are the GUI's (report/palette.h), not a second palette.
        QVERIFY(dom.contains(QLatin1String(".badge.regression { background: #d55e00; }")));
    }

    /// What every summary shows first: criticals of any kind before any high (a fidelity gap
    /// or a shared credential is as critical as a regression), then by what the finding means
    /// for production.
    void summaryRanksCriticalsOfEveryKindFirst()
    {
        const Comparison comparison = Comparator::compare(demoSnapshot(Side::Dev), demoSnapshot(Side::Prod), RuleCatalogue::builtIn());
        const std::vector<std::size_t> top = rankedFindings(comparison, Severity::High);
        QCOMPARE(static_cast<int>(top.size()), comparison.failingAtOrAbove(Severity::High));
        QVERIFY(!top.empty());
        std::array<bool, classificationCount> criticalKinds {};
        for (std::size_t i = 0; i < top.size(); ++i) {
            const Gap& gap = comparison.gaps[top[i]];
            QVERIFY(isFailing(gap.classification));
            if (gap.severity == Severity::Critical)
                criticalKinds[static_cast<std::size_t>(gap.classification)] = true;
            if (i == 0)
                continue;
            const Gap& before = comparison.gaps[top[i - 1]];
            QVERIFY2(before.severity > gap.severity || (before.severity == gap.severity && before.classification <= gap.classification),
                qPrintable(before.checkId + QLatin1Char(' ') + gap.checkId));
        }
        // The demo's development side adds SYS_PTRACE to the database container (CIS Docker
        // 5.4, a dangerous capability): a critical fidelity gap, not a regression.
        QVERIFY(criticalKinds[static_cast<std::size_t>(Classification::Regression)]);
        QVERIFY(criticalKinds[static_cast<std::size_t>(Classification::Fidelity)]);

        // Each domain's verdict adds up to the counts every output shows.
        int open = 0;
        for (int d = 0; d < domainCount; ++d)
            open += domainVerdict(comparison, static_cast<Domain>(d)).open();
        QCOMPARE(open, comparison.openFindings());
        // Production adds NET_ADMIN to the web container, which development does not.
        const QString runtime = domainVerdict(comparison, Domain::Runtime).text();
        QVERIFY2(runtime.startsWith(QLatin1String("Runtime: production weaker than tested: 1 critical")), qPrintable(runtime));
        // A finding of a workload with no counterpart is no comparison: the demo's metrics-exporter
        // runs in production only, and no verdict counts it as production being weaker.
        for (int d = 0; d < domainCount; ++d) {
            const DomainVerdict verdict = domainVerdict(comparison, static_cast<Domain>(d));
            std::array<int, 4> regressions {};
            for (const Gap& gap : comparison.gaps) {
                if (gap.domain == verdict.domain && gap.classification == Classification::Regression)
                    ++regressions[static_cast<std::size_t>(gap.severity)];
            }
            QCOMPARE(verdict.prodWeaker, regressions);
            const bool anyRegression = regressions != std::array<int, 4> {};
            QCOMPARE(verdict.text().contains(QLatin1String("production weaker than tested")), anyRegression);
        }
        QVERIFY(domainVerdict(comparison, Domain::Image).text().contains(QLatin1String("failing in production only (development not judged)")));
    }

    /// Accepted risks: waivers in use, expired first (their gaps count again), then by expiry,
    /// with those expiring within 30 days of the judging day marked.
    void acceptedRisksComeSoonestExpiryFirst()
    {
        const std::vector<AcceptedRisk> risks = acceptedRisks(*m_comparison);
        QCOMPARE(risks.size(), std::size_t(2)); // W-UNUSED matches nothing: no risk is taken
        QCOMPARE(risks[0].waiver->id, QStringLiteral("W-EXPIRED"));
        QVERIFY(risks[0].expired());
        QCOMPARE(risks[1].waiver->id, QStringLiteral("W-ACTIVE"));
        QCOMPARE(risks[1].daysLeft, 36); // 2026-11-25 to 2026-12-31
        QVERIFY(!risks[1].expiringSoon());

        Result<Policy> team = PolicyFile::fromJson(policyText, QStringLiteral("team.json"));
        QVERIFY(team.ok());
        const Comparison later = PolicyEnforcer::compare(demoSnapshot(Side::Dev), demoSnapshot(Side::Prod), *team, {}, QDate(2026, 12, 21));
        const std::vector<AcceptedRisk> soon = acceptedRisks(later);
        QCOMPARE(soon.back().waiver->id, QStringLiteral("W-ACTIVE"));
        QCOMPARE(soon.back().daysLeft, 10);
        QVERIFY(soon.back().expiringSoon());
        const QString md = MarkdownReport::write(later);
        QVERIFY2(md.contains(QLatin1String("| W-ACTIVE | alice | CR-RT-003 | shop-db | dev | 2026-12-31 **in 10 day(s)** |")), qPrintable(md));
    }

    void htmlExportCanBeCancelled()
    {
        std::atomic_bool cancel { true };
        ReportControl control;
        control.cancel = &cancel;
        Result<QString> html = HtmlReport::write(*m_comparison, control);
        QVERIFY(!html.ok());
        QVERIFY(html.error().cancelled);
        int last = -1;
        control.cancel = nullptr;
        control.progress = [&last](int done, int total) { last = done == total ? done : last; };
        QVERIFY(HtmlReport::write(*m_comparison, control).ok());
        QCOMPARE(last, static_cast<int>(m_comparison->gaps.size()));
    }

    void pdfHasItsSections()
    {
        Result<QByteArray> pdf = PdfReport::write(*m_comparison);
        QVERIFY2(pdf.ok(), qPrintable(pdf ? QString() : pdf.error().toString()));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString path = save(QStringLiteral("report.pdf"), *pdf);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF text check did not run");
        const ToolRun run = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Table cells wrap long words after a hyphen; join those and collapse the layout's spaces.
        QString text = QString::fromUtf8(run.out);
        text.replace(QRegularExpression(QStringLiteral("-\\n\\s*")), QStringLiteral("-"));
        text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl")); // the font's ligatures
        text = text.simplified();
        // Table cells never break a word to fit it ("Classificat ion", "RuntimeDe fault").
        static const QRegularExpression brokenWord(QStringLiteral("Classificat(?!ion)|RuntimeDe(?!fault)|Severi(?!ty)|Workloa(?!d)"));
        const QRegularExpressionMatch broken = brokenWord.match(QString::fromUtf8(run.out));
        QVERIFY2(!broken.hasMatch(), qPrintable(QString::fromUtf8(run.out).mid(std::max<qsizetype>(0, broken.capturedStart() - 300), 400)));
        const QStringList sections { QStringLiteral("Crossroads posture report"), QStringLiteral("Scope"), QStringLiteral("Written by: Crossroads"),
            QStringLiteral("Input digests (SHA-256)"), QStringLiteral("Executive summary"), QStringLiteral("Critical and high findings"), QStringLiteral("Accepted risks"),
            QStringLiteral("Domain: Runtime"), QStringLiteral("Evidence: dev:"), QStringLiteral("Domain: Namespaces"), QStringLiteral("Domain: Network"),
            QStringLiteral("Domain: Secrets"), QStringLiteral("Domain: Image"), QStringLiteral("Appendix: waivers"), QStringLiteral("Appendix: pairs") };
        qsizetype previous = -1;
        for (const QString& section : sections) {
            const qsizetype at = text.indexOf(section, previous + 1);
            QVERIFY2(at > previous, qPrintable(section));
            previous = at;
        }
        QVERIFY(text.contains(m_comparison->policy.name.left(20)));
        QVERIFY(text.contains(QLatin1String("W-EXPIRED")));
        QVERIFY(text.contains(QLatin1String("CR-NS-007")));
        // Input digests are on the cover (long hex may wrap; the first 32 characters do not).
        QVERIFY(text.contains(QString::fromLatin1(m_comparison->prod.inputs.front().sha256.left(32))));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
