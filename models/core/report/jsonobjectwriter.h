// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <string_view>
#include <type_traits>

namespace crossroads::report {

class JsonArrayWriter;

/// Writes one JSON object as nlohmann's dump(2) writes it at a given depth, byte for byte, but
/// straight into text: a large cluster's report has millions of items, and building each as
/// an nlohmann document only to dump it cost most of the time. Texts with nothing to escape
/// (printable ASCII without quote or backslash) are copied; any other is escaped by nlohmann,
/// so escaping stays the library's. Members are written in the order they are added.
class JsonObjectWriter {
public:
    using Json = nlohmann::ordered_json;

    /// Appends to out; depth: the indentation of the line the object's "{" is on.
    JsonObjectWriter(std::string& out, unsigned depth);
    JsonObjectWriter(const JsonObjectWriter&) = delete;
    JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

    void add(const char* key, const QString& value);
    void add(const char* key, const char* value);
    void add(const char* key, std::string_view value);
    void add(const char* key, bool value);
    template <typename Integer>
        requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>)
    void add(const char* key, Integer value)
    {
        addNumber(key, std::to_string(value));
    }
    void addNull(const char* key);
    /// Any other value (an array, a nested document), dumped by nlohmann at this depth.
    void add(const char* key, const Json& value);
    /// A nested object: add its members to the returned writer and finish() it before
    /// adding anything more here.
    JsonObjectWriter object(const char* key);
    /// A nested array of objects, likewise.
    JsonArrayWriter array(const char* key);
    /// Members made once by members() at the same depth, for items that all share them.
    void addMembers(std::string_view members);
    /// Closes the object.
    void finish();

    /// The members of a small object as this writer would write them at depth, for
    /// addMembers() (a check's texts, the same in every gap of that check).
    static std::string members(const Json& object, unsigned depth);
    /// A text as dump() writes it, quotes included.
    static void appendText(std::string& out, const QString& text);
    static void appendText(std::string& out, std::string_view utf8);

private:
    void key(const char* key);
    void addNumber(const char* key, const std::string& digits);

    std::string& m_out;
    unsigned m_depth;
    bool m_empty = true;
};

/// An array of objects inside a JsonObjectWriter's object, as dump(2) writes it.
class JsonArrayWriter {
public:
    JsonArrayWriter(std::string& out, unsigned depth);
    /// The next element: finish() it before the next.
    JsonObjectWriter object();
    void finish();

private:
    std::string& m_out;
    unsigned m_depth;
    bool m_empty = true;
};

} // namespace crossroads::report
