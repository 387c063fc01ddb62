// SPDX-License-Identifier: Apache-2.0
// Importer behaviours that need more than one input file: Podman/Docker networks from
// `network inspect`, and compose env_file.
#include "testpaths.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

namespace {

QString write(const QTemporaryDir& folder, const QString& name, const QByteArray& content)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray dockerContainer(const QByteArray& name, const QByteArray& network, const QByteArray& portBindings = "{}")
{
    return "[{\"Id\": \"" + name + "0123456789\", \"Name\": \"/" + name + "\",\n"
           " \"Config\": {\"Image\": \"docker.io/library/nginx:1.27\", \"Env\": []},\n"
           " \"HostConfig\": {\"NetworkMode\": \"" + network + "\", \"PortBindings\": " + portBindings + "},\n"
           " \"NetworkSettings\": {\"Networks\": {\"" + network + "\": {}}}}]\n";
}

} // namespace

class TestImporters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void internalNetworksIsolateTheirContainers()
    {
        QTemporaryDir folder;
        const QString db = write(folder, QStringLiteral("db.json"), dockerContainer("db", "backend"));
        const QString web = write(folder, QStringLiteral("web.json"),
            dockerContainer("web", "frontend", "{\"80/tcp\": [{\"HostIp\": \"\", \"HostPort\": \"8080\"}]}"));
        const QString other = write(folder, QStringLiteral("other.json"), dockerContainer("other", "elsewhere"));
        const QString networks = write(folder, QStringLiteral("networks.json"),
            "[{\"Name\": \"backend\", \"Driver\": \"bridge\", \"IPAM\": {}, \"Internal\": true},\n"
            " {\"name\": \"frontend\", \"driver\": \"bridge\", \"internal\": false}]\n");
        Result<ImportReport> report = importFiles({ db, web, other, networks });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;

        const Container* isolated = findContainer(snapshot, QStringLiteral("db"), QStringLiteral("db"));
        QVERIFY(isolated != nullptr);
        QCOMPARE(factText((*isolated)[FactKey::EgressIsolated]), QStringLiteral("true"));
        QCOMPARE(factText((*isolated)[FactKey::IngressIsolated]), QStringLiteral("true"));
        const SourceLocation source = snapshot.locate(snapshot.workloads.front(), (*isolated)[FactKey::EgressIsolated]);
        QCOMPARE(source.file, networks);
        QCOMPARE(source.line, 1u);

        const Container* open = findContainer(snapshot, QStringLiteral("web"), QStringLiteral("web"));
        QVERIFY(open != nullptr);
        QCOMPARE(factText((*open)[FactKey::EgressIsolated]), QStringLiteral("false"));
        QCOMPARE((*open)[FactKey::EgressIsolated].provenance, Provenance::Stated);

        // A network nobody inspected says nothing.
        const Container* unknown = findContainer(snapshot, QStringLiteral("other"), QStringLiteral("other"));
        QVERIFY(unknown != nullptr);
        QCOMPARE(factText((*unknown)[FactKey::EgressIsolated]), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
