// SPDX-License-Identifier: Apache-2.0
// Real Podman: a container created here is read back through `crossroads-cli collect podman`.
#include "testpaths.h"
#include "testsupport.h"

#include "collect/enginecollector.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace crossroads;

namespace {
int podman(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("podman"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output != nullptr)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

class TestPodmanCollect : public QObject {
    Q_OBJECT

    QString m_name = QStringLiteral("crossroads-test-%1").arg(QCoreApplication::applicationPid());
    QString m_image = QStringLiteral("localhost/crossroads-test-rootfs:1");
    QString m_network = QStringLiteral("crossroads-test-internal-%1").arg(QCoreApplication::applicationPid());

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
};

QTEST_GUILESS_MAIN(TestPodmanCollect)
#include "tst_podmancollect.moc"
