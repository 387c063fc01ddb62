// SPDX-License-Identifier: Apache-2.0
#include "factvalue.h"

#include <QAtomicInt>
#include <QHash>

namespace crossroads {

/// Strings and non-empty lists, immutable once made, shared by every fact that holds them.
struct FactValue::Shared {
    mutable QAtomicInt ref; ///< the only mutable part
    Type type;
    QString text;
    QStringList items;
};

namespace {

// Inline values: odd bit patterns, which no pointer to Shared can have.
constexpr quintptr inlineFalse = 1;
constexpr quintptr inlineTrue = 3;
constexpr quintptr inlineEmptyString = 5;
constexpr quintptr inlineEmptyList = 7;

/// Each importing thread remembers the values it made lately, so the defaults and repeated
/// values of thousands of containers ("RuntimeDefault", "500m", ["configMap"]) are stored
/// once. It is only a cache: it is bounded and a miss just makes another copy.
template <typename Key>
class RecentValues {
public:
    FactValue find(const Key& key) const { return m_values.value(key); }
    void insert(const Key& key, const FactValue& value)
    {
        if (m_values.size() >= maxEntries)
            m_values.clear();
        m_values.insert(key, value);
    }

private:
    static constexpr qsizetype maxEntries = 4096;
    QHash<Key, FactValue> m_values;
};

} // namespace

FactValue::FactValue(bool value)
    : m_bits(value ? inlineTrue : inlineFalse)
{
}

FactValue::FactValue(const QString& text)
{
    if (text.isEmpty()) {
        m_bits = inlineEmptyString;
        return;
    }
    thread_local RecentValues<QString> recent;
    if (FactValue known = recent.find(text); known.isValid()) {
        *this = std::move(known);
        return;
    }
    m_bits = reinterpret_cast<quintptr>(new Shared { QAtomicInt(1), Type::String, text, {} });
    recent.insert(text, *this);
}

FactValue::FactValue(const QStringList& items)
{
    if (items.isEmpty()) {
        m_bits = inlineEmptyList;
        return;
    }
    thread_local RecentValues<QStringList> recent;
    if (FactValue known = recent.find(items); known.isValid()) {
        *this = std::move(known);
        return;
    }
    m_bits = reinterpret_cast<quintptr>(new Shared { QAtomicInt(1), Type::StringList, {}, items });
    recent.insert(items, *this);
}

FactValue::FactValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Bool:
        *this = FactValue(value.toBool());
        break;
    case QMetaType::QStringList:
        *this = FactValue(value.toStringList());
        break;
    default:
        *this = FactValue(value.toString());
        break;
    }
}

const FactValue::Shared* FactValue::shared() const
{
    return isShared() ? reinterpret_cast<const Shared*>(m_bits) : nullptr;
}

void FactValue::ref() const
{
    shared()->ref.ref();
}

void FactValue::deref()
{
    if (!shared()->ref.deref())
        delete shared();
    m_bits = 0;
}

FactValue::Type FactValue::type() const
{
    switch (m_bits) {
    case 0:
        return Type::Null;
    case inlineFalse:
    case inlineTrue:
        return Type::Bool;
    case inlineEmptyString:
        return Type::String;
    case inlineEmptyList:
        return Type::StringList;
    default:
        return shared()->type;
    }
}

int FactValue::typeId() const
{
    switch (type()) {
    case Type::Bool:
        return QMetaType::Bool;
    case Type::String:
        return QMetaType::QString;
    case Type::StringList:
        return QMetaType::QStringList;
    case Type::Null:
        break;
    }
    return QMetaType::UnknownType;
}

bool FactValue::toBool() const
{
    if (m_bits == inlineTrue)
        return true;
    if (type() != Type::String || m_bits == inlineEmptyString)
        return false;
    const QString& text = shared()->text;
    return !(text == QLatin1String("0") || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0);
}

QString FactValue::toString() const
{
    switch (type()) {
    case Type::Bool:
        return m_bits == inlineTrue ? QStringLiteral("true") : QStringLiteral("false");
    case Type::String:
        return m_bits == inlineEmptyString ? QString() : shared()->text;
    case Type::StringList:
        return m_bits != inlineEmptyList && shared()->items.size() == 1 ? shared()->items.front() : QString();
    case Type::Null:
        break;
    }
    return {};
}

QStringList FactValue::toStringList() const
{
    switch (type()) {
    case Type::String:
        return m_bits == inlineEmptyString ? QStringList { QString() } : QStringList { shared()->text };
    case Type::StringList:
        return m_bits == inlineEmptyList ? QStringList() : shared()->items;
    case Type::Bool:
    case Type::Null:
        break;
    }
    return {};
}

QVariant FactValue::toVariant() const
{
    switch (type()) {
    case Type::Bool:
        return m_bits == inlineTrue;
    case Type::String:
        return toString();
    case Type::StringList:
        return toStringList();
    case Type::Null:
        break;
    }
    return {};
}

bool operator==(const FactValue& a, const FactValue& b)
{
    if (a.m_bits == b.m_bits)
        return true;
    if (a.type() != b.type())
        return false;
    return a.type() == FactValue::Type::String ? a.toString() == b.toString() : a.toStringList() == b.toStringList();
}

} // namespace crossroads
