// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "documentbuilder.h"
#include "inputsource.h"

namespace crossroads {

/// What reading a JSON file held whole in memory came to.
struct InMemoryJsonResult {
    Status status = Done {};
    /// simdjson met something the streaming reader may read differently (a syntax error, a
    /// number past 64 bits, a long run of spaces): the streaming reader is to read the file
    /// again, from the unit after the last one handed out, so the outcome and its message are
    /// its own. status is meaningless then.
    bool handOver = false;
};

/// Files up to this size are read whole, with simdjson; larger ones are streamed.
inline constexpr qint64 maxInMemoryJsonBytes = qint64(512) << 20;

/// Loads the rest of the source into memory, without the spaces that start its lines (two
/// thirds of kubectl's output), and reads it with simdjson's On-Demand API into the builder:
/// the same events, lines and limits as the streaming reader, in about half its time.
/// Progress is reported as the walk goes, through `control`.
InMemoryJsonResult parseJsonInMemory(InputSource& source, DocumentBuilder& builder, const QString& fileName,
    const ReadControl& control, qint64 bytesTotal);

} // namespace crossroads
