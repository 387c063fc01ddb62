// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

/// One commit of a posture repository that added, changed or removed snapshot files.
struct Revision
{
    QString id; ///< full commit id (hex)
    QString shortId; ///< first 10 hex digits, for display
    QString summary; ///< first line of the message
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime authoredAt; ///< with the author's UTC offset
    QStringList tags; ///< tags pointing at this commit ("v1.4")
    QStringList branches; ///< branch tips at this commit ("main")
    QStringList changedPaths; ///< snapshot files changed relative to the first parent
};

/// Which revisions to list. Paging keeps a 10 000-commit history responsive: the walk stops as
/// soon as the page is full.
struct RevisionQuery
{
    /// Exact paths ("prod/posture.crossroads.json"), folders or globs, any of which may match;
    /// empty: every `*.crossroads.json` file anywhere in the tree.
    QStringList pathFilters;
    QStringList startPoints; ///< revisions to walk back from; empty: HEAD
    bool allBranchesAndTags = false; ///< also walk from every branch and tag
    int offset = 0; ///< matching revisions to skip (newest first)
    int limit = 100; ///< at most this many; <= 0: no limit
};

struct RevisionPage
{
    std::vector<Revision> revisions; ///< newest first (by commit time)
    bool more = false; ///< matching revisions exist past this page
};

/// The pathspecs filters stand for ("*.crossroads.json" when empty).
QStringList effectivePathFilters(const QStringList& pathFilters);

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::Revision)
