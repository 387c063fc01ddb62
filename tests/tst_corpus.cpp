// SPDX-License-Identifier: Apache-2.0
// Every real input in ../shared/corpus either imports or is refused with a precise message;
// for a selection, the extracted facts are checked one by one.
#include "compare/comparator.h"
#include "rules/rulecatalogue.h"
#include "testpaths.h"
#include "testsupport.h"
#include "fuzz/unitdump.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

class TestCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(corpusDir() + QStringLiteral("/MANIFEST.tsv")))
            QSKIP("../shared/corpus is not present next to this checkout (set CROSSROADS_CORPUS_DIR)");
    }

    void everyFileImportsOrIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("path");
        QFile manifest(corpusDir() + QStringLiteral("/MANIFEST.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        manifest.readLine(); // header
        while (!manifest.atEnd()) {
            const QString file = QString::fromUtf8(manifest.readLine()).section(QLatin1Char('\t'), 0, 0).trimmed();
            if (!file.isEmpty())
                QTest::newRow(qPrintable(file)) << corpusDir() + QLatin1Char('/') + file;
        }
    }

    void everyFileImportsOrIsRefusedClearly()
    {
        QFETCH(QString, path);
        Result<ImportReport> report = importFiles({ path });
        if (!report) {
            // Only malformed inputs may fail, and then with the file and the line.
            const Error& error = report.error();
            QCOMPARE(error.file, path);
            QVERIFY2(error.location.startsWith(QStringLiteral("line ")), qPrintable(error.toString()));
            QVERIFY(!error.message.isEmpty());
            return;
        }
        const Snapshot& snapshot = report->snapshot;
        QCOMPARE(snapshot.inputs.size(), std::size_t(1));
        QCOMPARE(snapshot.inputs.front().sha256.size(), 64);
        for (const SkippedItem& item : snapshot.skipped)
            QVERIFY2(!item.reason.isEmpty(), "every skipped item says why");
        for (const Workload& workload : snapshot.workloads) {
            QVERIFY(!workload.name.isEmpty());
            for (const Container& container : workload.containers) {
                const Fact& image = container[FactKey::ImageReference];
                if (image.isKnown()) {
                    QVERIFY(snapshot.locate(workload, image).isValid());
                }
                for (int k = 0; k < containerFactCount; ++k)
                    QVERIFY2(hasItsKind(container[static_cast<FactKey>(k)].value, static_cast<FactKey>(k)), factName(static_cast<FactKey>(k)));
            }
        }
        for (int k = containerFactCount; k < static_cast<int>(FactKey::FactKeyCount); ++k)
            QVERIFY2(hasItsKind(snapshot.engineFact(static_cast<FactKey>(k)).value, static_cast<FactKey>(k)), factName(static_cast<FactKey>(k)));
    }

    /// Every importer gives a fact the kind of value the fact vocabulary declares (a snapshot
    /// refuses any other when read back).
    static bool hasItsKind(const FactValue& value, FactKey key)
    {
        switch (value.type()) {
        case FactValue::Type::Null: return true;
        case FactValue::Type::Bool: return factValueKind(key) == FactValueKind::Flag;
        case FactValue::Type::String: return factValueKind(key) == FactValueKind::Text;
        case FactValue::Type::StringList: return factValueKind(key) == FactValueKind::List;
        }
        return false;
    }

    /// JSON files are read in memory with simdjson, pipes streamed with nlohmann: on every real
    /// input both hand out the same documents, node by node with their lines, and the same end.
    void bothJsonReadersReadTheSame_data() { everyFileImportsOrIsRefusedClearly_data(); }

    void bothJsonReadersReadTheSame()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const unitdump::Reading asFile = unitdump::read(bytes, false);
        const unitdump::Reading asPipe = unitdump::read(bytes, true);
        QCOMPARE(unitdump::outcome(asFile.status), unitdump::outcome(asPipe.status));
        QCOMPARE(asFile.units.size(), asPipe.units.size());
        for (std::size_t i = 0; i < asFile.units.size(); ++i)
            QCOMPARE(asFile.units[i], asPipe.units[i]);
    }

    void malformedDocumentationExtractIsRefusedWithItsLine()
    {
        const QString path = corpusDir() + QStringLiteral("/containers__podman/docs__source__markdown__podman-container-inspect.1.md.in.EXTRACTED.json");
        Result<ImportReport> report = importFiles({ path });
        QVERIFY(!report.ok());
        QCOMPARE(report.error().location.section(QLatin1Char(' '), 0, 1), QStringLiteral("line 57"));
    }

    /// Docker's container list (MANIFEST: "docker ps API … NOT inspect") names containers but
    /// holds none of the settings an inspect has: refused as such, not judged as if every
    /// setting were missing.
    void containerListIsRefusedAsNoInspect()
    {
        const QString path = corpusDir() + QStringLiteral("/prometheus__prometheus/discovery__moby__testdata__dockerprom__containers__json.json");
        if (!QFile::exists(path))
            QSKIP("this corpus file is not present");
        Result<ImportReport> report = importFiles({ path });
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QLatin1String("docker ps")) && report.error().message.contains(QLatin1String("docker inspect")),
            qPrintable(report.error().toString()));
    }

    void preciseFacts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* file, const char* workload, const char* container, const char* fact, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(workload) << QString::fromUtf8(container) << QString::fromUtf8(fact)
                                << QString::fromUtf8(expected);
        };
        row("watchtower socket", "containrrr__watchtower/pkg__container__mocks__data__container_running.json", "portainer", "portainer",
            "namespaces.runtime_socket", "/var/run/docker.sock");
        row("watchtower ports", "containrrr__watchtower/pkg__container__mocks__data__container_running.json", "portainer", "portainer",
            "network.published_ports", "0.0.0.0:9000->9000/tcp");
        // Config.User "" leaves the image's USER in force (docker-run(1)): not a value the input states.
        row("inspec default user", "inspec__inspec/test__fixtures__cmd__docker-inspect", "trusting_williams", "trusting_williams", "runtime.user", "not set");
        row("inspec mutable tag", "inspec__inspec/test__fixtures__cmd__docker-inspect", "trusting_williams", "trusting_williams", "image.mutable_tag", "true");
        // Docker before 1.8 listed binds only in Volumes (container path → host path) and VolumesRW.
        row("docker-java legacy volumes", "docker-java__docker-java/docker-java__src__test__resources__com__github__dockerjava__api__command__inspectContainerResponse_full.json",
            "desperate_babbage", "desperate_babbage", "namespaces.host_mounts", "/path1:/foo/bar/myvol:rw, /path2:/bar/foo/myvol2:ro");
        row("podfather digest", "jo-m__podfather/testdata__container_inspect.json", "podfather/jellyfin", "jellyfin", "image.digest",
            "sha256:1d13701a5f9f3fb01aaa88cef2344d65b6b5bf6b7d9fa4cf0dca557a8d7702ba");
        row("podman hardened drops all", "generated__podman-4.3.1-debian12/podman-inspect-sample.json", "probe-hard", "probe-hard",
            "runtime.capabilities.drop_all", "true");
        row("podman registry", "generated__podman-4.3.1-debian12/podman-inspect-sample.json", "probe-hard", "probe-hard", "image.registry", "localhost");
        row("podman env secret", "generated__podman-4.3.1-debian12/podman-inspect-sample.json", "probe-priv", "probe-priv", "secrets.env_literals",
            "SECRET_TOKEN");
        row("kics privileged", "Checkmarx__kics/assets__queries__dockerCompose__privileged_containers_enabled__test__positive1.yaml", "webapp",
            "webapp", "runtime.privileged", "true");
        row("compose socket", "docker__awesome-compose/portainer__compose.yaml", "portainer", "portainer", "namespaces.runtime_socket",
            "/var/run/docker.sock");
        row("kubeaudit hostPID", "Shopify__kubeaudit/auditors__hostns__fixtures__host-pid-true.yml", "host-pid-true/pod", "container",
            "namespaces.host_pid", "true");
        row("kubeaudit caps", "Shopify__kubeaudit/auditors__capabilities__fixtures__capabilities-added.yml", "capabilities-added/deployment",
            "container", "runtime.capabilities.added", "NET_ADMIN, CHOWN");
        row("kubesec socket", "controlplaneio__kubesec/test__asset__score-0-daemonset-mount-docker-socket.yml", "default/example-daemonset",
            "example-daemonset", "namespaces.runtime_socket", "/var/run/docker.sock");
        row("polaris env literal", "FairwindsOps__polaris/test__checks__sensitiveContainerEnvVar__failure.key_aws_secret_access_key.yaml",
            "default/test-pod", "nginx", "secrets.env_literals", "password, AWS_SECRET_ACCESS_KEY");
        row("polaris secretKeyRef is no literal", "FairwindsOps__polaris/test__checks__sensitiveContainerEnvVar__success.sensitive_key_uses_valueFrom.yaml",
            "default/test-pod", "nginx", "secrets.env_literals", "none");
        row("kube-score PSP annotation is not seccomp", "zegl__kube-score/score__testdata__pod-seccomp-annotated.yaml", "default/pod-test-1", "foobar",
            "runtime.seccomp", "Unconfined");
        row("kube-score network policy", "zegl__kube-score/score__testdata__networkpolicy-matching.yaml", "testspace/pod-test-1", "foobar",
            "network.ingress_isolated", "true");
        row("guestbook NodePort", "kubernetes__examples/web__guestbook__all-in-one__guestbook-all-in-one.yaml", "default/frontend", "php-redis",
            "network.published_ports", "NodePort 80 (node port *)->80/TCP via service frontend");
        row("polaris procMount", "FairwindsOps__polaris/test__checks__procMount__failure.yaml", "default/nginx", "nginx", "runtime.proc_mount", "Other");
        row("typed kubectl list items without kind", "replicatedhq__troubleshoot/pkg__analyze__files__deployments__default.json", "default/kotsadm-api",
            "kotsadm-api", "runtime.privileged", "false");
    }

    void preciseFacts()
    {
        QFETCH(QString, file);
        QFETCH(QString, workload);
        QFETCH(QString, container);
        QFETCH(QString, fact);
        QFETCH(QString, expected);
        Result<ImportReport> report = importFiles({ corpusDir() + QLatin1Char('/') + file });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const Container* found = findContainer(report->snapshot, workload, container);
        QVERIFY2(found != nullptr, qPrintable(workload + QLatin1Char('/') + container));
        const auto key = factKeyFromName(fact.toStdString());
        QVERIFY(key.has_value());
        QCOMPARE(factText((*found)[*key]), expected);
    }

    void engineFacts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("expected");
        QTest::newRow("podman rootless") << QStringLiteral("containers__podman/docs__source__markdown__podman-info.1.md.EXTRACTED.json")
                                         << QStringLiteral("runtime.engine.rootless") << QStringLiteral("true");
        QTest::newRow("podman crun") << QStringLiteral("containers__podman/docs__source__markdown__podman-info.1.md.EXTRACTED.json")
                                     << QStringLiteral("runtime.engine.oci_runtime") << QStringLiteral("crun");
        QTest::newRow("podman cgroup") << QStringLiteral("containers__podman/docs__source__markdown__podman-info.1.md.EXTRACTED.json")
                                       << QStringLiteral("runtime.engine.cgroup_version") << QStringLiteral("2");
        QTest::newRow("docker bad security options") << QStringLiteral("docker__cli/cli__command__system__testdata__docker-info-badsec.json.golden")
                                                     << QStringLiteral("runtime.engine.seccomp") << QStringLiteral("false");
        QTest::newRow("docker daemon") << QStringLiteral("inspec__inspec/test__fixtures__cmd__docker-info") << QStringLiteral("runtime.engine.daemonless")
                                       << QStringLiteral("false");
    }

    void engineFacts()
    {
        QFETCH(QString, file);
        QFETCH(QString, fact);
        QFETCH(QString, expected);
        Result<ImportReport> report = importFiles({ corpusDir() + QLatin1Char('/') + file });
        QVERIFY(report.ok());
        QCOMPARE(factText(report->snapshot.engineFact(*factKeyFromName(fact.toStdString()))), expected);
    }

    void badFileInFolderKeepGoingVersusAllOrNothing()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(corpusDir() + QStringLiteral("/Shopify__kubeaudit/auditors__hostns__fixtures__host-pid-true.yml"),
            folder.filePath(QStringLiteral("a-good.yaml"))));
        QFile bad(folder.filePath(QStringLiteral("b-bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"kind\": \"Pod\", \"apiVersion\": \"v1\",\n \"spec\": {\n");
        bad.close();
        QFile notes(folder.filePath(QStringLiteral("README.md")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("# not an input\n");
        notes.close();

        Result<ImportReport> strict = importFiles({ folder.path() });
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().file, bad.fileName());
        QCOMPARE(strict.error().location.section(QLatin1Char(' '), 0, 1), QStringLiteral("line 3"));

        Result<ImportReport> lenient = importFiles({ folder.path() }, Side::Dev, true);
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->problems.size(), std::size_t(1));
        QCOMPARE(lenient->snapshot.workloads.size(), std::size_t(1));
        QCOMPARE(lenient->snapshot.inputs.size(), std::size_t(1)); // the bad file left nothing behind
        QVERIFY(std::any_of(lenient->snapshot.skipped.begin(), lenient->snapshot.skipped.end(),
            [](const SkippedItem& item) { return item.file.endsWith(QLatin1String("README.md")); }));
    }

    /// podman kube generate puts probe-hard and probe-priv into one pod: each container's pair
    /// is judged by its own container. Pod Security's B3 (Privileged Containers) looks at each
    /// container's securityContext.privileged, so only probe-priv's pair fails it in prod.
    void aSharedPodIsJudgedByEachPairsOwnContainers()
    {
        const QString folder = corpusDir() + QStringLiteral("/generated__podman-4.3.1-debian12/");
        Result<ImportReport> dev = importFiles({ folder + QStringLiteral("podman-inspect-sample.json") }, Side::Dev);
        Result<ImportReport> prod = importFiles({ folder + QStringLiteral("podman-generate-kube.yaml") }, Side::Prod);
        QVERIFY(dev.ok() && prod.ok());
        const Comparison comparison = Comparator::compare(std::move(dev->snapshot), std::move(prod->snapshot), RuleCatalogue::builtIn());
        int judged = 0;
        for (const Gap& gap : comparison.gaps) {
            if (gap.checkId != QLatin1String("CR-RT-020"))
                continue;
            if (gap.prodWorkload != QLatin1String("default/probe-priv-pod"))
                continue;
            ++judged;
            const bool privilegedPair = gap.devWorkload == QLatin1String("probe-priv");
            QVERIFY2(gap.prodValue.contains(QLatin1String("B3 Privileged Containers")) == privilegedPair,
                qPrintable(gap.checkId + QLatin1Char(' ') + gap.devWorkload + QStringLiteral(": ") + gap.prodValue));
        }
        QCOMPARE(judged, 2); // both pairs
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
