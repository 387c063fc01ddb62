// SPDX-License-Identifier: Apache-2.0
#include "rankedgaps.h"

#include <new>

#include <sys/mman.h>

namespace crossroads {

template <typename T>
T* RankedGaps::PageAllocator<T>::allocate(std::size_t n)
{
    void* pages = mmap(nullptr, n * sizeof(T), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        throw std::bad_alloc();
    return static_cast<T*>(pages);
}

template <typename T>
void RankedGaps::PageAllocator<T>::deallocate(T* p, std::size_t n) noexcept
{
    munmap(p, n * sizeof(T));
}

template struct RankedGaps::PageAllocator<Gap>;

void RankedGaps::add(Gap gap)
{
    Chunks& chunks = m_ranks[worstFirstRank(gap.classification, gap.severity)];
    if (chunks.empty() || chunks.back().size() == chunkSize) {
        chunks.emplace_back();
        chunks.back().reserve(chunkSize);
    }
    chunks.back().push_back(std::move(gap));
}

void RankedGaps::moveInto(Comparison& comparison)
{
    std::size_t kept = 0;
    for (const Chunks& chunks : m_ranks) {
        for (const Chunk& chunk : chunks) {
            if (!chunk.empty() && chunk.front().classification != Classification::Aligned)
                kept += chunk.size();
        }
    }
    comparison.gaps.clear();
    comparison.gaps.reserve(kept);
    for (Chunks& chunks : m_ranks) {
        for (Chunk& chunk : chunks) {
            for (Gap& gap : chunk) {
                ++comparison.classificationCounts[static_cast<std::size_t>(gap.classification)];
                if (isFailing(gap.classification))
                    ++comparison.failingBySeverity[static_cast<std::size_t>(gap.severity)];
                if (gap.classification != Classification::Aligned)
                    comparison.gaps.push_back(std::move(gap));
            }
            Chunk().swap(chunk); // its memory goes back before the next chunk moves
        }
        chunks.clear();
    }
}

} // namespace crossroads
