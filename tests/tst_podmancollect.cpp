// SPDX-License-Identifier: Apache-2.0
// Real Podman: a container created here is read back through `crossroads-cli collect podman`.
#include "testpaths.h"
#include "testsupport.h"

#include "collect/enginecollector.h"
#include "compare/comparator.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace crossroads;

namespace {
/// Runs podman; `output` gets what it printed (stderr too, for messages, unless `stdoutOnly`).
int podman(const QStringList& arguments, QByteArray* output = nullptr, bool stdoutOnly = false)
{
    QProcess process;
    process.start(QStringLiteral("podman"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output != nullptr)
        *output = stdoutOnly ? process.readAllStandardOutput() : process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

class TestPodmanCollect : public QObject {
    Q_OBJECT

    QString m_name = QStringLiteral("crossroads-test-%1").arg(QCoreApplication::applicationPid());
    QString m_image = QStringLiteral("localhost/crossroads-test-rootfs:1");
    QString m_network = QStringLiteral("crossroads-test-internal-%1").arg(QCoreApplication::applicationPid());
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QStringList m_extra; ///< further containers made by the tests, removed at the end
    QString m_pod;

    /// `podman create` of one more container; skips the test when Podman cannot.
    bool create(const QString& name, const QStringList& options)
    {
        QByteArray output;
        if (podman(QStringList { QStringLiteral("create"), QStringLiteral("--name"), name } + options + QStringList { m_image, QStringLiteral("/bin/true") }, &output) != 0) {
            qWarning("podman create %s failed: %s", qPrintable(name), output.left(300).constData());
            return false;
        }
        m_extra << name;
        return true;
    }

    static const Gap* findGap(const Comparison& comparison, const QString& check, const QString& devWorkload)
    {
        for (const Gap& gap : comparison.gaps) {
            if (gap.checkId == check && gap.devWorkload == devWorkload)
                return &gap;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
            QSKIP("podman is not installed");
        QByteArray output;
        if (podman({ QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") }, &output) != 0)
            QSKIP(qPrintable(QStringLiteral("podman cannot run here: ") + QString::fromUtf8(output.left(300))));
        // An image with no registry, from a tiny local root filesystem.
        QTemporaryDir rootfs;
        QDir(rootfs.path()).mkpath(QStringLiteral("bin"));
        const QString tarball = rootfs.filePath(QStringLiteral("rootfs.tar"));
        QProcess tar;
        tar.start(QStringLiteral("tar"), { QStringLiteral("-C"), rootfs.path(), QStringLiteral("-cf"), tarball, QStringLiteral("bin") });
        QVERIFY(tar.waitForFinished());
        if (podman({ QStringLiteral("import"), tarball, m_image }, &output) != 0)
            QSKIP(qPrintable(QStringLiteral("podman cannot store images here: ") + QString::fromUtf8(output.left(300))));
        if (podman({ QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), m_network }, &output) != 0)
            QSKIP(qPrintable(QStringLiteral("podman cannot create networks here: ") + QString::fromUtf8(output.left(300))));
        if (podman({ QStringLiteral("create"), QStringLiteral("--name"), m_name, QStringLiteral("--network"), m_network, QStringLiteral("--privileged"), QStringLiteral("-p"),
                             QStringLiteral("18080:80"), QStringLiteral("-e"), QStringLiteral("DB_PASSWORD=collect-canary-Xy9"), m_image, QStringLiteral("/bin/true") },
                &output)
            != 0)
            QSKIP(qPrintable(QStringLiteral("podman cannot create containers here: ") + QString::fromUtf8(output.left(300))));
    }

    void cleanupTestCase()
    {
        for (const QString& name : m_extra)
            podman({ QStringLiteral("rm"), QStringLiteral("-f"), name });
        if (!m_pod.isEmpty())
            podman({ QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"), m_pod });
        podman({ QStringLiteral("rm"), QStringLiteral("-f"), m_name });
        podman({ QStringLiteral("rmi"), QStringLiteral("-f"), m_image });
        podman({ QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("-f"), m_network });
    }

    void collectReadsTheRealContainer()
    {
        Result<ImportReport> report = EngineCollector(EngineCollector::Engine::Podman).collect(ImportOptions {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;
        QCOMPARE(snapshot.engineFact(FactKey::EngineKind).value.toString(), QStringLiteral("podman"));
        QVERIFY(snapshot.engineFact(FactKey::EngineRootless).isKnown());
        const Container* container = test::findContainer(snapshot, m_name, m_name);
        QVERIFY(container != nullptr);
        QCOMPARE((*container)[FactKey::Privileged].value.toBool(), true);
        QCOMPARE(test::factText((*container)[FactKey::PublishedPorts]), QStringLiteral("0.0.0.0:18080->80/tcp"));
        QCOMPARE(test::factText((*container)[FactKey::ImageRegistry]), QStringLiteral("localhost"));
        QCOMPARE(test::factText((*container)[FactKey::EnvLiterals]), QStringLiteral("DB_PASSWORD"));
        QCOMPARE(snapshot.inputs.front().path, QStringLiteral("podman info"));
        // `network inspect` says the container's only network is internal: no route out.
        QVERIFY(std::any_of(snapshot.inputs.begin(), snapshot.inputs.end(),
            [](const InputFile& input) { return input.path == QLatin1String("podman network inspect"); }));
        QCOMPARE(test::factText((*container)[FactKey::EgressIsolated]), QStringLiteral("true"));
    }

    /// Real containers made the way the trust issue's reviewer made them, each judged as the
    /// platforms document: with no production counterpart, mounting the host's / is still a
    /// critical finding (dev-only), and the same posture on both sides gets the same verdict.
    void everyContainerIsJudgedAsDocumented()
    {
        const QString hostRoot = QStringLiteral("crossroads-hostroot-") + m_suffix;
        const QString varRun = QStringLiteral("crossroads-varrun-") + m_suffix;
        const QString hostNet = QStringLiteral("crossroads-hostnet-") + m_suffix;
        const QString loopback = QStringLiteral("crossroads-loopback-") + m_suffix;
        const QString hostIpc = QStringLiteral("crossroads-hostipc-") + m_suffix;
        const QString unmasked = QStringLiteral("crossroads-unmasked-") + m_suffix;
        if (!create(hostRoot, { QStringLiteral("-v"), QStringLiteral("/:/host") }) || !create(varRun, { QStringLiteral("-v"), QStringLiteral("/var/run:/var/run") })
            || !create(hostNet, { QStringLiteral("--network"), QStringLiteral("host") }) || !create(loopback, { QStringLiteral("-p"), QStringLiteral("127.0.0.1:18082:80") })
            || !create(hostIpc, { QStringLiteral("--ipc"), QStringLiteral("host") }) || !create(unmasked, { QStringLiteral("--security-opt"), QStringLiteral("unmask=ALL") }))
            QSKIP("podman cannot create the containers here");
        Result<ImportReport> dev = EngineCollector(EngineCollector::Engine::Podman).collect(ImportOptions {});
        QVERIFY2(dev.ok(), qPrintable(dev.ok() ? QString() : dev.error().toString()));
        // Production: one hardened Deployment named like none of them, so all are unpaired.
        QTemporaryDir folder;
        const QString prodFile = test::writeTestFile(folder, QStringLiteral("prod.yaml"), R"(apiVersion: apps/v1
kind: Deployment
metadata: { name: unrelated, namespace: shop }
spec:
  selector: { matchLabels: { app: unrelated } }
  template:
    metadata: { labels: { app: unrelated } }
    spec:
      containers:
        - name: unrelated
          image: registry.example.com/shop/unrelated:1
)");
        ImportOptions prodOptions;
        prodOptions.side = Side::Prod;
        Result<ImportReport> prod = EnvironmentImporter(prodOptions).importPaths({ prodFile });
        QVERIFY(prod.ok());
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());

        // Mounting / hands over the runtime socket as /var/run does (Docker: the daemon socket).
        for (const QString& name : { hostRoot, varRun }) {
            const Gap* socket = findGap(comparison, QStringLiteral("CR-NS-007"), name);
            QVERIFY2(socket != nullptr, qPrintable(name));
            QCOMPARE(socket->classification, Classification::DevOnly);
            QCOMPARE(socket->severity, Severity::Critical);
        }
        QVERIFY(comparison.failingAtOrAbove(Severity::Critical) >= 2);
        // The host network is reachable from outside, as a hostNetwork pod is.
        const Gap* reachable = findGap(comparison, QStringLiteral("CR-NET-001"), hostNet);
        QVERIFY(reachable != nullptr);
        QCOMPARE(reachable->classification, Classification::DevOnly);
        // A port on loopback is neither reachable from outside nor a host port.
        QVERIFY(findGap(comparison, QStringLiteral("CR-NET-001"), loopback) == nullptr);
        QVERIFY(findGap(comparison, QStringLiteral("CR-NET-002"), loopback) == nullptr);
        // Podman 4.3 shows --ipc host as IpcMode "shareable" and unmask=ALL nowhere but in the
        // command that created the container: read from there, never passed silently.
        const Gap* ipc = findGap(comparison, QStringLiteral("CR-NS-002"), hostIpc);
        QVERIFY(ipc != nullptr);
        QCOMPARE(ipc->classification, Classification::DevOnly);
        const Gap* proc = findGap(comparison, QStringLiteral("CR-RT-017"), unmasked);
        QVERIFY(proc != nullptr);
        QCOMPARE(proc->classification, Classification::DevOnly);
        // The privileged container of initTestCase has every capability and every device.
        for (const char* check : { "CR-RT-001", "CR-RT-003", "CR-NS-008" })
            QVERIFY2(findGap(comparison, QLatin1String(check), m_name) != nullptr, check);
    }

    /// A Podman pod of two containers is one workload, and the Pod `podman kube generate` makes
    /// of it pairs with it container by container.
    void podPairsWithItsGeneratedPod()
    {
        m_pod = QStringLiteral("crossroads-pod-") + m_suffix;
        QByteArray output;
        if (podman({ QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("--name"), m_pod, QStringLiteral("-p"), QStringLiteral("0.0.0.0:18083:80") }, &output) != 0)
            QSKIP(qPrintable(QStringLiteral("podman cannot create pods here: ") + QString::fromUtf8(output.left(300))));
        const QString web = m_pod + QStringLiteral("-web");
        const QString side = m_pod + QStringLiteral("-side");
        if (!create(web, { QStringLiteral("--pod"), m_pod }) || !create(side, { QStringLiteral("--pod"), m_pod, QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN") }))
            QSKIP("podman cannot create containers in a pod here");
        QByteArray kube;
        if (podman({ QStringLiteral("kube"), QStringLiteral("generate"), m_pod }, &kube, true) != 0
            && podman({ QStringLiteral("generate"), QStringLiteral("kube"), m_pod }, &kube, true) != 0)
            QSKIP("podman cannot generate Kubernetes YAML here");
        QTemporaryDir folder;
        const QString prodFile = test::writeTestFile(folder, QStringLiteral("pod.yaml"), kube);
        Result<ImportReport> dev = EngineCollector(EngineCollector::Engine::Podman).collect(ImportOptions {});
        QVERIFY(dev.ok());
        ImportOptions prodOptions;
        prodOptions.side = Side::Prod;
        Result<ImportReport> prod = EnvironmentImporter(prodOptions).importPaths({ prodFile });
        QVERIFY2(prod.ok(), qPrintable(prod ? QString() : prod.error().toString()));
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());
        const auto pair = std::find_if(comparison.matching.pairs.begin(), comparison.matching.pairs.end(),
            [&](const WorkloadPair& p) { return comparison.dev.workloads[p.dev].name == m_pod; });
        QVERIFY(pair != comparison.matching.pairs.end());
        QCOMPARE(comparison.prod.workloads[pair->prod].name, m_pod);
        QCOMPARE(pair->containers.size(), std::size_t(2));
        for (const ContainerPair& containers : pair->containers)
            QCOMPARE(containers.matchedBy, QStringLiteral("name"));
        QVERIFY(comparison.matching.unpairedProdContainers.empty());
        const Gap* capability = findGap(comparison, QStringLiteral("CR-RT-003"), m_pod);
        QVERIFY(capability != nullptr);
        QCOMPARE(capability->classification, Classification::Shared); // SYS_ADMIN on both sides
        QCOMPARE(capability->container, side);
    }
};

QTEST_GUILESS_MAIN(TestPodmanCollect)
#include "tst_podmancollect.moc"
