// SPDX-License-Identifier: Apache-2.0
// Importer behaviours that need more than one input file: Podman/Docker networks from
// `network inspect`, compose env_file, and the ConfigMaps Kubernetes workloads use.
#include "testpaths.h"
#include "testsupport.h"

#include "common/sha256.h"
#include "compare/comparator.h"
#include "document/documentreader.h"
#include "history/snapshotblob.h"
#include "rules/rulecatalogue.h"
#include "secrets/workspacekey.h"
#include "snapshot/snapshotfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

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

    void composeEnvFileIsClassifiedNeverStored()
    {
        QTemporaryDir folder;
        QDir(folder.path()).mkpath(QStringLiteral("config"));
        const QByteArray canary = "envfile-canary-Qz81x";
        const QString envFile = write(folder, QStringLiteral("config/app.env"),
            "# database\n"
            "export DB_PASSWORD=\"" + canary + "\"\n"
            "LOG_LEVEL=info # not a secret\n"
            "API_TOKEN=overridden-by-environment\n"
            "PASSTHROUGH\n");
        write(folder, QStringLiteral("config/later.env"), "LOG_LEVEL=debug\nSMTP_PASSWORD=" + canary + "-2\n");
        const QString compose = write(folder, QStringLiteral("compose.yaml"),
            "services:\n"
            "  app:\n"
            "    image: registry.example.com/app:1.0\n"
            "    env_file:\n"
            "      - config/app.env\n"
            "      - path: config/later.env\n"
            "      - path: config/optional.env\n"
            "        required: false\n"
            "    environment:\n"
            "      API_TOKEN: \"${TOKEN}\"\n");
        const QString keyPath = folder.filePath(QStringLiteral("workspace.key"));
        QVERIFY(WorkspaceKey::createFile(keyPath).ok());
        const WorkspaceKey key = std::move(WorkspaceKey::loadFile(keyPath)).value();
        Result<ImportReport> report = importFiles({ compose }, Side::Dev, false, &key);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;
        const Container* app = findContainer(snapshot, QStringLiteral("app"), QStringLiteral("app"));
        QVERIFY(app != nullptr);
        QCOMPARE(factText((*app)[FactKey::EnvLiterals]), QStringLiteral("DB_PASSWORD, SMTP_PASSWORD"));

        // The credential points into the env file, which is listed as an input with its digest.
        QCOMPARE(app->credentials.size(), std::size_t(2));
        const SourceLocation source = snapshot.locate(snapshot.workloads.front(), app->credentials.front());
        QCOMPARE(source.file, QDir::cleanPath(envFile));
        QCOMPARE(source.line, 2u);
        QCOMPARE(snapshot.inputs.size(), std::size_t(3));
        // A file of credentials gets a keyed digest, never its plain SHA-256 (a dictionary
        // lookup away from a short secret).
        QVERIFY(snapshot.inputs[1].keyed);
        QCOMPARE(snapshot.inputs[1].sha256.size(), 64);
        QFile envBytes(envFile);
        QVERIFY(envBytes.open(QIODevice::ReadOnly));
        QVERIFY(snapshot.inputs[1].sha256 != Sha256::hex(envBytes.readAll().toStdString()));
        QVERIFY(snapshot.inputs[1].digestText().startsWith(QStringLiteral("hmac-sha256:")));

        // An optional file that is missing is not mentioned (compose skips it too).
        QVERIFY(snapshot.skipped.empty());

        const QByteArray saved = SnapshotFile::toJson(snapshot);
        QVERIFY(!saved.contains(canary));
        QVERIFY(saved.contains("\"hmac_sha256\""));

        // A required one that is missing makes the compose file unreadable, as compose refuses
        // to start it: its variables cannot be judged, and a gate must not pass on that.
        const QString missing = write(folder, QStringLiteral("missing.yaml"),
            "services:\n  app:\n    image: registry.example.com/app:1.0\n    env_file:\n      - config/app.env\n      - config/absent.env\n");
        Result<ImportReport> refused = importFiles({ missing }, Side::Dev, false, &key);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().location, QStringLiteral("line 6, /services/app/env_file/1"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("config/absent.env")), qPrintable(refused.error().message));
    }

    /// A colleague's compose file may name any env_file: only the project's own are read, and a
    /// FIFO (as an input or an env_file) is refused rather than waited on forever.
    void envFilesOutsideTheProjectAndFifosAreRefused()
    {
        QTemporaryDir outside;
        write(outside, QStringLiteral("credentials"), "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("project")));
        const QString fifo = folder.filePath(QStringLiteral("project/pipe.env"));
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        const QByteArray absolute = outside.filePath(QStringLiteral("credentials")).toUtf8();
        const QByteArray relative = "../../" + QFileInfo(outside.path()).fileName().toUtf8() + "/credentials";
        const QList<std::pair<QByteArray, QString>> refusals {
            { absolute, QStringLiteral("outside the compose file's folder") },
            { relative, QStringLiteral("outside the compose file's folder") },
            { "pipe.env", QStringLiteral("not a regular file") },
        };
        for (const auto& [envFile, reason] : refusals) {
            const QString compose = write(folder, QStringLiteral("project/compose.yaml"),
                "services:\n  app:\n    image: registry.example.com/app:1.0\n    env_file:\n      - " + envFile + "\n");
            Result<ImportReport> report = importFiles({ compose });
            QVERIFY(!report.ok()); // nothing outside the project is read, and the gate does not pass on it
            QCOMPARE(report.error().location, QStringLiteral("line 5, /services/app/env_file/0"));
            QVERIFY2(report.error().message.contains(reason), qPrintable(report.error().message));
            QVERIFY2(report.error().message.contains(QString::fromUtf8(envFile)), qPrintable(report.error().message)); // as the user typed it
            QVERIFY(!report.error().message.contains(QStringLiteral("wJalrXUtnFEMI")));
        }
        // A FIFO named as an input is an error at once.
        Result<ImportReport> direct = importFiles({ fifo });
        QVERIFY(!direct.ok());
        QVERIFY(direct.error().message.contains(QStringLiteral("not a regular file")));
    }

    void configMapCredentialsReachTheContainersThatUseThem()
    {
        // Polaris' failing fixture: a ConfigMap holding db_password (and a db_username that is
        // no credential); kube-score's holds a certificate, which is public.
        const QString polaris = corpusDir() + QStringLiteral("/FairwindsOps__polaris/test__checks__sensitiveConfigmapContent__failure.key_password.yaml");
        const QString certificate = corpusDir() + QStringLiteral("/zegl__kube-score/score__testdata__configmap-multi-dash.yaml");
        if (!QFile::exists(polaris))
            QSKIP("../shared/corpus is not present next to this checkout (set CROSSROADS_CORPUS_DIR)");
        QTemporaryDir folder;
        const QString deployment = write(folder, QStringLiteral("app.yaml"), R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    metadata:
      labels: {app: app}
    spec:
      volumes:
      - name: config
        configMap:
          name: test-config
      - name: username-only
        configMap:
          name: test-config
          items:
          - {key: db_username, path: user}
      - name: bundle
        projected:
          sources:
          - configMap: {name: test-config}
      - name: certificate
        configMap: {name: awesome}
      initContainers:
      - name: env-from
        image: app:1
        envFrom:
        - configMapRef: {name: test-config}
      containers:
      - name: key-ref-user
        image: app:1
        env:
        - name: USER
          valueFrom:
            configMapKeyRef: {name: test-config, key: db_username}
      - name: key-ref-password
        image: app:1
        env:
        - name: PASSWORD
          valueFrom:
            configMapKeyRef: {name: test-config, key: db_password}
      - name: volume
        image: app:1
        volumeMounts:
        - {name: config, mountPath: /etc/app}
      - name: volume-items
        image: app:1
        volumeMounts:
        - {name: username-only, mountPath: /etc/user}
      - name: projected
        image: app:1
        volumeMounts:
        - {name: bundle, mountPath: /etc/bundle}
      - name: certificate
        image: app:1
        volumeMounts:
        - {name: certificate, mountPath: /etc/tls}
      - name: unmounted
        image: app:1
      - name: missing
        image: app:1
        envFrom:
        - configMapRef: {name: not-in-the-input}
)");
        Result<ImportReport> report = importFiles({ polaris, certificate, deployment }, Side::Prod);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Snapshot& snapshot = report->snapshot;
        QCOMPARE(snapshot.workloads.size(), std::size_t(1));
        const Workload& app = snapshot.workloads.front();
        auto fact = [&](const char* container) -> const Fact& {
            const Container* found = findContainer(snapshot, QStringLiteral("default/app"), QLatin1String(container));
            if (found == nullptr)
                qFatal("no container %s", container);
            return (*found)[FactKey::ConfigMapCredentials];
        };
        for (const char* container : { "env-from", "key-ref-password", "volume", "projected" }) {
            QCOMPARE(factText(fact(container)), QStringLiteral("test-config/db_password"));
            QCOMPARE(fact(container).provenance, Provenance::Stated);
            // The fact cites the key in the ConfigMap, not the workload.
            const SourceLocation source = snapshot.locate(app, fact(container));
            QCOMPARE(source.file, polaris);
            QCOMPARE(source.line, 8u);
            QCOMPARE(source.pointer, QStringLiteral("/data/db_password"));
        }
        // Only the referenced key counts; a ConfigMap in the input without credentials says so.
        for (const char* container : { "key-ref-user", "volume-items", "certificate" }) {
            QCOMPARE(factText(fact(container)), QStringLiteral("none"));
            QCOMPARE(fact(container).provenance, Provenance::Stated);
        }
        QCOMPARE(snapshot.locate(app, fact("certificate")).file, certificate);
        // A container that uses no ConfigMap states it itself.
        QCOMPARE(factText(fact("unmounted")), QStringLiteral("none"));
        QCOMPARE(snapshot.locate(app, fact("unmounted")).file, deployment);
        // A ConfigMap the input does not hold may hold anything.
        QCOMPARE(factText(fact("missing")), QStringLiteral("unknown"));

        // CR-SEC-006 reads the fact.
        const Check* check = RuleCatalogue::builtIn().find(QStringLiteral("CR-SEC-006"));
        QVERIFY(check != nullptr);
        auto judge = [&](const char* container) {
            return CheckEvaluator::judge(*check, CheckSubject { snapshot, &app, findContainer(snapshot, QStringLiteral("default/app"), QLatin1String(container)) });
        };
        QCOMPARE(judge("env-from"), CheckStatus::Fail);
        QCOMPARE(judge("key-ref-user"), CheckStatus::Pass);
        QCOMPARE(judge("unmounted"), CheckStatus::Pass);
        QCOMPARE(judge("missing"), CheckStatus::Unknown);

        // A ConfigMap is read, not skipped as a kind without posture; values never kept.
        for (const SkippedItem& item : snapshot.skipped)
            QVERIFY2(!item.reason.contains(QStringLiteral("ConfigMap")), qPrintable(item.reason));
        QCOMPARE(snapshot.configMaps.size(), std::size_t(1));
        QCOMPARE(snapshot.configMaps.front().credentials.size(), std::size_t(1));
        QCOMPARE(snapshot.configMaps.front().credentials.front().name, QStringLiteral("db_password"));
        QVERIFY(!SnapshotFile::toJson(snapshot).contains("abc123"));
    }

    void configMapCredentialIsFingerprintedNeverStored()
    {
        QTemporaryDir folder;
        QVERIFY(WorkspaceKey::createFile(folder.filePath(QStringLiteral("workspace.key"))).ok());
        Result<WorkspaceKey> key = WorkspaceKey::loadFile(folder.filePath(QStringLiteral("workspace.key")));
        QVERIFY(key.ok());
        const QByteArray canary = "cm-canary-Wq93kT-do-not-leak";
        // The developer's container carries the value in its environment ...
        const QString dev = write(folder, QStringLiteral("dev.json"), dockerContainer("api", "bridge").replace("\"Env\": []", QByteArray("\"Env\": [\"DB_PASSWORD=" + canary + "\"]")));
        // ... and production keeps the same value in a ConfigMap, one no workload uses, and
        // binary data nobody can read as text.
        const QString prod = write(folder, QStringLiteral("prod.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\n  namespace: shop\ndata:\n  LOG_LEVEL: info\n  DATABASE_PASSWORD: \"" + canary
                + "\"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leftover\n  namespace: shop\ndata:\n  admin_token: \"" + canary
                + "-2\"\nbinaryData:\n  keystore.p12: AAECAw==\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n"
                  "  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n      - name: api\n        image: api:1\n        envFrom:\n"
                  "        - configMapRef: {name: api-config}\n");
        Result<ImportReport> devReport = importFiles({ dev }, Side::Dev, false, &*key);
        Result<ImportReport> prodReport = importFiles({ prod }, Side::Prod, false, &*key);
        QVERIFY(devReport.ok() && prodReport.ok());
        const Snapshot& snapshot = prodReport->snapshot;
        QCOMPARE(factText(findContainer(snapshot, QStringLiteral("shop/api"), QStringLiteral("api"))->operator[](FactKey::ConfigMapCredentials)),
            QStringLiteral("api-config/DATABASE_PASSWORD"));
        // The unused ConfigMap and the binary data are told about, by key name only.
        QStringList reasons;
        for (const SkippedItem& item : snapshot.skipped)
            reasons << item.reason;
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QStringLiteral("shop/leftover")), qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY(reasons.join(QLatin1Char('\n')).contains(QStringLiteral("keystore.p12")));

        // Saved without values, read back with the fingerprints.
        const QByteArray saved = SnapshotFile::toJson(snapshot);
        QVERIFY(!saved.contains(canary));
        QVERIFY(saved.contains("\"config_maps\""));
        const QString savedPath = write(folder, QStringLiteral("prod.crossroads.json"), saved);
        Result<ImportReport> reread = importFiles({ savedPath }, Side::Prod, false, &*key);
        QVERIFY(reread.ok());
        QCOMPARE(reread->snapshot.configMaps.size(), std::size_t(2));
        QCOMPARE(reread->snapshot.configMaps.front().credentials.front().fingerprint, snapshot.configMaps.front().credentials.front().fingerprint);
        QVERIFY(reread->snapshot.skipped.empty()); // told when read, not again when a snapshot is read back

        // The dev value is found again in production's ConfigMaps, both of them, read or saved.
        for (Snapshot* prodSide : { &prodReport->snapshot, &reread->snapshot }) {
            Snapshot devCopy = devReport->snapshot;
            const Comparison comparison = Comparator::compare(std::move(devCopy), *prodSide, RuleCatalogue::builtIn());
            QStringList reused;
            for (const Gap& gap : comparison.gaps) {
                if (gap.checkId == QLatin1String("CR-SEC-005"))
                    reused << gap.prodWorkload;
                QVERIFY(!gap.devValue.toUtf8().contains(canary) && !gap.prodValue.toUtf8().contains(canary));
            }
            QCOMPARE(reused, QStringList { QStringLiteral("ConfigMap shop/api-config") });
        }
    }

    void savedSnapshotsReadBackWorkloadByWorkload()
    {
        const Snapshot original = demoSnapshot(Side::Prod);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("prod.crossroads.json"));
        QVERIFY(SnapshotFile::save(original, path).ok());

        // The workloads are streamed one by one, like a List's items, and the rest comes last.
        QStringList streamed;
        int wrappers = 0;
        std::size_t largestWorkload = 0, allWorkloads = 0;
        const Status read = DocumentReader().readFile(path, [&](const Unit& unit) -> Status {
            if (unit.role == UnitRole::ListItem && unit.listSchema == "crossroads.snapshot/v2") {
                streamed << unit.document.basePointer;
                largestWorkload = std::max(largestWorkload, unit.document.byteSize());
                allWorkloads += unit.document.byteSize();
            }
            wrappers += unit.role == UnitRole::ListWrapper ? 1 : 0;
            return Done {};
        });
        QVERIFY(read.ok());
        QCOMPARE(streamed.size(), static_cast<qsizetype>(original.workloads.size()));
        QCOMPARE(streamed.back(), QStringLiteral("/workloads/%1").arg(original.workloads.size() - 1));
        QCOMPARE(wrappers, 1);

        // So a snapshot far larger than one document may be still reads back, whole.
        ImportOptions options;
        options.side = Side::Prod;
        options.limits.maxDocumentBytes = largestWorkload;
        QVERIFY(allWorkloads > 2 * largestWorkload);
        Result<ImportReport> reread = EnvironmentImporter(options).importPaths({ path });
        QVERIFY2(reread.ok(), qPrintable(reread ? QString() : reread.error().toString()));
        const Snapshot& copy = reread->snapshot;
        QCOMPARE(copy.workloads.size(), original.workloads.size());
        QCOMPARE(copy.secretObjects.size(), original.secretObjects.size());
        QCOMPARE(copy.engineFact(FactKey::EngineKind).value.toString(), original.engineFact(FactKey::EngineKind).value.toString());
        for (std::size_t w = 0; w < original.workloads.size(); ++w) {
            QCOMPARE(copy.workloads[w].displayName(), original.workloads[w].displayName());
            QCOMPARE(copy.workloads[w].containers.size(), original.workloads[w].containers.size());
            for (std::size_t c = 0; c < original.workloads[w].containers.size(); ++c) {
                for (int k = 0; k < containerFactCount; ++k) {
                    const auto key = static_cast<FactKey>(k);
                    QCOMPARE(copy.workloads[w].containers[c][key].value.toString(), original.workloads[w].containers[c][key].value.toString());
                    QCOMPARE(copy.workloads[w].containers[c][key].provenance, original.workloads[w].containers[c][key].provenance);
                }
            }
        }
        // A read-back fact points at its own place in the snapshot file: the entry at that
        // pointer, on that line, is the image reference (its shape says so).
        const Workload& first = copy.workloads.front();
        const SourceLocation source = copy.locate(first, first.containers.front()[FactKey::ImageReference]);
        QCOMPARE(first.containers.front()[FactKey::ImageReference].provenance, Provenance::Stated);
        QCOMPARE(source.file, path);
        QVERIFY2(source.pointer.startsWith(QStringLiteral("/workloads/0/containers/0/facts/")), qPrintable(source.pointer));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        const QJsonObject savedRoot = QJsonDocument::fromJson(bytes).object();
        const QJsonObject firstSaved = savedRoot.value(QStringLiteral("workloads")).toArray().first().toObject();
        const QJsonArray entry = firstSaved.value(QStringLiteral("containers")).toArray().first().toObject().value(QStringLiteral("facts")).toArray()
                                     .at(source.pointer.section(QLatin1Char('/'), -1).toInt()).toArray();
        const QJsonObject shape = firstSaved.value(QStringLiteral("fact_shapes")).toArray().at(entry.at(0).toInt()).toObject();
        QCOMPARE(shape.value(QStringLiteral("fact")).toString(), QStringLiteral("image.reference"));
        QCOMPARE(entry.at(1).toString(), original.workloads.front().containers.front()[FactKey::ImageReference].value.toString());
        const QByteArray citedLine = bytes.split('\n').value(static_cast<qsizetype>(source.line) - 1);
        QVERIFY2(citedLine.startsWith(QByteArray("[").append(QByteArray::number(entry.at(0).toInt())).append(',')), citedLine.constData());
        // The saved entry keeps where the input stated it: its source names the input file and
        // the JSON pointer of the container, as the import cited it.
        const SourceLocation stated = original.locate(original.workloads.front(), original.workloads.front().containers.front()[FactKey::ImageReference]);
        const QJsonArray savedSource = firstSaved.value(QStringLiteral("sources")).toArray().at(entry.at(2).toInt()).toArray();
        QCOMPARE(savedRoot.value(QStringLiteral("inputs")).toArray().at(savedSource.at(0).toInt()).toObject().value(QStringLiteral("path")).toString(), stated.file);
        QCOMPARE(savedSource.at(1).toString() + shape.value(QStringLiteral("path")).toString(), stated.pointer);
        QCOMPARE(static_cast<quint32>(entry.at(3).toInt()), stated.line);
        // A platform default still names the field the input leaves out, and cites the
        // container's facts rather than a field that is not there.
        const Container& firstContainer = original.workloads.front().containers.front();
        int defaults = 0;
        for (int k = 0; k < containerFactCount; ++k) {
            const auto key = static_cast<FactKey>(k);
            if (firstContainer[key].provenance != Provenance::Default)
                continue;
            ++defaults;
            const SourceLocation defaulted = copy.locate(first, first.containers.front()[key]);
            QCOMPARE(defaulted.unset, original.locate(original.workloads.front(), firstContainer[key]).unset);
            QCOMPARE(defaulted.pointer, QStringLiteral("/workloads/0/containers/0/facts"));
        }
        QVERIFY(defaults > 0);
        // The demo's web container leaves readOnlyRootFilesystem out.
        QCOMPARE(copy.locate(first, first.containers.front()[FactKey::ReadOnlyRootfs]).unset, QStringLiteral("securityContext.readOnlyRootFilesystem"));
    }

    /// Each v2 snapshot numbers its fact shapes from 0: two of them in one JSON array (or a
    /// List) read as each reads alone.
    void snapshotsInOneArrayKeepTheirOwnShapes()
    {
        QTemporaryDir folder;
        const Snapshot prod = demoSnapshot(Side::Prod);
        Snapshot other = demoSnapshot(Side::Prod);
        // A second snapshot whose first workload uses shapes in another order than the first's.
        std::reverse(other.workloads.begin(), other.workloads.end());
        const QByteArray joined = "[" + SnapshotFile::toJson(prod) + ",\n" + SnapshotFile::toJson(other) + "]";
        const QString path = folder.filePath(QStringLiteral("two.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(joined) == joined.size());
        file.close();
        ImportOptions options;
        options.side = Side::Prod;
        const Result<ImportReport> read = EnvironmentImporter(options).importPaths({ path });
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
        const std::vector<Workload>& both = read->snapshot.workloads;
        QCOMPARE(both.size(), prod.workloads.size() + other.workloads.size());
        for (std::size_t w = 0; w < both.size(); ++w) {
            const Workload& expected = w < prod.workloads.size() ? prod.workloads[w] : other.workloads[w - prod.workloads.size()];
            QCOMPARE(both[w].displayName(), expected.displayName());
            for (std::size_t c = 0; c < expected.containers.size(); ++c) {
                for (int k = 0; k < containerFactCount; ++k) {
                    const auto key = static_cast<FactKey>(k);
                    QCOMPARE(both[w].containers[c][key].value.toString(), expected.containers[c][key].value.toString());
                    QCOMPARE(both[w].containers[c][key].provenance, expected.containers[c][key].provenance);
                }
            }
        }
    }

    /// Snapshots saved before v2 still read: every fact of the v1 file (read here with Qt's own
    /// JSON parser) comes back with its value and provenance, a platform default with the field
    /// it names, and each fact cites its own entry of the file, as v1 readers did.
    void version1SnapshotsStillRead()
    {
        const QString path = QStringLiteral(CROSSROADS_SOURCE_DIR "/tests/data/snapshot-v1/demo-prod.crossroads.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject saved = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(saved.value(QStringLiteral("schema")).toString(), QLatin1String(SnapshotFile::schemaV1));
        // Posture history holds v1 blobs committed before: they still read as revisions.
        const Result<Snapshot> blob = SnapshotBlob::import(bytes, QStringLiteral("v1.4:prod/posture.crossroads.json"));
        QVERIFY2(blob.ok(), qPrintable(blob ? QString() : blob.error().toString()));
        QCOMPARE(blob->workloads.size(), static_cast<std::size_t>(saved.value(QStringLiteral("workloads")).toArray().size()));
        ImportOptions options;
        options.side = Side::Prod;
        const Result<ImportReport> read = EnvironmentImporter(options).importPaths({ path });
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
        const Snapshot& snapshot = read->snapshot;
        const QJsonArray workloads = saved.value(QStringLiteral("workloads")).toArray();
        QCOMPARE(snapshot.workloads.size(), static_cast<std::size_t>(workloads.size()));
        QCOMPARE(snapshot.secretObjects.size(), static_cast<std::size_t>(saved.value(QStringLiteral("secret_objects")).toArray().size()));
        int facts = 0, defaults = 0;
        for (qsizetype w = 0; w < workloads.size(); ++w) {
            const QJsonObject workload = workloads.at(w).toObject();
            const Workload& copy = snapshot.workloads[static_cast<std::size_t>(w)];
            QCOMPARE(copy.name, workload.value(QStringLiteral("name")).toString());
            const QJsonArray containers = workload.value(QStringLiteral("containers")).toArray();
            QCOMPARE(copy.containers.size(), static_cast<std::size_t>(containers.size()));
            for (qsizetype c = 0; c < containers.size(); ++c) {
                const QJsonObject savedFacts = containers.at(c).toObject().value(QStringLiteral("facts")).toObject();
                for (auto it = savedFacts.begin(); it != savedFacts.end(); ++it) {
                    const std::optional<FactKey> key = factKeyFromName(it.key().toStdString());
                    QVERIFY2(key, qPrintable(it.key()));
                    const Fact& fact = copy.containers[static_cast<std::size_t>(c)][*key];
                    const QJsonObject entry = it.value().toObject();
                    const QJsonValue value = entry.value(QStringLiteral("value"));
                    if (value.isBool())
                        QCOMPARE(fact.value.toBool(), value.toBool());
                    else if (value.isArray())
                        QCOMPARE(fact.value.toStringList(), value.toVariant().toStringList());
                    else
                        QCOMPARE(fact.value.toString(), value.toString());
                    const SourceLocation location = snapshot.locate(copy, fact);
                    QCOMPARE(location.file, path);
                    if (entry.contains(QStringLiteral("unset"))) {
                        QCOMPARE(fact.provenance, Provenance::Default);
                        QCOMPARE(location.unset, entry.value(QStringLiteral("unset")).toString());
                        ++defaults;
                    } else {
                        QCOMPARE(QLatin1String(provenanceName(fact.provenance)), entry.value(QStringLiteral("provenance")).toString());
                        // A stated fact cites its own entry; a derived one may cite the entry
                        // it follows from (ingress isolation from the host network).
                        const QString facts = QStringLiteral("/workloads/%1/containers/%2/facts/").arg(w).arg(c);
                        if (fact.provenance == Provenance::Stated)
                            QCOMPARE(location.pointer, facts + it.key());
                        else
                            QVERIFY2(location.pointer.startsWith(facts), qPrintable(location.pointer));
                    }
                    ++facts;
                }
            }
        }
        QVERIFY(facts > 100 && defaults > 10);
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
