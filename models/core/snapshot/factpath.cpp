// SPDX-License-Identifier: Apache-2.0
#include "factpath.h"

#include <QHash>

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
    QHash<QByteArray, quint16> copies; ///< internCopy()'s texts, owned here
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

quint16 internCopy(std::string_view path)
{
    if (path.empty())
        return none;
    Registry& r = registry();
    const QByteArray key(path.data(), static_cast<qsizetype>(path.size()));
    {
        const std::lock_guard lock(r.mutex);
        if (const auto found = r.copies.constFind(key); found != r.copies.cend())
            return *found;
        // Copies stay below half the numbers: the importers' literals must always fit.
        if (r.count.load(std::memory_order_relaxed) >= capacity / 2)
            return none;
    }
    // The copy lives as long as the process, like the literals it stands beside.
    char* copy = new char[path.size() + 1];
    std::memcpy(copy, path.data(), path.size());
    copy[path.size()] = '\0';
    const quint16 id = registerPath(copy);
    const std::lock_guard lock(r.mutex);
    r.copies.insert(key, id);
    return id;
}

QString dotted(const char* path)
{
    if (path == nullptr)
        return {};
    QString text = QString::fromLatin1(path);
    if (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    return text.replace(QLatin1Char('/'), QLatin1Char('.'));
}

const char* text(quint16 id)
{
    if (id == none || id >= capacity)
        return nullptr;
    return registry().paths[id].load(std::memory_order_acquire);
}

} // namespace crossroads::FactPath
