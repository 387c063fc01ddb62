// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <utility>

namespace crossroads::report {

/// A report item's JSON object, its keys appended in order: each key is written once, so the
/// look-up (and the key-value pair arrays) an initializer list or operator[] costs per key
/// are skipped; a large cluster's report has millions of items.
class ItemObject {
public:
    using Json = nlohmann::ordered_json;

    ItemObject()
        : m_json(Json::value_t::object)
        , m_members(&m_json.get_ref<Json::object_t&>())
    {
        m_members->reserve(20);
    }
    ItemObject(const ItemObject&) = delete;
    ItemObject& operator=(const ItemObject&) = delete;

    template <typename Value>
    void add(const char* key, Value&& value)
    {
        m_members->emplace_back(key, std::forward<Value>(value));
    }
    const Json& json() const { return m_json; }
    /// The object, for a caller that keeps it; this item is spent afterwards.
    Json take() { return std::move(m_json); }

private:
    Json m_json;
    Json::object_t* m_members;
};

} // namespace crossroads::report
