// SPDX-License-Identifier: Apache-2.0
// crossroads-cli end to end: exit codes, formats, bad input, and no secret in any output.
#include "externaltools.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList& arguments, const QString& home, const QStringList& unset = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The CLI speaks the user's language: the tests read its English, whatever the runner's.
    for (const char* language : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        environment.remove(QLatin1String(language));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& name : unset)
        environment.remove(name);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    environment.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CROSSROADS_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(), process.readAllStandardError() };
}

struct TerminalRun {
    int exitCode = -1; ///< -1: timed out (the program was killed)
    QByteArray screen; ///< everything the terminal showed
};

/// Runs crossroads-cli on a new pseudo-terminal (its controlling terminal, so /dev/tty is it)
/// and answers each "Passphrase" prompt in turn. Reads with a deadline: never hangs the suite.
TerminalRun cliOnTerminal(const QStringList& arguments, const QList<QByteArray>& answers, const QString& home)
{
    std::vector<QByteArray> strings { QByteArrayLiteral(CROSSROADS_CLI_PATH) };
    for (const QString& argument : arguments)
        strings.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& string : strings)
        argv.push_back(string.data());
    argv.push_back(nullptr);
    const QByteArray homePath = home.toLocal8Bit();
    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
    if (child < 0)
        return {};
    if (child == 0) {
        setenv("HOME", homePath.constData(), 1);
        setenv("XDG_CONFIG_HOME", homePath.constData(), 1);
        setenv("LANG", "C.UTF-8", 1); // the prompts are read in English
        unsetenv("LANGUAGE");
        unsetenv("LC_ALL");
        unsetenv("LC_MESSAGES");
        execv(argv[0], argv.data());
        _exit(127);
    }
    TerminalRun run;
    qsizetype answered = 0;
    const QDeadlineTimer deadline(60000);
    for (;;) {
        pollfd readable { master, POLLIN, 0 };
        const int ready = poll(&readable, 1, static_cast<int>(qMax<qint64>(deadline.remainingTime(), 0)));
        if (ready <= 0) {
            kill(child, SIGKILL);
            waitpid(child, nullptr, 0);
            close(master);
            return run;
        }
        char buffer[512];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO: the program exited and closed the terminal
        run.screen.append(buffer, n);
        while (answered < answers.size() && answered < run.screen.count("Passphrase")) {
            const QByteArray line = answers[answered++] + '\n';
            [[maybe_unused]] const auto written = write(master, line.constData(), static_cast<size_t>(line.size()));
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return run;
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The key id keygen printed ("... key id 0123...").
QByteArray keyIdOf(const Run& keygen)
{
    const qsizetype at = keygen.out.indexOf("key id ");
    return at < 0 ? QByteArray() : keygen.out.mid(at + 7, 32);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void demoTextAndJson()
    {
        const Run text = cli({ QStringLiteral("compare"), QStringLiteral("--demo") }, m_home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("REGRESSION"));
        QVERIFY(!text.out.contains("\x1b["));
        const Run json = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json") }, m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.comparison/v1"));
        QCOMPARE(root.value(QStringLiteral("pairs")).toArray().size(), 3);
        const QJsonObject gap = root.value(QStringLiteral("gaps")).toArray().first().toObject();
        for (const char* key : { "check", "fact", "domain", "severity", "classification", "dev_workload", "prod_workload", "container", "dev_value",
                 "prod_value", "dev_source", "prod_source" })
            QVERIFY2(gap.contains(QLatin1String(key)), key);
        QVERIFY(root.value(QStringLiteral("summary")).toObject().contains(QStringLiteral("scores")));
        // The workspace key was created privately on first use.
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("crossroads/workspace.key"))));
    }

    void failOnThreshold()
    {
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--fail-on"), QStringLiteral("critical") }, m_home.path()).exitCode, 1);
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--fail-on"), QStringLiteral("bogus") }, m_home.path()).exitCode, 2);
    }

    void policyBaselineAndFailOnNew()
    {
        QTemporaryDir folder;
        const QString previous = folder.filePath(QStringLiteral("previous.json"));
        const QString narrow = folder.filePath(QStringLiteral("narrow.json"));
        write(narrow, "{\"schema\": \"crossroads.policy/v1\", \"name\": \"narrow\", \"checks\": {\"disable\": [\"CR-RT-013\"]}}");
        const QStringList demo { QStringLiteral("compare"), QStringLiteral("--demo") };
        const Run first = cli(demo + QStringList { QStringLiteral("--policy"), QStringLiteral("builtin:cis-docker-5"), narrow, QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("-o"), previous },
            m_home.path());
        QVERIFY2(first.exitCode == 0, first.err.constData());
        // Nothing new against itself: exit 0 even though gaps exist.
        const Run same = cli(demo + QStringList { QStringLiteral("--policy"), QStringLiteral("builtin:cis-docker-5"), narrow, QStringLiteral("--baseline"),
                                 previous, QStringLiteral("--fail-on-new") },
            m_home.path());
        QVERIFY2(same.exitCode == 0, same.out.constData());
        QVERIFY(same.out.contains("Policy: CIS Docker Benchmark 1.6.0 section 5 (visible controls) + narrow"));
        // Switching CR-RT-013 back on makes its failing gaps new: exit 1, unless only critical ones count.
        const QStringList wider = demo + QStringList { QStringLiteral("--policy"), QStringLiteral("builtin:cis-docker-5"), QStringLiteral("--baseline"), previous,
            QStringLiteral("--fail-on-new") };
        QCOMPARE(cli(wider, m_home.path()).exitCode, 1);
        QCOMPARE(cli(wider + QStringList { QStringLiteral("--fail-on"), QStringLiteral("critical") }, m_home.path()).exitCode, 0);
        // Usage and input errors.
        QCOMPARE(cli(demo + QStringList { QStringLiteral("--fail-on-new") }, m_home.path()).exitCode, 2);
        const Run missing = cli(demo + QStringList { QStringLiteral("--policy"), folder.filePath(QStringLiteral("nope.json")) }, m_home.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nope.json: cannot open"));
    }

    /// check writes what compare does (SARIF first: one side in a pipeline is the commonest
    /// use), and every format and the gate count the same failures.
    void checkWritesEveryFormatWithOneGate()
    {
        QTemporaryDir folder;
        const QString prod = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod");
        const QStringList check { QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("prod"), prod, QStringLiteral("--fail-on"), QStringLiteral("high") };
        const QString json = folder.filePath(QStringLiteral("check.json"));
        const Run asJson = cli(check + QStringList { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json }, m_home.path());
        QCOMPARE(asJson.exitCode, 1);
        const int failing = QJsonDocument::fromJson(readFile(json)).object().value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt();
        QVERIFY(failing > 0);
        const QString sarif = folder.filePath(QStringLiteral("check.sarif"));
        const Run asSarif = cli(check + QStringList { QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), sarif }, m_home.path());
        QCOMPARE(asSarif.exitCode, 1);
        QCOMPARE(asSarif.err, QByteArray(asJson.err).replace("check.json", "check.sarif")); // the same summary line
        const QString problems = crossroads::test::validateJson(QStringLiteral(CROSSROADS_SCHEMA_DIR "/sarif-schema-2.1.0.json"), sarif);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QJsonObject run = QJsonDocument::fromJson(readFile(sarif)).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), failing);
        QCOMPARE(run.value(QStringLiteral("properties")).toObject().value(QStringLiteral("checked_side")).toString(), QStringLiteral("prod"));
        QVERIFY(!run.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("dev"))); // no other side was read
        for (const char* format : { "markdown", "html", "pdf" }) {
            const QString out = folder.filePath(QStringLiteral("check.") + QLatin1String(format));
            const Run written = cli(check + QStringList { QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"), out }, m_home.path());
            QVERIFY2(written.exitCode == 1, written.err.constData());
            QVERIFY(readFile(out).size() > 1000);
        }
        const QByteArray markdown = readFile(folder.filePath(QStringLiteral("check.markdown")));
        QVERIFY(markdown.contains(QStringLiteral("**%1 open finding(s)").arg(failing).toUtf8()));
        QVERIFY(markdown.contains("checked on its own"));
        QVERIFY2(!markdown.contains("(production only)") && !markdown.contains("Pairs ("), "a check has no other side to pair with");
        // Nor a classification, which compares two sides ("prod-only": "never tested in dev").
        QVERIFY2(!markdown.contains("prod-only") && markdown.contains("| critical | ✖ fail |"), "a one-sided failure reads fail");
        const QByteArray html = readFile(folder.filePath(QStringLiteral("check.html")));
        QVERIFY2(!html.contains("◆ prod-only") && html.contains("✖ fail</span>"), "the HTML badges too");

        // --baseline and --fail-on-new as compare has them: nothing new against itself; a
        // privileged container (Pod Security baseline forbids it) added to the inputs is new.
        const QStringList gate { QStringLiteral("--baseline"), sarif, QStringLiteral("--fail-on-new"), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"),
            folder.filePath(QStringLiteral("again.sarif")) };
        const Run same = cli(check + gate, m_home.path());
        QVERIFY2(same.exitCode == 0, same.err.constData());
        const QString added = folder.filePath(QStringLiteral("added.yaml"));
        write(added, "apiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: shop}\nspec:\n  containers:\n  - name: shell\n    image: busybox@sha256:"
                     "3fbc632167424a6d997e74f52b878d7cc478225cffac6bc977eedfe51c7f4e79\n    securityContext: {privileged: true}\n");
        const Run worse = cli(check + QStringList { added } + gate, m_home.path());
        QVERIFY2(worse.exitCode == 1, worse.err.constData());
        bool newPrivileged = false;
        for (const QJsonValue result : QJsonDocument::fromJson(readFile(folder.filePath(QStringLiteral("again.sarif")))).object().value(QStringLiteral("runs")).toArray().at(0)
                 .toObject().value(QStringLiteral("results")).toArray()) {
            const QJsonObject object = result.toObject();
            newPrivileged = newPrivileged
                || (object.value(QStringLiteral("baselineState")).toString() == QLatin1String("new")
                    && object.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("shop/debug")));
        }
        QVERIFY(newPrivileged);
        QCOMPARE(cli(QStringList { QStringLiteral("check"), prod, QStringLiteral("--fail-on-new") }, m_home.path()).exitCode, 2);
    }

    /// A check's own JSON is its next baseline, and its text and JSON say what is new and
    /// what is gone, as SARIF does: the pipeline's artefact is whichever format it keeps.
    void checkTakesItsOwnJsonAsBaseline()
    {
        QTemporaryDir folder;
        const QString prod = folder.filePath(QStringLiteral("prod"));
        QVERIFY(QDir().mkpath(prod));
        const QString demo = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod/");
        for (const QString& name : QDir(demo).entryList(QDir::Files))
            QVERIFY(QFile::copy(demo + name, prod + QLatin1Char('/') + name));
        const QStringList check { QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("prod"), prod };
        const QString previous = folder.filePath(QStringLiteral("previous.json"));
        QCOMPARE(cli(check + QStringList { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), previous }, m_home.path()).exitCode, 0);
        const QJsonArray before = QJsonDocument::fromJson(readFile(previous)).object().value(QStringLiteral("results")).toArray();
        int failures = 0;
        for (const QJsonValue result : before) {
            const bool failing = result[QStringLiteral("status")].toString() == QLatin1String("fail");
            failures += failing ? 1 : 0;
            QCOMPARE(result.toObject().contains(QStringLiteral("fingerprint")), failing); // failures only: passes are no finding
        }
        QVERIFY(failures > 10);
        const QStringList gate { QStringLiteral("--baseline"), previous, QStringLiteral("--fail-on-new"), QStringLiteral("--fail-on"), QStringLiteral("low") };
        const Run same = cli(check + gate, m_home.path());
        QVERIFY2(same.exitCode == 0, same.out.constData());
        QVERIFY2(same.out.contains(QByteArray("Baseline " + previous.toUtf8() + ": 0 new, 0 updated, 0 gone")), same.out.constData());
        // The web Deployment adds NET_ADMIN (CR-RT-003); a privileged pod (Pod Security baseline
        // forbids privileged containers) is new.
        QFile shop(prod + QStringLiteral("/shop.yaml"));
        QVERIFY(shop.open(QIODevice::ReadOnly));
        QByteArray manifests = shop.readAll();
        shop.close();
        QVERIFY(manifests.contains("add: [\"NET_ADMIN\"]") || manifests.contains("add: [NET_ADMIN]") || manifests.contains("- NET_ADMIN"));
        manifests.replace("\"NET_ADMIN\"", "").replace("[NET_ADMIN]", "[]").replace("- NET_ADMIN", "");
        write(prod + QStringLiteral("/shop.yaml"), manifests);
        write(prod + QStringLiteral("/debug.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: shop}\nspec:\n  containers:\n  - name: shell\n    image: busybox@sha256:"
                                                 "3fbc632167424a6d997e74f52b878d7cc478225cffac6bc977eedfe51c7f4e79\n    securityContext: {privileged: true}\n");
        const Run text = cli(check + gate, m_home.path());
        QCOMPARE(text.exitCode, 1);
        const QList<QByteArray> lines = text.out.split('\n');
        bool privilegedIsNew = false;
        for (int i = 0; i + 2 < lines.size(); ++i)
            privilegedIsNew = privilegedIsNew || (lines[i].contains("CR-RT-001") && lines[i + 1].contains("shop/debug") && lines[i + 2].contains("new since the baseline"));
        QVERIFY2(privilegedIsNew, text.out.constData());
        const QString now = folder.filePath(QStringLiteral("now.json"));
        QCOMPARE(cli(check + gate + QStringList { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), now }, m_home.path()).exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(readFile(now)).object();
        QString privilegedState;
        for (const QJsonValue result : report.value(QStringLiteral("results")).toArray()) {
            if (result[QStringLiteral("check")].toString() == QLatin1String("CR-RT-001") && result[QStringLiteral("workload")].toString() == QLatin1String("shop/debug"))
                privilegedState = result[QStringLiteral("baseline_state")].toString();
        }
        QCOMPARE(privilegedState, QStringLiteral("new"));
        bool capabilityGone = false;
        for (const QJsonValue absent : report.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("absent")).toArray())
            capabilityGone = capabilityGone || (absent[QStringLiteral("check")].toString() == QLatin1String("CR-RT-003") && absent[QStringLiteral("prod_workload")].toString() == QLatin1String("shop/web"));
        QVERIFY2(capabilityGone, QJsonDocument(report.value(QStringLiteral("baseline")).toObject()).toJson().constData());
        // A report of the other kind, or of the other side, shares no fingerprint: refused, not
        // read as "everything new".
        const QString comparison = folder.filePath(QStringLiteral("comparison.json"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), comparison }, m_home.path()).exitCode, 0);
        const Run wrongKind = cli(check + QStringList { QStringLiteral("--baseline"), comparison }, m_home.path());
        QCOMPARE(wrongKind.exitCode, 2);
        QVERIFY2(wrongKind.err.contains("is a report of compare"), wrongKind.err.constData());
        const Run otherSide = cli({ QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("dev"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev"),
                                      QStringLiteral("--baseline"), now }, m_home.path());
        QCOMPARE(otherSide.exitCode, 2);
        QVERIFY2(otherSide.err.contains("on the prod side, and this check judges the dev side"), otherSide.err.constData());
        const Run compareOnCheck = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--baseline"), now }, m_home.path());
        QCOMPARE(compareOnCheck.exitCode, 2);
        QVERIFY2(compareOnCheck.err.contains("is a report of check"), compareOnCheck.err.constData());
        // A file that is no crossroads report is named as such.
        write(folder.filePath(QStringLiteral("other.json")), "{\"schema\": \"something/v1\"}");
        const Run other = cli(check + QStringList { QStringLiteral("--baseline"), folder.filePath(QStringLiteral("other.json")) }, m_home.path());
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("other.json") && other.err.contains("neither a crossroads report"), other.err.constData());
    }

    /// check --help: without --side, Kubernetes objects with no local engine are the prod side,
    /// so that a policy's prod waivers apply to them; anything of a local engine stays dev.
    void checkJudgesClusterManifestsAsProduction()
    {
        QTemporaryDir folder;
        const QString policy = folder.filePath(QStringLiteral("prod-waiver.json"));
        write(policy, R"({ "schema": "crossroads.policy/v1", "name": "team", "waivers": [
    { "id": "W-NET", "check": "CR-NET-*", "side": "prod", "owner": "bob@example.com", "reason": "behind the edge firewall", "expires": "2099-01-01" } ]})");
        const QString prod = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod");
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        const auto judged = [&](const QStringList& arguments) {
            const Run run = cli(QStringList { QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--policy"), policy } + arguments, m_home.path());
            const QJsonObject root = QJsonDocument::fromJson(run.out).object();
            int waived = 0;
            for (const QJsonValue value : root.value(QStringLiteral("results")).toArray())
                waived += value[QStringLiteral("status")].toString() == QLatin1String("waived") ? 1 : 0;
            return std::pair { root.value(QStringLiteral("side")).toString(), waived };
        };
        const auto [prodSide, prodWaived] = judged({ prod });
        QCOMPARE(prodSide, QStringLiteral("prod"));
        QVERIFY2(prodWaived > 0, "the prod waiver applies to the cluster's LoadBalancer and hostPort");
        QCOMPARE(judged({ QStringLiteral("--side"), QStringLiteral("dev"), prod }), (std::pair { QStringLiteral("dev"), 0 }));
        QCOMPARE(judged({ dev }).first, QStringLiteral("dev"));
        QCOMPARE(judged({ dev, prod + QStringLiteral("/shop.yaml") }).first, QStringLiteral("dev"));
        // Objects of a cluster without a workload among them are still the cluster's.
        const QString policies = folder.filePath(QStringLiteral("deny.yaml"));
        write(policies, "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\n"
                        "spec: {podSelector: {}, policyTypes: [Ingress]}\n");
        QCOMPARE(judged({ policies }).first, QStringLiteral("prod"));
        QCOMPARE(judged({ policies, dev }).first, QStringLiteral("dev"));
    }

    void checkUnderAPolicy()
    {
        QTemporaryDir folder;
        const QString policy = folder.filePath(QStringLiteral("team.json"));
        write(policy, R"({
  "schema": "crossroads.policy/v1", "name": "team",
  "checks": { "disable": ["CR-IMG-003"], "severity": { "CR-RT-014": "critical", "image.trusted_registry": "medium" } },
  "trusted_registries": ["registry.example.com"],
  "waivers": [
    { "id": "W-1", "check": "CR-RT-014", "workload": "shop-web", "side": "dev", "owner": "alice@example.com", "reason": "debug build", "expires": "2027-03-31" },
    { "id": "W-2", "check": "CR-NET-*", "side": "prod", "owner": "bob@example.com", "reason": "the other side", "expires": "2027-03-31" },
    { "id": "W-3", "check": "CR-RT-014", "workload": "shop-api", "owner": "bob@example.com", "reason": "old", "expires": "2026-01-01" }
  ]})");
        const QStringList check { QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("dev"), QStringLiteral("--policy"), policy,
            QStringLiteral("--today"), QStringLiteral("2026-11-25") };
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        const Run json = cli(check + QStringList { QStringLiteral("--format"), QStringLiteral("json"), dev }, m_home.path());
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        int waived = 0, untrusted = 0, lapsed = 0;
        for (const QJsonValue value : root.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = value.toObject();
            const QString id = result.value(QStringLiteral("check")).toString();
            if (result.value(QStringLiteral("waiver")).toString() == QLatin1String("W-3")) {
                ++lapsed; // expired: the failure counts again, and names the waiver that lapsed
                QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
                QCOMPARE(result.value(QStringLiteral("workload")).toString(), QStringLiteral("shop-api"));
            }
            QVERIFY2(id != QLatin1String("CR-IMG-003"), "a disabled check is not run");
            if (id == QLatin1String("CR-RT-014"))
                QCOMPARE(result.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
            if (result.value(QStringLiteral("status")).toString() == QLatin1String("waived")) {
                ++waived;
                QCOMPARE(result.value(QStringLiteral("waiver")).toString(), QStringLiteral("W-1"));
                QCOMPARE(result.value(QStringLiteral("workload")).toString(), QStringLiteral("shop-web"));
            }
            if (id == QLatin1String("CR-IMG-006") && result.value(QStringLiteral("status")).toString() == QLatin1String("fail")) {
                ++untrusted;
                QCOMPARE(result.value(QStringLiteral("severity")).toString(), QStringLiteral("medium")); // the policy's override
            }
        }
        QCOMPARE(waived, 1);
        QCOMPARE(lapsed, 1);
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("waived")).toInt(), 1);
        // SARIF, as for a comparison: accepted for the active waiver, rejected for the expired one.
        const Run sarif = cli(check + QStringList { QStringLiteral("--format"), QStringLiteral("sarif"), dev }, m_home.path());
        QVERIFY2(sarif.exitCode == 0, sarif.err.constData());
        QStringList suppressions;
        for (const QJsonValue value : QJsonDocument::fromJson(sarif.out).object().value(QStringLiteral("runs")).toArray().at(0).toObject().value(QStringLiteral("results")).toArray()) {
            for (const QJsonValue suppression : value.toObject().value(QStringLiteral("suppressions")).toArray()) {
                const QJsonObject object = suppression.toObject();
                suppressions << object.value(QStringLiteral("properties")).toObject().value(QStringLiteral("waiver")).toString() + QLatin1Char(' ')
                        + object.value(QStringLiteral("status")).toString();
            }
        }
        suppressions.sort();
        QCOMPARE(suppressions, (QStringList { QStringLiteral("W-1 accepted"), QStringLiteral("W-3 rejected") }));
        QCOMPARE(untrusted, 3); // no demo image comes from registry.example.com
        QStringList states;
        for (const QJsonValue waiver : root.value(QStringLiteral("policy")).toObject().value(QStringLiteral("waivers")).toArray())
            states << waiver.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states, (QStringList { QStringLiteral("active"), QStringLiteral("unused"), QStringLiteral("expired") }));
        const Run text = cli(check + QStringList { dev }, m_home.path());
        QVERIFY(text.out.contains("waiver W-2 (CR-NET-*) is for the prod side: not applied here"));
        QVERIFY(text.out.contains("waiver W-3 (CR-RT-014) EXPIRED on 2026-01-01"));

        // --fail-on counts what no active waiver accepts: CR-RT-014 still fails (critical) on
        // shop-api and shop-db, whose waiver expired or never existed.
        QCOMPARE(cli(check + QStringList { QStringLiteral("--fail-on"), QStringLiteral("critical"), dev }, m_home.path()).exitCode, 1);
        const QString onlyWeb = folder.filePath(QStringLiteral("only-web.json"));
        write(onlyWeb, R"({"schema": "crossroads.policy/v1", "name": "only", "checks": {"only": ["CR-RT-014"], "severity": {"CR-RT-014": "critical"}},
  "waivers": [{"id": "W-9", "check": "CR-RT-014", "owner": "alice@example.com", "reason": "all of them", "expires": "2027-03-31"}]})");
        const Run accepted = cli({ QStringLiteral("check"), QStringLiteral("--policy"), onlyWeb, QStringLiteral("--fail-on"), QStringLiteral("low"), dev }, m_home.path());
        QVERIFY2(accepted.exitCode == 0, accepted.out.constData());
        QVERIFY(accepted.out.contains("WAIVED"));
        QVERIFY(accepted.out.contains("accepted by W-9"));
        QVERIFY(accepted.out.contains("Policy: only · 3 waived"));

        // Switched off, the registry judgement is not made at all.
        const QString noRegistries = folder.filePath(QStringLiteral("no-registries.json"));
        write(noRegistries, R"({"schema": "crossroads.policy/v1", "name": "off", "trusted_registries": ["registry.example.com"],
  "checks": {"disable": ["image.trusted_registry"]}})");
        const Run off = cli({ QStringLiteral("check"), QStringLiteral("--policy"), noRegistries, QStringLiteral("--format"), QStringLiteral("json"), dev }, m_home.path());
        QCOMPARE(off.exitCode, 0);
        QVERIFY(!off.out.contains("image.trusted_registry\","));
        QVERIFY(off.out.contains("\"check\": \"CR-RT-001\""));

        // A policy given where an input belongs is pointed out, not skipped in silence.
        const Run policyAsInput = cli({ QStringLiteral("check"), QStringLiteral("--policy"), policy, onlyWeb, dev }, m_home.path());
        QCOMPARE(policyAsInput.exitCode, 2);
        QVERIFY2(policyAsInput.err.contains("only-web.json: line 1: a Crossroads policy, not an environment: give it with --policy"), policyAsInput.err.constData());

        const Run bad = cli({ QStringLiteral("check"), QStringLiteral("--policy"), folder.filePath(QStringLiteral("nope.json")), dev }, m_home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("nope.json: cannot open"));
    }

    void passphraseAskedOnTheTerminal()
    {
        QTemporaryDir folder;
        const QString key = folder.filePath(QStringLiteral("locked.key"));
        const QStringList keygen { QStringLiteral("keygen"), QStringLiteral("-o"), key, QStringLiteral("--ask-passphrase") };
        // Two different answers: refused, nothing written.
        const TerminalRun differ = cliOnTerminal(keygen, { "first answer", "second answer" }, m_home.path());
        QCOMPARE(differ.exitCode, 2);
        QVERIFY2(differ.screen.contains("the passphrases differ"), differ.screen.constData());
        QVERIFY(!QFile::exists(key));
        // The same answer twice: a locked key; what was typed is never echoed.
        const TerminalRun made = cliOnTerminal(keygen, { "correct horse battery", "correct horse battery" }, m_home.path());
        QVERIFY2(made.exitCode == 0, made.screen.constData());
        QCOMPARE(made.screen.count("Passphrase"), 2);
        QVERIFY(!made.screen.contains("correct horse"));
        QVERIFY(QFile::exists(key));

        const QString report = folder.filePath(QStringLiteral("report.json"));
        write(report, "{}\n");
        const QStringList sign { QStringLiteral("sign"), report, QStringLiteral("--key"), key, QStringLiteral("--ask-passphrase") };
        const TerminalRun wrong = cliOnTerminal(sign, { "wrong horse" }, m_home.path());
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(!QFile::exists(report + QStringLiteral(".sig")));
        const TerminalRun right = cliOnTerminal(sign, { "correct horse battery" }, m_home.path());
        QVERIFY2(right.exitCode == 0, right.screen.constData());
        QCOMPARE(cli({ QStringLiteral("verify"), report, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path()).exitCode, 0);
    }

    void mapPairsThatPairNothingAreNamed()
    {
        QTemporaryDir folder;
        const QString map = folder.filePath(QStringLiteral("pairs.yaml"));
        write(map, "pairs:\n  - dev: shop-web\n    prod: shop/web\n  - dev: nope\n    prod: shop/db\n  - dev: shop-db\n    prod: shop/nope\n");
        const Run json = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--map"), map, QStringLiteral("--format"), QStringLiteral("json") },
            m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray unused = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("unused_map_pairs")).toArray();
        QCOMPARE(unused.size(), 2);
        QCOMPARE(unused[0].toString(), QStringLiteral("nope ⇄ shop/db: no development workload is named nope"));
        QCOMPARE(unused[1].toString(), QStringLiteral("shop-db ⇄ shop/nope: no production workload is named shop/nope"));
        QVERIFY(json.err.contains("pairs.yaml: a pair paired nothing: nope"));
        const Run text = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--map"), map }, m_home.path());
        QVERIFY(text.out.contains("Map pair unused: shop-db ⇄ shop/nope"));
    }

    void keygenSignVerifyExitCodes()
    {
        QTemporaryDir folder;
        const QString key = folder.filePath(QStringLiteral("signing.key"));
        const QString report = folder.filePath(QStringLiteral("report.sarif"));
        QCOMPARE(cli({ QStringLiteral("keygen"), QStringLiteral("-o"), key }, m_home.path()).exitCode, 0);
        QVERIFY(QFile::exists(key + QStringLiteral(".pub")));
        QCOMPARE(cli({ QStringLiteral("keygen"), QStringLiteral("-o"), key }, m_home.path()).exitCode, 2); // never overwrites
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), report },
                     m_home.path())
                     .exitCode,
            0);
        const Run signing = cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), key, QStringLiteral("--signer"), QStringLiteral("ci@example.org") }, m_home.path());
        QVERIFY2(signing.exitCode == 0, signing.err.constData());
        const Run valid = cli({ QStringLiteral("verify"), report, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path());
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(valid.out.contains("valid signature by ci@example.org"));
        QFile file(report);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" ");
        file.close();
        const Run tampered = cli({ QStringLiteral("verify"), report, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path());
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.err.contains("INVALID") && tampered.err.contains("changed after it was signed"), tampered.err.constData());
        QCOMPARE(cli({ QStringLiteral("verify") }, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("verify"), folder.filePath(QStringLiteral("unsigned.json")) }, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sign"), report }, m_home.path()).exitCode, 2);
        // compare can sign what it writes.
        const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                         QStringLiteral("--sign-key"), key },
                     m_home.path())
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("verify"), pdf, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path()).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--sign-key"), key }, m_home.path()).exitCode, 2); // needs -o
        // A passphrase-protected key needs its passphrase.
        const QString locked = folder.filePath(QStringLiteral("locked.key"));
        const QString passphrase = folder.filePath(QStringLiteral("passphrase.txt"));
        write(passphrase, "correct horse battery staple\n");
        QCOMPARE(cli({ QStringLiteral("keygen"), QStringLiteral("-o"), locked, QStringLiteral("--passphrase-file"), passphrase }, m_home.path()).exitCode, 0);
        const Run noPassphrase = cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), locked }, m_home.path());
        QCOMPARE(noPassphrase.exitCode, 2);
        QVERIFY(noPassphrase.err.contains("passphrase"));
        QCOMPARE(cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), locked, QStringLiteral("--passphrase-file"), passphrase }, m_home.path()).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("verify"), report, QStringLiteral("--pubkey"), locked + QStringLiteral(".pub") }, m_home.path()).exitCode, 0);
        // The signature made with the locked key is refused against the first key.
        QCOMPARE(cli({ QStringLiteral("verify"), report, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path()).exitCode, 1);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("frobnicate") }, m_home.path()).exitCode, 2);
        for (const QString& version : { QStringLiteral("v0.1"), QStringLiteral("2.0"), QStringLiteral("1.2.3.4"), QString() })
            QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--k8s-version"), version }, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--k8s-version"), QStringLiteral("1.29.3") }, m_home.path()).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--dev"), QStringLiteral("x") }, m_home.path()).exitCode, 2);
        const Run badEngine = cli({ QStringLiteral("collect"), QStringLiteral("containerd") }, m_home.path());
        QCOMPARE(badEngine.exitCode, 2);
        QVERIFY2(badEngine.err.contains("unknown engine \"containerd\""), badEngine.err.constData());
        const Run badSide = cli({ QStringLiteral("collect"), QStringLiteral("--side"), QStringLiteral("sideways"), QStringLiteral("podman") }, m_home.path());
        QCOMPARE(badSide.exitCode, 2);
        QVERIFY(badSide.err.contains("--side must be dev or prod"));
        const Run missing = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), QStringLiteral("/nonexistent/dev"), QStringLiteral("--prod"),
                                    QStringLiteral("/nonexistent/prod") },
            m_home.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent/dev: no such file or folder"));
    }

    /// `checks` lists the catalogue, `explain` prints one check; the references expected here are
    /// the PSS control (B3 Privileged Containers) and CIS Docker 1.6.0's 5.5 (CONTROLS.md).
    void checksListTheCatalogueAndExplainOneInFull()
    {
        const Run json = cli({ QStringLiteral("checks"), QStringLiteral("--format"), QStringLiteral("json") }, m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(document.value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.checks/v1"));
        const QJsonArray checks = document.value(QStringLiteral("checks")).toArray();
        QVERIFY(checks.size() > 40);
        QStringList ids;
        const QStringList domains { QStringLiteral("runtime"), QStringLiteral("namespaces"), QStringLiteral("network"), QStringLiteral("secrets"), QStringLiteral("image") };
        const QStringList severities { QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical") };
        QJsonObject privileged;
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            const QString id = check.value(QStringLiteral("id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids << id;
            QVERIFY2(domains.contains(check.value(QStringLiteral("domain")).toString()), qPrintable(id));
            QVERIFY2(severities.contains(check.value(QStringLiteral("severity")).toString()), qPrintable(id));
            QVERIFY2(!check.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(id));
            if (check.value(QStringLiteral("fact")).toString() == QLatin1String("runtime.privileged"))
                privileged = check;
        }
        QCOMPARE(privileged.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(privileged.value(QStringLiteral("references")).toObject().value(QStringLiteral("pss")).toString(), QStringLiteral("Baseline B3 Privileged Containers"));
        QCOMPARE(privileged.value(QStringLiteral("references")).toObject().value(QStringLiteral("cis_docker")).toString(), QStringLiteral("5.5"));

        // Text: a line per check; Markdown: the table and a section per check.
        const Run text = cli({ QStringLiteral("checks") }, m_home.path());
        QCOMPARE(text.exitCode, 0);
        for (const QString& id : ids)
            QVERIFY2(text.out.contains(QByteArray("\n" + id.toUtf8() + ' ')), qPrintable(id));
        const Run markdown = cli({ QStringLiteral("checks"), QStringLiteral("--format"), QStringLiteral("markdown") }, m_home.path());
        QCOMPARE(markdown.exitCode, 0);
        for (const QString& id : ids)
            QVERIFY2(markdown.out.contains(QByteArray("\n## " + id.toUtf8() + '\n')), qPrintable(id));

        // explain, in any case; both fixes and the references.
        const QString id = privileged.value(QStringLiteral("id")).toString();
        const Run explained = cli({ QStringLiteral("explain"), id.toLower() }, m_home.path());
        QCOMPARE(explained.exitCode, 0);
        QVERIFY(explained.out.startsWith(id.toUtf8()));
        for (const char* expected : { "Fix for Podman / Docker / compose:", "--privileged", "Fix for Kubernetes:", "securityContext.privileged", "Baseline B3" })
            QVERIFY2(explained.out.contains(expected), expected);
        const Run unknown = cli({ QStringLiteral("explain"), QStringLiteral("CR-XX-999") }, m_home.path());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("CR-XX-999"));
        QCOMPARE(cli({ QStringLiteral("explain") }, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("checks"), QStringLiteral("extra") }, m_home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("checks"), QStringLiteral("--format"), QStringLiteral("sarif") }, m_home.path()).exitCode, 2);
    }

    /// A PDF renders on the offscreen platform; without XDG_RUNTIME_DIR (CI, cron) Qt's notice
    /// about it must not reach stderr, where a pipeline reads why its gate failed.
    void reportsWriteNoPlatformNoticesOnStderr()
    {
        QTemporaryDir folder;
        for (const char* format : { "html", "pdf" }) {
            const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"),
                                    folder.filePath(QStringLiteral("report.") + QLatin1String(format)) },
                m_home.path(), { QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("QT_QPA_PLATFORM") });
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(!run.err.contains("XDG_RUNTIME_DIR") && !run.err.contains("QStandardPaths") && !run.err.contains("qt."), run.err.constData());
        }
    }

    /// Without -o, collect writes the snapshot that -o would have saved, on standard output.
    void collectWithoutOutputWritesTheSnapshot()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
            QSKIP("podman is not installed");
        const Run run = cli({ QStringLiteral("collect"), QStringLiteral("podman") }, m_home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject snapshot = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(snapshot.value(QStringLiteral("schema")).toString().startsWith(QStringLiteral("crossroads.snapshot/")), run.out.left(200).constData());
        QCOMPARE(snapshot.value(QStringLiteral("side")).toString(), QStringLiteral("dev"));
    }

    /// With -o, one line on stderr says what was written and why the status is what it is, in the
    /// counts the JSON report has; --quiet drops it; without -o there is none.
    void writingToAFileSaysWhyOnStderr()
    {
        QTemporaryDir folder;
        const QString json = folder.filePath(QStringLiteral("report.json"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json, QStringLiteral("-q") },
                     m_home.path())
                     .err,
            QByteArray());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("summary")).toObject();
        const int open = summary.value(QStringLiteral("open_findings")).toInt();
        const QJsonObject bySeverity = summary.value(QStringLiteral("failing_by_severity")).toObject();
        const int highOrWorse = bySeverity.value(QStringLiteral("high")).toInt() + bySeverity.value(QStringLiteral("critical")).toInt();
        QVERIFY(open > 0 && highOrWorse > 0);

        const QString sarif = folder.filePath(QStringLiteral("report.sarif"));
        const Run gated = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), sarif,
                                  QStringLiteral("--fail-on"), QStringLiteral("high") },
            m_home.path());
        QCOMPARE(gated.exitCode, 1);
        const QByteArray expected = QStringLiteral("crossroads-cli: wrote %1: %2 open finding").arg(sarif).arg(open).toUtf8();
        QVERIFY2(gated.err.startsWith(expected), gated.err.constData());
        QVERIFY2(gated.err.contains(QStringLiteral("%1 critical").arg(bySeverity.value(QStringLiteral("critical")).toInt()).toUtf8()), gated.err.constData());
        QVERIFY2(gated.err.contains(QStringLiteral("; %1 at or above high, exit 1").arg(highOrWorse).toUtf8()), gated.err.constData());
        QCOMPARE(gated.err.count('\n'), 1);

        const Run quiet = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), sarif,
                                  QStringLiteral("--fail-on"), QStringLiteral("high"), QStringLiteral("--quiet") },
            m_home.path());
        QCOMPARE(quiet.exitCode, 1);
        QCOMPARE(quiet.err, QByteArray());
        const Run toStdout = cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("sarif") }, m_home.path());
        QVERIFY(!toStdout.err.contains("wrote"));

        // check says the same for one side.
        const Run checked = cli({ QStringLiteral("check"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod"), QStringLiteral("-o"),
                                    folder.filePath(QStringLiteral("check.txt")), QStringLiteral("--fail-on"), QStringLiteral("critical") },
            m_home.path());
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.err.contains("at or above critical, exit 1"), checked.err.constData());

        // snapshot says what it saved (the demo's prod side: web, api, db and the exporter); -q drops it.
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        const QStringList save { QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod"),
            QStringLiteral("-o"), snapshot };
        const Run saved = cli(save, m_home.path());
        QCOMPARE(saved.exitCode, 0);
        QVERIFY2(saved.err.contains(QStringLiteral("wrote %1: prod snapshot, 4 workload(s)").arg(snapshot).toUtf8()), saved.err.constData());
        QCOMPARE(cli(save + QStringList { QStringLiteral("-q") }, m_home.path()).err, QByteArray());
    }

    /// The CLI speaks English whatever the locale: a report never mixes Spanish check titles
    /// into an English frame.
    /// The CLI speaks the user's language (LANGUAGE, LC_ALL, LANG, as gettext programs do),
    /// wholly: its own words and the catalogue's titles and fixes in one language, and the
    /// machine-read reports say which. C or an untranslated language gives English.
    void reportsAreInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("title"); // CR-RT-003's title in resources/rules/catalogue.json
        QTest::addColumn<QByteArray>("pairs");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<QByteArray>("finding"); // classification and severity as a person reads them
        QTest::addColumn<QByteArray>("exposure"); // the demo's LoadBalancer, in words around its names
        QTest::addColumn<QByteArray>("control"); // a Pod Security control: its name the standard's, its scope in words
        QTest::newRow("C") << QStringList { QStringLiteral("LANG=C.UTF-8") } << QStringLiteral("en") << QByteArray("A dangerous capability is added")
                           << QByteArray("Pairs: 3") << QByteArray("Usage: crossroads-cli <command>") << QByteArray("REGRESSION  critical  CR-RT-003")
                           << QByteArray("LoadBalancer 443 (node port chosen by the cluster)->8080/TCP via service web") << QByteArray("B4 Capabilities (container web)");
        QTest::newRow("French falls back to English") << QStringList { QStringLiteral("LANG=fr_FR.UTF-8") } << QStringLiteral("en")
                                                      << QByteArray("A dangerous capability is added") << QByteArray("Pairs: 3") << QByteArray("Usage: crossroads-cli <command>")
                                                      << QByteArray("REGRESSION  critical  CR-RT-003") << QByteArray("LoadBalancer 443 (node port chosen by the cluster)->8080/TCP via service web")
                                                      << QByteArray("B4 Capabilities (container web)");
        QTest::newRow("LANG=de_DE") << QStringList { QStringLiteral("LANG=de_DE.UTF-8") } << QStringLiteral("de")
                                    << QByteArray("Eine gefährliche Capability wird hinzugefügt") << QByteArray("Paare: 3") << QByteArray("Aufruf: crossroads-cli <Befehl>")
                                    << QByteArray("REGRESSION  kritisch  CR-RT-003") << QByteArray("LoadBalancer 443 (vom Cluster gewählter Node-Port)->8080/TCP über Service web")
                                    << QByteArray("B4 Capabilities (Container web)");
        QTest::newRow("LANGUAGE=es over LANG=en") << QStringList { QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=es") } << QStringLiteral("es")
                                                  << QByteArray("Se añade una capacidad peligrosa") << QByteArray("Pares: 3") << QByteArray("Uso: crossroads-cli <orden>")
                                                  << QByteArray("REGRESIÓN  crítica  CR-RT-003")
                                                  << QByteArray("LoadBalancer 443 (puerto de nodo elegido por el clúster)->8080/TCP a través del servicio web")
                                                  << QByteArray("B4 Capabilities (contenedor web)");
    }

    void reportsAreInTheUsersLanguage()
    {
        QFETCH(QStringList, variables);
        QFETCH(QString, language);
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, pairs);
        QFETCH(QByteArray, usage);
        QFETCH(QByteArray, finding);
        QFETCH(QByteArray, exposure);
        QFETCH(QByteArray, control);
        const auto run = [&](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char* name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
                environment.remove(QLatin1String(name));
            for (const QString& variable : variables)
                environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(CROSSROADS_CLI_PATH), arguments);
            process.waitForFinished(120000);
            return Run { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
        };
        const Run text = run({ QStringLiteral("compare"), QStringLiteral("--demo") });
        QVERIFY2(text.out.contains(title) && text.out.contains(pairs), text.out.left(600).constData());
        // One language: every language's title and fix of that check, and only this one's is there.
        const QList<QPair<QByteArray, QByteArray>> texts { { "A dangerous capability is added", "Remove the capability from securityContext.capabilities.add" },
            { "Se añade una capacidad peligrosa", "Elimine la capacidad de securityContext.capabilities.add" },
            { "Eine gefährliche Capability wird hinzugefügt", "Entfernen Sie die Capability aus securityContext.capabilities.add" } };
        for (const auto& [otherTitle, otherFix] : texts) {
            QCOMPARE(text.out.contains(otherTitle), otherTitle == title);
            QCOMPARE(text.out.contains(otherFix), otherTitle == title);
        }
        const Run json = run({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QStringLiteral("language")).toString(), language);
        QVERIFY(json.out.contains(title));
        // A finding is the same finding in every language: a baseline written by an English
        // pipeline marks nothing new or updated in a German developer's run.
        const QStringList english = variables;
        variables = QStringList { QStringLiteral("LANG=C.UTF-8") };
        const QJsonArray englishGaps = QJsonDocument::fromJson(run({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json") }).out)
                                           .object()
                                           .value(QStringLiteral("gaps"))
                                           .toArray();
        variables = english;
        const QJsonArray gaps = report.value(QStringLiteral("gaps")).toArray();
        QCOMPARE(gaps.size(), englishGaps.size());
        QVERIFY(gaps.size() > 50);
        // The demo's shop-web adds NET_ADMIN where dev adds none: shown in the language, compared as "none".
        QVERIFY(std::any_of(gaps.begin(), gaps.end(), [](const QJsonValue& gap) {
            return gap[QStringLiteral("check")].toString() == QLatin1String("CR-RT-003") && gap[QStringLiteral("dev_state")].toString() == QLatin1String("none");
        }));
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            for (const QString& key : { QStringLiteral("fingerprint"), QStringLiteral("state_digest"), QStringLiteral("dev_state"), QStringLiteral("prod_state") })
                QVERIFY2(gaps[i][key] == englishGaps[i][key], qPrintable(gaps[i][QStringLiteral("check")].toString() + QLatin1Char(' ') + key));
        }
        const Run sarif = run({ QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("prod"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod"),
            QStringLiteral("--format"), QStringLiteral("sarif") });
        const QJsonObject sarifRun = QJsonDocument::fromJson(sarif.out).object().value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(sarifRun.value(QStringLiteral("language")).toString(), language);
        const Run help = run({ QStringLiteral("--help") });
        QVERIFY2(help.out.startsWith(usage), help.out.left(200).constData());
        // A command's usage line names the command as typed, not the executable's path, after
        // Qt's word for "Usage:" in the language.
        const QByteArray commandUsage = run({ QStringLiteral("check"), QStringLiteral("--help") }).out.split('\n').value(0);
        QVERIFY2(commandUsage.contains(": crossroads-cli check [") && !commandUsage.contains('/'), commandUsage.constData());
        // What a pipeline reads never changes with the language: ids, JSON's classifications and
        // severities, exit status. A person reads them in the language.
        QVERIFY2(text.out.contains(finding), text.out.left(2000).constData());
        QVERIFY(text.out.contains(exposure));
        QVERIFY(text.out.contains(control));
        QVERIFY(std::any_of(gaps.begin(), gaps.end(), [](const QJsonValue& gap) {
            return gap[QStringLiteral("check")].toString() == QLatin1String("CR-RT-003") && gap[QStringLiteral("classification")].toString() == QLatin1String("regression")
                && gap[QStringLiteral("severity")].toString() == QLatin1String("critical");
        }));
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(run({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--fail-on"), QStringLiteral("critical") }).exitCode, 1);
    }

    /// -o report.pdf without --format writes a PDF, not text under a .pdf name; an explicit
    /// --format wins over the extension.
    void outputFileExtensionChoosesTheFormat()
    {
        QTemporaryDir folder;
        const auto head = [&](const QStringList& arguments, const QString& name) {
            const QString path = folder.filePath(name);
            const Run run = cli(arguments + QStringList { QStringLiteral("-o"), path }, m_home.path());
            QFile file(path);
            return run.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.read(64) : QByteArray("failed: ") + run.err;
        };
        const QStringList compare { QStringLiteral("compare"), QStringLiteral("--demo") };
        QVERIFY(head(compare, QStringLiteral("report.pdf")).startsWith("%PDF-"));
        QVERIFY(head(compare, QStringLiteral("report.sarif")).contains("\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""));
        QVERIFY(head(compare, QStringLiteral("report.json")).contains("\"schema\": \"crossroads.comparison/v1\""));
        QVERIFY(head(compare, QStringLiteral("report.md")).startsWith("# "));
        QVERIFY(head(compare + QStringList { QStringLiteral("--format"), QStringLiteral("text") }, QStringLiteral("explicit.json")).startsWith("Crossroads"));
        QVERIFY(head({ QStringLiteral("check"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod") }, QStringLiteral("prod.HTML")).startsWith("<!DOCTYPE html"));
        QVERIFY(head({ QStringLiteral("checks") }, QStringLiteral("catalogue.json")).startsWith("{"));
    }

    void aNamedFileThatIsNoInputIsAnError()
    {
        QTemporaryDir folder;
        const QString unknown = folder.filePath(QStringLiteral("settings.json"));
        write(unknown, "{\"theme\": \"dark\"}\n");
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        // Named on the command line: an error, so that a pipeline never passes on nothing.
        const Run alone = cli({ QStringLiteral("check"), QStringLiteral("--fail-on"), QStringLiteral("low"), unknown }, m_home.path());
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("settings.json: line 1: not a container or network inspect"), alone.err.constData());
        // A prose file named by mistake is called what it is before the parser's complaint.
        const QString notes = folder.filePath(QStringLiteral("NOTES.md"));
        write(notes, "# Notes\n\nRun it: crossroads check: here\n");
        const Run prose = cli({ QStringLiteral("check"), notes }, m_home.path());
        QCOMPARE(prose.exitCode, 2);
        QVERIFY2(prose.err.contains("NOTES.md: not a JSON or YAML input (line 3, column"), prose.err.constData());
        // With --keep-going the good inputs are checked and the bad one is reported.
        const Run keepGoing = cli({ QStringLiteral("check"), QStringLiteral("--keep-going"), unknown, dev }, m_home.path());
        QCOMPARE(keepGoing.exitCode, 2); // the report is written, and the status says an input was left out
        QVERIFY(keepGoing.err.contains("skipped file:"));
        QVERIFY(keepGoing.out.contains("3 workload(s)"));
        QVERIFY2(keepGoing.out.contains("side \"dev\""), keepGoing.out.constData()); // named after what was read, not the bad file
        // The report says what it did not see, naming the file, and that it is incomplete.
        QVERIFY2(keepGoing.out.contains("SKIPPED") && keepGoing.out.contains(unknown.toUtf8()) && keepGoing.out.contains("Incomplete: 1 input file(s)"), keepGoing.out.constData());
        const Run keepGoingJson = cli({ QStringLiteral("check"), QStringLiteral("--keep-going"), QStringLiteral("--format"), QStringLiteral("json"), unknown, dev },
            m_home.path());
        const QJsonArray skipped = QJsonDocument::fromJson(keepGoingJson.out).object().value(QStringLiteral("environment")).toObject().value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped[0].toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("could not be read: not a container")));
        // Found in a folder, it is skipped and counted, as a README next to manifests would be.
        QVERIFY(QFile::copy(dev + QStringLiteral("/podman-inspect.json"), folder.filePath(QStringLiteral("podman-inspect.json"))));
        const Run inFolder = cli({ QStringLiteral("check"), folder.path() }, m_home.path());
        QVERIFY2(inFolder.exitCode == 0, inFolder.err.constData());
        QVERIFY2(inFolder.out.contains("SKIPPED") && inFolder.out.contains("settings.json") && !inFolder.out.contains("Incomplete"), inFolder.out.constData());
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--dev"), unknown, QStringLiteral("--prod"), dev }, m_home.path()).exitCode, 2);
    }

    /// A report kept as evidence says what it did not read, in every format, and a path that
    /// does not exist is one more unreadable input, not the end of the run.
    void everyFormatNamesWhatItCouldNotRead()
    {
        QTemporaryDir folder;
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        const QString prod = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod");
        const QString broken = folder.filePath(QStringLiteral("broken-inventory.json"));
        write(broken, "{\"broken\":");
        const QString missing = folder.filePath(QStringLiteral("no-such-manifests"));
        for (const char* format : { "text", "markdown", "html", "sarif", "json" }) {
            const QString report = folder.filePath(QStringLiteral("report.") + QLatin1String(format));
            const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--keep-going"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod, broken, missing,
                                    QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"), report },
                m_home.path());
            QCOMPARE(run.exitCode, 2);
            const QByteArray written = readFile(report);
            QVERIFY2(written.contains("broken-inventory.json") && written.contains("no-such-manifests"), format);
            if (QLatin1String(format) == QLatin1String("sarif")) {
                const QJsonObject invocation = QJsonDocument::fromJson(written).object().value(QStringLiteral("runs")).toArray().at(0).toObject()
                                                   .value(QStringLiteral("invocations")).toArray().at(0).toObject();
                QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(true), false);
                QVERIFY(invocation.value(QStringLiteral("toolExecutionNotifications")).toArray().size() >= 2);
            } else if (QLatin1String(format) != QLatin1String("json")) {
                QVERIFY2(written.contains("Incomplete: 2 input file(s)"), format);
            }
        }
    }

    /// The side's name comes from what was read: "kube/" is "kube"; and a saved snapshot is
    /// checked as the side it was recorded for when --side is not given.
    void namesAndSidesFollowTheInputs()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("kube")));
        QVERIFY(QFile::copy(QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod/shop.yaml"), folder.filePath(QStringLiteral("kube/shop.yaml"))));
        const Run named = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev"), QStringLiteral("--prod"),
                                  folder.filePath(QStringLiteral("kube")) + QLatin1Char('/') },
            m_home.path());
        QVERIFY2(named.out.contains("vs prod \"kube\""), named.out.left(200).constData());
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        QCOMPARE(cli({ QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), folder.filePath(QStringLiteral("kube")), QStringLiteral("-o"), snapshot },
                     m_home.path()).exitCode, 0);
        const Run checked = cli({ QStringLiteral("check"), snapshot }, m_home.path());
        QVERIFY2(checked.exitCode == 0 && checked.out.contains("prod side"), checked.err.constData());
    }

    void keepGoingStillExitsTwoForAnUnreadableInput()
    {
        QTemporaryDir folder;
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        const QString prod = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod");
        // A real input cut off in the middle, next to the good files.
        const QByteArray inspect = readFile(dev + QStringLiteral("/podman-inspect.json"));
        QVERIFY(inspect.size() > 100);
        const QString truncated = folder.filePath(QStringLiteral("truncated-inspect.json"));
        write(truncated, inspect.left(inspect.size() / 2));

        // The good files alone: 0, or 1 with --fail-on (the demo has critical gaps).
        const QStringList good { QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod };
        QCOMPARE(cli(good, m_home.path()).exitCode, 0);
        QCOMPARE(cli(good + QStringList { QStringLiteral("--fail-on"), QStringLiteral("critical") }, m_home.path()).exitCode, 1);
        // Without --keep-going the bad file stops the run: 2, nothing written.
        const QString stopped = folder.filePath(QStringLiteral("stopped.json"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, truncated, QStringLiteral("--prod"), prod, QStringLiteral("-o"), stopped }, m_home.path())
                     .exitCode,
            2);
        QVERIFY(!QFile::exists(stopped));

        // compare: the report is written, then 2, whatever --fail-on would have said.
        for (const QStringList& failOn : { QStringList(), QStringList { QStringLiteral("--fail-on"), QStringLiteral("critical") } }) {
            const QString report = folder.filePath(QStringLiteral("report.json"));
            QFile::remove(report);
            const Run run = cli(QStringList { QStringLiteral("compare"), QStringLiteral("--keep-going"), QStringLiteral("--dev"), dev, truncated, QStringLiteral("--prod"), prod,
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), report }
                    + failOn,
                m_home.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("skipped file:") && run.err.contains("truncated-inspect.json"), run.err.constData());
            QVERIFY2(run.err.contains("1 input file(s) could not be read"), run.err.constData());
            const QJsonObject root = QJsonDocument::fromJson(readFile(report)).object();
            QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.comparison/v1"));
            QVERIFY(!root.value(QStringLiteral("gaps")).toArray().isEmpty()); // the good files were compared
        }
        // A signed report is written and signed before the status is decided.
        const QString key = folder.filePath(QStringLiteral("ci.key"));
        QCOMPARE(cli({ QStringLiteral("keygen"), QStringLiteral("-o"), key }, m_home.path()).exitCode, 0);
        const QString sarif = folder.filePath(QStringLiteral("report.sarif"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--keep-going"), QStringLiteral("--dev"), dev, truncated, QStringLiteral("--prod"), prod,
                         QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), sarif, QStringLiteral("--sign-key"), key },
                     m_home.path())
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("verify"), sarif, QStringLiteral("--pubkey"), key + QStringLiteral(".pub") }, m_home.path()).exitCode, 0);

        // check: the same, with and without --fail-on.
        for (const QStringList& failOn : { QStringList(), QStringList { QStringLiteral("--fail-on"), QStringLiteral("low") } }) {
            const QString report = folder.filePath(QStringLiteral("check.json"));
            QFile::remove(report);
            const Run run = cli(QStringList { QStringLiteral("check"), QStringLiteral("--keep-going"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                                    report }
                    + failOn + QStringList { truncated, dev },
                m_home.path());
            QCOMPARE(run.exitCode, 2);
            const QJsonObject root = QJsonDocument::fromJson(readFile(report)).object();
            QVERIFY2(!root.value(QStringLiteral("results")).toArray().isEmpty(), run.err.constData());
            QCOMPARE(root.value(QStringLiteral("environment")).toObject().value(QStringLiteral("skipped")).toArray().size(), 1);
        }
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--keep-going"), QStringLiteral("--fail-on"), QStringLiteral("low"), dev }, m_home.path()).exitCode, 1);

        // snapshot: saved, then 2.
        const QString snapshot = folder.filePath(QStringLiteral("dev.crossroads.json"));
        const Run saved = cli({ QStringLiteral("snapshot"), QStringLiteral("--keep-going"), QStringLiteral("--side"), QStringLiteral("dev"), dev, truncated,
                                  QStringLiteral("-o"), snapshot },
            m_home.path());
        QCOMPARE(saved.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(readFile(snapshot)).object().value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.snapshot/v2"));
        QCOMPARE(cli({ QStringLiteral("snapshot"), QStringLiteral("--keep-going"), QStringLiteral("--side"), QStringLiteral("dev"), dev, QStringLiteral("-o"), snapshot },
                     m_home.path())
                     .exitCode,
            0);
        // The help says so.
        for (const char* command : { "compare", "check", "snapshot" }) {
            const QString help = QString::fromUtf8(cli({ QLatin1String(command), QStringLiteral("--help") }, m_home.path()).out).simplified(); // unwrapped
            QVERIFY2(help.contains(QLatin1String("--keep-going Load the good files when some inputs are bad; report the bad ones. The output is written, and the exit status is still 2.")),
                command);
        }
    }

    void verifyAcceptsOnlyTrustedKeys()
    {
        QTemporaryDir home; // its own trusted-keys folder, not shared with the other tests
        QTemporaryDir folder;
        const QString trustedFolder = home.filePath(QStringLiteral("crossroads/trusted-keys"));
        const QString auditorKey = folder.filePath(QStringLiteral("auditor.key"));
        const Run auditor = cli({ QStringLiteral("keygen"), QStringLiteral("-o"), auditorKey }, home.path());
        QCOMPARE(auditor.exitCode, 0);
        QVERIFY2(auditor.out.contains(QByteArray("crossroads-cli trust " + auditorKey.toUtf8() + ".pub")), auditor.out.constData()); // says how to trust it
        QVERIFY(!QFile::exists(trustedFolder)); // keygen trusts nothing by itself
        const QByteArray auditorId = keyIdOf(auditor);
        QCOMPARE(auditorId.size(), 32);
        const QString report = folder.filePath(QStringLiteral("report.json"));
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), report }, home.path())
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), auditorKey }, home.path()).exitCode, 0);
        const QStringList verify { QStringLiteral("verify"), report };

        // Nobody trusts the auditor's key yet: intact, but not valid.
        const Run unknown = cli(verify, home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY2(unknown.err.contains("UNTRUSTED") && unknown.err.contains(QByteArray("signature valid, but made by key " + auditorId)) && unknown.err.contains("not trusted"),
            unknown.err.constData());
        QVERIFY2(unknown.err.contains(QByteArray("add its .pub to " + trustedFolder.toUtf8())) && unknown.err.contains("--pubkey"), unknown.err.constData());

        // Trusted: then it verifies without --pubkey.
        const Run trusted = cli({ QStringLiteral("trust"), auditorKey + QStringLiteral(".pub") }, home.path());
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        QVERIFY(trusted.out.contains(QByteArray("trusted key " + auditorId)));
        QCOMPARE(readFile(trustedFolder + QStringLiteral("/auditor.key.pub")), readFile(auditorKey + QStringLiteral(".pub")));
        const Run valid = cli(verify, home.path());
        QVERIFY2(valid.exitCode == 0, valid.err.constData());
        QVERIFY(valid.out.contains("valid signature by"));
        QVERIFY(valid.out.contains(auditorId));
        const Run listed = cli({ QStringLiteral("trust"), QStringLiteral("--list") }, home.path());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QByteArray(auditorId + "  " + trustedFolder.toUtf8() + "/auditor.key.pub")));

        // An attacker alters the report and signs it again with a fresh key, under the
        // auditor's name: refused, and the message names the attacker's key.
        const QByteArray original = readFile(report);
        write(report, QByteArray(original).replace("\"critical\"", "\"low\"")); // downgrades every critical gap
        QVERIFY(readFile(report) != original);
        const QString malloryKey = folder.filePath(QStringLiteral("mallory.key"));
        const Run mallory = cli({ QStringLiteral("keygen"), QStringLiteral("-o"), malloryKey }, home.path());
        QCOMPARE(mallory.exitCode, 0);
        const QByteArray malloryId = keyIdOf(mallory);
        QVERIFY(malloryId.size() == 32 && malloryId != auditorId);
        QCOMPARE(cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), malloryKey, QStringLiteral("--signer"), QStringLiteral("auditor") }, home.path()).exitCode, 0);
        const Run forged = cli(verify, home.path());
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(forged.err.contains("UNTRUSTED") && forged.err.contains(QByteArray("made by key " + malloryId)), forged.err.constData());
        QVERIFY(!forged.err.contains(QByteArray("made by key " + auditorId)));
        // --pubkey trusts only the keys given: the auditor's refuses it, naming both keys ...
        const Run pinned = cli(verify + QStringList { QStringLiteral("--pubkey"), auditorKey + QStringLiteral(".pub") }, home.path());
        QCOMPARE(pinned.exitCode, 1);
        QVERIFY2(pinned.err.contains(QByteArray("made by key " + malloryId)) && pinned.err.contains(QByteArray("given with --pubkey: " + auditorId)), pinned.err.constData());
        // ... and it may be repeated: with the attacker's key among them, the signature holds.
        QCOMPARE(cli(verify + QStringList { QStringLiteral("--pubkey"), auditorKey + QStringLiteral(".pub"), QStringLiteral("--pubkey"), malloryKey + QStringLiteral(".pub") },
                     home.path())
                     .exitCode,
            0);
        // Once its key is in the trusted folder, it verifies (trusting is the user's decision).
        QCOMPARE(cli({ QStringLiteral("trust"), malloryKey + QStringLiteral(".pub") }, home.path()).exitCode, 0);
        QCOMPARE(cli(verify, home.path()).exitCode, 0);
        QVERIFY(QFile::remove(trustedFolder + QStringLiteral("/mallory.key.pub")));
        QCOMPARE(cli(verify, home.path()).exitCode, 1);

        // A trusted key does not make a changed file pass.
        write(report, original);
        QCOMPARE(cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), auditorKey }, home.path()).exitCode, 0);
        QCOMPARE(cli(verify, home.path()).exitCode, 0);
        write(report, original + " ");
        const Run tampered = cli(verify, home.path());
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.err.contains("INVALID") && tampered.err.contains("changed after it was signed"), tampered.err.constData());

        // keygen --trust trusts the new key here; a damaged file in the folder is named and ignored.
        write(report, original);
        const QString ciKey = folder.filePath(QStringLiteral("ci.key"));
        const Run ci = cli({ QStringLiteral("keygen"), QStringLiteral("-o"), ciKey, QStringLiteral("--trust") }, home.path());
        QVERIFY2(ci.exitCode == 0, ci.err.constData());
        QVERIFY(QFile::exists(trustedFolder + QStringLiteral("/ci.key.pub")));
        write(trustedFolder + QStringLiteral("/broken.pub"), "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n");
        QCOMPARE(cli({ QStringLiteral("sign"), report, QStringLiteral("--key"), ciKey }, home.path()).exitCode, 0);
        const Run byCi = cli(verify, home.path());
        QVERIFY2(byCi.exitCode == 0, byCi.err.constData());
        QVERIFY2(byCi.err.contains("broken.pub") && byCi.err.contains("not trusted"), byCi.err.constData());
        // Usage: trust needs keys; an unreadable key is 2.
        QCOMPARE(cli({ QStringLiteral("trust") }, home.path()).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("trust"), folder.filePath(QStringLiteral("missing.pub")) }, home.path()).exitCode, 2);
        QCOMPARE(cli(verify + QStringList { QStringLiteral("--pubkey"), folder.filePath(QStringLiteral("missing.pub")) }, home.path()).exitCode, 2);
    }

    /// A snapshot remembers which side it was recorded for: production read as development would
    /// make a comparison of production with itself look like a dev/prod review.
    void aSnapshotIsReadOnlyAsItsRecordedSide()
    {
        QTemporaryDir folder;
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        const QString prod = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/prod");
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        QCOMPARE(cli({ QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), prod, QStringLiteral("-o"), snapshot }, m_home.path()).exitCode, 0);
        const Run swapped = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), snapshot, QStringLiteral("--prod"), prod }, m_home.path());
        QCOMPARE(swapped.exitCode, 2);
        QVERIFY2(swapped.err.contains(snapshot.toUtf8()) && swapped.err.contains("recorded as the production side, but given as development"), swapped.err.constData());
        const Run asDev = cli({ QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("dev"), snapshot }, m_home.path());
        QCOMPARE(asDev.exitCode, 2);
        // Given as the side it was recorded for, it reads as before.
        QCOMPARE(cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), snapshot }, m_home.path()).exitCode, 0);
    }

    void badInputNamesFileAndLine()
    {
        QTemporaryDir folder;
        const QString bad = folder.filePath(QStringLiteral("broken.yaml"));
        write(bad, "apiVersion: v1\nkind: Pod\nspec: [unclosed\n");
        const Run run = cli({ QStringLiteral("check"), bad }, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QByteArray(bad.toUtf8() + ": line ")), run.err.constData());
    }

    void duplicateKeyRefusesTheFile()
    {
        // Readers disagree on which duplicate wins (the API server keeps the last): the file is
        // refused with both lines rather than read as "not privileged".
        QTemporaryDir folder;
        const QString deployment = folder.filePath(QStringLiteral("deployment.yaml"));
        write(deployment,
            "apiVersion: apps/v1\n"
            "kind: Deployment\n"
            "metadata:\n"
            "  name: web\n"
            "  namespace: shop\n"
            "spec:\n"
            "  replicas: 2\n"
            "  selector:\n"
            "    matchLabels:\n"
            "      app: web\n"
            "  template:\n"
            "    metadata:\n"
            "      labels:\n"
            "        app: web\n"
            "    spec:\n"
            "      containers:\n"
            "        - name: web\n"
            "          image: ghcr.io/acme/web:1.4.2\n"
            "          securityContext:\n"
            "            privileged: false\n"
            "            allowPrivilegeEscalation: false\n"
            "            privileged: true\n");
        const QString inspect = folder.filePath(QStringLiteral("podman-inspect.json"));
        write(inspect,
            "[\n"
            "  {\n"
            "    \"Id\": \"0123456789abcdef\",\n"
            "    \"Name\": \"/app\",\n"
            "    \"Config\": {\"Image\": \"acme/app:1\", \"User\": \"\", \"Env\": [\"API_TOKEN=CANARY-dup-4c1e\"]},\n"
            "    \"HostConfig\": {\n"
            "      \"Privileged\": false,\n"
            "      \"Privileged\": true\n"
            "    }\n"
            "  }\n"
            "]\n");
        const Run yaml = cli({ QStringLiteral("check"), deployment }, m_home.path());
        QCOMPARE(yaml.exitCode, 2);
        QVERIFY2(yaml.err.contains(QByteArray(deployment.toUtf8() + ": line 22: duplicate key \"privileged\" (first at line 20)")), yaml.err.constData());
        const Run json = cli({ QStringLiteral("check"), inspect }, m_home.path());
        QCOMPARE(json.exitCode, 2);
        QVERIFY2(json.err.contains(QByteArray(inspect.toUtf8() + ": line 8: duplicate key \"Privileged\" (first at line 7)")), json.err.constData());
        QVERIFY(!json.err.contains("CANARY") && !json.out.contains("CANARY"));
        const Run compare = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), inspect, QStringLiteral("--prod"), deployment }, m_home.path());
        QCOMPARE(compare.exitCode, 2);
        // With --keep-going the file is skipped whole (no workload of it half-read) and the rest is checked.
        const QString dev = QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/demo/dev");
        const Run keepGoing = cli({ QStringLiteral("check"), QStringLiteral("--keep-going"), QStringLiteral("--format"), QStringLiteral("json"), deployment, dev },
            m_home.path());
        QVERIFY2(keepGoing.exitCode == 2, keepGoing.err.constData()); // the report is written; a gate never passes on input it did not read
        QVERIFY2(keepGoing.err.contains("line 22: duplicate key \"privileged\" (first at line 20)"), keepGoing.err.constData());
        const QJsonObject environment = QJsonDocument::fromJson(keepGoing.out).object().value(QStringLiteral("environment")).toObject();
        const QJsonArray skipped = environment.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("duplicate key")), keepGoing.out.constData());
        const Run keepGoingText = cli({ QStringLiteral("check"), QStringLiteral("--keep-going"), deployment, dev }, m_home.path());
        QVERIFY2(keepGoingText.exitCode == 2, keepGoingText.err.constData());
        QVERIFY2(keepGoingText.out.contains("3 workload(s)"), keepGoingText.out.constData()); // the demo's, none of the refused file
        QVERIFY(keepGoingText.out.contains("SKIPPED") && keepGoingText.out.contains(deployment.toUtf8()));
    }

    /// A snapshot keeps the id of the workspace key its fingerprints were made with: read under
    /// another key, the reused credential it holds cannot be found, and the comparison says so
    /// instead of silently finding nothing.
    void snapshotsUnderAnotherKeySaySo()
    {
        QTemporaryDir folder;
        write(folder.filePath(QStringLiteral("dev.json")),
            "[{\"Id\": \"0123456789abcdef\", \"Name\": \"/app\", \"Config\": {\"Image\": \"acme/app:1\", \"Env\": [\"API_TOKEN=shared-Zq81-token-value\"]}, \"HostConfig\": {}}]");
        write(folder.filePath(QStringLiteral("prod.yaml")),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: acme/app:1\n      env:\n        - name: API_TOKEN\n          value: shared-Zq81-token-value\n");
        // Another user's home holds another workspace key.
        QTemporaryDir otherHome;
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        QCOMPARE(cli({ QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), folder.filePath(QStringLiteral("prod.yaml")), QStringLiteral("-o"), snapshot },
                     otherHome.path()).exitCode, 0);
        // Under one key the reuse is found ...
        const Run same = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), folder.filePath(QStringLiteral("dev.json")), QStringLiteral("--prod"), snapshot,
                                QStringLiteral("--format"), QStringLiteral("json") }, otherHome.path());
        QVERIFY2(same.out.contains("\"check\": \"CR-SEC-005\"") && same.out.contains("\"classification\": \"shared\""), same.err.constData());
        // ... under another, it is not, and every output says why.
        const Run other = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), folder.filePath(QStringLiteral("dev.json")), QStringLiteral("--prod"), snapshot },
            m_home.path());
        QCOMPARE(other.exitCode, 0);
        QVERIFY2(other.out.contains("different workspace keys") && other.out.contains("CR-SEC-005"), other.out.constData());
        const Run json = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), folder.filePath(QStringLiteral("dev.json")), QStringLiteral("--prod"), snapshot,
                                QStringLiteral("--format"), QStringLiteral("json") }, m_home.path());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const QString devKey = root.value(QStringLiteral("dev")).toObject().value(QStringLiteral("key_id")).toString();
        const QString prodKey = root.value(QStringLiteral("prod")).toObject().value(QStringLiteral("key_id")).toString();
        QVERIFY(devKey.size() == 16 && prodKey.size() == 16 && devKey != prodKey); // a pipeline can tell why CR-SEC-005 is unknown
        const QJsonArray skipped = root.value(QStringLiteral("prod")).toObject().value(QStringLiteral("skipped")).toArray();
        QVERIFY(std::any_of(skipped.begin(), skipped.end(), [](const QJsonValue& item) {
            return item.toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("reused credentials cannot be found"));
        }));
    }

    void canarySecretNeverLeaks()
    {
        QTemporaryDir folder;
        const QByteArray canary = "CANARY-7f3a9c-Zq81-do-not-leak";
        write(folder.filePath(QStringLiteral("dev.json")),
            "[{\"Id\": \"0123456789abcdef\", \"Name\": \"/app\", \"Config\": {\"Image\": \"acme/app:1\", \"User\": \"\", \"Env\": [\"API_TOKEN=" + canary
                + "\"]}, \"HostConfig\": {\"Privileged\": false}}]");
        write(folder.filePath(QStringLiteral("prod.yaml")),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: acme/app:1\n      env:\n        - name: API_TOKEN\n          value: \""
                + canary + "\"\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  token: \"" + canary + "\"\n");
        const QString dev = folder.filePath(QStringLiteral("dev.json"));
        const QString prod = folder.filePath(QStringLiteral("prod.yaml"));
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        const QString report = folder.filePath(QStringLiteral("report.json"));
        QList<Run> runs;
        runs << cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod }, m_home.path());
        runs << cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod, QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("-o"), report },
            m_home.path());
        runs << cli({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), prod }, m_home.path());
        runs << cli({ QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), prod, QStringLiteral("-o"), snapshot }, m_home.path());
        for (const Run& run : runs) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(!run.out.contains(canary) && !run.err.contains(canary));
        }
        QStringList written { report, snapshot };
        for (const char* format : { "sarif", "markdown", "html", "pdf" }) {
            const QString path = folder.filePath(QStringLiteral("report.") + QLatin1String(format));
            const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod, QStringLiteral("--format"),
                                    QLatin1String(format), QStringLiteral("-o"), path },
                m_home.path());
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(!run.out.contains(canary) && !run.err.contains(canary));
            written << path;
        }
        for (const QString& path : written) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.isEmpty());
            QVERIFY2(!content.contains(canary), qPrintable(path));
        }
        // PDF streams are compressed: read the PDF's text, which would show the canary if it were there.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), { folder.filePath(QStringLiteral("report.pdf")), QStringLiteral("-") });
            QVERIFY(pdftotext.waitForFinished(60000));
            const QByteArray text = pdftotext.readAllStandardOutput();
            QVERIFY(text.contains("API_TOKEN")); // the variable is named ...
            QVERIFY(!text.contains(canary)); // ... its value never
        }
        // The reused credential is still found, by fingerprint.
        QVERIFY(runs.first().out.contains("CR-SEC-005"));
        // And the saved snapshot imports again like any other input.
        const Run again = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), snapshot }, m_home.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("CR-SEC-005"));
    }

    void configMapCanaryNeverLeaks()
    {
        // A developer's environment variable and the same value in a production ConfigMap:
        // found as reused and as a ConfigMap credential, by name and fingerprint only.
        QTemporaryDir folder;
        const QByteArray canary = "CANARY-cm-51d0e-Hq27-do-not-leak";
        const QString dev = folder.filePath(QStringLiteral("dev.json"));
        const QString prod = folder.filePath(QStringLiteral("prod.yaml"));
        write(dev,
            "[{\"Id\": \"0123456789abcdef\", \"Name\": \"/api\", \"Config\": {\"Image\": \"acme/api:1\", \"User\": \"\", \"Env\": [\"DB_PASSWORD=" + canary
                + "\"]}, \"HostConfig\": {\"Privileged\": false}}]");
        write(prod,
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  DB_PASSWORD: \"" + canary
                + "\"\n  LOG_LEVEL: info\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unused\ndata:\n  token: \"" + canary
                + "\"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n"
                  "    spec:\n      containers:\n      - name: api\n        image: acme/api:1\n        envFrom:\n        - configMapRef: {name: api-config}\n");
        const QString snapshot = folder.filePath(QStringLiteral("prod.crossroads.json"));
        QStringList written { snapshot };
        QList<Run> runs;
        runs << cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod }, m_home.path());
        runs << cli({ QStringLiteral("check"), QStringLiteral("--side"), QStringLiteral("prod"), prod }, m_home.path());
        runs << cli({ QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"), prod, QStringLiteral("-o"), snapshot }, m_home.path());
        for (const char* format : { "json", "sarif", "markdown", "html", "pdf" }) {
            const QString path = folder.filePath(QStringLiteral("report.") + QLatin1String(format));
            runs << cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prod, QStringLiteral("--format"),
                            QLatin1String(format), QStringLiteral("-o"), path },
                m_home.path());
            written << path;
        }
        for (const Run& run : runs) {
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
            QVERIFY(!run.out.contains(canary) && !run.err.contains(canary));
        }
        for (const QString& path : written) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.isEmpty());
            QVERIFY2(!content.contains(canary), qPrintable(path));
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), { folder.filePath(QStringLiteral("report.pdf")), QStringLiteral("-") });
            QVERIFY(pdftotext.waitForFinished(60000));
            QVERIFY(!pdftotext.readAllStandardOutput().contains(canary));
        }
        const QByteArray text = runs.first().out;
        QVERIFY2(text.contains("CR-SEC-005") && text.contains("CR-SEC-006"), text.constData());
        QVERIFY(text.contains("api-config/DB_PASSWORD"));
        // The saved snapshot keeps the fingerprints: the reuse is found from it too.
        const Run again = cli({ QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), snapshot }, m_home.path());
        QVERIFY2(again.out.contains("CR-SEC-005"), again.out.constData());
        QVERIFY(!again.out.contains(canary));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
