// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossroads {

enum class NodeType : quint8 { Null, Bool, Integer, Double, String, Array, Object };

class Node;

/// One parsed JSON or YAML document (or one streamed item of a large list) as a flat pre-order
/// tape: no allocation per node, cheap to clear and refill, so a list of 50,000 pods never needs
/// more than one item's worth of memory. Both readers fill the same structure, so importers do
/// not care which syntax a file used.
class Document {
public:
    static constexpr quint32 npos = UINT32_MAX;

    struct Entry {
        NodeType type = NodeType::Null;
        bool hasKey = false;
        bool plainScalar = false; ///< YAML plain (unquoted) scalar, for lenient typing
        quint32 line = 0; ///< 1-based line in the file; 0 when unknown
        quint32 parent = npos;
        quint32 end = 0; ///< index one past this entry's subtree
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        struct TextSpan {
            quint32 offset;
            quint32 length;
        };
        union {
            qint64 integer;
            double real;
            bool boolean;
            TextSpan text;
        };
        Entry()
            : integer(0)
        {
        }
    };

    /// Pointer prefix of this document within the file ("/items/12" for a streamed list item,
    /// "" for a whole document).
    QString basePointer;
    /// 0-based index of the YAML document in a multi-document stream (0 for JSON).
    int documentIndex = 0;

    bool isEmpty() const { return m_entries.empty(); }
    Node root() const;
    std::size_t byteSize() const { return m_entries.size() * sizeof(Entry) + m_strings.size(); }

    /// Forget the content, keep the capacity. String storage is overwritten with zeros first: it
    /// may hold credentials that must not linger in memory.
    void clear();

    // Builder interface (DocumentBuilder is the only writer).
    std::vector<Entry>& entries() { return m_entries; }
    const std::vector<Entry>& entries() const { return m_entries; }
    std::pair<quint32, quint32> appendString(std::string_view text);
    /// A YAML merge key ("<<") was added: only then do failed lookups look through merges.
    void noteMergeKey() { m_hasMergeKeys = true; }
    bool hasMergeKeys() const { return m_hasMergeKeys; }
    std::string_view stringAt(quint32 offset, quint32 length) const
    {
        return std::string_view(m_strings).substr(offset, length);
    }

private:
    std::vector<Entry> m_entries;
    std::string m_strings;
    bool m_hasMergeKeys = false;
};

/// A read-only view of one node of a Document. An invalid Node (a missing key, an index out of
/// range, a lookup on a scalar) answers every question with "absent", so importers can chain
/// lookups like `pod["spec"]["securityContext"]["runAsUser"]` without checks at each step.
class Node {
public:
    Node() = default;
    Node(const Document* document, quint32 index)
        : m_document(document)
        , m_index(index)
    {
    }

    bool isValid() const { return m_document != nullptr; }
    explicit operator bool() const { return isValid(); }
    NodeType type() const { return isValid() ? entry().type : NodeType::Null; }
    bool isNull() const { return type() == NodeType::Null; }
    bool isObject() const { return isValid() && type() == NodeType::Object; }
    bool isArray() const { return isValid() && type() == NodeType::Array; }
    bool isString() const { return isValid() && type() == NodeType::String; }
    bool isScalar() const { return isValid() && type() != NodeType::Array && type() != NodeType::Object; }

    /// Member lookup; follows YAML merge keys (`<<: *anchor`), explicit keys win.
    Node operator[](std::string_view key) const;
    /// Array element lookup.
    Node at(std::size_t index) const;
    /// Number of members or elements (merge keys not expanded); 0 for scalars.
    std::size_t size() const;

    std::string_view key() const;
    /// Raw text of a string scalar (empty for other types).
    std::string_view text() const;
    /// Scalar as text: strings as they are, numbers and booleans formatted; empty otherwise.
    QString toString() const;
    /// Booleans, and YAML plain scalars spelled as booleans (true/True/yes/on ...).
    std::optional<bool> toBool() const;
    /// Integers, integral doubles, and strings that hold a decimal integer.
    std::optional<qint64> toInteger() const;
    /// Strings of an array of scalars; a scalar alone becomes a one-element list.
    QStringList toStringList() const;

    quint32 line() const { return isValid() ? entry().line : 0; }
    /// JSON pointer of this node within the file (RFC 6901), including the document's base.
    QString pointer() const;
    const Document* document() const { return m_document; }
    quint32 index() const { return m_index; }

    class ChildIterator {
    public:
        ChildIterator(const Document* document, quint32 index)
            : m_document(document)
            , m_index(index)
        {
        }
        Node operator*() const { return Node(m_document, m_index); }
        ChildIterator& operator++()
        {
            m_index = m_document->entries()[m_index].end;
            return *this;
        }
        bool operator!=(const ChildIterator& other) const { return m_index != other.m_index; }

    private:
        const Document* m_document;
        quint32 m_index;
    };
    struct Children {
        const Document* document;
        quint32 first;
        quint32 last;
        ChildIterator begin() const { return ChildIterator(document, first); }
        ChildIterator end() const { return ChildIterator(document, last); }
    };
    /// Members of an object or elements of an array, in document order (use key() on members).
    Children children() const;

private:
    const Document::Entry& entry() const { return m_document->entries()[m_index]; }
    Node findOwnMember(std::string_view key) const;

    const Document* m_document = nullptr;
    quint32 m_index = 0;
};

} // namespace crossroads
