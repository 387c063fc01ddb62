// SPDX-License-Identifier: Apache-2.0
// NetworkPolicy isolation is decided by what the policies allow, not by whether one selects a
// pod. The expected results come from the Kubernetes documentation (the NetworkPolicy concept
// page and API reference: an empty or missing `from`/`to` matches every peer, an empty
// namespaceSelector selects every namespace, policies add up; the LabelSelector reference for
// matchExpressions), on the corpus' real policies and on the documentation's own examples. The
// network exposure view must say the same as CR-NET-003 and CR-NET-004 on every case.
#include "testpaths.h"
#include "testsupport.h"

#include "compare/networkexposure.h"
#include "importers/addressblock.h"
#include "rules/rulecatalogue.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

namespace {

/// "isolated @ file:line", "open @ file:line (pointer)" or "not selected" (the platform
/// default: no policy governing the direction selects the pod).
QString isolation(const Snapshot& snapshot, const Workload& workload, const Fact& fact)
{
    if (fact.provenance == Provenance::Default && !fact.value.toBool())
        return QStringLiteral("not selected");
    if (fact.provenance != Provenance::Stated)
        return QStringLiteral("unexpected provenance %1").arg(QLatin1String(provenanceName(fact.provenance)));
    SourceLocation source = snapshot.locate(workload, fact);
    source.file = QFileInfo(source.file).fileName();
    return (fact.value.toBool() ? QStringLiteral("isolated @ ") : QStringLiteral("open @ ")) + source.toString();
}

const Workload* findWorkload(const Snapshot& snapshot, const QString& name)
{
    for (const Workload& workload : snapshot.workloads) {
        if (workload.displayName() == name)
            return &workload;
    }
    return nullptr;
}

/// The Pod of the documentation's examples, with the given labels, in `nameSpace`.
QByteArray pod(const QByteArray& name, const QByteArray& labels, const QByteArray& nameSpace = "default")
{
    return "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + nameSpace + "\n  labels: " + labels
        + "\nspec:\n  containers:\n  - name: main\n    image: registry.example.com/" + name + ":1.0\n";
}

// The kubernetes.io "Default policies" examples; each starts on line 1 of the manifest.
const QByteArray defaultDenyIngress = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress
)";
const QByteArray allowAllIngress = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-all-ingress
spec:
  podSelector: {}
  ingress:
  - {}
  policyTypes:
  - Ingress
)";
const QByteArray defaultDenyEgress = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
spec:
  podSelector: {}
  policyTypes:
  - Egress
)";
const QByteArray allowAllEgress = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-all-egress
spec:
  podSelector: {}
  egress:
  - {}
  policyTypes:
  - Egress
)";
const QByteArray defaultDenyAll = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
spec:
  podSelector: {}
  policyTypes:
  - Ingress
  - Egress
)";
// The concept page's first example: named sources and destinations only.
const QByteArray testNetworkPolicy = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: test-network-policy
  namespace: default
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - ipBlock:
        cidr: 172.17.0.0/16
        except:
        - 172.17.1.0/24
    - namespaceSelector:
        matchLabels:
          project: myproject
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 6379
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/24
    ports:
    - protocol: TCP
      port: 5978
)";

/// A policy for pods labelled role: db whose one rule has the peers given (lines 11 on).
QByteArray dbPolicy(const QByteArray& name, const QByteArray& direction, const QByteArray& rules)
{
    return "apiVersion: networking.k8s.io/v1\n" // 1
           "kind: NetworkPolicy\n" // 2
           "metadata:\n" // 3
           "  name: " + name + "\n" // 4
           "spec:\n" // 5
           "  podSelector:\n" // 6
           "    matchLabels:\n" // 7
           "      role: db\n" // 8
           "  policyTypes:\n" // 9
           "  - " + direction + "\n" // 10
           + rules; // 11 ...
}

} // namespace

class TestNetworkPolicy : public QObject {
    Q_OBJECT

