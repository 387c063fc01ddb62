// SPDX-License-Identifier: Apache-2.0
#include "unitpipeline.h"

#include "common/outofmemory.h"

#include <exception>

namespace crossroads {

UnitPipeline::UnitPipeline(UnitConsumer consumer, std::size_t depth)
    : m_consumer(std::move(consumer))
    , m_outOfMemory(outOfMemory())
    , m_slots(depth)
    , m_worker([this] { consume(); })
{
}

UnitPipeline::~UnitPipeline()
{
    [[maybe_unused]] const Status ignored = finish(); // the owner asked for the status already, or gave up
    for (Slot& slot : m_slots)
        slot.document.clear();
}

Status UnitPipeline::push(const Unit& unit)
{
    std::unique_lock lock(m_mutex);
    if (m_count == m_slots.size()) {
        // Full: wait until half the slots are free, so that the two threads take turns in
        // batches. Woken for each free slot, they would switch once per unit, and on a fast
        // reader that switching cost more than the reading.
        m_producerWaiting = true;
        m_spaceFreed.wait(lock, [this] { return m_count <= m_slots.size() - batch() || !m_status.ok(); });
        m_producerWaiting = false;
    }
    if (!m_status.ok())
        return m_status;
    Slot& slot = m_slots[(m_head + m_count) % m_slots.size()];
    // The consumer never touches a free slot, so it is filled without holding the lock.
    lock.unlock();
    slot.document.clear(); // wipes the previous unit's strings before they are overwritten
    slot.document = unit.document;
    slot.role = unit.role;
    slot.elementIndex = unit.elementIndex;
    slot.listKind.assign(unit.listKind);
    slot.listSchema.assign(unit.listSchema);
    lock.lock();
    ++m_count;
    if (m_consumerWaiting && m_count >= batch())
        m_unitsReady.notify_one();
    return Done {};
}

Status UnitPipeline::finish()
{
    {
        std::unique_lock lock(m_mutex);
        m_closing = true;
        m_unitsReady.notify_one();
    }
    if (m_worker.joinable())
        m_worker.join();
    return m_status;
}

void UnitPipeline::consume()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_count == 0 && !m_closing) {
            // Empty: wait for half a queue (or the end), for the same reason as push().
            m_consumerWaiting = true;
            m_unitsReady.wait(lock, [this] { return m_count >= batch() || m_closing; });
            m_consumerWaiting = false;
        }
        if (m_count == 0)
            return; // closing and drained
        Slot& slot = m_slots[m_head];
        lock.unlock();
        Status status = Done {};
        if (m_status.ok()) {
            // An exception must not end the program on this thread: it becomes the read's error.
            try {
                status = m_consumer(Unit { slot.document, slot.role, slot.elementIndex, slot.listKind, slot.listSchema });
            } catch (const std::bad_alloc&) {
                // Made before memory ran out: building a message now could throw again.
                Error error = m_outOfMemory;
                error.location = slot.document.basePointer;
                status = std::move(error);
            } catch (const std::exception& error) {
                status = Error { QString(), slot.document.basePointer, QString::fromUtf8(error.what()) };
            }
        }
        lock.lock();
        if (!status.ok() && m_status.ok())
            m_status = std::move(status);
        m_head = (m_head + 1) % m_slots.size();
        --m_count;
        if (m_producerWaiting && (m_count <= m_slots.size() - batch() || !m_status.ok()))
            m_spaceFreed.notify_one();
    }
}

} // namespace crossroads
