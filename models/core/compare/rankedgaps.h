// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "comparison.h"

#include <array>
#include <vector>

namespace crossroads {

/// Collects a comparison's gaps as they are found and hands them over worst first (the order
/// of sortWorstFirst), aligned ones counted and dropped. Each rank keeps its gaps in chunks of
/// fixed size until then, so that neither a growing vector nor a sort moves a large cluster's
/// millions of gaps: each is moved once, into its place, and a chunk's memory goes back as
/// soon as its gaps have moved.
class RankedGaps {
public:
    /// gap's classification and severity are final: they decide its place.
    void add(Gap gap);
    /// Counts every gap into the comparison and moves the ones worth a look into its gaps.
    void moveInto(Comparison& comparison);

    /// Chunk memory straight from the kernel, so that it goes back the moment a chunk's gaps
    /// have moved: malloc would keep it (its threshold for mapping rises with each large block
    /// freed), and the comparison's peak would be its gaps twice over.
    template <typename T>
    struct PageAllocator {
        using value_type = T;
        PageAllocator() = default;
        template <typename U>
        PageAllocator(const PageAllocator<U>& /*other*/) noexcept
        {
        }
        T* allocate(std::size_t n);
        void deallocate(T* p, std::size_t n) noexcept;
        bool operator==(const PageAllocator& /*other*/) const noexcept { return true; }
    };

private:
    static constexpr std::size_t chunkSize = 1024;
    using Chunk = std::vector<Gap, PageAllocator<Gap>>;
    using Chunks = std::vector<Chunk>;
    std::array<Chunks, worstFirstRanks> m_ranks;
};

} // namespace crossroads
