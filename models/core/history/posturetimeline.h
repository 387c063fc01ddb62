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
struct TimelinePoint
{
    Revision revision;
    /// By severity (Low … Critical). compute(): failing checks summed over every snapshot file
    /// matching the filters at this revision, each checked on its own like `crossroads-cli check`.
    /// computeGaps(): failing gaps (regression, fidelity, shared) of dev vs prod at this revision.
    std::array<int, 4> failingBySeverity {};
    QStringList snapshots; ///< the files counted
    std::vector<Error> problems; ///< files that could not be read at this revision (counted as nothing)

    int failing() const
    {
        return failingBySeverity[0] + failingBySeverity[1] + failingBySeverity[2] + failingBySeverity[3];
    }
};

/// Called after each revision; return false to stop (the result is then a cancelled Error).
using TimelineProgress = std::function<bool(int done, int total)>;

/// Posture counts per revision for the timeline chart. Meant for a worker thread: it opens its own
/// repository handle, reports progress and stops when asked. A revision whose snapshots cannot
/// be read is kept with its problems (and zero counts) rather than failing the whole timeline.
class PostureTimeline
{
public:
    /// Failing checks of each side on its own; a blob shared by many revisions is checked once.
    static Result<std::vector<TimelinePoint>> compute(const QString& repositoryPath,
        const std::vector<Revision>& revisions, const QStringList& pathFilters = {},
        const TimelineProgress& progress = {});
    /// Failing gaps of dev (devPath) against prod (prodPath), both read at the same revision:
    /// how the distance between what was tested and what runs moved over the releases.
    static Result<std::vector<TimelinePoint>> computeGaps(const QString& repositoryPath,
        const std::vector<Revision>& revisions, const QString& devPath, const QString& prodPath,
        const TimelineProgress& progress = {});
};

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::TimelinePoint)
