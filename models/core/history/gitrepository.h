// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

// Internal to the history folder: the only header that sees libgit2, which is linked PRIVATE.
#include "common/result.h"

#include <git2.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace crossroads::git {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using RevwalkPtr = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using TreeBuilderPtr = std::unique_ptr<git_treebuilder, Deleter<git_treebuilder, git_treebuilder_free>>;
using ReferenceIteratorPtr
    = std::unique_ptr<git_reference_iterator, Deleter<git_reference_iterator, git_reference_iterator_free>>;

QString oidHex(const git_oid& oid);

/// libgit2's last error as our Error, with a plain-words reason for the failures users meet:
/// a corrupted object, a lock held by another git process, a shallow clone's missing parents.
Error error(int code, git_repository* repository, const QString& file, const QString& what);

/// An open repository (working tree or bare). Not thread-safe: one per thread, opening is cheap.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::git::Repository)
public:
    static Result<std::shared_ptr<Repository>> open(const QString& path);

    git_repository* get() const { return m_repository.get(); }
    QString displayPath() const { return m_path; }

    /// A revision as `git rev-parse` reads it ("HEAD", "v1.4", "main~2", an id), as a commit.
    Result<CommitPtr> commit(const QString& revision) const;
    /// The bytes of path in a commit's tree (at most maxBytes); "path missing at that revision"
    /// is its own message. revision is only used in messages.
    Result<QByteArray> read(
        const git_commit* commit, const QString& revision, const QString& path, qint64 maxBytes) const;
    /// The object id of path in a commit's tree, or empty when it is absent: equal ids mean
    /// equal content, so work on a file is shared between revisions.
    static QString entryId(const git_commit* commit, const QString& path);
    Error error(int code, const QString& what) const { return git::error(code, m_repository.get(), m_path, what); }

private:
    /// How many commits lie along tip's first parents, said for a message ("3 commits").
    QString firstParentDepth(const git_oid* tip) const;

    RepositoryPtr m_repository;
    QString m_path;
};

} // namespace crossroads::git
