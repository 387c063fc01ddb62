// SPDX-License-Identifier: Apache-2.0
#include "snapshotcommitter.h"

#include "gitrepository.h"
#include "snapshotblob.h"
#include "snapshot/snapshotwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

/// Writes base's tree with path (split in components) set to blob; base may be null (empty).
Result<git_oid> putPath(
    const git::Repository& repository, const git_tree* base, const QStringList& components, const git_oid& blob)
{
    git_treebuilder* rawBuilder = nullptr;
    int code = git_treebuilder_new(&rawBuilder, repository.get(), base);
    if (code < 0)
        return repository.error(code, tr("cannot build the new tree"));
    const git::TreeBuilderPtr builder(rawBuilder);
    const QByteArray name = components.front().toUtf8();
    git_oid entryId = blob;
    git_filemode_t mode = GIT_FILEMODE_BLOB;
    if (components.size() > 1) {
        git::TreePtr subtree;
        if (const git_tree_entry* existing = git_treebuilder_get(builder.get(), name.constData())) {
            if (git_tree_entry_type(existing) == GIT_OBJECT_TREE) {
                git_tree* rawSubtree = nullptr;
                code = git_tree_lookup(&rawSubtree, repository.get(), git_tree_entry_id(existing));
                if (code < 0)
                    return repository.error(code, tr("cannot read folder %1").arg(components.front()));
                subtree.reset(rawSubtree);
            } else {
                return Error { repository.displayPath(), {},
                    tr("%1 is a file, not a folder, on this branch").arg(components.front()) };
            }
        }
        Result<git_oid> written = putPath(repository, subtree.get(), components.mid(1), blob);
        if (!written)
            return written.error();
        entryId = *written;
        mode = GIT_FILEMODE_TREE;
    } else if (const git_tree_entry* existing = git_treebuilder_get(builder.get(), name.constData());
               existing != nullptr && git_tree_entry_type(existing) == GIT_OBJECT_TREE) {
        return Error { repository.displayPath(), {}, tr("%1 is a folder on this branch").arg(components.front()) };
    }
    code = git_treebuilder_insert(nullptr, builder.get(), name.constData(), &entryId, mode);
    if (code < 0)
        return repository.error(code, tr("cannot add %1 to the tree").arg(components.front()));
    git_oid treeId;
    code = git_treebuilder_write(&treeId, builder.get());
    if (code < 0)
        return repository.error(code, tr("cannot write the new tree"));
    return treeId;
}

/// "a/b/c.crossroads.json" → components; refuses absolute paths, "..", ".git" and empty parts.
Result<QStringList> pathComponents(const QString& path, const QString& repository)
{
    const QStringList components = path.split(QLatin1Char('/'));
    for (const QString& component : components) {
        if (component.isEmpty() || component == QLatin1String(".") || component == QLatin1String("..")
            || component.compare(QLatin1String(".git"), Qt::CaseInsensitive) == 0
            || component.contains(QLatin1Char('\\')))
            return Error {
                repository, {},
                tr("\"%1\" is not a path inside the repository (write it like prod/posture.crossroads.json)").arg(path)
            };
    }
    return components;
}

/// The branch HEAD names, even before its first commit ("main" in a fresh repository).
Result<QString> headBranch(const git::Repository& repository)
{
    git_reference* rawHead = nullptr;
    int code = git_reference_lookup(&rawHead, repository.get(), "HEAD");
    if (code < 0)
        return repository.error(code, tr("cannot read HEAD"));
    const git::ReferencePtr head(rawHead);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return Error { repository.displayPath(), {}, tr("HEAD is detached; name the branch to commit to") };
    const QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
    if (!target.startsWith(QLatin1String("refs/heads/")))
        return Error { repository.displayPath(), {}, tr("HEAD does not name a branch; name the branch to commit to") };
    return target.mid(11);
}

/// The repository's local branches, sorted, for an error that names the ones that exist.
QStringList localBranches(const git::Repository& repository)
{
    QStringList names;
    git_branch_iterator* rawIterator = nullptr;
    if (git_branch_iterator_new(&rawIterator, repository.get(), GIT_BRANCH_LOCAL) < 0) {
        git_error_clear();
        return names;
    }
    const std::unique_ptr<git_branch_iterator, git::Deleter<git_branch_iterator, git_branch_iterator_free>> iterator(rawIterator);
    git_reference* rawBranch = nullptr;
    git_branch_t type {};
    while (git_branch_next(&rawBranch, &type, iterator.get()) == 0) {
        const git::ReferencePtr branch(rawBranch);
        const char* name = nullptr;
        if (git_branch_name(&name, branch.get()) == 0)
            names << QString::fromUtf8(name);
    }
    git_error_clear(); // GIT_ITEROVER
    names.sort();
    return names;
}

} // namespace

