// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <QIODevice>

#include <string>
#include <string_view>

namespace crossroads {

/// Writes a JSON document as `dump(2)` would, byte for byte, except that its one large array
/// (a report's gaps or results) is written an item at a time: the report of a large cluster is
/// never held whole, neither as a JSON tree nor as text. The document is given with a
/// placeholder where the array goes (JsonArrayStream::placeholder()); everything around it is
/// small and written from one dump.
class JsonArrayStream {
public:
    using Json = nlohmann::ordered_json;

    /// The value to put where the streamed array goes; it must appear once in the document.
    static Json placeholder();

    JsonArrayStream(QIODevice& out, const Json& document);
    ~JsonArrayStream();
    /// The next item of the array; false once a write failed (the device says why).
    bool add(const Json& item);
    /// The next item as text already in dump(2) form at itemDepth() (JsonObjectWriter).
    bool addText(std::string_view item);
    /// The indentation of the line an item starts on.
    unsigned itemDepth() const { return m_depth; }
    /// Closes the array and writes the rest of the document; false if any write failed.
    bool finish();

private:
    bool write(const std::string& text);

    QIODevice& m_out;
    std::string m_suffix;
    std::string m_item; ///< the item being written, with the separator before it
    unsigned m_depth = 0; ///< the item's indentation
    std::string m_itemIndent; ///< "\n" and the spaces an item's lines start with
    std::string m_closingIndent; ///< the spaces before the array's "]"
    bool m_empty = true;
    bool m_whole = false; ///< the document had no placeholder (a programming error)
    bool m_ok = true;
};

} // namespace crossroads
