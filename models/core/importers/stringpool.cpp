// SPDX-License-Identifier: Apache-2.0
#include "stringpool.h"

namespace crossroads {

QString StringPool::intern(std::string_view text)
{
    if (text.empty())
        return {};
    if (const auto found = m_strings.find(text); found != m_strings.end())
        return found->second;
    QString string = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    // Once full it keeps what it has: the texts that repeat (namespaces, kinds, label keys)
    // come early, and clearing would churn the allocator for every unique name that follows.
    if (m_strings.size() < maxEntries)
        m_strings.emplace(std::string(text), string);
    return string;
}

} // namespace crossroads
