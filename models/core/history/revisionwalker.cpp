// SPDX-License-Identifier: Apache-2.0
#include "revisionwalker.h"

#include "gitrepository.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

/// Pathspecs in the form libgit2 takes them, alive as long as this object.
class Pathspecs
{
public:
    explicit Pathspecs(const QStringList& filters)
    {
        for (const QString& filter : effectivePathFilters(filters))
            m_bytes << filter.toUtf8();
        for (QByteArray& bytes : m_bytes)
            m_pointers.push_back(bytes.data());
    }
    git_strarray array() { return git_strarray { m_pointers.data(), m_pointers.size() }; }

private:
    QByteArrayList m_bytes;
    std::vector<char*> m_pointers;
};

using RefNames = QHash<QString, std::pair<QStringList, QStringList>>; // commit id → tags, branches

Result<RefNames> referenceNames(const git::Repository& repository)
{
    RefNames names;
    git_reference_iterator* rawIterator = nullptr;
    int code = git_reference_iterator_new(&rawIterator, repository.get());
    if (code < 0)
        return repository.error(code, tr("cannot list branches and tags"));
    const git::ReferenceIteratorPtr iterator(rawIterator);
    git_reference* rawReference = nullptr;
    while ((code = git_reference_next(&rawReference, iterator.get())) == 0) {
        const git::ReferencePtr reference(rawReference);
        const QString name = QString::fromUtf8(git_reference_name(reference.get()));
        const bool tag = name.startsWith(QLatin1String("refs/tags/"));
        if (!tag && !name.startsWith(QLatin1String("refs/heads/")))
            continue;
        git_object* peeled = nullptr;
        if (git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT) < 0) {
            git_error_clear(); // a tag on a blob or tree names no revision
            continue;
        }
        const git::ObjectPtr target(peeled);
        auto& entry = names[git::oidHex(*git_object_id(target.get()))];
        (tag ? entry.first : entry.second) << QString::fromUtf8(git_reference_shorthand(reference.get()));
    }
    if (code != GIT_ITEROVER)
        return repository.error(code, tr("cannot list branches and tags"));
    return names;
}

QDateTime commitTime(const git_time& time)
{
    return QDateTime::fromSecsSinceEpoch(
        time.time, Qt::OffsetFromUTC, time.offset * 60); // Qt 6.4: no QTimeZone::fromSecondsAheadOfUtc
}

Revision describeCommit(const git_commit* commit, const RefNames& names)
{
    Revision revision;
    revision.id = git::oidHex(*git_commit_id(commit));
    revision.shortId = revision.id.left(10);
    revision.message = QString::fromUtf8(git_commit_message(commit)).trimmed();
    revision.summary = revision.message.section(QLatin1Char('\n'), 0, 0);
    const git_signature* author = git_commit_author(commit);
    revision.authorName = QString::fromUtf8(author->name);
    revision.authorEmail = QString::fromUtf8(author->email);
    revision.authoredAt = commitTime(author->when);
    const auto found = names.constFind(revision.id);
    if (found != names.cend()) {
        revision.tags = found->first;
        revision.branches = found->second;
    }
    return revision;
}

/// The snapshot files that differ between a commit and its first parent (all of them for a root).
Result<QStringList> changedPaths(const git::Repository& repository, const git_commit* commit, Pathspecs& pathspecs)
{
    git_tree* rawTree = nullptr;
    int code = git_commit_tree(&rawTree, commit);
    if (code < 0)
        return repository.error(code, tr("cannot read the tree of commit %1").arg(git::oidHex(*git_commit_id(commit))));
    const git::TreePtr tree(rawTree);
    git::TreePtr parentTree;
    if (git_commit_parentcount(commit) > 0) {
        git_commit* rawParent = nullptr;
        code = git_commit_parent(&rawParent, commit, 0);
        if (code < 0)
            return repository.error(
                code, tr("cannot read the parent of commit %1").arg(git::oidHex(*git_commit_id(commit))));
        const git::CommitPtr parent(rawParent);
        git_tree* rawParentTree = nullptr;
        code = git_commit_tree(&rawParentTree, parent.get());
        if (code < 0)
            return repository.error(
                code, tr("cannot read the tree of commit %1").arg(git::oidHex(*git_commit_id(parent.get()))));
        parentTree.reset(rawParentTree);
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = pathspecs.array();
    git_diff* rawDiff = nullptr;
    code = git_diff_tree_to_tree(&rawDiff, repository.get(), parentTree.get(), tree.get(), &options);
    if (code < 0)
        return repository.error(
            code, tr("cannot compare commit %1 with its parent").arg(git::oidHex(*git_commit_id(commit))));
    const git::DiffPtr diff(rawDiff);
    QStringList paths;
    const std::size_t count = git_diff_num_deltas(diff.get());
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        paths << QString::fromUtf8(delta->status == GIT_DELTA_DELETED ? delta->old_file.path : delta->new_file.path);
    }
    return paths;
}

} // namespace

RevisionWalker::RevisionWalker(const git::Repository& repository)
    : m_repository(repository)
{ }

