// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace crossroads {

/// The value of a fact: nothing, a boolean, a string or a list of strings, in one pointer.
/// A snapshot of 100,000 containers holds over four million facts, so this replaces QVariant
/// (32 bytes, one copy of each string per fact): booleans and empty values live in the pointer
/// itself, and equal strings and lists share one immutable, reference-counted copy. The
/// accessors follow QVariant's conversions, so code reads it like the QVariant it was.
class FactValue {
public:
    enum class Type : quint8 { Null, Bool, String, StringList };

    FactValue() = default;
    FactValue(bool value); // NOLINT(google-explicit-constructor): facts are assigned plain values
    FactValue(const QString& text); // NOLINT(google-explicit-constructor)
    FactValue(const QStringList& items); // NOLINT(google-explicit-constructor)
    FactValue(const QVariant& value); // NOLINT(google-explicit-constructor): Null, Bool, StringList or else its text
    /// Anything else (an int would silently become a bool) must be converted by the caller.
    template <typename T>
    FactValue(const T&) = delete;

    FactValue(const FactValue& other)
        : m_bits(other.m_bits)
    {
        if (isShared())
            ref();
    }
    FactValue(FactValue&& other) noexcept
        : m_bits(other.m_bits)
    {
        other.m_bits = 0;
    }
    FactValue& operator=(const FactValue& other)
    {
        FactValue copy(other);
        std::swap(m_bits, copy.m_bits);
        return *this;
    }
    FactValue& operator=(FactValue&& other) noexcept
    {
        std::swap(m_bits, other.m_bits);
        return *this;
    }
    ~FactValue()
    {
        if (isShared())
            deref();
    }

    Type type() const;
    /// QMetaType id of the equivalent QVariant (UnknownType, Bool, QString, QStringList).
    int typeId() const;
    bool isValid() const { return m_bits != 0; }
    bool isNull() const { return m_bits == 0; }

    /// As QVariant converts: a string is true unless empty, "0" or "false"; a list is false.
    bool toBool() const;
    /// Booleans as "true"/"false"; a list of exactly one item as that item.
    QString toString() const;
    /// A string as a list of one item; a boolean as an empty list.
    QStringList toStringList() const;
    QVariant toVariant() const;

    /// The very same value: both inline and equal, or sharing one copy. Cheap, for caches;
    /// equal values made separately may still answer false.
    bool isSameAs(const FactValue& other) const { return m_bits == other.m_bits; }

    friend bool operator==(const FactValue& a, const FactValue& b);
    friend bool operator!=(const FactValue& a, const FactValue& b) { return !(a == b); }

private:
    struct Shared;
    // Inline values and null need no reference counting: the common case stays in the header.
    bool isShared() const { return m_bits != 0 && (m_bits & 1) == 0; }
    const Shared* shared() const;
    void ref() const;
    void deref();

    /// 0: null; odd: an inline value (see factvalue.cpp); otherwise a pointer to Shared.
    quintptr m_bits = 0;
};

} // namespace crossroads
