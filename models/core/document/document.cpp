// SPDX-License-Identifier: Apache-2.0
#include "document.h"

#include <QStringList>

#include <charconv>
#include <cmath>
#include <cstring>

namespace crossroads {

Node Document::root() const
{
    return m_entries.empty() ? Node() : Node(this, 0);
}

void Document::clear()
{
    if (!m_strings.empty())
        std::memset(m_strings.data(), 0, m_strings.size());
    m_strings.clear();
    m_entries.clear();
    m_hasMergeKeys = false;
    basePointer.clear();
    documentIndex = 0;
}

std::pair<quint32, quint32> Document::appendString(std::string_view text)
{
    const auto offset = static_cast<quint32>(m_strings.size());
    m_strings.append(text);
    return { offset, static_cast<quint32>(text.size()) };
}

Node Node::findOwnMember(std::string_view key) const
{
    // The importers' hottest loop: compare lengths first, text only when they agree.
    const auto& entries = m_document->entries();
    const quint32 end = entries[m_index].end;
    for (quint32 i = m_index + 1; i < end; i = entries[i].end) {
        const Document::Entry& child = entries[i];
        if (child.keyLength == key.size() && m_document->stringAt(child.keyOffset, child.keyLength) == key)
            return Node(m_document, i);
    }
    return {};
}

Node Node::operator[](std::string_view key) const
{
    if (!isObject())
        return {};
    if (Node own = findOwnMember(key))
        return own;
    if (!m_document->hasMergeKeys())
        return {};
    // YAML merge key: `<<: *base` or `<<: [*a, *b]`; earlier sources win.
    const Node merge = findOwnMember("<<");
    if (merge.isObject())
        return merge[key];
    if (merge.isArray()) {
        for (Node source : merge.children()) {
            if (Node found = source[key])
                return found;
        }
    }
    return {};
}

Node Node::at(std::size_t index) const
{
    if (!isArray())
        return {};
    std::size_t position = 0;
    for (Node child : children()) {
        if (position++ == index)
            return child;
    }
    return {};
}

std::size_t Node::size() const
{
    if (!isArray() && !isObject())
        return 0;
    std::size_t count = 0;
    for ([[maybe_unused]] Node child : children())
        ++count;
    return count;
}

Node::Children Node::children() const
{
    if (!isArray() && !isObject())
        return { m_document, 0, 0 };
    return { m_document, m_index + 1, entry().end };
}

std::string_view Node::key() const
{
    if (!isValid() || !entry().hasKey)
        return {};
    return m_document->stringAt(entry().keyOffset, entry().keyLength);
}

std::string_view Node::text() const
{
    if (!isString())
        return {};
    return m_document->stringAt(entry().text.offset, entry().text.length);
}

QString Node::toString() const
{
    switch (type()) {
    case NodeType::String: {
        const auto view = text();
        return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
    }
    case NodeType::Integer:
        return QString::number(entry().integer);
    case NodeType::Double:
        return QString::number(entry().real, 'g', 17);
    case NodeType::Bool:
        return entry().boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<bool> Node::toBool() const
{
    if (type() == NodeType::Bool)
        return entry().boolean;
    if (isString()) {
        const auto t = text();
        // YAML 1.1 spellings, accepted from plain scalars only: a quoted "yes" is a string.
        static constexpr std::string_view yes[] = { "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON" };
        static constexpr std::string_view no[] = { "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF" };
        if (entry().plainScalar) {
            for (auto y : yes)
                if (t == y)
                    return true;
            for (auto n : no)
                if (t == n)
                    return false;
        }
    }
    return std::nullopt;
}

std::optional<qint64> Node::toInteger() const
{
    switch (type()) {
    case NodeType::Integer:
        return entry().integer;
    case NodeType::Double: {
        const double value = entry().real;
        if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
            return static_cast<qint64>(value);
        return std::nullopt;
    }
    case NodeType::String: {
        const auto t = text();
        qint64 value = 0;
        const auto* first = t.data();
        const auto* last = t.data() + t.size();
        if (first != last && *first == '+')
            ++first;
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec == std::errc() && ptr == last && first != last)
            return value;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QStringList Node::toStringList() const
{
    QStringList list;
    if (isArray()) {
        for (Node child : children()) {
            if (child.isScalar() && !child.isNull())
                list.append(child.toString());
        }
    } else if (isScalar() && !isNull()) {
        list.append(toString());
    }
    return list;
}

namespace {
QString escapePointerToken(std::string_view token)
{
    QString text = QString::fromUtf8(token.data(), static_cast<qsizetype>(token.size()));
    text.replace(QLatin1Char('~'), QStringLiteral("~0"));
    text.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return text;
}
} // namespace

QString Node::pointer() const
{
    if (!isValid())
        return {};
    QStringList tokens;
    quint32 index = m_index;
    const auto& entries = m_document->entries();
    while (entries[index].parent != Document::npos) {
        const quint32 parent = entries[index].parent;
        if (entries[parent].type == NodeType::Object) {
            tokens.prepend(escapePointerToken(Node(m_document, index).key()));
        } else {
            int position = 0;
            for (quint32 sibling = parent + 1; sibling != index; sibling = entries[sibling].end)
                ++position;
            tokens.prepend(QString::number(position));
        }
        index = parent;
    }
    QString text = m_document->basePointer;
    for (const QString& token : tokens)
        text += QLatin1Char('/') + token;
    return text;
}

} // namespace crossroads
