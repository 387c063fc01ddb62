// SPDX-License-Identifier: Apache-2.0
#include "jsonobjectwriter.h"

#include <algorithm>

namespace crossroads::report {

namespace {

using Json = JsonObjectWriter::Json;
using Serializer = nlohmann::detail::serializer<Json>;

/// Appends value as dump(2) writes it when it starts on a line indented by depth.
void dumpAt(std::string& out, const Json& value, unsigned depth)
{
    Serializer serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ');
    serializer.dump(value, true, false, 2, depth);
}

bool plain(char16_t unit)
{
    return unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\';
}

} // namespace

JsonObjectWriter::JsonObjectWriter(std::string& out, unsigned depth)
    : m_out(out)
    , m_depth(depth)
{
    m_out += '{';
}

void JsonObjectWriter::key(const char* name)
{
    m_out += m_empty ? "\n" : ",\n";
    m_out.append(m_depth + 2, ' ');
    appendText(m_out, std::string_view(name));
    m_out += ": ";
    m_empty = false;
}

void JsonObjectWriter::add(const char* name, const QString& value)
{
    key(name);
    appendText(m_out, value);
}

void JsonObjectWriter::add(const char* name, const char* value)
{
    add(name, std::string_view(value));
}

void JsonObjectWriter::add(const char* name, std::string_view value)
{
    key(name);
    appendText(m_out, value);
}

void JsonObjectWriter::add(const char* name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
}

void JsonObjectWriter::addNumber(const char* name, const std::string& digits)
{
    key(name);
    m_out += digits;
}

void JsonObjectWriter::addNull(const char* name)
{
    key(name);
    m_out += "null";
}

void JsonObjectWriter::add(const char* name, const Json& value)
{
    key(name);
    dumpAt(m_out, value, m_depth + 2);
}

JsonObjectWriter JsonObjectWriter::object(const char* name)
{
    key(name);
    return JsonObjectWriter(m_out, m_depth + 2);
}

JsonArrayWriter JsonObjectWriter::array(const char* name)
{
    key(name);
    return JsonArrayWriter(m_out, m_depth + 2);
}

void JsonObjectWriter::addMembers(std::string_view members)
{
    if (members.empty())
        return;
    m_out += m_empty ? "\n" : ",\n";
    m_out += members;
    m_empty = false;
}

void JsonObjectWriter::finish()
{
    if (m_empty) {
        m_out += '}';
        return;
    }
    m_out += '\n';
    m_out.append(m_depth, ' ');
    m_out += '}';
}

std::string JsonObjectWriter::members(const Json& object, unsigned depth)
{
    if (!object.is_object() || object.empty())
        return {};
    std::string text;
    dumpAt(text, object, depth);
    // "{\n" + members + "\n" + depth spaces + "}": keep the members.
    const std::size_t closing = 1 + depth + 1;
    return text.substr(2, text.size() - 2 - closing);
}

void JsonObjectWriter::appendText(std::string& out, const QString& text)
{
    if (!std::all_of(text.cbegin(), text.cend(), [](QChar c) { return plain(c.unicode()); })) {
        dumpAt(out, Json(text.toStdString()), 0);
        return;
    }
    out += '"';
    const std::size_t start = out.size();
    out.resize(start + static_cast<std::size_t>(text.size()));
    std::transform(text.cbegin(), text.cend(), out.begin() + static_cast<std::ptrdiff_t>(start), [](QChar c) { return static_cast<char>(c.unicode()); });
    out += '"';
}

void JsonObjectWriter::appendText(std::string& out, std::string_view utf8)
{
    if (!std::all_of(utf8.begin(), utf8.end(), [](char c) { return plain(static_cast<unsigned char>(c)); })) {
        dumpAt(out, Json(std::string(utf8)), 0);
        return;
    }
    out += '"';
    out += utf8;
    out += '"';
}

JsonArrayWriter::JsonArrayWriter(std::string& out, unsigned depth)
    : m_out(out)
    , m_depth(depth)
{
    m_out += '[';
}

JsonObjectWriter JsonArrayWriter::object()
{
    m_out += m_empty ? "\n" : ",\n";
    m_out.append(m_depth + 2, ' ');
    m_empty = false;
    return JsonObjectWriter(m_out, m_depth + 2);
}

void JsonArrayWriter::finish()
{
    if (m_empty) {
        m_out += ']';
        return;
    }
    m_out += '\n';
    m_out.append(m_depth, ' ');
    m_out += ']';
}

} // namespace crossroads::report
