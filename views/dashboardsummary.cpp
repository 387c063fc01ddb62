// SPDX-License-Identifier: Apache-2.0
#include "dashboardsummary.h"

#include <algorithm>

namespace crossroads {

DashboardSummary DashboardSummary::of(const Comparison& comparison)
{
    DashboardSummary summary;
    summary.worst = rankedFindings(comparison);
    summary.severe = static_cast<std::size_t>(comparison.failingAtOrAbove(Severity::High));
    summary.worst.resize(std::min({ summary.worst.size(), std::max<std::size_t>(summary.severe, 12), maximumListed }));
    for (int d = 0; d < domainCount; ++d)
        summary.verdicts[static_cast<std::size_t>(d)] = domainVerdict(comparison, static_cast<Domain>(d));
    return summary;
}

} // namespace crossroads
