// SPDX-License-Identifier: Apache-2.0
#include "historycommand.h"

#include "clicommands.h"
#include "clioutput.h"
#include "clisupport.h"
#include "common/multivalueoptions.h"
#include "history/posturehistory.h"
#include "history/posturetimeline.h"
#include "history/revisionspec.h"
#include "history/snapshotblob.h"
#include "history/snapshotdrift.h"
#include "rules/check.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace crossroads::cli {

namespace {

/// Removes "--name VALUE" / "--name=VALUE" (any of names) from arguments and returns the last
/// value; nullopt when absent. A flag (no value) yields an empty string.
std::optional<QString> takeOption(QStringList& arguments, const QStringList& names, bool hasValue, bool* missingValue)
{
    std::optional<QString> value;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (!names.contains(name)) {
            ++i;
            continue;
        }
        if (!hasValue) {
            value = QString();
            arguments.removeAt(i);
        } else if (argument.contains(QLatin1Char('='))) {
            value = argument.section(QLatin1Char('='), 1);
            arguments.removeAt(i);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else {
            *missingValue = true;
            arguments.removeAt(i);
        }
    }
    return value;
}

bool contains(const QStringList& arguments, const QString& name)
{
    for (const QString& argument : arguments) {
        if (argument == name || argument.startsWith(name + QLatin1Char('=')))
            return true;
    }
    return false;
}

QString severityLabel(int index)
{
    return QString::fromLatin1(severityName(static_cast<Severity>(index)));
}

QJsonObject revisionJson(const TimelinePoint& point)
{
    const Revision& revision = point.revision;
    QJsonObject failing;
    for (int i = 0; i < 4; ++i)
        failing.insert(severityLabel(i), point.failingBySeverity[static_cast<std::size_t>(i)]);
    QJsonArray problems;
    for (const Error& problem : point.problems)
        problems.append(problem.toString());
    return QJsonObject {
        { QStringLiteral("id"), revision.id },
        { QStringLiteral("author"),
            QJsonObject {
                { QStringLiteral("name"), revision.authorName }, { QStringLiteral("email"), revision.authorEmail } } },
        { QStringLiteral("date"), revision.authoredAt.toString(Qt::ISODate) },
        { QStringLiteral("summary"), revision.summary },
        { QStringLiteral("message"), revision.message },
        { QStringLiteral("tags"), QJsonArray::fromStringList(revision.tags) },
        { QStringLiteral("branches"), QJsonArray::fromStringList(revision.branches) },
        { QStringLiteral("changed"), QJsonArray::fromStringList(revision.changedPaths) },
        { QStringLiteral("snapshots"), QJsonArray::fromStringList(point.snapshots) },
        { QStringLiteral("failing"), failing },
        { QStringLiteral("problems"), problems },
    };
}

QString revisionText(const TimelinePoint& point)
{
    const Revision& revision = point.revision;
    const auto& counts = point.failingBySeverity;
    QStringList refs = revision.tags;
    refs << revision.branches;
    QString line = QStringLiteral("%1  %2  %3 %4 %5 %6  %7%8\n")
                       .arg(revision.shortId, revision.authoredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       .arg(counts[3], 4)
                       .arg(counts[2], 4)
                       .arg(counts[1], 4)
                       .arg(counts[0], 4)
                       .arg(refs.isEmpty() ? QString()
                                           : QLatin1Char('(') + refs.join(QStringLiteral(", ")) + QStringLiteral(") "),
                           revision.summary);
    for (const Error& problem : point.problems)
        line += QStringLiteral("            ! %1\n").arg(problem.toString());
    return line;
}

/// A revision name made safe as a folder name, so temporary copies read "v1.4/prod/….json".
QString folderFor(const QString& revision)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString folder = revision;
    folder.replace(unsafe, QStringLiteral("_"));
    return folder.startsWith(QLatin1Char('.')) ? QLatin1Char('_') + folder : folder;
}

QString statusText(CheckStatus status, const QString& value, bool exists)
{
    if (!exists)
        return tr("absent");
    return value.isEmpty()
        ? QString::fromLatin1(checkStatusName(status))
        : QString::fromLatin1(checkStatusName(status)) + QStringLiteral(" (") + value + QLatin1Char(')');
}

/// `history --from REV:PATH --to REV:PATH`: which checks of one side moved between two revisions.
int runDrift(const PostureHistory& history, const QString& from, const QString& to, bool json)
{
    std::optional<Snapshot> snapshots[2];
    for (int i = 0; i < 2; ++i) {
        Result<RevisionSpec> spec = RevisionSpec::parse(i == 0 ? from : to);
        Result<Snapshot> loaded
            = spec ? history.loadSnapshot(spec->revision, spec->path) : Result<Snapshot>(spec.error());
        if (!loaded) {
            printError(loaded.error().toString());
            return UsageOrInputError;
        }
        snapshots[i] = std::move(loaded).value();
    }
    if (snapshots[0]->side != snapshots[1]->side)
        printError(tr("note: %1 is a %2 snapshot and %3 a %4 one; use compare --repo to set dev against prod")
                       .arg(from, QString::fromLatin1(sideName(snapshots[0]->side)), to,
                           QString::fromLatin1(sideName(snapshots[1]->side))));
    const Drift drift = SnapshotDrift::between(*snapshots[0], *snapshots[1], RuleCatalogue::builtIn());
    QByteArray content;
    if (json) {
        QJsonObject counts;
        QJsonArray changes;
        for (int kind = 0; kind < driftKindCount; ++kind)
            counts.insert(QString::fromLatin1(driftKindName(static_cast<DriftKind>(kind))),
                drift.counts[static_cast<std::size_t>(kind)]);
        for (const CheckChange& change : drift.changes) {
            changes.append(QJsonObject {
                { QStringLiteral("kind"), QString::fromLatin1(driftKindName(change.kind)) },
                { QStringLiteral("check"), change.checkId },
                { QStringLiteral("title"), change.title },
                { QStringLiteral("severity"), QString::fromLatin1(severityName(change.severity)) },
                { QStringLiteral("workload"), change.workload },
                { QStringLiteral("container"), change.container },
                { QStringLiteral("before"),
                    change.kind == DriftKind::Appeared ? QJsonValue()
                                                       : QString::fromLatin1(checkStatusName(change.before)) },
                { QStringLiteral("after"),
                    change.kind == DriftKind::Disappeared ? QJsonValue()
                                                          : QString::fromLatin1(checkStatusName(change.after)) },
                { QStringLiteral("value_before"), change.valueBefore },
                { QStringLiteral("value_after"), change.valueAfter },
            });
        }
        const QJsonObject root { { QStringLiteral("schema"), QStringLiteral("crossroads.drift/v1") },
            { QStringLiteral("from"), from }, { QStringLiteral("to"), to }, { QStringLiteral("counts"), counts },
            { QStringLiteral("changes"), changes } };
        content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        QString text = tr("%1 → %2: %3 worse, %4 appeared, %5 better, %6 disappeared\n")
                           .arg(from, to)
                           .arg(drift.count(DriftKind::Worse))
                           .arg(drift.count(DriftKind::Appeared))
                           .arg(drift.count(DriftKind::Better))
                           .arg(drift.count(DriftKind::Disappeared));
        for (const CheckChange& change : drift.changes) {
            const QString where
                = change.container.isEmpty() ? change.workload : change.workload + QLatin1Char('/') + change.container;
            text += QStringLiteral("  %1 %2 %3 %4: %5 → %6  %7\n")
                        .arg(QString::fromLatin1(driftKindName(change.kind)).toUpper().leftJustified(11),
                            QString::fromLatin1(severityName(change.severity)).leftJustified(8), change.checkId,
                            where.isEmpty() ? tr("engine") : where,
                            statusText(change.before, change.valueBefore, change.kind != DriftKind::Appeared),
                            statusText(change.after, change.valueAfter, change.kind != DriftKind::Disappeared),
                            change.title);
        }
        content = text.toUtf8();
    }
    std::fwrite(content.constData(), 1, static_cast<std::size_t>(content.size()), stdout);
    return Success;
}

} // namespace

