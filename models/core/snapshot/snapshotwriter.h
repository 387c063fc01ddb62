// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QMap>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

class QIODevice;

namespace crossroads {

/// Writes a snapshot in the v2 format (docs/snapshot-format.md), workload by workload, into a
/// buffer flushed to the device as it fills: memory stays flat for any cluster.
///
/// What makes v2 small: a fact is one short array, `[shape, value, source, line]`. Its
/// "shape" (fact name, provenance, and the pointer suffix or the field left unset) is written
/// once, where a workload first uses it, and numbered in the order of the file; "source" is
/// an index into the workload's "sources" (input file and JSON pointer). Every fact, shape and
/// credential is on a line of its own, so a fact read back cites a line of the snapshot, and
/// two snapshots diff fact by fact.
class SnapshotWriter {
public:
    explicit SnapshotWriter(QIODevice& device);
    /// False when the device refused a write.
    bool write(const Snapshot& snapshot);
    /// Whether two files this writer wrote record the same posture: equal but for the time of
    /// collection (re-collecting an unchanged environment is no new revision). Anything that is
    /// not laid out as this writer lays it out is compared byte for byte.
    static bool samePosture(const QByteArray& one, const QByteArray& other);

private:
    void workload(const Workload& workload);
    void fact(const Fact& fact, FactKey key, std::vector<std::pair<FactKey, int>>& newShapes);
    int shapeOf(FactKey key, const Fact& fact, std::vector<std::pair<FactKey, int>>& newShapes);
    void shape(FactKey key, Provenance provenance, quint16 pathId);
    void credential(const Credential& credential);
    void value(const FactValue& value);
    void map(const QMap<QString, QString>& entries);
    void text(const QString& text);
    void number(long long number);
    void raw(std::string_view bytes);
    void flushIfFull(); ///< between workloads and array elements
    void flush();

    QIODevice& m_device;
    std::string m_buffer;
    bool m_ok = true;
    /// Per fact key, the shapes written so far: (provenance and path, packed) → shape number.
    std::vector<std::vector<std::pair<quint32, int>>> m_shapes;
    int m_shapeCount = 0;
};

} // namespace crossroads
