// SPDX-License-Identifier: Apache-2.0
// Posture history on real repositories: built with libgit2 and with the git command line, read
// back by both; tags, a branch, paging, a bare clone, a shallow clone, a corrupted object, locks.
#include "testpaths.h"
#include "testsupport.h"

#include "compare/comparator.h"
#include "history/posturehistory.h"
#include "history/revisioncomparison.h"
#include "history/revisionspec.h"
#include "history/snapshotdrift.h"
#include "importers/factimplications.h"
#include "snapshot/snapshotfile.h"

#include <git2.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace crossroads;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

/// Runs a program with a private HOME and fixed identities, so the user's config never leaks in.
Run run(const QString& program, const QStringList& arguments, const QString& home, const QString& workingDirectory = {},
    int date = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Ops"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada Ops"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.org"));
    if (date > 0) {
        // Distinct, increasing times: "newest first" is then unambiguous.
        const QString stamp = QStringLiteral("@%1 +0100").arg(1'700'000'000 + date * 60);
        environment.insert(QStringLiteral("GIT_AUTHOR_DATE"), stamp);
        environment.insert(QStringLiteral("GIT_COMMITTER_DATE"), stamp);
    }
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

Snapshot demo(Side side)
{
    const QString path
        = side == Side::Dev ? QStringLiteral(":/crossroads/demo/dev") : QStringLiteral(":/crossroads/demo/prod");
    Result<ImportReport> report = test::importFiles({ path }, side);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    report->snapshot.name = side == Side::Dev ? QStringLiteral("demo dev") : QStringLiteral("demo prod");
    return std::move(report->snapshot);
}

/// The demo's production with every container privileged: a release that got worse. What
/// privileged implies follows, as an import would make it follow.
Snapshot privilegedEverywhere(Snapshot snapshot)
{
    for (Workload& workload : snapshot.workloads) {
        for (Container& container : workload.containers) {
            container[FactKey::Privileged].value = true;
            container[FactKey::Privileged].provenance = Provenance::Stated;
        }
        FactImplications::apply(workload);
    }
    return snapshot;
}

int failingChecks(const Snapshot& snapshot)
{
    int failing = 0;
    for (const CheckResult& result :
        Comparator::check(snapshot, RuleCatalogue::builtIn(), Comparator::clusterVersion(snapshot, {})))
        failing += result.outcome.status == CheckStatus::Fail ? 1 : 0;
    return failing;
}

/// A fresh repository made by libgit2 itself, with an identity in its config.
void initWithLibgit2(const QString& path, bool bare)
{
    git_libgit2_init();
    git_repository* repository = nullptr;
    QCOMPARE(git_repository_init(&repository, path.toUtf8().constData(), bare ? 1 : 0), 0);
    git_config* config = nullptr;
    QCOMPARE(git_repository_config(&config, repository), 0);
    QCOMPARE(git_config_set_string(config, "user.name", "Grace Sec"), 0);
    QCOMPARE(git_config_set_string(config, "user.email", "grace@example.org"), 0);
    git_config_free(config);
    git_repository_free(repository);
    git_libgit2_shutdown();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_git;
    QByteArray m_dev, m_prod, m_prodWorse;
    QByteArray m_prodWorseAgain; ///< m_prodWorse collected a minute later
    Snapshot m_prodSnapshot, m_prodWorseSnapshot;
    QString m_repository; ///< built with the git command line by initTestCase, read-only afterwards
    QStringList m_ids; ///< its commits, oldest first

    Run git(const QStringList& arguments, const QString& directory, int date = 0)
    {
        return run(m_git, arguments, m_home.path(), directory, date);
    }

    /// v1.0 (dev + prod) → readme → v1.1 (prod worse, lightweight tag) → main; feature branch off v1.0.
    void buildGitHistory(const QString& path)
    {
        QVERIFY(
            git({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), path },
                {})
                .exitCode
            == 0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada Ops") }, path).exitCode,
            0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ada@example.org") }, path)
                .exitCode,
            0);
        int date = 0;
        auto commit = [&](const QString& message) {
            QCOMPARE(git({ QStringLiteral("add"), QStringLiteral("-A") }, path).exitCode, 0);
            const Run done
                = git({ QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message }, path, ++date);
            QVERIFY2(done.exitCode == 0, done.err.constData());
            m_ids << QString::fromLatin1(
                git({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, path).out.trimmed());
        };
        QVERIFY(writeFile(path + QStringLiteral("/dev/posture.crossroads.json"), m_dev));
        QVERIFY(writeFile(path + QStringLiteral("/prod/posture.crossroads.json"), m_prod));
        commit(QStringLiteral("Release 1.0 posture\n\nBoth sides as shipped."));
        QCOMPARE(git({ QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0"), QStringLiteral("-m"),
                         QStringLiteral("1.0") },
                     path, date)
                     .exitCode,
            0);
        QVERIFY(writeFile(path + QStringLiteral("/README.md"), "posture as code\n"));
        commit(QStringLiteral("Add a README (no snapshot)"));
        QVERIFY(writeFile(path + QStringLiteral("/prod/posture.crossroads.json"), m_prodWorse));
        commit(QStringLiteral("Release 1.1 posture"));
        QCOMPARE(git({ QStringLiteral("tag"), QStringLiteral("v1.1") }, path).exitCode, 0);
        QCOMPARE(git({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                         QStringLiteral("feature"), QStringLiteral("v1.0") },
                     path)
                     .exitCode,
            0);
        QVERIFY(writeFile(path + QStringLiteral("/dev/posture.crossroads.json"), m_prod));
        commit(QStringLiteral("Try production's settings in dev"));
        QCOMPARE(git({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main") }, path).exitCode, 0);
    }

private Q_SLOTS:
    void baselineReportReadFromARevision()
    {
        // A pipeline keeps last release's report in git and fails on what is new since then.
        const QString cli = QStringLiteral(CROSSROADS_CLI_PATH);
        QTemporaryDir work;
        const QString dev = work.filePath(QStringLiteral("dev.crossroads.json"));
        const QString prodBefore = work.filePath(QStringLiteral("prod-1.0.crossroads.json"));
        const QString prodNow = work.filePath(QStringLiteral("prod-1.1.crossroads.json"));
        QVERIFY(writeFile(dev, m_dev) && writeFile(prodBefore, m_prod) && writeFile(prodNow, m_prodWorse));
        const Run report = run(cli, { QStringLiteral("compare"), QStringLiteral("--dev"), dev, QStringLiteral("--prod"), prodBefore,
                                        QStringLiteral("--format"), QStringLiteral("json") }, m_home.path());
        QVERIFY2(report.exitCode == 0, report.err.constData());

        const QString repository = work.filePath(QStringLiteral("reports"));
        QCOMPARE(git({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), repository }, {}).exitCode, 0);
        QVERIFY(writeFile(repository + QStringLiteral("/release/crossroads.json"), report.out));
        QCOMPARE(git({ QStringLiteral("add"), QStringLiteral("-A") }, repository).exitCode, 0);
        QCOMPARE(git({ QStringLiteral("-c"), QStringLiteral("user.name=CI"), QStringLiteral("-c"), QStringLiteral("user.email=ci@example.org"),
                         QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("1.0 report") },
                     repository)
                     .exitCode,
            0);
        QCOMPARE(git({ QStringLiteral("tag"), QStringLiteral("r1.0") }, repository).exitCode, 0);

        const Run now = run(cli, { QStringLiteral("compare"), QStringLiteral("--repo"), repository, QStringLiteral("--dev"), dev,
                                     QStringLiteral("--prod"), prodNow, QStringLiteral("--baseline"), QStringLiteral("r1.0:release/crossroads.json"),
                                     QStringLiteral("--fail-on-new"), QStringLiteral("--format"), QStringLiteral("json") },
            m_home.path());
        QCOMPARE(now.exitCode, 1); // production got worse since the 1.0 report
        const QJsonObject root = QJsonDocument::fromJson(now.out).object();
        QCOMPARE(root.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("r1.0:release/crossroads.json"));
        bool sawNew = false;
        for (const QJsonValue gap : root.value(QStringLiteral("gaps")).toArray())
            sawNew = sawNew || gap.toObject().value(QStringLiteral("baseline_state")).toString() == QLatin1String("new");
        QVERIFY(sawNew);

        const Run unknown = run(cli, { QStringLiteral("compare"), QStringLiteral("--repo"), repository, QStringLiteral("--dev"), dev,
                                         QStringLiteral("--prod"), prodNow, QStringLiteral("--baseline"), QStringLiteral("r9.9:release/crossroads.json") },
            m_home.path());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("r9.9"));
    }

    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_git = QStandardPaths::findExecutable(QStringLiteral("git"));
        m_dev = SnapshotFile::toJson(demo(Side::Dev));
        m_prodSnapshot = demo(Side::Prod);
        m_prod = SnapshotFile::toJson(m_prodSnapshot);
        m_prodWorseSnapshot = privilegedEverywhere(m_prodSnapshot);
        m_prodWorse = SnapshotFile::toJson(m_prodWorseSnapshot);
        Snapshot recollected = m_prodWorseSnapshot; // the same environment, collected a minute later
        recollected.collectedAt = recollected.collectedAt.isValid() ? recollected.collectedAt.addSecs(60)
                                                                    : QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        m_prodWorseAgain = SnapshotFile::toJson(recollected);
        QVERIFY(failingChecks(m_prodWorseSnapshot) > failingChecks(m_prodSnapshot));
        if (!m_git.isEmpty()) {
            m_repository = m_home.filePath(QStringLiteral("posture"));
            buildGitHistory(m_repository);
        }
    }

    void revisionSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("path");
        QTest::addRow("tag and nested path") << QStringLiteral("v1.4:prod/a.crossroads.json") << QStringLiteral("v1.4")
                                             << QStringLiteral("prod/a.crossroads.json");
        QTest::addRow("colon in path") << QStringLiteral("main~2:a:b.json") << QStringLiteral("main~2")
                                       << QStringLiteral("a:b.json");
        QTest::addRow("no colon") << QStringLiteral("prod.json") << QString() << QString();
        QTest::addRow("no path") << QStringLiteral("v1:") << QString() << QString();
    }
    void revisionSpec()
    {
        QFETCH(QString, text);
        QFETCH(QString, revision);
        QFETCH(QString, path);
        const Result<RevisionSpec> spec = RevisionSpec::parse(text);
        QCOMPARE(spec.ok(), !revision.isEmpty());
        if (spec) {
            QCOMPARE(spec->revision, revision);
            QCOMPARE(spec->path, path);
        }
    }

    void notARepositoryAndEmpty()
    {
        QTemporaryDir plain;
        const Result<PostureHistory> none = PostureHistory::open(plain.path());
        QVERIFY(!none);
        QVERIFY2(
            none.error().message.contains(QLatin1String("not a git repository")), qPrintable(none.error().toString()));
        QVERIFY(!PostureHistory::open(plain.filePath(QStringLiteral("missing"))));

        initWithLibgit2(plain.path(), false);
        Result<PostureHistory> empty = PostureHistory::open(plain.path());
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error().toString()));
        const Result<RevisionPage> page = empty->revisions({}, 0, 10);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(QLatin1String("empty")), qPrintable(page.error().toString()));
        QVERIFY(!empty->loadSnapshot(QStringLiteral("HEAD"), QStringLiteral("x.crossroads.json")));
    }

    void commitThroughApi_data()
    {
        QTest::addColumn<bool>("bare");
        QTest::addRow("working tree") << false;
        QTest::addRow("bare") << true;
    }
    void commitThroughApi()
    {
        QFETCH(bool, bare);
        QTemporaryDir folder;
        initWithLibgit2(folder.path(), bare);
        Result<PostureHistory> history = PostureHistory::open(folder.path());
        QVERIFY(history);
        QCOMPARE(history->isBare(), bare);

        const auto commit
            = [&](const QByteArray& content, const QString& path, const QString& message, const QString& branch = {}) {
                  return history->commitSnapshot(SnapshotCommit { content, path, branch, message });
              };
        const Result<CommitOutcome> first
            = commit(m_dev, QStringLiteral("dev/posture.crossroads.json"), QStringLiteral("Dev posture"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QVERIFY(first->createdBranch);
        const QString branch = first->branch; // whatever HEAD named: the repository's default
        QVERIFY(!branch.isEmpty());
        const Result<CommitOutcome> second
            = commit(m_prod, QStringLiteral("prod/posture.crossroads.json"), QStringLiteral("Prod posture"));
        QVERIFY(second);
        QVERIFY(!second->createdBranch);
        QVERIFY2(second->workTreeNotUpdated.isEmpty(), qPrintable(second->workTreeNotUpdated));
        const Result<CommitOutcome> third
            = commit(m_prodWorse, QStringLiteral("prod/posture.crossroads.json"), QStringLiteral("Prod got worse"));
        QVERIFY(third);
        QVERIFY(!third->unchanged);
        // The same bytes again (a pipeline re-run): no empty revision, the tip is named.
        const Result<CommitOutcome> again
            = commit(m_prodWorse, QStringLiteral("prod/posture.crossroads.json"), QStringLiteral("Prod got worse, re-run"));
        QVERIFY(again);
        QVERIFY(again->unchanged);
        QCOMPARE(again->commitId, third->commitId);
        // A branch that does not exist is refused, naming the ones that do, unless asked for.
        const Result<CommitOutcome> mistyped = commit(m_prod, QStringLiteral("prod/posture.crossroads.json"),
            QStringLiteral("Back to 1.0 on a side branch"), QStringLiteral("hotfix"));
        QVERIFY(!mistyped);
        QVERIFY2(mistyped.error().message.contains(QStringLiteral("branch hotfix does not exist (branches: %1)").arg(branch)),
            qPrintable(mistyped.error().toString()));
        const Result<CommitOutcome> side = history->commitSnapshot(SnapshotCommit { m_prod, QStringLiteral("prod/posture.crossroads.json"),
            QStringLiteral("hotfix"), QStringLiteral("Back to 1.0 on a side branch"), true });
        QVERIFY(side);
        QVERIFY(side->createdBranch);

        // Refused without changing anything: not a snapshot, a path outside, no message.
        for (const auto& [content, path, message] : { std::tuple { QByteArray("{\"kind\": \"Pod\"}"),
                                                          QStringLiteral("x.crossroads.json"), QStringLiteral("m") },
                 std::tuple { QByteArray("apiVersion: v1\nkind: Pod\n"), QStringLiteral("x.crossroads.json"),
                     QStringLiteral("m") },
                 std::tuple { m_prod, QStringLiteral("../x.crossroads.json"), QStringLiteral("m") },
                 std::tuple { m_prod, QStringLiteral(".git/x.crossroads.json"), QStringLiteral("m") },
                 std::tuple { m_prod, QStringLiteral("x.crossroads.json"), QStringLiteral("  ") } }) {
            const Result<CommitOutcome> refused = commit(content, path, message);
            QVERIFY(!refused);
        }
        const Result<CommitOutcome> notSnapshot
            = commit("{\"kind\": \"Pod\"}", QStringLiteral("x.crossroads.json"), QStringLiteral("m"));
        QVERIFY(notSnapshot.error().message.contains(QLatin1String("not a Crossroads snapshot")));

        const Result<RevisionPage> page = history->revisions({}, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->revisions.size(), std::size_t(3)); // HEAD's history; hotfix is another branch
        QCOMPARE(page->revisions[0].summary, QStringLiteral("Prod got worse"));
        QCOMPARE(page->revisions[0].id, third->commitId);
        QCOMPARE(page->revisions[0].branches, QStringList { branch });
        QCOMPARE(page->revisions[0].authorName, QStringLiteral("Grace Sec"));
        QCOMPARE(page->revisions[2].changedPaths, QStringList { QStringLiteral("dev/posture.crossroads.json") });
        const Result<Snapshot> loaded
            = history->loadSnapshot(second->commitId, QStringLiteral("prod/posture.crossroads.json"));
        QVERIFY(loaded);
        QCOMPARE(loaded->side, Side::Prod);
        QCOMPARE(loaded->workloads.size(), m_prodSnapshot.workloads.size());
        QCOMPARE(failingChecks(*loaded), failingChecks(m_prodSnapshot));
        QCOMPARE(history->snapshotPaths(QStringLiteral("hotfix"))->size(), 2);

        if (!bare) {
            // The checked-out branch's files followed its commits; the side branch's did not.
            QFile file(folder.filePath(QStringLiteral("prod/posture.crossroads.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), m_prodWorse);
        }
        if (m_git.isEmpty())
            QSKIP("git command line not installed; the history was checked through libgit2 only");
        const Run log = git({ QStringLiteral("log"), QStringLiteral("--format=%s|%an"), branch }, folder.path());
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(log.out, QByteArray("Prod got worse|Grace Sec\nProd posture|Grace Sec\nDev posture|Grace Sec\n"));
        const Run show
            = git({ QStringLiteral("show"), QStringLiteral("hotfix:prod/posture.crossroads.json") }, folder.path());
        QCOMPARE(show.out, m_prod);
        QCOMPARE(git({ QStringLiteral("rev-parse"), QStringLiteral("hotfix~1") }, folder.path()).out.trimmed(),
            third->commitId.toLatin1());
        const Run fsck = git({ QStringLiteral("fsck"), QStringLiteral("--strict") }, folder.path());
        QVERIFY2(fsck.exitCode == 0, fsck.err.constData());
    }

    void readGitHistory()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        Result<PostureHistory> history = PostureHistory::open(m_repository);
        QVERIFY(history);
        const Result<RevisionPage> page = history->revisions({}, 0, 0);
        QVERIFY(page);
        QCOMPARE(page->revisions.size(), std::size_t(2)); // the README commit touched no snapshot
        const Revision& newest = page->revisions[0];
        QCOMPARE(newest.id, m_ids[2]);
        QCOMPARE(newest.tags, QStringList { QStringLiteral("v1.1") });
        QCOMPARE(newest.branches, QStringList { QStringLiteral("main") });
        QCOMPARE(newest.changedPaths, QStringList { QStringLiteral("prod/posture.crossroads.json") });
        QCOMPARE(newest.authorEmail, QStringLiteral("ada@example.org"));
        QCOMPARE(newest.authoredAt.offsetFromUtc(), 3600);
        // Further back than the history goes: said so, with how far it goes (three commits).
        const Result<Snapshot> tooFar = history->loadSnapshot(QStringLiteral("main~5"), QStringLiteral("prod/posture.crossroads.json"));
        QVERIFY(!tooFar);
        QVERIFY2(tooFar.error().message.contains(QLatin1String("goes back further than the history of main, which has 3 commits")),
            qPrintable(tooFar.error().toString()));
        const Revision& oldest = page->revisions[1];
        QCOMPARE(oldest.tags, QStringList { QStringLiteral("v1.0") }); // annotated, peeled to its commit
        QCOMPARE(oldest.summary, QStringLiteral("Release 1.0 posture"));
        QCOMPARE(oldest.message, QStringLiteral("Release 1.0 posture\n\nBoth sides as shipped."));
        QCOMPARE(oldest.changedPaths.size(), 2);

        // Paging, one path, every branch, a start point.
        const Result<RevisionPage> first = history->revisions({}, 0, 1);
        QVERIFY(first && first->more && first->revisions.size() == 1 && first->revisions[0].id == m_ids[2]);
        const Result<RevisionPage> second = history->revisions({}, 1, 1);
        QVERIFY(second && !second->more && second->revisions.size() == 1 && second->revisions[0].id == m_ids[0]);
        QCOMPARE(
            history->revisions(QStringLiteral("dev/posture.crossroads.json"), 0, 0)->revisions.size(), std::size_t(1));
        QCOMPARE(history->revisions(QStringLiteral("dev"), 0, 0)->revisions.size(), std::size_t(1));
        QCOMPARE(history->revisions(QStringLiteral("README.md"), 0, 0)->revisions.size(), std::size_t(1));
        RevisionQuery twoPaths;
        twoPaths.pathFilters
            = QStringList { QStringLiteral("dev/posture.crossroads.json"), QStringLiteral("README.md") };
        twoPaths.limit = 0;
        QCOMPARE(history->revisions(twoPaths)->revisions.size(), std::size_t(2));
        RevisionQuery everything;
        everything.allBranchesAndTags = true;
        everything.limit = 0;
        QCOMPARE(history->revisions(everything)->revisions.size(), std::size_t(3));
        QCOMPARE(history->revisions(everything)->revisions[0].branches, QStringList { QStringLiteral("feature") });
        RevisionQuery fromFeature;
        fromFeature.startPoints = QStringList { QStringLiteral("feature") };
        QCOMPARE(history->revisions(fromFeature)->revisions.size(), std::size_t(2));
        RevisionQuery unknownStart;
        unknownStart.startPoints = QStringList { QStringLiteral("v9.9") };
        QVERIFY(history->revisions(unknownStart).error().message.contains(QLatin1String("unknown revision")));

        // Snapshots straight from the object database.
        const Result<Snapshot> before
            = history->loadSnapshot(QStringLiteral("v1.0"), QStringLiteral("prod/posture.crossroads.json"));
        const Result<Snapshot> after
            = history->loadSnapshot(QStringLiteral("v1.1"), QStringLiteral("prod/posture.crossroads.json"));
        QVERIFY2(before, before ? "" : qPrintable(before.error().toString()));
        QVERIFY(after);
        QCOMPARE(before->inputs.front().path, QStringLiteral("v1.0:prod/posture.crossroads.json"));
        QCOMPARE(failingChecks(*before), failingChecks(m_prodSnapshot));
        QCOMPARE(failingChecks(*after), failingChecks(m_prodWorseSnapshot));
        QCOMPARE(*history->snapshotPaths(QStringLiteral("v1.1")),
            (QStringList {
                QStringLiteral("dev/posture.crossroads.json"), QStringLiteral("prod/posture.crossroads.json") }));
        QCOMPARE(history->resolve(QStringLiteral("main~1"))->id, m_ids[1]);

        const Result<Snapshot> unknown
            = history->loadSnapshot(QStringLiteral("v7"), QStringLiteral("prod/posture.crossroads.json"));
        QVERIFY(unknown.error().message.contains(QLatin1String("unknown revision \"v7\"")));
        const Result<Snapshot> missing
            = history->loadSnapshot(QStringLiteral("v1.0"), QStringLiteral("staging/posture.crossroads.json"));
        QVERIFY(missing.error().message.contains(QLatin1String("does not exist at revision \"v1.0\"")));
        const Result<Snapshot> notSnapshot = history->loadSnapshot(QStringLiteral("main"), QStringLiteral("README.md"));
        QVERIFY(notSnapshot.error().message.contains(QLatin1String("not a Crossroads snapshot")));

        // dev@v1.0 against prod@v1.1, and production's drift between the releases.
        const Result<Snapshot> dev
            = history->loadSnapshot(QStringLiteral("v1.0"), QStringLiteral("dev/posture.crossroads.json"));
        QVERIFY(dev);
        const Comparison comparison = Comparator::compare(*dev, *after, RuleCatalogue::builtIn());
        const Comparison baseline = Comparator::compare(*dev, *before, RuleCatalogue::builtIn());
        QVERIFY(comparison.classificationCounts[static_cast<int>(Classification::Regression)]
            > baseline.classificationCounts[static_cast<int>(Classification::Regression)]);
        std::vector<int> percents;
        const Result<Comparison> job = RevisionComparison::run(m_repository,
            *RevisionSpec::parse(QStringLiteral("v1.0:dev/posture.crossroads.json")),
            *RevisionSpec::parse(QStringLiteral("v1.1:prod/posture.crossroads.json")), {},
            [&](int percent, const QString&) { percents.push_back(percent); });
        QVERIFY(job);
        QCOMPARE(job->failingBySeverity, comparison.failingBySeverity);
        QCOMPARE(job->prod.inputs.front().path, QStringLiteral("v1.1:prod/posture.crossroads.json"));
        QCOMPARE(percents.back(), 100);
        const std::atomic_bool stop { true };
        const Result<Comparison> stoppedJob = RevisionComparison::run(m_repository,
            *RevisionSpec::parse(QStringLiteral("v1.0:dev/posture.crossroads.json")),
            *RevisionSpec::parse(QStringLiteral("v1.1:prod/posture.crossroads.json")), {}, {}, &stop);
        QVERIFY(!stoppedJob && stoppedJob.error().cancelled);
        const Drift drift = SnapshotDrift::between(*before, *after, RuleCatalogue::builtIn());
        QVERIFY(drift.count(DriftKind::Worse) > 0);
        QCOMPARE(drift.count(DriftKind::Worse) + drift.count(DriftKind::Appeared) - drift.count(DriftKind::Better)
                - drift.count(DriftKind::Disappeared),
            failingChecks(*after) - failingChecks(*before));
        for (const CheckChange& change : drift.changes) {
            if (change.kind == DriftKind::Worse)
                QCOMPARE(change.after, CheckStatus::Fail);
        }
        const Drift back = SnapshotDrift::between(*after, *before, RuleCatalogue::builtIn());
        QCOMPARE(back.count(DriftKind::Better), drift.count(DriftKind::Worse));
        QCOMPARE(SnapshotDrift::between(*before, *before, RuleCatalogue::builtIn()).changes.size(), std::size_t(0));
    }

    void timeline()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        Result<PostureHistory> history = PostureHistory::open(m_repository);
        QVERIFY(history);
        const Result<RevisionPage> page = history->revisions({}, 0, 0);
        QVERIFY(page);
        std::vector<int> seen;
        const auto points = PostureTimeline::compute(m_repository, page->revisions, {}, [&](int done, int total) {
            seen.push_back(done);
            return total == 2;
        });
        QVERIFY(points);
        QCOMPARE(seen, (std::vector<int> { 1, 2 }));
        QCOMPARE((*points)[0].failing(), failingChecks(m_prodWorseSnapshot) + failingChecks(demo(Side::Dev)));
        QCOMPARE((*points)[1].failing(), failingChecks(m_prodSnapshot) + failingChecks(demo(Side::Dev)));
        QCOMPARE((*points)[1].snapshots.size(), 2);
        QVERIFY((*points)[0].failingBySeverity[static_cast<int>(Severity::Critical)]
            > (*points)[1].failingBySeverity[static_cast<int>(Severity::Critical)]);

        // dev against prod at each revision: the comparison's failing gaps.
        const QString devPath = QStringLiteral("dev/posture.crossroads.json");
        const QString prodPath = QStringLiteral("prod/posture.crossroads.json");
        const auto gaps = PostureTimeline::computeGaps(m_repository, page->revisions, devPath, prodPath);
        QVERIFY(gaps);
        for (std::size_t i = 0; i < 2; ++i) {
            const QString id = page->revisions[i].id;
            const Comparison expected = Comparator::compare(
                *history->loadSnapshot(id, devPath), *history->loadSnapshot(id, prodPath), RuleCatalogue::builtIn());
            QCOMPARE((*gaps)[i].failingBySeverity, expected.failingBySeverity);
            QCOMPARE((*gaps)[i].problems.size(), std::size_t(0));
        }
        QVERIFY((*gaps)[0].failing() > (*gaps)[1].failing());
        const auto missing = PostureTimeline::computeGaps(
            m_repository, page->revisions, devPath, QStringLiteral("staging/posture.crossroads.json"));
        QVERIFY(missing);
        QCOMPARE((*missing)[0].failing(), 0);
        QCOMPARE((*missing)[0].problems.size(), std::size_t(1));
        QVERIFY((*missing)[0].problems.front().message.contains(QLatin1String("does not exist")));

        const auto cancelled
            = PostureTimeline::compute(m_repository, page->revisions, {}, [](int, int) { return false; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().cancelled);
    }

    void bareAndShallowClones()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        QTemporaryDir folder;
        const QString bare = folder.filePath(QStringLiteral("bare.git"));
        QCOMPARE(
            git({ QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), m_repository, bare }, {})
                .exitCode,
            0);
        Result<PostureHistory> history = PostureHistory::open(bare);
        QVERIFY(history);
        QVERIFY(history->isBare());
        const Result<RevisionPage> page = history->revisions({}, 0, 0);
        QVERIFY(page);
        QCOMPARE(page->revisions.size(), std::size_t(2));
        QCOMPARE(page->revisions[0].id, m_ids[2]);
        QVERIFY(history->loadSnapshot(QStringLiteral("v1.0"), QStringLiteral("dev/posture.crossroads.json")));
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Bare Bot") }, bare).exitCode,
            0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("bot@example.org") }, bare)
                .exitCode,
            0);
        const Result<CommitOutcome> committed
            = history->commitSnapshot(SnapshotCommit { m_prod, QStringLiteral("prod/posture.crossroads.json"),
                QStringLiteral("main"), QStringLiteral("Roll back to 1.0") });
        QVERIFY2(committed, committed ? "" : qPrintable(committed.error().toString()));
        const Run log = git({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%s|%P"),
                                QStringLiteral("main") },
            bare);
        QCOMPARE(log.out.trimmed(), QByteArray("Bare Bot|Roll back to 1.0|") + m_ids[2].toLatin1());
        QCOMPARE(git({ QStringLiteral("diff"), QStringLiteral("--quiet"), QStringLiteral("v1.0"),
                         QStringLiteral("main"), QStringLiteral("--"), QStringLiteral("prod") },
                     bare)
                     .exitCode,
            0);

        const QString shallow = folder.filePath(QStringLiteral("shallow"));
        const Run cloned = git({ QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--depth"),
                                   QStringLiteral("1"), QStringLiteral("file://") + m_repository, shallow },
            {});
        QCOMPARE(cloned.exitCode, 0);
        Result<PostureHistory> partial = PostureHistory::open(shallow);
        QVERIFY(partial);
        QVERIFY(partial->isShallow());
        const Result<RevisionPage> partialPage = partial->revisions({}, 0, 0);
        // libgit2 1.5 cannot walk past a shallow boundary; whatever it does, it must say why.
        if (!partialPage)
            QVERIFY2(partialPage.error().message.contains(QLatin1String("shallow")),
                qPrintable(partialPage.error().toString()));
        QVERIFY(partial->loadSnapshot(QStringLiteral("HEAD"), QStringLiteral("prod/posture.crossroads.json")));
    }

    void corruptedObject()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        QTemporaryDir folder;
        // A fresh repository keeps loose objects (one zlib file each); copy it and break one.
        const QString copy = folder.filePath(QStringLiteral("copy"));
        QCOMPARE(run(QStringLiteral("cp"), { QStringLiteral("-a"), m_repository, copy }, m_home.path()).exitCode, 0);
        const QByteArray blob
            = git({ QStringLiteral("rev-parse"), QStringLiteral("v1.0:prod/posture.crossroads.json") }, copy)
                  .out.trimmed();
        QCOMPARE(blob.size(), 40);
        const QString loose = copy + QStringLiteral("/.git/objects/") + QString::fromLatin1(blob.left(2))
            + QLatin1Char('/') + QString::fromLatin1(blob.mid(2));
        QVERIFY(QFile::setPermissions(loose, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(writeFile(loose, QByteArray("this is not a zlib stream").repeated(8)));

        Result<PostureHistory> history = PostureHistory::open(copy);
        QVERIFY(history);
        const Result<RevisionPage> page = history->revisions({}, 0, 0);
        QVERIFY(page); // listing compares object ids only; the broken blob is never read
        const Result<Snapshot> broken
            = history->loadSnapshot(QStringLiteral("v1.0"), QStringLiteral("prod/posture.crossroads.json"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QLatin1String("corrupted")), qPrintable(broken.error().toString()));
        QVERIFY(history->loadSnapshot(QStringLiteral("v1.1"), QStringLiteral("prod/posture.crossroads.json")));
        const auto points = PostureTimeline::compute(copy, page->revisions);
        QVERIFY(points);
        QCOMPARE((*points)[0].problems.size(), std::size_t(0));
        QCOMPARE((*points)[1].problems.size(), std::size_t(1));
        QCOMPARE((*points)[1].snapshots, QStringList { QStringLiteral("dev/posture.crossroads.json") });
    }

    void locks()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("copy"));
        QCOMPARE(git({ QStringLiteral("clone"), QStringLiteral("-q"), m_repository, copy }, {}).exitCode, 0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada Ops") }, copy).exitCode,
            0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ada@example.org") }, copy)
                .exitCode,
            0);
        Result<PostureHistory> history = PostureHistory::open(copy);
        QVERIFY(history);
        const SnapshotCommit request { m_prod, QStringLiteral("prod/posture.crossroads.json"), QStringLiteral("main"),
            QStringLiteral("Roll back") };

        QVERIFY(writeFile(copy + QStringLiteral("/.git/refs/heads/main.lock"), {}));
        const Result<CommitOutcome> refLocked = history->commitSnapshot(request);
        QVERIFY(!refLocked);
        QVERIFY2(refLocked.error().message.contains(QLatin1String("locked")), qPrintable(refLocked.error().toString()));
        QVERIFY(QFile::remove(copy + QStringLiteral("/.git/refs/heads/main.lock")));

        QVERIFY(writeFile(copy + QStringLiteral("/.git/index.lock"), {}));
        const Result<CommitOutcome> indexLocked = history->commitSnapshot(request);
        QVERIFY(!indexLocked);
        QVERIFY2(indexLocked.error().message.contains(QLatin1String("index is locked")),
            qPrintable(indexLocked.error().toString()));
        QVERIFY(QFile::remove(copy + QStringLiteral("/.git/index.lock")));

        QCOMPARE(git({ QStringLiteral("rev-parse"), QStringLiteral("main") }, copy).out.trimmed(),
            m_ids[2].toLatin1()); // nothing moved
        const Result<CommitOutcome> done = history->commitSnapshot(request);
        QVERIFY(done);
        QVERIFY(done->workTreeNotUpdated.isEmpty());
        QCOMPARE(
            git({ QStringLiteral("rev-parse"), QStringLiteral("main~1") }, copy).out.trimmed(), m_ids[2].toLatin1());
    }

    /// Committing to the checked-out branch brings the snapshot's file and index entry along:
    /// otherwise the next ordinary `git commit -a` (from the stale index) takes it back out.
    void checkedOutBranchKeepsItsWorkingTreeInStep()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("copy"));
        QCOMPARE(git({ QStringLiteral("clone"), QStringLiteral("-q"), m_repository, copy }, {}).exitCode, 0);
        for (const auto& [key, value] : { std::pair { QStringLiteral("user.name"), QStringLiteral("Ada Ops") },
                 std::pair { QStringLiteral("user.email"), QStringLiteral("ada@example.org") } })
            QCOMPARE(git({ QStringLiteral("config"), key, value }, copy).exitCode, 0);
        const QString path = QStringLiteral("prod/posture.crossroads.json");
        QVERIFY(writeFile(copy + QStringLiteral("/notes.txt"), "before\n"));
        QCOMPARE(git({ QStringLiteral("add"), QStringLiteral("notes.txt") }, copy).exitCode, 0);
        QCOMPARE(git({ QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Notes") }, copy).exitCode, 0);
        Result<PostureHistory> history = PostureHistory::open(copy);
        QVERIFY(history);
        const Result<CommitOutcome> committed
            = history->commitSnapshot(SnapshotCommit { m_prodWorse, path, {}, QStringLiteral("Prod got worse") });
        QVERIFY2(committed, committed ? "" : qPrintable(committed.error().toString()));
        QVERIFY2(committed->workTreeNotUpdated.isEmpty(), qPrintable(committed->workTreeNotUpdated));
        // git itself sees a clean tree holding the new snapshot ...
        QCOMPARE(git({ QStringLiteral("status"), QStringLiteral("--porcelain") }, copy).out, QByteArray());
        QFile file(copy + QLatin1Char('/') + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_prodWorse);
        file.close();
        // ... and an ordinary commit made afterwards keeps it.
        QVERIFY(writeFile(copy + QStringLiteral("/notes.txt"), "after\n"));
        QCOMPARE(git({ QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("More notes") }, copy).exitCode, 0);
        QCOMPARE(git({ QStringLiteral("show"), QStringLiteral("HEAD:") + path }, copy).out, m_prodWorse);

        // A local edit of the snapshot's file is never overwritten: refused before anything is written.
        const QByteArray tip = git({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, copy).out;
        const QByteArray localEdit = m_prodWorse + "\n";
        QVERIFY(writeFile(copy + QLatin1Char('/') + path, localEdit));
        const Result<CommitOutcome> refused
            = history->commitSnapshot(SnapshotCommit { m_prod, path, {}, QStringLiteral("Back to the old posture") });
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("changes that are not committed")), qPrintable(refused.error().toString()));
        QCOMPARE(git({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, copy).out, tip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), localEdit);
        file.close();

        // The same posture as the tip, over the local edit: nothing to commit, and the edit is said.
        const Result<CommitOutcome> overEdit
            = history->commitSnapshot(SnapshotCommit { m_prodWorseAgain, path, {}, QStringLiteral("Re-collected") });
        QVERIFY(overEdit && overEdit->unchanged && overEdit->workTreeDiffers);

        // The same posture collected again later is no new revision.
        QCOMPARE(git({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--"), path }, copy).exitCode, 0);
        QVERIFY(m_prodWorseAgain != m_prodWorse);
        const Result<CommitOutcome> again
            = history->commitSnapshot(SnapshotCommit { m_prodWorseAgain, path, {}, QStringLiteral("Re-collected") });
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->unchanged);
        QVERIFY(!again->workTreeDiffers);
        QCOMPARE(again->commitId.toLatin1(), tip.trimmed());
    }

    void commandLine()
    {
        if (m_git.isEmpty())
            QSKIP("git command line not installed");
        const QString cli = QStringLiteral(CROSSROADS_CLI_PATH);
        const Run text = run(cli, { QStringLiteral("history"), QStringLiteral("--repo"), m_repository }, m_home.path());
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("(v1.1, main) Release 1.1 posture"));
        QVERIFY(text.out.contains("(v1.0) Release 1.0 posture"));
        QVERIFY(!text.out.contains("README"));

        const Run json = run(cli,
            { QStringLiteral("history"), QStringLiteral("--repo"), m_repository, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--path"), QStringLiteral("prod/posture.crossroads.json"),
                QStringLiteral("--limit"), QStringLiteral("1") },
            m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.history/v1"));
        QVERIFY(root.value(QStringLiteral("more")).toBool());
        const QJsonObject newest = root.value(QStringLiteral("revisions")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toString(), m_ids[2]);
        QVERIFY(newest.value(QStringLiteral("failing")).toObject().value(QStringLiteral("critical")).toInt() > 0);

        const Run gaps = run(cli,
            { QStringLiteral("history"), QStringLiteral("--repo"), m_repository, QStringLiteral("--dev"),
                QStringLiteral("dev/posture.crossroads.json"), QStringLiteral("--prod"),
                QStringLiteral("prod/posture.crossroads.json") },
            m_home.path());
        QVERIFY2(gaps.exitCode == 0, gaps.err.constData());
        QVERIFY(gaps.out.contains("failing gaps"));
        QVERIFY(gaps.out.contains("(v1.0) Release 1.0 posture"));

        const Run drift = run(cli,
            { QStringLiteral("history"), QStringLiteral("--repo"), m_repository, QStringLiteral("--from"),
                QStringLiteral("v1.0:prod/posture.crossroads.json"), QStringLiteral("--to"),
                QStringLiteral("v1.1:prod/posture.crossroads.json"), QStringLiteral("--format"),
                QStringLiteral("json") },
            m_home.path());
        QVERIFY2(drift.exitCode == 0, drift.err.constData());
        const QJsonObject driftRoot = QJsonDocument::fromJson(drift.out).object();
        QCOMPARE(driftRoot.value(QStringLiteral("schema")).toString(), QStringLiteral("crossroads.drift/v1"));
        QVERIFY(driftRoot.value(QStringLiteral("counts")).toObject().value(QStringLiteral("worse")).toInt() > 0);
        QCOMPARE(driftRoot.value(QStringLiteral("changes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
            QStringLiteral("fail"));

        const Run compare = run(cli,
            { QStringLiteral("compare"), QStringLiteral("--repo"), m_repository, QStringLiteral("--dev"),
                QStringLiteral("v1.0:dev/posture.crossroads.json"), QStringLiteral("--prod"),
                QStringLiteral("v1.1:prod/posture.crossroads.json"), QStringLiteral("--format"),
                QStringLiteral("json") },
            m_home.path());
        QVERIFY2(compare.exitCode == 0, compare.err.constData());
        QCOMPARE(QJsonDocument::fromJson(compare.out).object().value(QStringLiteral("schema")).toString(),
            QStringLiteral("crossroads.comparison/v1"));
        // Sources name the snapshots as REV:PATH, never the temporary copies they were read from.
        QVERIFY(compare.out.contains("v1.0:dev/posture.crossroads.json"));
        QVERIFY(compare.out.contains("v1.1:prod/posture.crossroads.json"));
        QVERIFY(!compare.out.contains("crossroads-cli-"));
        const Run missing = run(cli,
            { QStringLiteral("compare"), QStringLiteral("--repo"), m_repository, QStringLiteral("--dev"),
                QStringLiteral("v1.0:nope.crossroads.json"), QStringLiteral("--prod"),
                QStringLiteral("v1.1:prod/posture.crossroads.json") },
            m_home.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does not exist at revision"));
        const Run notRepository
            = run(cli, { QStringLiteral("history"), QStringLiteral("--repo"), m_home.path() }, m_home.path());
        QCOMPARE(notRepository.exitCode, 2);
        QVERIFY(notRepository.err.contains("not a git repository"));

        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("copy"));
        QCOMPARE(
            git({ QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), m_repository, copy }, {})
                .exitCode,
            0);
        QCOMPARE(
            git({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ci Bot") }, copy).exitCode, 0);
        QCOMPARE(git({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ci@example.org") }, copy)
                     .exitCode,
            0);
        const QStringList toStaging { QStringLiteral("snapshot"), QStringLiteral("--side"), QStringLiteral("prod"),
            QStringLiteral(":/crossroads/demo/prod"), QStringLiteral("--commit"), QStringLiteral("--repo"), copy,
            QStringLiteral("--path"), QStringLiteral("staging/posture.crossroads.json"), QStringLiteral("-m"),
            QStringLiteral("Staging posture from CI"), QStringLiteral("--branch"), QStringLiteral("staging") };
        const Run refused = run(cli, toStaging, m_home.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("branch staging does not exist") && refused.err.contains("--new-branch"), refused.err.constData());
        QCOMPARE(git({ QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"), QStringLiteral("staging") }, copy).exitCode, 1);
        const Run committed = run(cli, toStaging + QStringList { QStringLiteral("--new-branch") }, m_home.path());
        QVERIFY2(committed.exitCode == 0, committed.err.constData());
        QVERIFY(committed.out.contains("(new branch)"));
        const Run log = git({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%s"),
                                QStringLiteral("staging") },
            copy);
        QCOMPARE(log.out.trimmed(), QByteArray("Ci Bot|Staging posture from CI"));
        const Run shown
            = git({ QStringLiteral("show"), QStringLiteral("staging:staging/posture.crossroads.json") }, copy);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("schema")).toString(),
            QStringLiteral("crossroads.snapshot/v2"));
        QCOMPARE(
            git({ QStringLiteral("rev-parse"), QStringLiteral("staging~1") }, copy).out.trimmed(), m_ids[2].toLatin1());

        // With --keep-going and an unreadable input the snapshot is committed (its skipped items
        // name the file) and the status is still 2.
        const QString truncated = folder.filePath(QStringLiteral("truncated.yaml"));
        {
            QFile file(truncated);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("apiVersion: v1\nkind: Pod\nspec: [unclosed\n");
        }
        const Run partial = run(cli,
            { QStringLiteral("snapshot"), QStringLiteral("--keep-going"), QStringLiteral("--side"), QStringLiteral("prod"),
                QStringLiteral(":/crossroads/demo/prod"), truncated, QStringLiteral("--commit"), QStringLiteral("--repo"), copy,
                QStringLiteral("--path"), QStringLiteral("staging/posture.crossroads.json"), QStringLiteral("-m"),
                QStringLiteral("Partial posture"), QStringLiteral("--branch"), QStringLiteral("staging") },
            m_home.path());
        QCOMPARE(partial.exitCode, 2);
        QVERIFY2(partial.err.contains("truncated.yaml") && partial.err.contains("could not be read"), partial.err.constData());
        QCOMPARE(git({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("staging") }, copy).out.trimmed(),
            QByteArray("Partial posture"));
        const QJsonObject partialSnapshot = QJsonDocument::fromJson(
            git({ QStringLiteral("show"), QStringLiteral("staging:staging/posture.crossroads.json") }, copy).out).object();
        QVERIFY(QJsonDocument(partialSnapshot).toJson().contains("truncated.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
