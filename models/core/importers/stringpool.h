// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crossroads {

/// One shared QString per distinct text, so that 50,000 pods in 50 namespaces hold 50
/// namespace strings rather than 50,000 copies (kinds, namespaces, container names and label
/// keys repeat the same way). Bounded: past its limit it stops adding, which only loses sharing.
class StringPool {
public:
    QString intern(std::string_view text);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    static constexpr std::size_t maxEntries = 4096;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace crossroads
