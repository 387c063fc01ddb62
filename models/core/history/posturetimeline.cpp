// SPDX-License-Identifier: Apache-2.0
#include "posturetimeline.h"

#include "compare/comparator.h"
#include "gitrepository.h"
#include "revisionwalker.h"
#include "snapshotblob.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

using Counts = std::array<int, 4>;

Result<Snapshot> loadBlob(
    const git::Repository& repository, const git_commit* commit, const QString& revision, const QString& path)
{
    Result<QByteArray> bytes = repository.read(commit, revision, path, SnapshotBlob::maxBytes);
    if (!bytes)
        return bytes.error();
    return SnapshotBlob::import(*bytes, revision + QLatin1Char(':') + path);
}

Counts countFailing(const Snapshot& snapshot)
{
    Counts counts {};
    const auto results
        = Comparator::check(snapshot, RuleCatalogue::builtIn(), Comparator::clusterVersion(snapshot, {}));
    for (const CheckResult& result : results) {
        if (result.outcome.status == CheckStatus::Fail)
            ++counts[static_cast<std::size_t>(result.check->severity)];
    }
    return counts;
}

Error stopped(const QString& repositoryPath)
{
    Error error { repositoryPath, {}, tr("timeline stopped") };
    error.cancelled = true;
    return error;
}

/// The last snapshot read for one side: consecutive revisions usually change one side only.
struct LastRead
{
    QString blob;
    std::optional<Snapshot> snapshot;
};

Result<const Snapshot*> readSide(LastRead& last, const git::Repository& repository, const git_commit* commit,
    const Revision& revision, const QString& path)
{
    const QString id = git::Repository::entryId(commit, path);
    if (id.isEmpty() || id != last.blob) {
        Result<Snapshot> loaded = loadBlob(repository, commit, revision.shortId, path);
        if (!loaded)
            return loaded.error();
        last.blob = id;
        last.snapshot = std::move(loaded).value();
    }
    return &*last.snapshot;
}

} // namespace

Result<std::vector<TimelinePoint>> PostureTimeline::compute(const QString& repositoryPath,
    const std::vector<Revision>& revisions, const QStringList& pathFilters, const TimelineProgress& progress)
{
    Result<std::shared_ptr<git::Repository>> opened = git::Repository::open(repositoryPath);
    if (!opened)
        return opened.error();
    const git::Repository& repository = **opened;
    const RevisionWalker walker(repository);
    QHash<QString, Counts> evaluated; // blob id → its failing checks
    std::vector<TimelinePoint> points;
    points.reserve(revisions.size());
    const int total = static_cast<int>(revisions.size());
    for (const Revision& revision : revisions) {
        TimelinePoint point;
        point.revision = revision;
        Result<git::CommitPtr> commit = repository.commit(revision.id);
        Result<QStringList> paths
            = commit ? walker.snapshotPaths(revision.id, pathFilters) : Result<QStringList>(commit.error());
        if (!paths) {
            point.problems.push_back(paths.error());
        } else {
            for (const QString& path : std::as_const(*paths)) {
                const QString id = git::Repository::entryId(commit->get(), path);
                auto found = evaluated.constFind(id);
                if (id.isEmpty() || found == evaluated.cend()) {
                    Result<Snapshot> snapshot = loadBlob(repository, commit->get(), revision.shortId, path);
                    if (!snapshot) {
                        point.problems.push_back(snapshot.error()); // not cached: the message names this revision
                        continue;
                    }
                    found = evaluated.insert(id, countFailing(*snapshot));
                }
                point.snapshots << path;
                for (std::size_t i = 0; i < 4; ++i)
                    point.failingBySeverity[i] += (*found)[i];
            }
        }
        points.push_back(std::move(point));
        if (progress && !progress(static_cast<int>(points.size()), total))
            return stopped(repositoryPath);
    }
    return points;
}

Result<std::vector<TimelinePoint>> PostureTimeline::computeGaps(const QString& repositoryPath,
    const std::vector<Revision>& revisions, const QString& devPath, const QString& prodPath,
    const TimelineProgress& progress)
{
    Result<std::shared_ptr<git::Repository>> opened = git::Repository::open(repositoryPath);
    if (!opened)
        return opened.error();
    const git::Repository& repository = **opened;
    LastRead dev;
    LastRead prod;
    QHash<QString, Counts> compared; // dev blob id + prod blob id → failing gaps
    std::vector<TimelinePoint> points;
    points.reserve(revisions.size());
    const int total = static_cast<int>(revisions.size());
    for (const Revision& revision : revisions) {
        TimelinePoint point;
        point.revision = revision;
        Result<git::CommitPtr> commit = repository.commit(revision.id);
        if (!commit) {
            point.problems.push_back(commit.error());
        } else {
            const QString key = git::Repository::entryId(commit->get(), devPath) + QLatin1Char(':')
                + git::Repository::entryId(commit->get(), prodPath);
            auto found = compared.constFind(key);
            if (found == compared.cend()) {
                Result<const Snapshot*> devSnapshot = readSide(dev, repository, commit->get(), revision, devPath);
                Result<const Snapshot*> prodSnapshot = readSide(prod, repository, commit->get(), revision, prodPath);
                if (!devSnapshot)
                    point.problems.push_back(devSnapshot.error());
                if (!prodSnapshot)
                    point.problems.push_back(prodSnapshot.error());
                if (devSnapshot && prodSnapshot) {
                    const Comparison comparison
                        = Comparator::compare(**devSnapshot, **prodSnapshot, RuleCatalogue::builtIn());
                    found = compared.insert(key, comparison.failingBySeverity);
                }
            }
            if (found != compared.cend()) {
                point.failingBySeverity = *found;
                point.snapshots = QStringList { devPath, prodPath };
            }
        }
        points.push_back(std::move(point));
        if (progress && !progress(static_cast<int>(points.size()), total))
            return stopped(repositoryPath);
    }
    return points;
}

} // namespace crossroads
