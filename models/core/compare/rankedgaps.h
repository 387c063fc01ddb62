// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "comparison.h"

#include <array>
#include <vector>

namespace crossroads {

/// Collects a comparison's gaps as they are found and hands them over worst first (the order
/// of sortWorstFirst), aligned ones counted and dropped. They are kept in chunks of fixed size
/// until then, so that neither a growing vector nor a sort moves a large cluster's millions of
/// gaps: each is moved once, into its place.
class RankedGaps {
public:
    void add(Gap gap);
    /// Counts every gap into the comparison and moves the ones worth a look into its gaps.
    void moveInto(Comparison& comparison);

private:
    static constexpr std::size_t chunkSize = 4096;
    std::vector<std::vector<Gap>> m_chunks;
    std::array<std::size_t, worstFirstRanks> m_perRank {};
};

} // namespace crossroads
