// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "posturetimeline.h"
#include "revision.h"
#include "snapshot/snapshot.h"
#include "snapshotcommitter.h"

#include <memory>

namespace crossroads {

class WorkspaceKey;

namespace git {
class Repository;
}

/// A git repository of saved snapshots (DESIGN.md "Posture history"), read and written with
/// libgit2: nothing is checked out and the working tree is never touched. Not thread-safe; a
/// worker thread opens its own (cheap), or uses PostureTimeline, which does.
class PostureHistory
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::PostureHistory)
public:
    /// A working tree or a bare repository at exactly this folder (no search upwards).
    static Result<PostureHistory> open(const QString& path);

    PostureHistory(PostureHistory&&) noexcept;
    PostureHistory& operator=(PostureHistory&&) noexcept;
    ~PostureHistory();

    QString path() const;
    bool isBare() const;
    bool isShallow() const;

    /// Commits that touched snapshot files, newest first, with their tags and branches.
    Result<RevisionPage> revisions(const RevisionQuery& query) const;
    /// Convenience for revisions(): HEAD's history under a filter, one page.
    Result<RevisionPage> revisions(const QString& pathFilter, int offset, int limit) const;
    /// Any revision `git rev-parse` reads: "HEAD", "v1.4", "main~2", an id or its prefix.
    Result<Revision> resolve(const QString& revision) const;
    /// Snapshot files (matching the filters, default `*.crossroads.json`) in a revision's tree.
    Result<QStringList> snapshotPaths(const QString& revision, const QStringList& pathFilters = {}) const;
    /// A file's bytes at a revision, straight from the object database (at most maxBytes).
    Result<QByteArray> readFile(const QString& revision, const QString& path, qint64 maxBytes) const;
    /// A saved snapshot at a revision; its inputs and sources read "REV:PATH".
    Result<Snapshot> loadSnapshot(
        const QString& revision, const QString& path, const WorkspaceKey* key = nullptr) const;
    /// Adds a snapshot as a new commit on a branch (see SnapshotCommitter).
    Result<CommitOutcome> commitSnapshot(const SnapshotCommit& request) const;

private:
    explicit PostureHistory(std::shared_ptr<git::Repository> repository);
    std::shared_ptr<git::Repository> m_repository;
};

} // namespace crossroads
