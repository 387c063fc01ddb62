// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/findingsummary.h"

#include <array>
#include <vector>

namespace crossroads {

/// What the Dashboard shows that takes a pass over every gap: its ranked findings and the
/// verdict per domain. A loader works it out on its thread (a cluster's million gaps took
/// 90 ms of the UI thread); the Dashboard works it out itself for a comparison changed in place.
struct DashboardSummary {
    static constexpr std::size_t maximumListed = 100; ///< rows of the findings table; the matrix holds them all
    std::vector<std::size_t> worst; ///< every critical and high (at least twelve rows, at most maximumListed), worst first
    std::size_t severe = 0; ///< open findings at or above high
    std::array<DomainVerdict, domainCount> verdicts {};

    static DashboardSummary of(const Comparison& comparison);
};

} // namespace crossroads
