// SPDX-License-Identifier: Apache-2.0
#include "gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace crossroads::git {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::git", text);
}

void initialise()
{
    // Reference-counted by libgit2; never shut down, other threads may still hold repositories.
    static const int once = git_libgit2_init();
    Q_UNUSED(once);
}

} // namespace

QString oidHex(const git_oid& oid)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text);
}

Error error(int code, git_repository* repository, const QString& file, const QString& what)
{
    const git_error* last = git_error_last();
    QString detail
        = last != nullptr && last->message != nullptr ? QString::fromUtf8(last->message).trimmed() : QString();
    while (detail.endsWith(QLatin1Char(':')))
        detail.chop(1); // libgit2 appends ": " + an empty system message
    const int klass = last != nullptr ? last->klass : GIT_ERROR_NONE;
    QString message;
    if (code == GIT_ELOCKED || detail.contains(QLatin1String(".lock"))) {
        message = tr(
            "%1: locked by another git process (%2); try again when it has finished, or remove the stale lock file")
                      .arg(what, detail);
    } else if (code == GIT_EMISMATCH || klass == GIT_ERROR_ZLIB || detail.contains(QLatin1String("corrupt"))
        || detail.contains(QLatin1String("failed to parse")) || detail.contains(QLatin1String("inflate"))) {
        message = tr("%1: a git object is corrupted (%2); run git fsck").arg(what, detail);
    } else if (repository != nullptr && git_repository_is_shallow(repository) == 1 && code == GIT_ENOTFOUND) {
        message = tr("%1: the repository is a shallow clone and this part of its history is missing (%2); fetch it "
                     "with git fetch --unshallow")
                      .arg(what, detail);
    } else {
        message = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    }
    git_error_clear();
    return Error { file, {}, message };
}

Result<std::shared_ptr<Repository>> Repository::open(const QString& path)
{
    initialise();
    const QString native = QDir::cleanPath(path);
    git_repository* raw = nullptr;
    // No search upwards: the folder the user named is the repository, nothing above it.
    const int code = git_repository_open_ext(&raw, native.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code == GIT_ENOTFOUND) {
        git_error_clear();
        return Error { path, {}, tr("not a git repository (neither a working tree nor a bare repository)") };
    }
    if (code < 0)
        return git::error(code, nullptr, path, tr("cannot open the repository"));
    auto repository = std::make_shared<Repository>();
    repository->m_repository.reset(raw);
    repository->m_path = path;
    return repository;
}

QString Repository::firstParentDepth(const git_oid* tip) const
{
    constexpr int limit = 100000;
    git_revwalk* rawWalk = nullptr;
    int count = 0;
    if (git_revwalk_new(&rawWalk, m_repository.get()) == 0) {
        const RevwalkPtr walk(rawWalk);
        git_revwalk_simplify_first_parent(walk.get());
        git_oid id;
        if (git_revwalk_push(walk.get(), tip) == 0) {
            while (count < limit && git_revwalk_next(&id, walk.get()) == 0)
                ++count;
        }
    }
    git_error_clear();
    return count >= limit ? tr("more than %1 commits").arg(limit) : count == 1 ? tr("1 commit") : tr("%1 commits").arg(count);
}

Result<CommitPtr> Repository::commit(const QString& revision) const
{
    git_repository* repository = m_repository.get();
    if (git_repository_is_empty(repository) == 1)
        return Error { m_path, {}, tr("the repository is empty: it has no commits yet") };
    git_object* raw = nullptr;
    int code = git_revparse_single(&raw, repository, revision.toUtf8().constData());
    if (code == GIT_ENOTFOUND || code == GIT_EINVALIDSPEC || code == GIT_EAMBIGUOUS) {
        const Error failure = git::error(code, repository, m_path, tr("unknown revision \"%1\"").arg(revision));
        // "HEAD~5" with three commits: libgit2 says only "parent 0 does not exist".
        const qsizetype ancestry = revision.indexOf(QRegularExpression(QStringLiteral("[~^]")));
        if (code == GIT_ENOTFOUND && git_repository_is_shallow(repository) != 1 && ancestry > 0) {
            const QString base = revision.left(ancestry);
            git_object* rawBase = nullptr;
            if (git_revparse_single(&rawBase, repository, base.toUtf8().constData()) == 0) {
                const ObjectPtr baseObject(rawBase);
                return Error { m_path, {},
                    tr("unknown revision \"%1\": it goes back further than the history of %2, which has %3 along its first parents")
                        .arg(revision, base, firstParentDepth(git_object_id(baseObject.get()))) };
            }
            git_error_clear();
        }
        return failure;
    }
    if (code < 0)
        return git::error(code, repository, m_path, tr("cannot read revision \"%1\"").arg(revision));
    ObjectPtr object(raw);
    git_object* peeled = nullptr;
    code = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT);
    if (code < 0)
        return git::error(code, repository, m_path, tr("revision \"%1\" is not a commit").arg(revision));
    return CommitPtr(reinterpret_cast<git_commit*>(peeled)); // NOLINT: libgit2's object "subclasses"
}

Result<QByteArray> Repository::read(
    const git_commit* commit, const QString& revision, const QString& path, qint64 maxBytes) const
{
    git_tree* rawTree = nullptr;
    int code = git_commit_tree(&rawTree, commit);
    if (code < 0)
        return error(code, tr("cannot read the tree of revision \"%1\"").arg(revision));
    const TreePtr tree(rawTree);
    git_tree_entry* rawEntry = nullptr;
    code = git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData());
    if (code == GIT_ENOTFOUND) {
        git_error_clear();
        return Error { m_path, {}, tr("%1 does not exist at revision \"%2\"").arg(path, revision) };
    }
    if (code < 0)
        return error(code, tr("cannot read %1 at revision \"%2\"").arg(path, revision));
    const TreeEntryPtr entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return Error { m_path, {}, tr("%1 is not a file at revision \"%2\"").arg(path, revision) };
    git_blob* rawBlob = nullptr;
    code = git_blob_lookup(&rawBlob, m_repository.get(), git_tree_entry_id(entry.get()));
    if (code < 0)
        return error(code, tr("cannot read %1 at revision \"%2\"").arg(path, revision));
    const BlobPtr blob(rawBlob);
    const auto size = static_cast<qint64>(git_blob_rawsize(blob.get()));
    if (size > maxBytes)
        return Error { m_path, {},
            tr("%1 at revision \"%2\" has %3 bytes, more than the limit of %4")
                .arg(path, revision)
                .arg(size)
                .arg(maxBytes) };
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())), static_cast<qsizetype>(size));
}

QString Repository::entryId(const git_commit* commit, const QString& path)
{
    git_tree* rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit) < 0) {
        git_error_clear();
        return {};
    }
    const TreePtr tree(rawTree);
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData()) < 0) {
        git_error_clear();
        return {};
    }
    const TreeEntryPtr entry(rawEntry);
    return oidHex(*git_tree_entry_id(entry.get()));
}

} // namespace crossroads::git
