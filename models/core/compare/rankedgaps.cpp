// SPDX-License-Identifier: Apache-2.0
#include "rankedgaps.h"

namespace crossroads {

void RankedGaps::add(Gap gap)
{
    if (m_chunks.empty() || m_chunks.back().size() == chunkSize) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(chunkSize);
    }
    ++m_perRank[worstFirstRank(gap.classification, gap.severity)];
    m_chunks.back().push_back(std::move(gap));
}

void RankedGaps::moveInto(Comparison& comparison)
{
    std::array<bool, worstFirstRanks> dropped {};
    for (const Severity severity : { Severity::Low, Severity::Medium, Severity::High, Severity::Critical })
        dropped[worstFirstRank(Classification::Aligned, severity)] = true;
    std::array<std::size_t, worstFirstRanks> next {};
    std::size_t kept = 0;
    for (std::size_t rank = 0; rank < worstFirstRanks; ++rank) {
        next[rank] = kept;
        if (!dropped[rank])
            kept += m_perRank[rank];
    }
    comparison.gaps.clear();
    comparison.gaps.resize(kept);
    for (std::vector<Gap>& chunk : m_chunks) {
        for (Gap& gap : chunk) {
            ++comparison.classificationCounts[static_cast<std::size_t>(gap.classification)];
            if (isFailing(gap.classification))
                ++comparison.failingBySeverity[static_cast<std::size_t>(gap.severity)];
            if (gap.classification != Classification::Aligned)
                comparison.gaps[next[worstFirstRank(gap.classification, gap.severity)]++] = std::move(gap);
        }
        std::vector<Gap>().swap(chunk); // its memory goes back as the gaps take their places
    }
    m_chunks.clear();
    m_perRank = {};
}

} // namespace crossroads
