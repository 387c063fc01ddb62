// SPDX-License-Identifier: Apache-2.0
#include "jsonarraystream.h"

namespace crossroads {

namespace {

/// Control characters never occur in a report's own keys, and dump() escapes this one, so the
/// quoted form below is found exactly where the placeholder stands.
constexpr const char* marker = "\x01streamed-array\x01";
constexpr const char* quotedMarker = "\"\\u0001streamed-array\\u0001\"";

} // namespace

JsonArrayStream::Json JsonArrayStream::placeholder()
{
    return Json(marker);
}

JsonArrayStream::JsonArrayStream(QIODevice& out, const Json& document)
    : m_out(out)
{
    const std::string text = document.dump(2);
    const std::size_t at = text.find(quotedMarker);
    Q_ASSERT(at != std::string::npos);
    if (at == std::string::npos) { // no placeholder: the document is written whole, nothing streamed
        m_whole = true;
        m_ok = write(text);
        return;
    }
    const std::size_t lineStart = text.rfind('\n', at) + 1; // npos + 1 == 0 for the first line
    const std::size_t indent = text.find_first_not_of(' ', lineStart) - lineStart;
    m_closingIndent.assign(indent, ' ');
    m_itemIndent = '\n' + std::string(indent + 2, ' ');
    m_depth = static_cast<unsigned>(indent + 2);
    m_suffix = text.substr(at + std::char_traits<char>::length(quotedMarker));
    m_ok = write(text.substr(0, at) + '[');
}

JsonArrayStream::~JsonArrayStream() = default;

bool JsonArrayStream::add(const Json& item)
{
    std::string text;
    nlohmann::detail::serializer<Json>(nlohmann::detail::output_adapter<char, std::string>(text), ' ').dump(item, true, false, 2, m_depth);
    return addText(text);
}

bool JsonArrayStream::addText(std::string_view item)
{
    if (!m_ok || m_whole)
        return m_ok;
    m_item.clear();
    if (!m_empty)
        m_item += ',';
    m_item += m_itemIndent;
    m_item += item;
    m_empty = false;
    return write(m_item);
}

bool JsonArrayStream::finish()
{
    if (!m_ok)
        return false;
    if (m_whole)
        return write("\n");
    return write((m_empty ? std::string("]") : '\n' + m_closingIndent + ']') + m_suffix + '\n');
}

bool JsonArrayStream::write(const std::string& text)
{
    m_ok = m_ok && m_out.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
    return m_ok;
}

} // namespace crossroads
