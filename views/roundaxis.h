// SPDX-License-Identifier: Apache-2.0
#pragma once

class QValueAxis;

namespace crossroads::RoundAxis {

/// The smallest step of 1, 2 or 5 × 10^n that covers 0..maximum in at most maxIntervals steps:
/// ticks a reader takes in at a glance (0/50/100…, never 0/60/121…). Counts only: at least 1.
int countStep(int maximum, int maxIntervals = 5);

/// Ranges a count axis from 0 to the first multiple of countStep() at or above maximum, with a
/// tick and an integer label at every step.
void applyCounts(QValueAxis* axis, int maximum, int maxIntervals = 5);

} // namespace crossroads::RoundAxis
