// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace crossroads::cli {

/// `history --repo DIR …`: revisions that touched snapshots, with failing checks by severity.
int runHistory(const QStringList& arguments);

/// `compare --repo DIR --dev REV:PATH --prod REV:PATH …`: reads both snapshots from the
/// repository into a private temporary folder, then runs the ordinary compare on them.
bool comparesFromRepository(const QStringList& arguments);
int runRepositoryCompare(const QStringList& arguments);

/// `snapshot … --commit --repo DIR --path P -m MSG [--branch B]`: the ordinary snapshot,
/// then committed to the repository instead of (or as well as) written to -o FILE.
bool commitsSnapshot(const QStringList& arguments);
int runSnapshotCommit(const QStringList& arguments);

} // namespace crossroads::cli
