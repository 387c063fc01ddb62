// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "document/document.h"
#include "snapshot.h"

#include <QByteArray>

class QIODevice;

namespace crossroads {

struct ImportContext;

/// The saved, sanitized snapshot format (`schema: "crossroads.snapshot/v1"`): facts with their
/// provenance and original source, credential fingerprints and the key id, never a value. It
/// imports like any other input, so a team can compare against last release's saved posture.
class SnapshotFile {
public:
    static constexpr const char* schema = "crossroads.snapshot/v1";

    /// Writes the snapshot workload by workload (constant memory for any size); false when the
    /// device refused a write.
    static bool write(const Snapshot& snapshot, QIODevice& device);
    static QByteArray toJson(const Snapshot& snapshot);
    static Status save(const Snapshot& snapshot, const QString& path);

    static bool recognises(const Node& root);
    /// Adds the saved engine facts, workloads, Secrets and namespace policies to the batch;
    /// facts point into the snapshot file itself.
    static Status importInto(const ImportContext& context, const Node& root);
    /// One saved workload: a large snapshot's "workloads" are streamed one at a time, and the
    /// rest of the file arrives afterwards for importInto().
    static void importWorkload(const ImportContext& context, const Node& workload);
    /// Refuses a snapshot format newer than this one.
    static Status checkSchema(const ImportContext& context, const QString& found, quint32 line);
};

} // namespace crossroads
