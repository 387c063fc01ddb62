// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "revision.h"

#include <array>
#include <functional>
#include <vector>

namespace crossroads {

class PostureHistory;

/// One revision's posture for the timeline chart.
struct TimelinePoint {
    Revision revision;
    /// Failing checks by severity (Low … Critical), summed over every snapshot file matching
    /// the filter at this revision, each checked on its own like `crossroads-cli check`.
    std::array<int, 4> failingBySeverity {};
    QStringList snapshots; ///< the files counted
    std::vector<Error> problems; ///< files that could not be read at this revision (counted as nothing)

    int failing() const { return failingBySeverity[0] + failingBySeverity[1] + failingBySeverity[2] + failingBySeverity[3]; }
};

/// Called after each revision; return false to stop (the result is then a cancelled Error).
using TimelineProgress = std::function<bool(int done, int total)>;

/// Failing-check counts per revision. Meant for a worker thread: it opens its own repository
/// handle, reports progress and stops when asked. A snapshot blob shared by many revisions is
/// checked once.
class PostureTimeline {
public:
    static Result<std::vector<TimelinePoint>> compute(const QString& repositoryPath, const std::vector<Revision>& revisions,
        const QString& pathFilter = {}, const TimelineProgress& progress = {});
};

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::TimelinePoint)
