// SPDX-License-Identifier: Apache-2.0
#include "posturetimeline.h"

#include "compare/comparator.h"
#include "gitrepository.h"
#include "revisionwalker.h"
#include "snapshotblob.h"

#include <QCoreApplication>
#include <QHash>

#include <variant>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::history", text);
}

using Counts = std::array<int, 4>;

Result<Counts> countFailing(const git::Repository& repository, const git_commit* commit, const QString& revision, const QString& path)
{
    Result<git::BlobPtr> blob = repository.blob(commit, revision, path);
    if (!blob)
        return blob.error();
    const auto size = static_cast<qint64>(git_blob_rawsize(blob->get()));
    if (size > SnapshotBlob::maxBytes)
        return Error { revision + QLatin1Char(':') + path, {}, tr("larger than %1 MiB; not read").arg(SnapshotBlob::maxBytes >> 20) };
    const QByteArray bytes(static_cast<const char*>(git_blob_rawcontent(blob->get())), static_cast<qsizetype>(size));
    Result<Snapshot> snapshot = SnapshotBlob::import(bytes, revision + QLatin1Char(':') + path);
    if (!snapshot)
        return snapshot.error();
    Counts counts {};
    const auto results = Comparator::check(*snapshot, RuleCatalogue::builtIn(), Comparator::clusterVersion(*snapshot, {}));
    for (const CheckResult& result : results) {
        if (result.outcome.status == CheckStatus::Fail)
            ++counts[static_cast<std::size_t>(result.check->severity)];
    }
    return counts;
}

/// The blob id of path in commit, to share one evaluation between revisions; empty when absent.
QString blobId(const git_commit* commit, const QString& path)
{
    git_tree* rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit) < 0) {
        git_error_clear();
        return {};
    }
    const git::TreePtr tree(rawTree);
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData()) < 0) {
        git_error_clear();
        return {};
    }
    const git::TreeEntryPtr entry(rawEntry);
    return git::oidHex(*git_tree_entry_id(entry.get()));
}

} // namespace

Result<std::vector<TimelinePoint>> PostureTimeline::compute(const QString& repositoryPath, const std::vector<Revision>& revisions,
    const QString& pathFilter, const TimelineProgress& progress)
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
        Result<QStringList> paths = commit ? walker.snapshotPaths(revision.id, pathFilter) : Result<QStringList>(commit.error());
        if (!paths) {
            point.problems.push_back(paths.error());
        } else {
            for (const QString& path : std::as_const(*paths)) {
                const QString id = blobId(commit->get(), path);
                auto found = evaluated.constFind(id);
                if (id.isEmpty() || found == evaluated.cend()) {
                    Result<Counts> counts = countFailing(repository, commit->get(), revision.shortId, path);
                    if (!counts) {
                        point.problems.push_back(counts.error()); // not cached: the message names this revision
                        continue;
                    }
                    found = evaluated.insert(id, *counts);
                }
                point.snapshots << path;
                for (std::size_t i = 0; i < 4; ++i)
                    point.failingBySeverity[i] += (*found)[i];
            }
        }
        points.push_back(std::move(point));
        if (progress && !progress(static_cast<int>(points.size()), total)) {
            Error stopped { repositoryPath, {}, tr("timeline stopped") };
            stopped.cancelled = true;
            return stopped;
        }
    }
    return points;
}

} // namespace crossroads