Result<RevisionPage> RevisionWalker::list(const RevisionQuery& query) const
{
    git_repository* repository = m_repository.get();
    if (git_repository_is_empty(repository) == 1)
        return Error { m_repository.displayPath(), {}, tr("the repository is empty: it has no commits yet") };
    Result<RefNames> names = referenceNames(m_repository);
    if (!names)
        return names.error();
    git_revwalk* rawWalk = nullptr;
    int code = git_revwalk_new(&rawWalk, repository);
    if (code < 0)
        return m_repository.error(code, tr("cannot walk the history"));
    const git::RevwalkPtr walk(rawWalk);
    // Children before parents even when commits share a second (scripted commits do), newest first.
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (query.startPoints.isEmpty() && !query.allBranchesAndTags) {
        if (git_repository_head_unborn(repository) == 1)
            return Error { m_repository.displayPath(), {},
                tr("HEAD names a branch without commits; name a start revision or walk all branches and tags") };
        code = git_revwalk_push_head(walk.get());
        if (code < 0)
            return m_repository.error(code, tr("cannot read HEAD"));
    }
    for (const QString& start : query.startPoints) {
        Result<git::CommitPtr> commit = m_repository.commit(start);
        if (!commit)
            return commit.error();
        code = git_revwalk_push(walk.get(), git_commit_id(commit->get()));
        if (code < 0)
            return m_repository.error(code, tr("cannot walk from \"%1\"").arg(start));
    }
    if (query.allBranchesAndTags) {
        for (const char* glob : { "refs/heads/*", "refs/tags/*" }) {
            code = git_revwalk_push_glob(walk.get(), glob);
            if (code < 0)
                return m_repository.error(code, tr("cannot walk the branches and tags"));
        }
    }

    Pathspecs pathspecs(query.pathFilters);
    RevisionPage page;
    int matched = 0;
    git_oid id;
    while ((code = git_revwalk_next(&id, walk.get())) == 0) {
        git_commit* rawCommit = nullptr;
        code = git_commit_lookup(&rawCommit, repository, &id);
        if (code < 0)
            return m_repository.error(code, tr("cannot read commit %1").arg(git::oidHex(id)));
        const git::CommitPtr commit(rawCommit);
        Result<QStringList> paths = changedPaths(m_repository, commit.get(), pathspecs);
        if (!paths)
            return paths.error();
        if (paths->isEmpty())
            continue;
        if (matched++ < query.offset)
            continue;
        if (query.limit > 0 && static_cast<int>(page.revisions.size()) == query.limit) {
            page.more = true;
            break;
        }
        Revision revision = describeCommit(commit.get(), *names);
        revision.changedPaths = std::move(paths).value();
        page.revisions.push_back(std::move(revision));
    }
    if (code < 0 && code != GIT_ITEROVER)
        return m_repository.error(code, tr("cannot walk the history"));
    return page;
}

Result<QStringList> RevisionWalker::snapshotPaths(const QString& revision, const QStringList& pathFilters) const
{
    Result<git::CommitPtr> commit = m_repository.commit(revision);
    if (!commit)
        return commit.error();
    git_tree* rawTree = nullptr;
    int code = git_commit_tree(&rawTree, commit->get());
    if (code < 0)
        return m_repository.error(code, tr("cannot read the tree of revision \"%1\"").arg(revision));
    const git::TreePtr tree(rawTree);
    Pathspecs pathspecs(pathFilters);
    const git_strarray specs = pathspecs.array();
    git_pathspec* rawPathspec = nullptr;
    code = git_pathspec_new(&rawPathspec, &specs);
    if (code < 0)
        return m_repository.error(code,
            tr("cannot read the path filter \"%1\"").arg(effectivePathFilters(pathFilters).join(QStringLiteral(", "))));
    const std::unique_ptr<git_pathspec, git::Deleter<git_pathspec, git_pathspec_free>> matcher(rawPathspec);
    git_pathspec_match_list* rawList = nullptr;
    code = git_pathspec_match_tree(&rawList, tree.get(), GIT_PATHSPEC_NO_MATCH_ERROR, matcher.get());
    QStringList paths;
    if (code == GIT_ENOTFOUND) {
        git_error_clear();
        return paths;
    }
    if (code < 0)
        return m_repository.error(code, tr("cannot list the files of revision \"%1\"").arg(revision));
    const std::unique_ptr<git_pathspec_match_list, git::Deleter<git_pathspec_match_list, git_pathspec_match_list_free>>
        list(rawList);
    const std::size_t count = git_pathspec_match_list_entrycount(list.get());
    for (std::size_t i = 0; i < count; ++i)
        paths << QString::fromUtf8(git_pathspec_match_list_entry(list.get(), i));
    paths.sort();
    return paths;
}

Result<Revision> RevisionWalker::describe(const QString& revision) const
{
    Result<git::CommitPtr> commit = m_repository.commit(revision);
    if (!commit)
        return commit.error();
    Result<RefNames> names = referenceNames(m_repository);
    if (!names)
        return names.error();
    return describeCommit(commit->get(), *names);
}

} // namespace crossroads
