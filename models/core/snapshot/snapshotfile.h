// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "document/document.h"
#include "snapshot.h"

#include <QByteArray>

#include <string_view>

class QIODevice;

namespace crossroads {

struct ImportContext;

/// The saved, sanitized snapshot format (docs/snapshot-format.md): facts with their provenance
/// and original source, credential fingerprints and the key id, never a value. It imports like
/// any other input, so a team can compare against last release's saved posture. Written as v2
/// (SnapshotWriter); v1 files, written before, still read.
class SnapshotFile {
public:
    static constexpr const char* schema = "crossroads.snapshot/v2";
    static constexpr const char* schemaV1 = "crossroads.snapshot/v1";

    /// 1 or 2 for a schema this version reads, 0 for any other.
    static int version(std::string_view schema);

    /// Writes the snapshot workload by workload (constant memory for any size); false when the
    /// device refused a write.
    static bool write(const Snapshot& snapshot, QIODevice& device);
    static QByteArray toJson(const Snapshot& snapshot);
    static Status save(const Snapshot& snapshot, const QString& path);

    static bool recognises(const Node& root);
    /// Adds the saved engine facts, workloads, Secrets and namespace policies to the batch;
    /// facts point into the snapshot file itself.
    static Status importInto(const ImportContext& context, const Node& root);
    /// One saved workload of a snapshot of that format version: a large snapshot's "workloads"
    /// are streamed one at a time, in order, and the rest of the file arrives afterwards for
    /// importInto().
    static void importWorkload(const ImportContext& context, const Node& workload, int version);
    /// Refuses a snapshot format newer than this one.
    static Status checkSchema(const ImportContext& context, const QString& found, quint32 line);
};

} // namespace crossroads
