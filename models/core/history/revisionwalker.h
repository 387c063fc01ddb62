// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "revision.h"

namespace crossroads {

namespace git {
class Repository;
}

/// Walks commits newest first and keeps those whose tree differs from their first parent's in a
/// snapshot file (the way `git log -- PATH` reads history, without merge simplification).
class RevisionWalker
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::RevisionWalker)
public:
    explicit RevisionWalker(const git::Repository& repository);

    Result<RevisionPage> list(const RevisionQuery& query) const;
    /// The snapshot files matching the filter in a revision's tree, sorted.
    Result<QStringList> snapshotPaths(const QString& revision, const QStringList& pathFilters) const;
    Result<Revision> describe(const QString& revision) const;

private:
    const git::Repository& m_repository;
};

} // namespace crossroads