    /// Every workload: the exposure view's isolation is the checks' verdict, and the view calls
    /// a workload Isolated exactly when CR-NET-003 passes on all its containers and nothing
    /// publishes it.
    void verifyViewAgreesWithChecks(const Snapshot& snapshot)
    {
        const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
        const Check* inbound = catalogue.find(QStringLiteral("CR-NET-003"));
        const Check* outbound = catalogue.find(QStringLiteral("CR-NET-004"));
        QVERIFY(inbound != nullptr && outbound != nullptr);
        const std::vector<WorkloadExposure> exposures = NetworkExposure::analyse(snapshot);
        QCOMPARE(exposures.size(), snapshot.workloads.size());
        for (const WorkloadExposure& exposure : exposures) {
            const Workload& workload = snapshot.workloads[exposure.workload];
            bool ingressPasses = true, egressPasses = true;
            for (const Container& container : workload.containers) {
                const CheckSubject subject { snapshot, &workload, &container, nullptr };
                ingressPasses = ingressPasses && CheckEvaluator::judge(*inbound, subject) == CheckStatus::Pass;
                egressPasses = egressPasses && CheckEvaluator::judge(*outbound, subject) == CheckStatus::Pass;
            }
            QVERIFY2(exposure.ingressIsolated == ingressPasses, qPrintable(exposure.name));
            QVERIFY2(exposure.egressIsolated == egressPasses, qPrintable(exposure.name));
            QVERIFY2((exposure.reach == Reach::Isolated) == (ingressPasses && exposure.entries.isEmpty()), qPrintable(exposure.name));
        }
    }

private Q_SLOTS:
    void isolationFollowsWhatThePoliciesAllow_data()
    {
        QTest::addColumn<QStringList>("corpusFiles");
        QTest::addColumn<QByteArray>("manifest"); // written as manifest.yaml, after the corpus files
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("ingress");
        QTest::addColumn<QString>("egress");
        auto row = [](const char* name, const QStringList& files, const QByteArray& manifest, const char* workload, const char* ingress,
                       const char* egress) {
            QTest::newRow(name) << files << manifest << QString::fromUtf8(workload) << QString::fromUtf8(ingress) << QString::fromUtf8(egress);
        };
        const QByteArray db = pod("db", "{role: db}");

        // kubernetes.io, "Default policies".
        row("docs default deny ingress", {}, defaultDenyIngress + db, "default/db", "isolated @ manifest.yaml:1", "not selected");
        row("docs allow all ingress", {}, allowAllIngress + db, "default/db", "open @ manifest.yaml:8 (/spec/ingress/0)", "not selected");
        row("docs default deny egress", {}, defaultDenyEgress + db, "default/db", "not selected", "isolated @ manifest.yaml:1");
        row("docs allow all egress", {}, allowAllEgress + db, "default/db", "not selected", "open @ manifest.yaml:8 (/spec/egress/0)");
        row("docs default deny all", {}, defaultDenyAll + db, "default/db", "isolated @ manifest.yaml:1", "isolated @ manifest.yaml:1");
        // Policies add up: an allow-all next to a default deny opens the pod again.
        row("docs deny all with allow all", {}, defaultDenyAll + "---\n" + allowAllIngress + db, "default/db",
            "open @ manifest.yaml:18 (/spec/ingress/0)", "isolated @ manifest.yaml:1");
        // The concept page's example: named peers, ipBlock narrower than every address.
        row("docs example selects db", {}, testNetworkPolicy + db, "default/db", "isolated @ manifest.yaml:1", "isolated @ manifest.yaml:1");
        row("docs example leaves frontend", {}, testNetworkPolicy + pod("web", "{role: frontend}"), "default/web", "not selected", "not selected");
        // NetworkPolicyPeer: an empty namespaceSelector selects all namespaces; with a
        // podSelector, the matching pods in them; a podSelector alone, the policy's namespace.
        row("every namespace", {}, dbPolicy("every-namespace", "Ingress", "  ingress:\n  - from:\n    - namespaceSelector: {}\n") + db, "default/db",
            "open @ manifest.yaml:13 (/spec/ingress/0/from/0)", "not selected");
        row("every pod of every namespace", {},
            dbPolicy("every-pod", "Ingress", "  ingress:\n  - from:\n    - namespaceSelector: {}\n      podSelector: {}\n") + db, "default/db",
            "open @ manifest.yaml:13 (/spec/ingress/0/from/0)", "not selected");
        row("labelled pods of every namespace", {},
            dbPolicy("clients", "Ingress",
                "  ingress:\n  - from:\n    - namespaceSelector: {}\n      podSelector:\n        matchLabels:\n          role: client\n")
                + db,
            "default/db", "isolated @ manifest.yaml:1", "not selected");
        row("every pod of its namespace", {}, dbPolicy("same-namespace", "Ingress", "  ingress:\n  - from:\n    - podSelector: {}\n") + db, "default/db",
            "isolated @ manifest.yaml:1", "not selected");
        // "If this field is empty or missing, this rule matches all sources": ports do not narrow who.
        row("rule with ports only", {}, dbPolicy("ports-only", "Ingress", "  ingress:\n  - ports:\n    - port: 5432\n") + db, "default/db",
            "open @ manifest.yaml:12 (/spec/ingress/0)", "not selected");
        row("empty from list", {}, dbPolicy("empty-from", "Ingress", "  ingress:\n  - from: []\n") + db, "default/db",
            "open @ manifest.yaml:12 (/spec/ingress/0)", "not selected");
        // ipBlock of every address; except carves out only what it names.
        row("egress to 0.0.0.0/0 except metadata", {},
            dbPolicy("internet", "Egress", "  egress:\n  - to:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n        except:\n        - 169.254.169.254/32\n")
                + db,
            "default/db", "not selected", "open @ manifest.yaml:13 (/spec/egress/0/to/0)");
        row("ingress from ::/0", {}, dbPolicy("ipv6", "Ingress", "  ingress:\n  - from:\n    - ipBlock:\n        cidr: 10.0.0.0/8\n    - ipBlock:\n        cidr: ::/0\n") + db,
            "default/db", "open @ manifest.yaml:15 (/spec/ingress/0/from/1)", "not selected");
        row("two halves make every address", {},
            dbPolicy("lower-half", "Ingress", "  ingress:\n  - from:\n    - ipBlock:\n        cidr: 0.0.0.0/1\n") + "---\n"
                + dbPolicy("upper-half", "Ingress", "  ingress:\n  - from:\n    - ipBlock:\n        cidr: 128.0.0.0/1\n") + db,
            "default/db", "open @ manifest.yaml:13 (/spec/ingress/0/from/0)", "not selected");
        row("one half is a restriction", {}, dbPolicy("lower-half", "Ingress", "  ingress:\n  - from:\n    - ipBlock:\n        cidr: 0.0.0.0/1\n") + db,
            "default/db", "isolated @ manifest.yaml:1", "not selected");
        // policyTypes: rules of a direction it does not list are ignored; without it, Ingress
        // always and Egress when there are egress rules (an empty list is none).
        row("ingress rules of an egress policy", {}, dbPolicy("egress-only", "Egress", "  ingress:\n  - {}\n") + db, "default/db", "not selected",
            "isolated @ manifest.yaml:1");
        row("no policyTypes, empty egress", {},
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: implied\nspec:\n  podSelector: {}\n  egress: []\n" + db, "default/db",
            "isolated @ manifest.yaml:1", "not selected");
        row("empty policyTypes, egress rules", {},
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: implied\nspec:\n  podSelector: {}\n  policyTypes: []\n  egress:\n"
            "  - to:\n    - podSelector: {}\n"
                + db,
            "default/db", "isolated @ manifest.yaml:1", "isolated @ manifest.yaml:1");
        row("another namespace's policy", {}, defaultDenyAll + pod("db", "{role: db}", "shop"), "shop/db", "not selected", "not selected");

        // The corpus.
        const QString score = corpusDir() + QStringLiteral("/zegl__kube-score/score__testdata__networkpolicy-");
        row("kube-score matching", { score + QStringLiteral("matching.yaml") }, {}, "testspace/pod-test-1", "isolated @ score__testdata__networkpolicy-matching.yaml:1",
            "isolated @ score__testdata__networkpolicy-matching.yaml:1");
        row("kube-score targets all pods", { score + QStringLiteral("targets-all-pods.yaml") }, {}, "testspace/pod-test-1",
            "open @ score__testdata__networkpolicy-targets-all-pods.yaml:9 (/spec/ingress/0)",
            "open @ score__testdata__networkpolicy-targets-all-pods.yaml:11 (/spec/egress/0)");
        row("kube-score only ingress on port 53", { score + QStringLiteral("matching-only-ingress.yaml") }, {}, "testspace/pod-test-1",
            "open @ score__testdata__networkpolicy-matching-only-ingress.yaml:11 (/spec/ingress/0)", "not selected");
        row("kube-score egress on port 53 anywhere", { score + QStringLiteral("targets-pod.yaml") }, {}, "testspace/pod-test-1", "not selected",
            "open @ score__testdata__networkpolicy-targets-pod.yaml:11 (/spec/egress/0)");
        row("kube-score selector does not match", { score + QStringLiteral("deployment-not-matching-selector.yaml") }, {}, "testspace/deployment-test-1",
            "not selected", "not selected");
        row("kube-score cronjob", { score + QStringLiteral("cronjob-matching.yaml") }, {}, "testspace/cronjob-test-1",
            "isolated @ score__testdata__networkpolicy-cronjob-matching.yaml:1", "isolated @ score__testdata__networkpolicy-cronjob-matching.yaml:1");
        const QString kubeLinter = corpusDir() + QStringLiteral("/stackrox__kube-linter/tests__checks__non-isolated-pod.yml");
        row("kube-linter isolated", { kubeLinter }, {}, "default/dont-fire", "isolated @ tests__checks__non-isolated-pod.yml:2", "not selected");
        row("kube-linter non-isolated", { kubeLinter }, {}, "default/app1", "not selected", "not selected");
        row("polaris ipBlock 0.0.0.0/0", { corpusDir() + QStringLiteral("/FairwindsOps__polaris/test__checks__missingNetworkPolicy__success.yaml") }, {},
            "default/test-pod", "open @ test__checks__missingNetworkPolicy__success.yaml:28 (/spec/ingress/0/from/0)",
            "isolated @ test__checks__missingNetworkPolicy__success.yaml:15");
        row("kubeaudit allow-all defeats default-deny",
            { corpusDir() + QStringLiteral("/Shopify__kubeaudit/auditors__netpols__fixtures__namespace-has-default-deny-and-allow-all-netpol.yml") },
            pod("app", "{app: app}", "namespace-has-default-deny-and-allow-all-netpol"), "namespace-has-default-deny-and-allow-all-netpol/app",
            "open @ auditors__netpols__fixtures__namespace-has-default-deny-and-allow-all-netpol.yml:25 (/spec/ingress/0)",
            "open @ auditors__netpols__fixtures__namespace-has-default-deny-and-allow-all-netpol.yml:27 (/spec/egress/0)");
        const QString demo = corpusDir() + QStringLiteral("/GoogleCloudPlatform__microservices-demo/");
        const QStringList demoFiles { demo + QStringLiteral("kustomize__components__network-policies__network-policy-deny-all.yaml"),
            demo + QStringLiteral("kustomize__components__network-policies__network-policy-cartservice.yaml"),
            demo + QStringLiteral("release__kubernetes-manifests.yaml") };
        row("microservices-demo cartservice", demoFiles, {}, "default/cartservice",
            "isolated @ kustomize__components__network-policies__network-policy-deny-all.yaml:15",
            "open @ kustomize__components__network-policies__network-policy-cartservice.yaml:38 (/spec/egress/0)");
        row("microservices-demo frontend", demoFiles, {}, "default/frontend", "isolated @ kustomize__components__network-policies__network-policy-deny-all.yaml:15",
            "isolated @ kustomize__components__network-policies__network-policy-deny-all.yaml:15");
        // A NetworkPolicyList: np1 selects app=p1, np2 every pod, np3 app=p-bozo; all name their peers.
        const QStringList popeye { corpusDir() + QStringLiteral("/derailed__popeye/internal__lint__testdata__net__np__1.yaml") };
        row("popeye p1", popeye, pod("p1", "{app: p1}"), "default/p1", "isolated @ internal__lint__testdata__net__np__1.yaml:5 (/items/0)",
            "isolated @ internal__lint__testdata__net__np__1.yaml:5 (/items/0)");
        row("popeye p-bozo", popeye, pod("bozo", "{app: p-bozo}"), "default/bozo", "isolated @ internal__lint__testdata__net__np__1.yaml:40 (/items/1)",
            "isolated @ internal__lint__testdata__net__np__1.yaml:40 (/items/1)");
        row("k9s ipBlock with except", { corpusDir() + QStringLiteral("/derailed__k9s/internal__render__testdata__np.json") }, pod("nginx", "{app: nginx}"),
            "default/nginx", "isolated @ internal__render__testdata__np.json:1", "isolated @ internal__render__testdata__np.json:1");
    }

