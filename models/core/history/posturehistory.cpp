// SPDX-License-Identifier: Apache-2.0
#include "posturehistory.h"

#include "gitrepository.h"
#include "revisionwalker.h"
#include "snapshotblob.h"

#include <QCoreApplication>

namespace crossroads {

namespace { } // namespace

Result<PostureHistory> PostureHistory::open(const QString& path)
{
    Result<std::shared_ptr<git::Repository>> repository = git::Repository::open(path);
    if (!repository)
        return repository.error();
    return PostureHistory(std::move(repository).value());
}

PostureHistory::PostureHistory(std::shared_ptr<git::Repository> repository)
    : m_repository(std::move(repository))
{ }

PostureHistory::PostureHistory(PostureHistory&&) noexcept = default;
PostureHistory& PostureHistory::operator=(PostureHistory&&) noexcept = default;
PostureHistory::~PostureHistory() = default;

QString PostureHistory::path() const
{
    return m_repository->displayPath();
}

bool PostureHistory::isBare() const
{
    return git_repository_is_bare(m_repository->get()) == 1;
}

bool PostureHistory::isShallow() const
{
    return git_repository_is_shallow(m_repository->get()) == 1;
}

Result<RevisionPage> PostureHistory::revisions(const RevisionQuery& query) const
{
    return RevisionWalker(*m_repository).list(query);
}

Result<RevisionPage> PostureHistory::revisions(const QString& pathFilter, int offset, int limit) const
{
    RevisionQuery query;
    if (!pathFilter.isEmpty())
        query.pathFilters = QStringList { pathFilter };
    query.offset = offset;
    query.limit = limit;
    return revisions(query);
}

Result<Revision> PostureHistory::resolve(const QString& revision) const
{
    return RevisionWalker(*m_repository).describe(revision);
}

Result<QStringList> PostureHistory::snapshotPaths(const QString& revision, const QStringList& pathFilters) const
{
    return RevisionWalker(*m_repository).snapshotPaths(revision, pathFilters);
}

Result<QByteArray> PostureHistory::readFile(const QString& revision, const QString& path, qint64 maxBytes) const
{
    Result<git::CommitPtr> commit = m_repository->commit(revision);
    if (!commit)
        return commit.error();
    return m_repository->read(commit->get(), revision, path, maxBytes);
}

Result<Snapshot> PostureHistory::loadSnapshot(
    const QString& revision, const QString& path, const WorkspaceKey* key) const
{
    Result<QByteArray> bytes = readFile(revision, path, SnapshotBlob::maxBytes);
    if (!bytes)
        return bytes.error();
    return SnapshotBlob::import(*bytes, revision + QLatin1Char(':') + path, key);
}

Result<CommitOutcome> PostureHistory::commitSnapshot(const SnapshotCommit& request) const
{
    return SnapshotCommitter(*m_repository).commit(request);
}

} // namespace crossroads
