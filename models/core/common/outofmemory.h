// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <new>
#include <utility>

namespace crossroads {

/// "not enough memory …": what a user reads when a cluster's inputs do not fit in memory.
Error outOfMemory(const QString& file = {});

/// Runs work and returns its Result, or outOfMemory() when it ran out of memory. On a worker
/// thread an exception would end the program (std::terminate); the user must instead learn
/// why the work stopped, with everything before it left as it was.
template <typename Work>
auto withoutRunningOutOfMemory(Work&& work) -> decltype(work())
{
    try {
        return std::forward<Work>(work)();
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

} // namespace crossroads