    void isolationFollowsWhatThePoliciesAllow()
    {
        QFETCH(QStringList, corpusFiles);
        QFETCH(QByteArray, manifest);
        QFETCH(QString, workload);
        QFETCH(QString, ingress);
        QFETCH(QString, egress);
        if (!corpusFiles.isEmpty() && !QFile::exists(corpusFiles.front()))
            QSKIP("../shared/corpus is not present next to this checkout (set CROSSROADS_CORPUS_DIR)");
        QTemporaryDir folder;
        QStringList files = corpusFiles;
        if (!manifest.isEmpty())
            files << writeTestFile(folder, QStringLiteral("manifest.yaml"), manifest);
        Result<ImportReport> report = importFiles(files, Side::Prod);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;
        const Workload* found = findWorkload(snapshot, workload);
        QVERIFY2(found != nullptr, qPrintable(workload));
        for (const Container& container : found->containers) {
            QCOMPARE(isolation(snapshot, *found, container[FactKey::IngressIsolated]), ingress);
            QCOMPARE(isolation(snapshot, *found, container[FactKey::EgressIsolated]), egress);
        }
        verifyViewAgreesWithChecks(snapshot);
    }

    void matchExpressionsSelectAsTheLabelSelectorReferenceSays()
    {
        QTemporaryDir folder;
        // Every requirement must hold; NotIn also holds for a pod without the label.
        const QByteArray policy = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: expressions
spec:
  podSelector:
    matchLabels:
      team: shop
    matchExpressions:
    - {key: tier, operator: In, values: [db, cache]}
    - {key: env, operator: NotIn, values: [dev]}
    - {key: owner, operator: Exists}
    - {key: legacy, operator: DoesNotExist}
  policyTypes: [Ingress]
)";
        const QByteArray pods = pod("all-hold", "{team: shop, tier: db, env: prod, owner: ops}")
            + pod("no-env-label", "{team: shop, tier: cache, owner: ops}") + pod("dev-env", "{team: shop, tier: db, env: dev, owner: ops}")
            + pod("web-tier", "{team: shop, tier: web, owner: ops}") + pod("legacy", "{team: shop, tier: db, owner: ops, legacy: 'true'}")
            + pod("no-owner", "{team: shop, tier: db}") + pod("other-team", "{team: blog, tier: db, owner: ops}");
        Result<ImportReport> report = importFiles({ writeTestFile(folder, QStringLiteral("manifest.yaml"), policy + pods) }, Side::Prod);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;
        const QMap<QString, bool> selected { { QStringLiteral("all-hold"), true }, { QStringLiteral("no-env-label"), true },
            { QStringLiteral("dev-env"), false }, { QStringLiteral("web-tier"), false }, { QStringLiteral("legacy"), false },
            { QStringLiteral("no-owner"), false }, { QStringLiteral("other-team"), false } };
        for (auto it = selected.cbegin(); it != selected.cend(); ++it) {
            const Workload* workload = findWorkload(snapshot, QStringLiteral("default/") + it.key());
            QVERIFY2(workload != nullptr, qPrintable(it.key()));
            QCOMPARE(isolation(snapshot, *workload, workload->containers.front()[FactKey::IngressIsolated]),
                it.value() ? QStringLiteral("isolated @ manifest.yaml:1") : QStringLiteral("not selected"));
        }
        verifyViewAgreesWithChecks(snapshot);
    }

    void unknownSelectorOperatorIsolatesNothing()
    {
        // The API server refuses the policy (operator must be In, NotIn, Exists or DoesNotExist).
        QTemporaryDir folder;
        const QByteArray policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: typo\nspec:\n  podSelector:\n"
                                  "    matchExpressions:\n    - {key: role, operator: Equals, values: [db]}\n  policyTypes: [Ingress]\n";
        Result<ImportReport> report = importFiles({ writeTestFile(folder, QStringLiteral("manifest.yaml"), policy + pod("db", "{role: db}")) }, Side::Prod);
        QVERIFY(report.ok());
        const Snapshot& snapshot = report->snapshot;
        const Workload* db = findWorkload(snapshot, QStringLiteral("default/db"));
        QVERIFY(db != nullptr);
        QCOMPARE(isolation(snapshot, *db, db->containers.front()[FactKey::IngressIsolated]), QStringLiteral("not selected"));
        QCOMPARE(snapshot.skipped.size(), std::size_t(1));
        QVERIFY(snapshot.skipped.front().reason.contains(QStringLiteral("Equals")));
        QCOMPARE(snapshot.skipped.front().location, QStringLiteral("/spec/podSelector"));
    }

    void exposedButRestrictedStaysExposedInTheView()
    {
        // A NodePort Service publishes the pod; its NetworkPolicy still restricts who comes in.
        QTemporaryDir folder;
        const QByteArray service = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: NodePort\n  selector:\n    role: db\n"
                                   "  ports:\n  - port: 5432\n";
        Result<ImportReport> report = importFiles({ writeTestFile(folder, QStringLiteral("manifest.yaml"), testNetworkPolicy + pod("db", "{role: db}") + service) },
            Side::Prod);
        QVERIFY(report.ok());
        const std::vector<WorkloadExposure> exposures = NetworkExposure::analyse(report->snapshot);
        QCOMPARE(exposures.size(), std::size_t(1));
        QCOMPARE(exposures.front().reach, Reach::Outside);
        QVERIFY(exposures.front().ingressIsolated);
        verifyViewAgreesWithChecks(report->snapshot);
    }

    void addressBlocksParseAsCidrs_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("v6");
        QTest::addColumn<int>("prefix");
        QTest::newRow("ipv4") << QStringLiteral("172.17.0.0/16") << true << false << 16;
        QTest::newRow("ipv4 everything") << QStringLiteral("0.0.0.0/0") << true << false << 0;
        QTest::newRow("ipv6 everything") << QStringLiteral("::/0") << true << true << 0;
        QTest::newRow("ipv6 documentation") << QStringLiteral("2001:db8::/32") << true << true << 32;
        QTest::newRow("ipv6 full") << QStringLiteral("2001:db8:0:0:0:0:0:1/128") << true << true << 128;
        QTest::newRow("ipv6 embedded ipv4") << QStringLiteral("::ffff:10.0.0.0/104") << true << true << 104;
        QTest::newRow("no prefix") << QStringLiteral("10.0.0.0") << false << false << 0;
        QTest::newRow("three octets") << QStringLiteral("10.0.0/8") << false << false << 0;
        QTest::newRow("octet too big") << QStringLiteral("10.0.0.256/8") << false << false << 0;
        QTest::newRow("prefix too long") << QStringLiteral("1.2.3.4/33") << false << false << 0;
        QTest::newRow("nine groups") << QStringLiteral("1:2:3:4:5:6:7:8:9/64") << false << true << 0;
        QTest::newRow("two gaps") << QStringLiteral("1::2::3/64") << false << true << 0;
        QTest::newRow("text") << QStringLiteral("everything/0") << false << false << 0;
    }

    void addressBlocksParseAsCidrs()
    {
        QFETCH(QString, cidr);
        QFETCH(bool, valid);
        QFETCH(bool, v6);
        QFETCH(int, prefix);
        const std::optional<AddressBlock> block = AddressBlock::parse(cidr);
        QCOMPARE(block.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(block->v6, v6);
        QCOMPARE(block->prefix, prefix);
    }

    void addressBlocksCoverEveryAddressOnlyTogether()
    {
        auto blocks = [](std::initializer_list<const char*> cidrs) {
            std::vector<AddressBlock> result;
            for (const char* cidr : cidrs)
                result.push_back(*AddressBlock::parse(QString::fromLatin1(cidr)));
            return result;
        };
        QVERIFY(AddressBlock::coverEveryAddress(blocks({ "0.0.0.0/0" }), false));
        QVERIFY(AddressBlock::coverEveryAddress(blocks({ "0.0.0.0/1", "128.0.0.0/1" }), false));
        QVERIFY(AddressBlock::coverEveryAddress(blocks({ "128.0.0.0/1", "64.0.0.0/2", "0.0.0.0/2", "10.0.0.0/8" }), false));
        QVERIFY(!AddressBlock::coverEveryAddress(blocks({ "0.0.0.0/1", "128.0.0.0/2" }), false));
        QVERIFY(!AddressBlock::coverEveryAddress(blocks({ "0.0.0.0/1", "0.0.0.0/1" }), false));
        QVERIFY(!AddressBlock::coverEveryAddress(blocks({ "10.0.0.0/8", "::/0" }), false));
        QVERIFY(AddressBlock::coverEveryAddress(blocks({ "10.0.0.0/8", "::/0" }), true));
        QVERIFY(AddressBlock::coverEveryAddress(blocks({ "::/1", "8000::/1" }), true));
        QVERIFY(!AddressBlock::coverEveryAddress(blocks({ "::/1", "8000::/2" }), true));
        QVERIFY(!AddressBlock::coverEveryAddress({}, false));
    }
};

QTEST_GUILESS_MAIN(TestNetworkPolicy)
#include "tst_networkpolicy.moc"
