// SPDX-License-Identifier: Apache-2.0
#include "factpath.h"

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>

namespace crossroads::FactPath {

namespace {

struct Registry {
    std::mutex mutex; ///< serialises registration; lookups by number need no lock
    std::array<std::atomic<const char*>, capacity> paths {};
    std::atomic<quint16> count { 1 }; ///< 0 is none
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

quint16 registerPath(const char* path)
{
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    const quint16 count = r.count.load(std::memory_order_relaxed);
    // The same text from another translation unit may have another address: share its number.
    for (quint16 id = 1; id < count; ++id) {
        if (std::strcmp(r.paths[id].load(std::memory_order_relaxed), path) == 0)
            return id;
    }
    Q_ASSERT_X(count < capacity, "FactPath::intern", "more fact paths than a fact can number");
    if (count >= capacity)
        return none;
    r.paths[count].store(path, std::memory_order_release);
    r.count.store(count + 1, std::memory_order_release);
    return count;
}

} // namespace

quint16 intern(const char* path)
{
    if (path == nullptr)
        return none;
    // Importers set millions of facts from the same few literals: a small per-thread cache keyed
    // by address answers almost every call without the lock.
    struct Slot {
        const char* path = nullptr;
        quint16 id = none;
    };
    thread_local std::array<Slot, 256> cache {};
    Slot& slot = cache[(reinterpret_cast<quintptr>(path) >> 3) % cache.size()];
    if (slot.path != path)
        slot = Slot { path, registerPath(path) };
    return slot.id;
}

const char* text(quint16 id)
{
    if (id == none || id >= capacity)
        return nullptr;
    return registry().paths[id].load(std::memory_order_acquire);
}

} // namespace crossroads::FactPath
