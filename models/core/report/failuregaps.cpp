// SPDX-License-Identifier: Apache-2.0
#include "failuregaps.h"

namespace crossroads::report {

FailureGaps::FailureGaps(const Comparison& failures, std::size_t resultCount)
    : m_failures(failures)
    , m_byResult(resultCount, nullptr)
{
    for (const Gap& gap : failures.gaps) {
        if (gap.checkResult >= 0 && static_cast<std::size_t>(gap.checkResult) < resultCount)
            m_byResult[static_cast<std::size_t>(gap.checkResult)] = &gap;
    }
}

} // namespace crossroads::report
