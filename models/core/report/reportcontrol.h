// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>

namespace crossroads {

/// Progress and cancel for the long report writers (HTML and PDF over many gaps), so that the
/// GUI can run an export off the UI thread with a progress bar and a Cancel button.
struct ReportControl {
    std::function<void(int done, int total)> progress;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace crossroads