SnapshotCommitter::SnapshotCommitter(const git::Repository& repository)
    : m_repository(repository)
{ }

Result<CommitOutcome> SnapshotCommitter::commit(const SnapshotCommit& request) const
{
    git_repository* repository = m_repository.get();
    const QString where = m_repository.displayPath();
    Result<QStringList> components = pathComponents(request.path, where);
    if (!components)
        return components.error();
    if (request.message.trimmed().isEmpty())
        return Error { where, {}, tr("a commit needs a message") };
    // Refuse anything but a sanitized snapshot, and one the importer reads back completely.
    Result<Snapshot> readable = SnapshotBlob::import(request.content, request.path);
    if (!readable)
        return readable.error();

    CommitOutcome outcome;
    if (request.branch.isEmpty()) {
        Result<QString> branch = headBranch(m_repository);
        if (!branch)
            return branch.error();
        outcome.branch = *branch;
    } else {
        outcome.branch = request.branch;
    }
    const QByteArray refName = "refs/heads/" + outcome.branch.toUtf8();
    if (git_reference_is_valid_name(refName.constData()) != 1)
        return Error { where, {}, tr("\"%1\" is not a valid branch name").arg(outcome.branch) };
    // Checked before any object is written, so a refused commit leaves nothing behind; libgit2
    // still refuses a lock taken after this point.
    const QString refLock = QDir(QString::fromUtf8(git_repository_path(repository)))
                                .filePath(QString::fromUtf8(refName) + QStringLiteral(".lock"));
    if (QFileInfo::exists(refLock))
        return Error { where, {},
            tr("branch %1 is locked by another git process (%2 exists); try again when it has finished, or remove the "
               "stale lock file")
                .arg(outcome.branch, refLock) };
    if (git_repository_is_bare(repository) == 0) {
        // Another git process is mid-operation; committing beside it could confuse it.
        const QString indexLock
            = QDir(QString::fromUtf8(git_repository_path(repository))).filePath(QStringLiteral("index.lock"));
        if (QFileInfo::exists(indexLock))
            return Error { where, {},
                tr("the index is locked by another git process (%1 exists); try again when it has finished, or remove "
                   "the stale lock file")
                    .arg(indexLock) };
    }

    git_signature* rawSignature = nullptr;
    int code = git_signature_default(&rawSignature, repository);
    if (code < 0) {
        git_error_clear();
        return Error { where, {},
            tr("no author: set user.name and user.email in the repository's git config (git config user.name …)") };
    }
    const git::SignaturePtr signature(rawSignature);

    // The parent is the branch tip; a missing branch starts at HEAD's commit (or is a root).
    git::CommitPtr parent;
    git_reference* rawBranch = nullptr;
    code = git_reference_lookup(&rawBranch, repository, refName.constData());
    git::ReferencePtr branch(rawBranch);
    if (code == GIT_ENOTFOUND) {
        git_error_clear();
        const Result<QString> head = headBranch(m_repository);
        if (!request.createBranch && !(head && *head == outcome.branch)) {
            const QStringList existing = localBranches(m_repository);
            return Error { where, {},
                tr("branch %1 does not exist (%2); check the name, or start it from HEAD with --new-branch")
                    .arg(outcome.branch,
                        existing.isEmpty() ? tr("the repository has no branch yet") : tr("branches: %1").arg(existing.join(QStringLiteral(", ")))) };
        }
        outcome.createdBranch = true;
        if (git_repository_head_unborn(repository) == 0 && git_repository_is_empty(repository) == 0) {
            Result<git::CommitPtr> head = m_repository.commit(QStringLiteral("HEAD"));
            if (!head)
                return head.error();
            parent = std::move(head).value();
        }
    } else if (code < 0) {
        return m_repository.error(code, tr("cannot read branch %1").arg(outcome.branch));
    } else {
        Result<git::CommitPtr> tip = m_repository.commit(QString::fromUtf8(refName));
        if (!tip)
            return tip.error();
        parent = std::move(tip).value();
    }

    git::TreePtr baseTree;
    if (parent) {
        git_tree* rawTree = nullptr;
        code = git_commit_tree(&rawTree, parent.get());
        if (code < 0)
            return m_repository.error(code, tr("cannot read the tree of branch %1").arg(outcome.branch));
        baseTree.reset(rawTree);
    }
    QByteArray joined = components->join(QLatin1Char('/')).toUtf8();
    // The branch is checked out in this working tree: its copy of the file is the user's too.
    const Result<QString> headName = headBranch(m_repository);
    const bool checkedOut = git_repository_is_bare(repository) == 0 && headName && *headName == outcome.branch;
    if (baseTree) {
        git_tree_entry* rawEntry = nullptr;
        if (git_tree_entry_bypath(&rawEntry, baseTree.get(), joined.constData()) == 0) {
            const git::TreeEntryPtr entry(rawEntry);
            git_blob* rawBlob = nullptr;
            if (git_tree_entry_type(entry.get()) == GIT_OBJECT_BLOB
                && git_blob_lookup(&rawBlob, repository, git_tree_entry_id(entry.get())) == 0) {
                const git::BlobPtr blob(rawBlob);
                const QByteArray committed = QByteArray::fromRawData(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                    static_cast<qsizetype>(git_blob_rawsize(blob.get())));
                if (SnapshotWriter::samePosture(committed, request.content)) {
                    outcome.unchanged = true;
                    outcome.commitId = git::oidHex(*git_commit_id(parent.get()));
                    unsigned int status = 0;
                    outcome.workTreeDiffers = checkedOut && git_status_file(&status, repository, joined.constData()) == 0 && status != GIT_STATUS_CURRENT;
                    git_error_clear();
                    return outcome;
                }
            }
        }
        git_error_clear();
    }
    // A checked-out branch gets the new file in its working tree and index too, or the next
    // ordinary commit (made from a stale index) would silently take the snapshot back out.
    // That is only safe over a file nobody has changed: refused before anything is written.
    if (checkedOut) {
        unsigned int status = 0;
        code = git_status_file(&status, repository, joined.constData());
        if (code == GIT_ENOTFOUND)
            git_error_clear();
        else if (code < 0)
            return m_repository.error(code, tr("cannot read the state of %1 in the working tree").arg(request.path));
        else if (status != GIT_STATUS_CURRENT)
            return Error { where, {},
                tr("%1 has changes that are not committed (git status shows them); commit or discard them first, or "
                   "commit the snapshot to another branch with --branch; nothing was committed")
                    .arg(request.path) };
    }

    git_oid blobId;
    code = git_blob_create_from_buffer(
        &blobId, repository, request.content.constData(), static_cast<std::size_t>(request.content.size()));
    if (code < 0)
        return m_repository.error(code, tr("cannot store the snapshot"));
    Result<git_oid> treeId = putPath(m_repository, baseTree.get(), *components, blobId);
    if (!treeId)
        return treeId.error();
    git_tree* rawTree = nullptr;
    code = git_tree_lookup(&rawTree, repository, &*treeId);
    if (code < 0)
        return m_repository.error(code, tr("cannot read the new tree"));
    const git::TreePtr tree(rawTree);

    QByteArray message = request.message.trimmed().toUtf8();
    message += '\n';
    const git_commit* parents[1] = { parent.get() };
    git_oid commitId;
    code = git_commit_create(&commitId, repository, nullptr, signature.get(), signature.get(), nullptr,
        message.constData(), tree.get(), parent ? 1 : 0, parents);
    if (code < 0)
        return m_repository.error(code, tr("cannot write the commit"));

    // Fast-forward only: the ref moves if it still points at the parent (or still does not exist).
    const QByteArray reflog = "crossroads: snapshot " + request.path.toUtf8();
    git_reference* rawUpdated = nullptr;
    if (outcome.createdBranch)
        code = git_reference_create(&rawUpdated, repository, refName.constData(), &commitId, 0, reflog.constData());
    else
        code = git_reference_create_matching(&rawUpdated, repository, refName.constData(), &commitId, 1,
            git_commit_id(parent.get()), reflog.constData());
    const git::ReferencePtr updated(rawUpdated);
    if (code == GIT_EMODIFIED || code == GIT_EEXISTS) {
        git_error_clear();
        return Error { where, {},
            tr("branch %1 moved while the snapshot was being committed; nothing was changed, try again")
                .arg(outcome.branch) };
    }
    if (code < 0)
        return m_repository.error(code, tr("cannot update branch %1").arg(outcome.branch));
    outcome.commitId = git::oidHex(commitId);
    if (checkedOut) {
        // The path alone, from the parent's content to the new: git's own safe checkout, which
        // also updates the index entry.
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        options.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_RECREATE_MISSING | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
        char* paths[] = { joined.data() };
        options.paths = { paths, 1 };
        options.baseline = baseTree.get();
        code = git_checkout_tree(repository, reinterpret_cast<const git_object*>(tree.get()), &options);
        if (code < 0) {
            const git_error* last = git_error_last();
            outcome.workTreeNotUpdated = last != nullptr ? QString::fromUtf8(last->message) : tr("git could not update the file");
            git_error_clear();
        }
    }
    return outcome;
}

} // namespace crossroads