int runHistory(const QStringList& arguments)
{
    Options options(tr("List the revisions of a git repository that touched saved snapshots, with the failing checks of "
                       "every snapshot at each revision (each checked on its own, like crossroads-cli check)."));
    const QCommandLineParser& parser = options.parser;
    const QCommandLineOption repo(QStringLiteral("repo"), tr("The git repository (working tree or bare)."), tr("dir"));
    const QCommandLineOption path(QStringLiteral("path"),
        tr("Snapshot file, folder or glob (repeatable; default: *.crossroads.json)."), tr("path"));
    const QCommandLineOption dev(QStringLiteral("dev"),
        tr("With --prod: count the failing gaps of this dev snapshot against the prod one at each revision."),
        tr("path"));
    const QCommandLineOption prod(
        QStringLiteral("prod"), tr("With --dev: the prod snapshot's path in the repository."), tr("path"));
    const QCommandLineOption from(QStringLiteral("from"),
        tr("With --to: list the checks of one side that moved between two revisions."), tr("REV:PATH"));
    const QCommandLineOption to(QStringLiteral("to"), tr("With --from: the later snapshot."), tr("REV:PATH"));
    const QCommandLineOption& format = options.format;
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most N revisions (default 50; 0: all)."), tr("N"), QStringLiteral("50"));
    const QCommandLineOption offset(
        QStringLiteral("offset"), tr("Skip the N newest matching revisions."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Walk every branch and tag, not only HEAD."));
    const QCommandLineOption rev(
        QStringLiteral("rev"), tr("Walk back from this revision instead of HEAD (repeatable)."), tr("rev"));
    options.hasFormat = true;
    options.add({ repo, path, dev, prod, from, to, format, limit, offset, all, rev });
    if (!options.parse(arguments, {}))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageOrInputError;
    bool limitOk = false;
    bool offsetOk = false;
    RevisionQuery query;
    query.pathFilters = parser.values(path);
    const bool gaps = parser.isSet(dev) || parser.isSet(prod);
    if (gaps)
        query.pathFilters = QStringList { parser.value(dev), parser.value(prod) };
    query.limit = parser.value(limit).toInt(&limitOk);
    query.offset = parser.value(offset).toInt(&offsetOk);
    query.allBranchesAndTags = parser.isSet(all);
    query.startPoints = parser.values(rev);
    const QString formatName = parser.value(format);
    if (!parser.isSet(repo) || !parser.positionalArguments().isEmpty()
        || (gaps && (!parser.isSet(dev) || !parser.isSet(prod) || parser.isSet(path))) || !limitOk || !offsetOk
        || query.limit < 0 || query.offset < 0) {
        printError(tr("usage: crossroads-cli history --repo DIR [--path P… | --dev PATH --prod PATH] [--format "
                      "text|json] [--limit N] [--offset N] [--all] [--rev REV]"));
        return UsageOrInputError;
    }
    Result<PostureHistory> history = PostureHistory::open(parser.value(repo));
    if (!history) {
        printError(history.error().toString());
        return UsageOrInputError;
    }
    if (parser.isSet(from) || parser.isSet(to)) {
        if (!parser.isSet(from) || !parser.isSet(to)) {
            printError(tr("history --from REV:PATH needs --to REV:PATH"));
            return UsageOrInputError;
        }
        return runDrift(*history, parser.value(from), parser.value(to), formatName == QLatin1String("json"));
    }
    Result<RevisionPage> page = history->revisions(query);
    if (!page) {
        printError(page.error().toString());
        return UsageOrInputError;
    }
    Result<std::vector<TimelinePoint>> points = gaps
        ? PostureTimeline::computeGaps(history->path(), page->revisions, parser.value(dev), parser.value(prod))
        : PostureTimeline::compute(history->path(), page->revisions, query.pathFilters);
    const QString counted = gaps
        ? tr("failing gaps (regression, fidelity, shared) of the dev snapshot against the prod one at the revision")
        : tr("failing checks of every matching snapshot at the revision, each checked on its own");
    if (!points) {
        printError(points.error().toString());
        return UsageOrInputError;
    }
    QByteArray content;
    if (formatName == QLatin1String("json")) {
        QJsonArray revisions;
        for (const TimelinePoint& point : *points)
            revisions.append(revisionJson(point));
        const QJsonObject root {
            { QStringLiteral("schema"), QStringLiteral("crossroads.history/v1") },
            { QStringLiteral("repository"), history->path() },
            { QStringLiteral("paths"), QJsonArray::fromStringList(effectivePathFilters(query.pathFilters)) },
            { QStringLiteral("counts"), counted },
            { QStringLiteral("more"), page->more },
            { QStringLiteral("revisions"), revisions },
        };
        content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        QString text
            = tr("%1: revisions touching %2, newest first; counts: %3\n")
                  .arg(history->path(), effectivePathFilters(query.pathFilters).join(QStringLiteral(", ")), counted);
        text += QStringLiteral("%1  %2  CRIT HIGH  MED  LOW  %3\n")
                    .arg(tr("revision").leftJustified(10), tr("date").leftJustified(16), tr("refs, message"));
        for (const TimelinePoint& point : *points)
            text += revisionText(point);
        if (points->empty())
            text += tr("(no revision touched a snapshot file)\n");
        if (page->more)
            text += tr("… more revisions: --offset %1\n").arg(query.offset + static_cast<int>(points->size()));
        content = text.toUtf8();
    }
    std::fwrite(content.constData(), 1, static_cast<std::size_t>(content.size()), stdout);
    return Success;
}

bool comparesFromRepository(const QStringList& arguments)
{
    return contains(arguments, QStringLiteral("--repo"));
}

int runRepositoryCompare(const QStringList& arguments)
{
    QStringList rewritten = expandMultiValueOptions(arguments, { QStringLiteral("--dev"), QStringLiteral("--prod") });
    bool missingValue = false;
    const std::optional<QString> repo = takeOption(rewritten, { QStringLiteral("--repo") }, true, &missingValue);
    if (!repo || missingValue || repo->isEmpty()) {
        printError(tr("--repo needs a folder"));
        return UsageOrInputError;
    }
    Result<PostureHistory> history = PostureHistory::open(*repo);
    if (!history) {
        printError(history.error().toString());
        return UsageOrInputError;
    }
    const QTemporaryDir folder;
    if (!folder.isValid()) {
        printError(tr("cannot create a temporary folder: %1").arg(folder.errorString()));
        return UsageOrInputError;
    }
    // Every --dev/--prod/--baseline value that is not a file on disk names REV:PATH; it becomes a
    // private copy that is read instead, reported under its REV:PATH name.
    QHash<QString, QString> names;
    for (qsizetype i = 1; i < rewritten.size(); ++i) {
        QString& argument = rewritten[i];
        const bool inline_ = argument.startsWith(QLatin1String("--dev=")) || argument.startsWith(QLatin1String("--prod="))
            || argument.startsWith(QLatin1String("--baseline="));
        const bool separate = (argument == QLatin1String("--dev") || argument == QLatin1String("--prod") || argument == QLatin1String("--baseline"))
            && i + 1 < rewritten.size();
        if (!inline_ && !separate)
            continue;
        QString& value = separate ? rewritten[++i] : argument;
        const QString prefix = inline_ ? argument.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') : QString();
        // A file or folder on disk is read as usual, so a working-tree side or a local baseline
        // report can be mixed with revisions ("--baseline v1.4:reports/crossroads.sarif").
        if (QFileInfo::exists(value.mid(prefix.size())))
            continue;
        Result<RevisionSpec> spec = RevisionSpec::parse(value.mid(prefix.size()));
        if (!spec) {
            printError(spec.error().toString());
            return UsageOrInputError;
        }
        Result<QByteArray> bytes = history->readFile(spec->revision, spec->path, SnapshotBlob::maxBytes);
        if (!bytes) {
            printError(bytes.error().toString());
            return UsageOrInputError;
        }
        const QString copy
            = QDir::cleanPath(QDir(folder.path()).filePath(folderFor(spec->revision) + QLatin1Char('/') + spec->path));
        if (!copy.startsWith(folder.path() + QLatin1Char('/'))) { // a path with ".." never leaves the folder
            printError(tr("%1: not a path inside the repository").arg(spec->path));
            return UsageOrInputError;
        }
        QFile file(copy);
        if (!QDir().mkpath(QFileInfo(copy).path()) || !file.open(QIODevice::WriteOnly)
            || file.write(*bytes) != bytes->size()) {
            printError(tr("%1: cannot write a temporary copy: %2").arg(copy, file.errorString()));
            return UsageOrInputError;
        }
        file.close();
        value = prefix + copy;
        names.insert(copy, spec->toString());
    }
    setInputDisplayNames(names);
    return runCompare(rewritten);
}

bool commitsSnapshot(const QStringList& arguments)
{
    return contains(arguments, QStringLiteral("--commit"));
}

int runSnapshotCommit(const QStringList& arguments)
{
    QStringList rewritten = arguments;
    bool missingValue = false;
    takeOption(rewritten, { QStringLiteral("--commit") }, false, &missingValue);
    const std::optional<QString> repo = takeOption(rewritten, { QStringLiteral("--repo") }, true, &missingValue);
    const std::optional<QString> path = takeOption(rewritten, { QStringLiteral("--path") }, true, &missingValue);
    const std::optional<QString> message
        = takeOption(rewritten, { QStringLiteral("-m"), QStringLiteral("--message") }, true, &missingValue);
    const std::optional<QString> branch = takeOption(rewritten, { QStringLiteral("--branch") }, true, &missingValue);
    const bool newBranch = takeOption(rewritten, { QStringLiteral("--new-branch") }, false, &missingValue).has_value();
    if (missingValue || !repo || !path || !message || repo->isEmpty() || path->isEmpty()
        || message->trimmed().isEmpty()) {
        printError(
            tr("snapshot --commit needs --repo DIR --path PATH/IN/REPO.crossroads.json -m MESSAGE [--branch B [--new-branch]]"));
        return UsageOrInputError;
    }
    if (newBranch && !branch) {
        printError(tr("--new-branch starts the branch --branch names; name it (--branch B --new-branch)"));
        return UsageOrInputError;
    }
    Result<PostureHistory> history = PostureHistory::open(*repo);
    if (!history) {
        printError(history.error().toString());
        return UsageOrInputError;
    }
    const QTemporaryDir folder;
    QString output;
    if (!contains(rewritten, QStringLiteral("-o")) && !contains(rewritten, QStringLiteral("--output"))) {
        output = folder.filePath(QFileInfo(*path).fileName());
        rewritten << QStringLiteral("-o") << output << QStringLiteral("--quiet"); // a private copy: the commit line says what was done
    } else {
        QStringList probe = rewritten;
        bool unused = false;
        output = takeOption(probe, { QStringLiteral("-o"), QStringLiteral("--output") }, true, &unused)
                     .value_or(QString());
    }
    // With --keep-going a snapshot that left unreadable inputs out is committed all the same
    // (its skipped items name them), and the status stays 2.
    bool unreadable = false;
    const int status = runSnapshot(rewritten, &unreadable);
    if (status != Success && !unreadable)
        return status;
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read the snapshot back: %2").arg(output, file.errorString()));
        return UsageOrInputError;
    }
    SnapshotCommit request;
    request.content = file.read(SnapshotBlob::maxBytes + 1);
    request.path = *path;
    request.branch = branch.value_or(QString());
    request.createBranch = newBranch;
    request.message = *message;
    Result<CommitOutcome> outcome = history->commitSnapshot(request);
    if (!outcome) {
        printError(outcome.error().toString());
        return UsageOrInputError;
    }
    // history and the GUI look for *.crossroads.json unless told otherwise.
    if (!path->endsWith(QLatin1String(".crossroads.json")))
        printError(tr("note: %1 does not end in .crossroads.json, so history lists it only when asked: history --repo %2 --path %1").arg(*path, *repo));
    if (outcome->unchanged) {
        std::printf("%s\n", qPrintable(tr("unchanged: %1 already holds this snapshot at %2 (%3); nothing committed").arg(outcome->branch, *path, outcome->commitId.left(10))));
        if (outcome->workTreeDiffers)
            printError(tr("note: the copy of %1 in %2 has changes that are not committed; they were left as they are (git diff shows them)").arg(*path, *repo));
        return unreadable ? UsageOrInputError : Success;
    }
    std::printf("%s\n",
        qPrintable(tr("committed %1 to %2%3: %4")
                       .arg(outcome->commitId.left(10), outcome->branch,
                           outcome->createdBranch ? tr(" (new branch)") : QString(), *path)));
    if (!outcome->workTreeNotUpdated.isEmpty())
        printError(tr("note: %1 is checked out in %2, but its copy of %3 could not be updated (%4); git checkout HEAD -- %3 "
                      "brings it up to date")
                       .arg(outcome->branch, *repo, *path, outcome->workTreeNotUpdated));
    return unreadable ? UsageOrInputError : Success;
}

} // namespace crossroads::cli
