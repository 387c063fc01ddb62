// SPDX-License-Identifier: Apache-2.0
#include "stringpool.h"

namespace crossroads {

QString StringPool::intern(std::string_view text)
{
    if (text.empty())
        return {};
    if (const auto found = m_strings.find(text); found != m_strings.end())
        return found->second;
    if (m_strings.size() >= maxEntries)
        m_strings.clear();
    QString string = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    m_strings.emplace(std::string(text), string);
    return string;
}

} // namespace crossroads
