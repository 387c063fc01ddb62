// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace crossroads {

/// A value or the Error that prevented it. No exception crosses a layer of the engine; functions
/// that can fail on user input return this instead (std::expected is C++23, we build as C++20).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): reads like `return value;`
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor): reads like `return error;`
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success carries nothing.
struct Done {
};

using Status = Result<Done>;

} // namespace crossroads
