// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstddef>
#include <functional>

namespace crossroads {

/// Progress and cancel for the long report writers (every format of a cluster's many gaps), so
/// that the GUI can run an export off the UI thread with a progress bar and a Cancel button.
struct ReportControl {
    std::function<void(int done, int total)> progress;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
    /// For a writer's loop over gaps: every 256 steps reports progress; false once the user
    /// cancelled, so the writer stops at the next gap.
    bool step(std::size_t& done, std::size_t total) const
    {
        if (cancelled())
            return false;
        if (done++ % 256 == 0)
            report(static_cast<int>(std::min<std::size_t>(done - 1, INT_MAX)), static_cast<int>(std::min<std::size_t>(total, INT_MAX)));
        return true;
    }
};

} // namespace crossroads
