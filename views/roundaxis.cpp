// SPDX-License-Identifier: Apache-2.0
#include "roundaxis.h"

#include <QValueAxis>

#include <limits>

namespace crossroads::RoundAxis {

int countStep(int maximum, int maxIntervals)
{
    if (maximum <= 0 || maxIntervals <= 0)
        return 1;
    for (long long magnitude = 1; magnitude <= std::numeric_limits<int>::max(); magnitude *= 10) {
        for (const long long mantissa : { 1, 2, 5 }) {
            const long long step = mantissa * magnitude;
            if ((maximum + step - 1) / step <= maxIntervals)
                return static_cast<int>(step);
        }
    }
    return maximum; // not reached for an int maximum
}

void applyCounts(QValueAxis* axis, int maximum, int maxIntervals)
{
    const int step = countStep(maximum, maxIntervals);
    const int intervals = qMax(1, (qMax(0, maximum) + step - 1) / step);
    axis->setRange(0, static_cast<qreal>(step) * intervals);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace crossroads::RoundAxis
