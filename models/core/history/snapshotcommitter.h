// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace crossroads {

namespace git {
class Repository;
}

/// What to commit: a sanitized snapshot's bytes, where, on which branch, and why.
struct SnapshotCommit
{
    QByteArray content; ///< a `crossroads.snapshot` file (SnapshotFile::toJson)
    QString path; ///< inside the repository, '/'-separated: "prod/posture.crossroads.json"
    QString branch; ///< short name; empty: the branch HEAD names (also when it has no commit yet)
    QString message;
    /// Start `branch` from HEAD's commit when it does not exist. Without it a branch that does
    /// not exist is refused (a mistyped name must not start a timeline nobody looks at), except
    /// HEAD's own before its first commit.
    bool createBranch = false;
};

struct CommitOutcome
{
    QString commitId; ///< the new commit; when unchanged, the branch tip that already holds it
    QString branch;
    bool createdBranch = false;
    /// The branch tip already holds this snapshot at that path (collected at another time, the
    /// same otherwise): nothing was committed, so re-running a pipeline adds no empty revision.
    bool unchanged = false;
    /// Unchanged, but the checked-out copy of the file has changes that are not committed:
    /// left alone, and worth saying.
    bool workTreeDiffers = false;
    /// The branch is checked out, the snapshot was committed, but its file in the working tree
    /// and index could not be brought up to date: why (empty when they were, or not checked out).
    QString workTreeNotUpdated;
};

/// Adds one snapshot as a new commit on top of a branch. Only ever fast-forwards: the new commit's
/// parent is the branch tip read at the start, and the ref moves only if it still points there.
/// The tree is built in memory from the parent's, so bare repositories work. When the branch
/// is checked out, the snapshot's file and index entry follow the commit (and a file with
/// uncommitted changes is refused first); nothing else in the working tree or index is touched.
/// Author and committer come from the repository's config.
class SnapshotCommitter
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::SnapshotCommitter)
public:
    explicit SnapshotCommitter(const git::Repository& repository);
    Result<CommitOutcome> commit(const SnapshotCommit& request) const;

private:
    const git::Repository& m_repository;
};

} // namespace crossroads
