// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "common/result.h"
#include "snapshot/snapshot.h"

#include <QByteArray>
#include <QString>

namespace crossroads {

class WorkspaceKey;

/// A saved snapshot held in memory (a git blob): checked to be a `crossroads.snapshot` file
/// (v2, or v1 as written before), and imported through the ordinary importer so history and files read alike.
class SnapshotBlob
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::SnapshotBlob)
public:
    static constexpr qint64 maxBytes = qint64(256) << 20; ///< larger blobs are refused unread

    /// The side recorded in the file; an error for anything that is not a v1 or v2 snapshot.
    static Result<Side> inspect(const QByteArray& bytes, const QString& displayName);
    /// Imports the bytes (via a private temporary file: the importer reads files) and names
    /// every input and source after displayName ("v1.4:prod/posture.crossroads.json").
    static Result<Snapshot> import(
        const QByteArray& bytes, const QString& displayName, const WorkspaceKey* key = nullptr);
};

} // namespace crossroads
