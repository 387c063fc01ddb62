// SPDX-License-Identifier: Apache-2.0
// Policy as code: loading with clear errors, merge rules, waivers (active, expired, unused),
// trusted registries, required facts, write-back of a waiver, and baselines.
#include "baseline/baseline.h"
#include "externaltools.h"
#include "policy/policyenforcer.h"
#include "policy/annotationwaivers.h"
#include "policy/policyfile.h"
#include "report/textreport.h"
#include "report/comparisonjson.h"
#include "snapshot/snapshotfile.h"
#include "testpaths.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

namespace {

const QDate today(2026, 11, 25);

/// Policies in the tests are written with single quotes, which moc's tokenizer reads more
/// reliably than raw string literals.
QByteArray policyJson(QByteArray body)
{
    return "{ \"schema\": \"crossroads.policy/v1\", " + body.replace('\'', '"') + " }";
}

Policy parsed(const QByteArray& body, const QString& origin = QStringLiteral("team.json"))
{
    Result<Policy> policy = PolicyFile::fromJson(policyJson(body), origin);
    if (!policy)
        qWarning("%s", qPrintable(policy.error().toString()));
    return policy ? std::move(policy).value() : Policy {};
}

int countOf(const Comparison& comparison, Classification classification)
{
    return comparison.classificationCounts[static_cast<std::size_t>(classification)];
}

const Gap* findGap(const Comparison& comparison, const QString& check, const QString& devWorkload)
{
    for (const Gap& gap : comparison.gaps) {
        if (gap.checkId == check && gap.devWorkload == devWorkload)
            return &gap;
    }
    return nullptr;
}

} // namespace

class TestPolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::optional<Snapshot> m_dev, m_prod;

    Comparison compareDemo(const Policy& policy, const QDate& day = today) const
    {
        return PolicyEnforcer::compare(*m_dev, *m_prod, policy, {}, day);
    }

    QString writeFile(const QString& name, const QByteArray& content) const { return writeTestFile(m_folder, name, content); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dev.emplace(demoSnapshot(Side::Dev));
        m_prod.emplace(demoSnapshot(Side::Prod));
    }

    void bundledPoliciesLoadAndFollowTheSchema()
    {
        QCOMPARE(PolicyFile::builtInNames(), (QStringList { QStringLiteral("builtin:cis-docker-5"), QStringLiteral("builtin:pss-restricted") }));
        for (const QString& name : PolicyFile::builtInNames()) {
            Result<Policy> policy = PolicyFile::load(name);
            QVERIFY2(policy.ok(), qPrintable(policy ? QString() : policy.error().toString()));
            QVERIFY(policy->onlyChecks && !policy->onlyChecks->isEmpty());
            QCOMPARE(policy->sources.size(), std::size_t(1));
            QCOMPARE(policy->sources.front().sha256.size(), 64);
        }
        // PSS restricted keeps exactly the checks with a PSS reference (plus the admission forecast).
        const Policy pss = std::move(PolicyFile::load(QStringLiteral("builtin:pss-restricted"))).value();
        for (const Check& check : RuleCatalogue::builtIn().checks())
            QVERIFY2(pss.isCheckEnabled(check.id) == (!check.pss.isEmpty() && check.id != QLatin1String("CR-NS-005")), qPrintable(check.id));
        const Policy cis = std::move(PolicyFile::load(QStringLiteral("builtin:cis-docker-5"))).value();
        for (const Check& check : RuleCatalogue::builtIn().checks())
            QVERIFY2(cis.isCheckEnabled(check.id) == check.cisDocker.startsWith(QLatin1String("5.")), qPrintable(check.id));

        if (!haveJsonSchemaValidator())
            QSKIP("python3-jsonschema is not installed; the schema check of the bundled policies did not run");
        const QString schema = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/policies/policy.schema.json");
        for (const char* file : { "pss-restricted.json", "cis-docker-5.json" }) {
            const QString problems = validateJson(schema, QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/policies/") + QLatin1String(file));
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        }
        const QString example = writeFile(QStringLiteral("example.json"), policyJson("'name': 'team',"
"            'checks': { 'disable': ['CR-IMG-003'], 'severity': { 'CR-RT-012': 'high' } },"
"            'trusted_registries': ['registry.example.com'],"
"            'require': [ { 'id': 'ORG-1', 'title': 'No runtime socket in prod', 'side': 'prod', 'domain': 'namespaces',"
"                           'fact': 'namespaces.runtime_socket', 'severity': 'critical', 'test': 'empty' } ],"
"            'waivers': [ { 'id': 'W-1', 'check': 'CR-RT-012', 'workload': 'shop/*', 'side': 'prod', 'owner': 'alice',"
"                           'reason': 'writes /tmp', 'ticket': 'SEC-1', 'expires': '2027-01-31' } ]"));
        QVERIFY(PolicyFile::load(example).ok());
        const QString problems = validateJson(schema, example);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void loadErrorsNameFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::addRow("misspelt key") << QByteArray("'checkz': {}") << QString() << QStringLiteral("unknown key \"checkz\"");
        QTest::addRow("unknown check") << QByteArray("'checks': { 'disable': ['CR-NOPE-1'] }") << QStringLiteral("/checks/disable/0")
                                       << QStringLiteral("unknown check CR-NOPE-1");
        QTest::addRow("unknown comparison fact") << QByteArray("'checks': { 'only': ['CR-RT-001', 'admission.forcast'] }") << QStringLiteral("/checks/only/1")
                                                 << QStringLiteral("unknown check admission.forcast");
        QTest::addRow("bad severity") << QByteArray("'checks': { 'severity': { 'CR-RT-001': 'huge' } }") << QStringLiteral("/checks/severity/CR-RT-001")
                                      << QStringLiteral("severity must be");
        QTest::addRow("waiver without owner") << QByteArray("'waivers': [ { 'id': 'W', 'check': 'CR-RT-001', 'reason': 'r', 'expires': '2027-01-01' } ]")
                                              << QStringLiteral("/waivers/0") << QStringLiteral("needs \"owner\"");
        QTest::addRow("waiver bad date") << QByteArray("'waivers': [ { 'id': 'W', 'check': 'CR-RT-001', 'owner': 'o', 'reason': 'r', 'expires': 'next year' } ]")
                                         << QStringLiteral("/waivers/0/expires") << QStringLiteral("a date like");
        QTest::addRow("waiver bad side") << QByteArray("'waivers': [ { 'id': 'W', 'check': 'C', 'owner': 'o', 'reason': 'r', 'expires': '2027-01-01', 'side': 'qa' } ]")
                                         << QStringLiteral("/waivers/0/side") << QStringLiteral("dev, prod or both");
        QTest::addRow("requirement unknown fact") << QByteArray("'require': [ { 'id': 'R', 'title': 't', 'domain': 'runtime', 'fact': 'runtime.nope', 'severity': 'low', 'test': 'is_true' } ]")
                                                  << QStringLiteral("/require/0") << QStringLiteral("unknown fact runtime.nope");
        QTest::addRow("requirement with numeric values")
            << QByteArray("'require': [ { 'id': 'R', 'title': 't', 'domain': 'runtime', 'fact': 'runtime.sysctls', 'severity': 'low', 'test': 'in', 'values': [1] } ]")
            << QStringLiteral("/require/0") << QStringLiteral("type");
        QTest::addRow("waiver on an unknown check") << QByteArray("'waivers': [ { 'id': 'W', 'check': 'CR-RT-999', 'owner': 'o', 'reason': 'r', 'expires': '2027-01-01' } ]")
                                                   << QStringLiteral("/waivers/0/check") << QStringLiteral("unknown check CR-RT-999");
        QTest::addRow("wrong type") << QByteArray("'trusted_registries': 'docker.io'") << QStringLiteral("/trusted_registries") << QStringLiteral("list of strings");
    }

    void loadErrorsNameFileAndPlace()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, location);
        QFETCH(QString, message);
        Result<Policy> policy = PolicyFile::fromJson(policyJson(body), QStringLiteral("team.json"));
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().file, QStringLiteral("team.json"));
        QCOMPARE(policy.error().location, location);
        QVERIFY2(policy.error().message.contains(message), qPrintable(policy.error().message));
        const Result<Policy> broken = PolicyFile::fromJson("{\n  \"schema\": \"crossroads.policy/v1\",\n}\n", QStringLiteral("broken.json"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().location.startsWith(QLatin1String("line 3 ")), qPrintable(broken.error().location)); // the stray comma's line
        QVERIFY2(broken.error().message.startsWith(QLatin1String("invalid JSON")), qPrintable(broken.error().message));
        // The parser's quote of what it read never reaches the message (it may be a secret).
        const Result<Policy> cut = PolicyFile::fromJson("{\"schema\": \"crossroads.policy/v1\", \"name\": \"s3cr3t-canary", QStringLiteral("cut.json"));
        QVERIFY(!cut.ok());
        QVERIFY2(!cut.error().toString().contains(QLatin1String("s3cr3t-canary")), qPrintable(cut.error().toString()));
        QVERIFY(PolicyFile::load(QStringLiteral("builtin:nope")).error().message.contains(QLatin1String("builtin:pss-restricted")));
    }

    void aWaiverMayNameARequirementOfAnotherFile()
    {
        QTemporaryDir folder;
        const QString org = folder.filePath(QStringLiteral("org.json"));
        const QString team = folder.filePath(QStringLiteral("team.json"));
        const QString typo = folder.filePath(QStringLiteral("typo.json"));
        const auto write = [](const QString& path, const QByteArray& json) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
        };
        QVERIFY(write(org, R"({"schema": "crossroads.policy/v1", "name": "org", "require": [{"id": "ORG-SOCKET", "title": "No runtime socket",
            "side": "prod", "domain": "namespaces", "fact": "namespaces.runtime_socket", "severity": "critical", "test": "empty"}]})"));
        QVERIFY(write(team, R"({"schema": "crossroads.policy/v1", "name": "team", "waivers": [{"id": "W-1", "check": "ORG-SOCKET",
            "owner": "o", "reason": "r", "expires": "2027-01-01"}]})"));
        QVERIFY(write(typo, R"({"schema": "crossroads.policy/v1", "name": "typo", "waivers": [{"id": "W-2", "check": "ORG-SOKCET",
            "owner": "o", "reason": "r", "expires": "2027-01-01"}]})"));
        QVERIFY(PolicyFile::loadAll({ org, team }).ok());
        const Result<Policy> alone = PolicyFile::loadAll({ team });
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error().location, QStringLiteral("/waivers/0/check"));
        const Result<Policy> misspelt = PolicyFile::loadAll({ org, typo });
        QVERIFY(!misspelt.ok());
        QVERIFY(misspelt.error().file.endsWith(QLatin1String("typo.json")));
        QVERIFY(misspelt.error().message.contains(QLatin1String("ORG-SOKCET")));
    }

    void mergeNeverWeakensAnEarlierPolicy()
    {
        const Policy org = parsed("'name': 'org', 'checks': { 'only': ['CR-RT-001', 'CR-RT-012', 'CR-IMG-001'], 'severity': { 'CR-RT-012': 'high' } },"
"            'trusted_registries': ['registry.example.com', 'docker.io/library']", QStringLiteral("org.json"));
        const Policy team = parsed("'name': 'team', 'checks': { 'only': ['CR-RT-001', 'CR-RT-012', 'CR-NS-001'], 'disable': ['CR-IMG-001'],"
"            'severity': { 'CR-RT-012': 'low', 'CR-RT-001': 'critical' } }, 'trusted_registries': ['docker.io/library', 'quay.io']");
        Result<Policy> merged = Policy::merge({ org, team });
        QVERIFY(merged.ok());
        QCOMPARE(merged->name, QStringLiteral("org + team"));
        QCOMPARE(merged->sources.size(), std::size_t(2));
        QVERIFY(merged->isCheckEnabled(QStringLiteral("CR-RT-001")));
        QVERIFY(merged->isCheckEnabled(QStringLiteral("CR-RT-012")));
        QVERIFY(!merged->isCheckEnabled(QStringLiteral("CR-NS-001"))); // only in the team's list: the org's list still applies
        QVERIFY(!merged->isCheckEnabled(QStringLiteral("CR-IMG-001"))); // disabled by the team
        QCOMPARE(merged->severityOverrides.value(QStringLiteral("CR-RT-012")), Severity::High); // the team cannot lower it
        QCOMPARE(*merged->trustedRegistries, QStringList { QStringLiteral("docker.io/library") });

        const Policy again = parsed("'waivers': [ { 'id': 'W-1', 'check': 'CR-RT-001', 'owner': 'o', 'reason': 'r', 'expires': '2027-01-01' } ]",
            QStringLiteral("a.json"));
        const Policy twice = parsed("'waivers': [ { 'id': 'W-1', 'check': 'CR-RT-002', 'owner': 'o', 'reason': 'r', 'expires': '2027-01-01' } ]",
            QStringLiteral("b.json"));
        Result<Policy> clash = Policy::merge({ again, twice });
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().file, QStringLiteral("b.json"));
        QVERIFY(clash.error().message.contains(QLatin1String("a.json")));
    }

    void disabledChecksAndSeverityOverridesChangeTheResult()
    {
        const Comparison plain = compareDemo({});
        QVERIFY(findGap(plain, QStringLiteral("CR-RT-012"), QStringLiteral("shop-db")) != nullptr);
        const Comparison shaped = compareDemo(parsed("'checks': { 'disable': ['CR-RT-012', 'image.same_build'], 'severity': { 'CR-RT-013': 'critical' } }"));
        for (const Gap& gap : shaped.gaps) {
            QVERIFY(gap.checkId != QLatin1String("CR-RT-012"));
            QVERIFY(gap.checkId != QLatin1String("image.same_build"));
            if (gap.checkId == QLatin1String("CR-RT-013"))
                QCOMPARE(gap.severity, Severity::Critical);
        }
        QVERIFY(shaped.catalogue != nullptr);
        QVERIFY(shaped.catalogue->find(QStringLiteral("CR-RT-012")) == nullptr);
    }

    void waiversAreActiveExpiredOrUnused()
    {
        const Comparison plain = compareDemo({});
        const Gap* target = findGap(plain, QStringLiteral("CR-RT-003"), QStringLiteral("shop-db"));
        QVERIFY(target != nullptr);
        QCOMPARE(target->classification, Classification::Fidelity);
        const Policy policy = parsed("'waivers': ["
"            { 'id': 'W-ACTIVE', 'check': 'CR-RT-003', 'workload': 'shop-db', 'side': 'dev', 'owner': 'alice', 'reason': 'debugging', 'ticket': 'SEC-1', 'expires': '2026-12-31' },"
"            { 'id': 'W-EXPIRED', 'check': 'CR-RT-00?', 'workload': 'shop-d*', 'side': 'dev', 'owner': 'bob', 'reason': 'old', 'expires': '2026-11-24' },"
"            { 'id': 'W-WRONG-SIDE', 'check': 'CR-RT-008', 'workload': 'shop/db', 'side': 'prod', 'owner': 'carol', 'reason': 'prod only', 'expires': '2027-01-01' },"
"            { 'id': 'W-UNUSED', 'check': 'CR-NET-004', 'workload': 'nothing/*', 'owner': 'dan', 'reason': 'stale', 'expires': '2027-01-01' } ]");
        const Comparison waived = compareDemo(policy);
        const Gap* gap = findGap(waived, QStringLiteral("CR-RT-003"), QStringLiteral("shop-db"));
        QVERIFY(gap != nullptr);
        QCOMPARE(gap->classification, Classification::Waived);
        QCOMPARE(gap->unwaived, Classification::Fidelity);
        QCOMPARE(waived.policy.waivers[static_cast<std::size_t>(gap->waiver)].owner, QStringLiteral("alice"));
        QCOMPARE(countOf(waived, Classification::Waived), 1);
        QCOMPARE(countOf(waived, Classification::Fidelity), countOf(plain, Classification::Fidelity) - 1);
        QCOMPARE(waived.failingAtOrAbove(Severity::Critical), plain.failingAtOrAbove(Severity::Critical) - 1);

        // The expired waiver matched (CR-RT-004, 007, 008, 009 on shop-db) but waived nothing.
        const Gap* seccomp = findGap(waived, QStringLiteral("CR-RT-008"), QStringLiteral("shop-db"));
        QCOMPARE(seccomp->classification, Classification::Fidelity);
        QVERIFY(seccomp->waiver >= 0);
        QCOMPARE(waived.policy.waivers[static_cast<std::size_t>(seccomp->waiver)].id, QStringLiteral("W-EXPIRED"));
        const auto state = [&waived](int index) { return waived.policy.waivers[static_cast<std::size_t>(index)].stateOn(today); };
        QCOMPARE(state(0), Waiver::State::Active);
        QCOMPARE(state(1), Waiver::State::Expired);
        QCOMPARE(state(2), Waiver::State::Unused); // a prod waiver does not cover a dev-side (fidelity) failure
        QCOMPARE(state(3), Waiver::State::Unused);
        // The day before it expired, the same waiver counted.
        QCOMPARE(findGap(compareDemo(policy, QDate(2026, 11, 24)), QStringLiteral("CR-RT-008"), QStringLiteral("shop-db"))->classification,
            Classification::Waived);

        const QByteArray json = ComparisonJson::write(waived);
        QVERIFY(json.contains("\"classification\": \"waived\""));
        QVERIFY(json.contains("\"state\": \"expired\""));
        QVERIFY(json.contains("\"state\": \"unused\""));
    }

    /// In-manifest ignores users of other scanners write become waivers of that workload, with
    /// the annotation as the reason. What each covers comes from the scanners' documentation:
    /// kube-score's container-security-context stands for its privileged, user/group id and
    /// read-only root filesystem tests; Polaris' hostNetworkSet judges hostNetwork.
    void inManifestAnnotationsAreWaivers()
    {
        const QString manifest = writeFile(QStringLiteral("annotated.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n  annotations:\n"
            "    kube-score/ignore: container-security-context, pod-probes, container-securty-context\n    kube-score/ignored: container-resources\n"
            "    kube-score/skip: \"true\"\n"
            "    polaris.fairwinds.com/hostNetworkSet-exempt: \"true\"\n    polaris.fairwinds.com/hostNetworkset-exempt: \"true\"\n"
            "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n"
            "    spec:\n      hostNetwork: true\n      containers:\n      - name: web\n        image: nginx:1.27\n"
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\n  annotations:\n"
            "    crossroads-scanner.github.io/waive: CR-RT-013,CR-RT-014,CR-RT-13\n    crossroads-scanner.github.io/waive-owner: alice@example.com\n"
            "    crossroads-scanner.github.io/waive-reason: limits come from the namespace LimitRange\n"
            "    crossroads-scanner.github.io/waive-expires: \"2026-12-31\"\n"
            "spec:\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata:\n      labels: {app: api}\n"
            "    spec:\n      containers:\n      - name: api\n        image: nginx:1.27\n"
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\n  namespace: shop\n  annotations:\n"
            "    crossroads-scanner.github.io/waive: CR-RT-013\n"
            "spec:\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata:\n      labels: {app: db}\n"
            "    spec:\n      containers:\n      - name: db\n        image: postgres:16\n");
        Result<ImportReport> imported = importFiles({ manifest }, Side::Prod);
        QVERIFY(imported.ok());
        // The workload carrying an incomplete waiver annotation is judged like any other, not skipped.
        QVERIFY(imported->snapshot.skipped.empty());

        const auto waiverOf = [](const PolicyCheck& checked, const Snapshot& snapshot, const QString& check, const QString& workload) -> const Waiver* {
            for (const CheckResult& result : checked.results) {
                if (result.check->id == check && snapshot.workloads[result.workload].displayName() == workload && result.outcome.status == CheckStatus::Fail)
                    return result.waiver >= 0 ? &checked.policy.waivers[static_cast<std::size_t>(result.waiver)] : nullptr;
            }
            return nullptr;
        };
        const Snapshot& snapshot = imported->snapshot;
        const PolicyCheck checked = PolicyEnforcer::check(snapshot, Policy {}, KubernetesVersion::latest(), today);
        const Waiver* hostNetwork = waiverOf(checked, snapshot, QStringLiteral("CR-NS-003"), QStringLiteral("shop/web"));
        QVERIFY(hostNetwork != nullptr);
        QVERIFY(hostNetwork->inManifest);
        QVERIFY(hostNetwork->reason.contains(QLatin1String("polaris.fairwinds.com/hostNetworkSet-exempt: true")));
        QCOMPARE(hostNetwork->side, std::optional<Side>(Side::Prod));
        QVERIFY(!hostNetwork->expires.isValid());
        QVERIFY(waiverOf(checked, snapshot, QStringLiteral("CR-RT-012"), QStringLiteral("shop/web")) != nullptr); // read-only root filesystem
        QVERIFY(waiverOf(checked, snapshot, QStringLiteral("CR-RT-007"), QStringLiteral("shop/web")) == nullptr); // privilege escalation: neither covers it
        QVERIFY(waiverOf(checked, snapshot, QStringLiteral("CR-RT-013"), QStringLiteral("shop/api")) != nullptr);
        QCOMPARE(waiverOf(checked, snapshot, QStringLiteral("CR-RT-013"), QStringLiteral("shop/api"))->owner, QStringLiteral("alice@example.com"));
        QVERIFY(waiverOf(checked, snapshot, QStringLiteral("CR-RT-013"), QStringLiteral("shop/db")) == nullptr); // refused above
        // kube-score's and Polaris' ids stand for several checks: those that accept nothing are left out;
        // Crossroads' own is reported unused, so that the mistyped CR-RT-13 shows.
        // So is a scanner id that scanner does not have (kube-score's README_CHECKS.md, Polaris'
        // checks folder, both case-sensitive); pod-probes is kube-score's, with no Crossroads
        // check to waive, and left out.
        bool typoShown = false;
        bool refused = false;
        QStringList scannerTypos;
        for (const Waiver& waiver : checked.policy.waivers) {
            QVERIFY(waiver.check != QLatin1String("pod-probes"));
            if (waiver.check == QLatin1String("CR-RT-13")) {
                typoShown = waiver.stateOn(today) == Waiver::State::Unused;
            } else if (waiver.workload == QLatin1String("shop/db")) {
                // Crossroads' own annotation must carry owner, reason and expiry; without them it
                // is listed as not honoured, with what it lacks.
                QCOMPARE(waiver.stateOn(today), Waiver::State::Unused);
                QVERIFY2(waiver.reason.contains(QLatin1String("not honoured")) && waiver.reason.contains(QLatin1String("waive-owner"))
                        && waiver.reason.contains(QLatin1String("waive-expires")),
                    qPrintable(waiver.reason));
                refused = true;
            } else if (waiver.namesNoCheck) {
                QCOMPARE(waiver.stateOn(today), Waiver::State::Unused);
                QVERIFY2(waiver.reason.contains(QLatin1String("misspelt")), qPrintable(waiver.reason));
                scannerTypos << waiver.check;
            } else {
                QVERIFY2(!waiver.inManifest || waiver.matches > 0, qPrintable(waiver.id));
            }
        }
        QVERIFY(typoShown);
        QVERIFY(refused);
        QCOMPARE(scannerTypos, (QStringList { QStringLiteral("container-securty-context"), QStringLiteral("kube-score/ignored"), QStringLiteral("kube-score/skip"),
            QStringLiteral("hostNetworkset") }));
        // kube-score's own wildcard is no typo (docs/policy.md: every check above).
        Snapshot everything = snapshot;
        everything.workloads.front().ignoreAnnotations = { { QStringLiteral("kube-score/ignore"), QStringLiteral("*") } };
        for (const Waiver& waiver : AnnotationWaivers::of(everything))
            QVERIFY2(waiver.workload != everything.workloads.front().displayName() || !waiver.namesNoCheck, qPrintable(waiver.check));
        // Past its expiry the annotation counts as expired, like a policy waiver.
        const PolicyCheck later = PolicyEnforcer::check(snapshot, Policy {}, KubernetesVersion::latest(), QDate(2027, 1, 1));
        QVERIFY(waiverOf(later, snapshot, QStringLiteral("CR-RT-013"), QStringLiteral("shop/api")) == nullptr);

        // In a comparison the annotation waives its own side's failures; applying twice (the GUI
        // after a policy change) derives them once.
        Comparison comparison = PolicyEnforcer::compare(*m_dev, snapshot, Policy {}, {}, today);
        const int waived = countOf(comparison, Classification::Waived);
        QVERIFY(waived > 0);
        const std::size_t waivers = comparison.policy.waivers.size();
        PolicyEnforcer::apply(comparison, comparison.policy, today);
        QCOMPARE(countOf(comparison, Classification::Waived), waived);
        QCOMPARE(comparison.policy.waivers.size(), waivers);

        // A saved snapshot keeps the annotations, so a check of it waives the same.
        const QString saved = m_folder.filePath(QStringLiteral("annotated.crossroads.json"));
        QVERIFY(SnapshotFile::save(snapshot, saved).ok());
        Result<ImportReport> reread = importFiles({ saved }, Side::Prod);
        QVERIFY(reread.ok());
        const PolicyCheck again = PolicyEnforcer::check(reread->snapshot, Policy {}, KubernetesVersion::latest(), today);
        QCOMPARE(again.policy.waivers.size(), checked.policy.waivers.size());
    }

    /// Polaris reads its exemptions on the controller's own metadata, kube-score also on the pod
    /// template's (docs/policy.md): a Polaris annotation on the template waives nothing.
    void polarisExemptionsCountOnTheControllerOnly()
    {
        const QString manifest = writeFile(QStringLiteral("template-annotations.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n"
            "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n"
            "      annotations:\n        polaris.fairwinds.com/hostNetworkSet-exempt: \"true\"\n        kube-score/ignore: container-security-context\n"
            "    spec:\n      hostNetwork: true\n      containers:\n      - name: web\n        image: nginx:1.27\n        securityContext: {privileged: true}\n");
        Result<ImportReport> imported = importFiles({ manifest }, Side::Prod);
        QVERIFY(imported.ok());
        const PolicyCheck checked = PolicyEnforcer::check(imported->snapshot, Policy {}, KubernetesVersion::latest(), today);
        QStringList waivedChecks;
        for (const CheckResult& result : checked.results) {
            if (result.outcome.status == CheckStatus::Fail && result.waiver >= 0)
                waivedChecks << result.check->id;
        }
        QVERIFY2(!waivedChecks.contains(QStringLiteral("CR-NS-003")), qPrintable(waivedChecks.join(QLatin1Char(' '))));
        QVERIFY2(waivedChecks.contains(QStringLiteral("CR-RT-001")), qPrintable(waivedChecks.join(QLatin1Char(' '))));
    }

    /// docs/policy.md: a waiver with a side accepts that side's failures; a shared one (both
    /// sides fail) needs a waiver for both. The demo's shop-db writes its root filesystem on
    /// both sides (CR-RT-012 shared): a prod waiver of it is unused, and says why.
    void aOneSideWaiverOfASharedGapSaysWhyItIsUnused()
    {
        const Policy policy = parsed("'waivers': [ { 'id': 'W-P', 'check': 'CR-RT-012', 'workload': 'shop/db', 'side': 'prod', 'owner': 'o', 'reason': 'r', 'expires': '2099-01-01' },"
                                     " { 'id': 'W-B', 'check': 'CR-RT-012', 'workload': 'shop*db', 'owner': 'o', 'reason': 'r', 'expires': '2099-01-01' } ]");
        const Comparison comparison = compareDemo(policy);
        const Waiver& prodOnly = comparison.policy.waivers[0];
        QCOMPARE(prodOnly.stateOn(today), Waiver::State::Unused);
        QCOMPARE(prodOnly.sharedMisses, 1);
        QCOMPARE(comparison.policy.waivers[1].matches, 1); // the same gap, accepted by a waiver of both sides
        const QString text = TextReport::write(comparison, false);
        QVERIFY2(text.contains(QStringLiteral("waiver W-P (CR-RT-012) is unused: the 1 gap(s) it names fail on both sides")), qPrintable(text));
    }

    void reapplyingAfterAddingAWaiverCountsTheSame()
    {
        // The GUI's path: compare once, add a waiver, apply the reloaded policy to the same comparison.
        const Policy before = parsed("'trusted_registries': ['registry.example.com']");
        Comparison comparison = compareDemo(before);
        const auto counts = comparison.classificationCounts;
        const auto failing = comparison.failingBySeverity;
        const std::size_t gaps = comparison.gaps.size();
        Policy after = before;
        Waiver waiver;
        waiver.id = QStringLiteral("W-GUI");
        waiver.check = QStringLiteral("CR-RT-003");
        waiver.workload = QStringLiteral("shop/web");
        waiver.side = Side::Prod;
        waiver.owner = QStringLiteral("lead");
        waiver.reason = QStringLiteral("accepted in review");
        waiver.expires = QDate(2027, 1, 1);
        after.waivers.push_back(waiver);
        PolicyEnforcer::apply(comparison, after, today);
        QCOMPARE(findGap(comparison, QStringLiteral("CR-RT-003"), QStringLiteral("shop-web"))->classification, Classification::Waived);
        QCOMPARE(comparison.gaps.size(), gaps);
        PolicyEnforcer::apply(comparison, before, today);
        QCOMPARE(findGap(comparison, QStringLiteral("CR-RT-003"), QStringLiteral("shop-web"))->classification, Classification::Regression);
        QCOMPARE(comparison.classificationCounts, counts);
        QCOMPARE(comparison.failingBySeverity, failing);
        QCOMPARE(comparison.gaps.size(), gaps);
    }

    void sharedGapNeedsBothSidesWaived()
    {
        Gap gap;
        gap.checkId = QStringLiteral("CR-RT-012");
        gap.devWorkload = QStringLiteral("web");
        gap.prodWorkload = QStringLiteral("shop/web");
        gap.classification = Classification::Shared;
        Waiver waiver;
        waiver.check = QStringLiteral("CR-RT-*");
        waiver.side = Side::Prod;
        QVERIFY(!PolicyEnforcer::covers(waiver, gap));
        waiver.side.reset();
        QVERIFY(PolicyEnforcer::covers(waiver, gap));
        waiver.workload = QStringLiteral("shop/*");
        QVERIFY(!PolicyEnforcer::covers(waiver, gap)); // "web" on the dev side does not match
        gap.classification = Classification::Regression;
        QVERIFY(PolicyEnforcer::covers(waiver, gap));
        waiver.check = QStringLiteral("CR-NS-*");
        QVERIFY(!PolicyEnforcer::covers(waiver, gap));
    }

    void trustedRegistriesAndRequiredFacts()
    {
        const Comparison comparison = compareDemo(parsed("'trusted_registries': ['registry.example.com'],"
"            'require': [ { 'id': 'ORG-NO-HOSTNET', 'title': 'Prod shares the host network', 'side': 'prod', 'domain': 'namespaces',"
"                           'fact': 'namespaces.host_network', 'severity': 'high', 'test': 'is_false' },"
"                         { 'id': 'ORG-DEV-RO', 'title': 'Dev root filesystem is read-only', 'side': 'dev', 'domain': 'runtime',"
"                           'fact': 'runtime.read_only_rootfs', 'severity': 'low', 'test': 'is_true' } ]"));
        int registryGaps = 0;
        for (const Gap& gap : comparison.gaps) {
            if (gap.factName == QLatin1String(PolicyEnforcer::trustedRegistryFact)) {
                QCOMPARE(gap.checkId, QStringLiteral("CR-IMG-006"));
                ++registryGaps;
                QVERIFY(gap.prodValue.startsWith(QLatin1String("untrusted: ")) || gap.devValue.startsWith(QLatin1String("untrusted: ")));
            }
            // A dev-only requirement never reports prod-only failures, and the reverse.
            if (gap.checkId == QLatin1String("ORG-DEV-RO"))
                QVERIFY(gap.classification != Classification::Regression);
            if (gap.checkId == QLatin1String("ORG-NO-HOSTNET"))
                QVERIFY(gap.classification != Classification::Fidelity);
        }
        QCOMPARE(registryGaps, 4); // the three pairs, and shop/metrics-exporter on its own (prod-only)
        const Gap* hostNetwork = findGap(comparison, QStringLiteral("ORG-NO-HOSTNET"), QStringLiteral("shop-api"));
        QVERIFY(hostNetwork != nullptr);
        QCOMPARE(hostNetwork->classification, Classification::Regression); // shop/api runs with hostNetwork: true
    }

    void addWaiverWritesBackToTheNamedFile()
    {
        const QString path = writeFile(QStringLiteral("team.json"), policyJson("'name': 'team', 'checks': { 'disable': ['CR-IMG-003'] }"));
        Waiver waiver;
        waiver.id = QStringLiteral("W-9");
        waiver.check = QStringLiteral("CR-RT-012");
        waiver.workload = QStringLiteral("shop/db");
        waiver.side = Side::Prod;
        waiver.owner = QStringLiteral("erin");
        waiver.reason = QStringLiteral("postgres writes its data directory");
        waiver.expires = QDate(2027, 3, 31);
        QVERIFY(PolicyFile::addWaiver(path, waiver).ok());
        Result<Policy> reloaded = PolicyFile::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->waivers.size(), std::size_t(1));
        QCOMPARE(reloaded->waivers.front().owner, QStringLiteral("erin"));
        QCOMPARE(reloaded->waivers.front().location, QStringLiteral("/waivers/0"));
        QVERIFY(reloaded->disabledChecks.contains(QStringLiteral("CR-IMG-003"))); // the rest of the file is kept
        const Status again = PolicyFile::addWaiver(path, waiver);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("already")));
        waiver.id = QStringLiteral("W-10");
        waiver.owner.clear();
        QVERIFY(!PolicyFile::addWaiver(path, waiver).ok());
    }

    void baselineMarksNewUnchangedUpdatedAbsent()
    {
        Comparison previous = compareDemo(parsed("'checks': { 'disable': ['CR-NS-009'] }"));
        QSet<QString> fingerprints;
        for (const Gap& gap : previous.gaps)
            fingerprints.insert(gap.fingerprint());
        QCOMPARE(fingerprints.size(), qsizetype(previous.gaps.size())); // one identity per finding
        const QByteArray previousJson = ComparisonJson::write(previous);
        Result<Baseline> baseline = Baseline::fromJson(previousJson, QStringLiteral("previous.json"));
        QVERIFY(baseline.ok());

        // Same inputs, one more check on: its gaps are new, everything else unchanged.
        Comparison current = compareDemo({});
        baseline->apply(current);
        int fresh = 0, freshFailing = 0;
        for (const Gap& gap : current.gaps) {
            if (gap.checkId == QLatin1String("CR-NS-009"))
                QCOMPARE(gap.baseline, BaselineState::New);
            else
                QCOMPARE(gap.baseline, BaselineState::Unchanged);
            fresh += gap.baseline == BaselineState::New ? 1 : 0;
            freshFailing += gap.baseline == BaselineState::New && isFailing(gap.classification) ? 1 : 0;
        }
        QVERIFY(freshFailing > 0 && fresh > freshFailing); // CR-NS-009 on the demo: one shared failure, one drift
        QVERIFY(current.absentGaps.empty());
        QCOMPARE(Baseline::newlyFailing(current, Severity::Low), freshFailing);
        QCOMPARE(Baseline::newlyFailing(current, Severity::Critical), 0); // CR-NS-009 is medium

        // The other way round: the gaps of the switched-off check are absent; a severity change is an update.
        Result<Baseline> wider = Baseline::fromJson(ComparisonJson::write(current), QStringLiteral("current.json"));
        Comparison narrower = compareDemo(parsed("'checks': { 'disable': ['CR-NS-009'], 'severity': { 'CR-RT-012': 'high' } }"));
        wider->apply(narrower);
        QCOMPARE(narrower.absentGaps.size(), std::size_t(fresh));
        QCOMPARE(findGap(narrower, QStringLiteral("CR-RT-012"), QStringLiteral("shop-db"))->baseline, BaselineState::Updated);
        QCOMPARE(Baseline::newlyFailing(narrower, Severity::Low), 0);

        // Hostile or foreign files are errors naming the file, never exceptions.
        for (const QByteArray& foreign : { QByteArray("{\"schema\": \"something/else\"}"), QByteArray("{\"schema\": 5}"), QByteArray("[1, 2]"),
                 QByteArray("{\"schema\": \"crossroads.comparison/v1\", \"gaps\": {\"a\": 1}}"), QByteArray("{\"version\": \"2.1.0\", \"runs\": [7]}") }) {
            const Result<Baseline> result = Baseline::fromJson(foreign, QStringLiteral("x.json"));
            QVERIFY2(!result.ok(), foreign.constData());
            QCOMPARE(result.error().file, QStringLiteral("x.json"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
