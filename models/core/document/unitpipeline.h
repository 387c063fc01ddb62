// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "documentreader.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace crossroads {

/// Hands units to a consumer running on a second thread while the parser reads ahead. On a
/// large list, parsing and fact extraction take about the same time, so two cores read it in
/// roughly the time of the slower half. Units are consumed one at a time, in order; each is a
/// copy, wiped when its slot is reused (documents may hold credentials).
class UnitPipeline {
public:
    explicit UnitPipeline(UnitConsumer consumer, std::size_t depth = 64);
    ~UnitPipeline();
    UnitPipeline(const UnitPipeline&) = delete;
    UnitPipeline& operator=(const UnitPipeline&) = delete;

    /// Queues a copy of the unit (waits while the queue is full). Returns the consumer's error
    /// once it has failed, so the reader stops.
    Status push(const Unit& unit);
    /// Waits until every queued unit was consumed; the consumer's status.
    Status finish();

private:
    struct Slot {
        Document document;
        UnitRole role = UnitRole::Whole;
        int elementIndex = -1;
        std::string listKind;
        std::string listSchema;
    };
    void consume();
    /// How many units the threads hand over at a time: half the queue, at least one.
    std::size_t batch() const { return std::max<std::size_t>(1, m_slots.size() / 2); }

    UnitConsumer m_consumer;
    Error m_outOfMemory; ///< the consumer's error when memory runs out
    std::vector<Slot> m_slots;
    std::size_t m_head = 0; ///< next slot to consume
    std::size_t m_count = 0; ///< slots filled and not yet consumed
    bool m_closing = false;
    Status m_status = Done {};
    bool m_producerWaiting = false;
    bool m_consumerWaiting = false;
    std::mutex m_mutex;
    std::condition_variable m_spaceFreed; ///< the producer waits here while the queue is full
    std::condition_variable m_unitsReady; ///< the consumer waits here while it is empty
    std::thread m_worker;
};

} // namespace crossroads
