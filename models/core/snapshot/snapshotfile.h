// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "document/document.h"
#include "snapshot.h"

#include <QByteArray>

namespace crossroads {

struct ImportContext;

/// The saved, sanitized snapshot format (`schema: "crossroads.snapshot/v1"`): facts with their
/// provenance and original source, credential fingerprints and the key id, never a value. It
/// imports like any other input, so a team can compare against last release's saved posture.
class SnapshotFile {
public:
    static constexpr const char* schema = "crossroads.snapshot/v1";

    static QByteArray toJson(const Snapshot& snapshot);
    static Status save(const Snapshot& snapshot, const QString& path);

    static bool recognises(const Node& root);
    /// Adds the saved workloads to the batch; facts point into the snapshot file itself.
    static Status importInto(const ImportContext& context, const Node& root);
};

} // namespace crossroads
