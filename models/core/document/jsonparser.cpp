// SPDX-License-Identifier: Apache-2.0
// JSON back end of DocumentReader: a small RFC 8259 parser that reads the chunks of an
// InputSource and calls the DocumentBuilder directly. It replaced nlohmann's SAX parser, which
// spent most of the import time copying every character through an iterator adapter; here
// strings that lie inside one chunk go from the read buffer to the tape in one copy.
#include "documentreader.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <limits>
#include <string>
#include <vector>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentReader", text);
}

/// Bytes that end the fast scan of a string: the quote, a backslash, control characters
/// (which JSON forbids unescaped) and non-ASCII bytes (which must be checked as UTF-8).
constexpr std::array<bool, 256> stringStops = [] {
    std::array<bool, 256> stops {};
    for (int c = 0; c < 256; ++c)
        stops[static_cast<std::size_t>(c)] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
    return stops;
}();

/// Length of the UTF-8 sequence starting at text[0] if it is well-formed (RFC 3629), else 0.
std::size_t utf8SequenceLength(const unsigned char* text, std::size_t available)
{
    const unsigned char lead = text[0];
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0; // no overlong forms
        if (lead == 0xed)
            high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        if (lead == 0xf4)
            high = 0x8f; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || text[1] < low || text[1] > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (text[i] < 0x80 || text[i] > 0xbf)
            return 0;
    }
    return length;
}

void appendUtf8(std::string& out, char32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

class JsonParser {
public:
    JsonParser(InputSource& source, DocumentBuilder& builder)
        : m_source(source)
        , m_builder(builder)
        , m_p(source.data())
        , m_end(source.data() + source.size())
    {
    }

    /// False on a syntax error (message(), line(), offset()) or when the builder stopped.
    bool parse();

    const QString& message() const { return m_message; }
    quint32 line() const { return m_line; }
    qint64 offset() const { return m_errorOffset; } ///< 1-based byte of the error

private:
    enum class Context { Value, ObjectKey, ObjectSeparator, Object, Array, End };

    /// Makes at least one byte available; false at the end of the input (and every time after).
    bool more()
    {
        if (m_p != m_end)
            return true;
        if (m_atEnd)
            return false;
        m_consumed += m_end - m_source.data();
        if (!m_source.refill()) {
            m_p = m_end = nullptr;
            m_atEnd = true;
            return false;
        }
        m_p = m_source.data();
        m_end = m_p + m_source.size();
        return true;
    }
    qint64 position() const { return m_consumed + (m_p != nullptr ? m_p - m_source.data() : 0); }

    /// The next byte after whitespace, not consumed; -1 at the end of the input.
    int peek()
    {
        for (;;) {
            while (m_p != m_end) {
                const char c = *m_p;
                if (c == '\n')
                    ++m_line;
                else if (c != ' ' && c != '\t' && c != '\r')
                    return static_cast<unsigned char>(c);
                ++m_p;
            }
            if (!more())
                return -1;
        }
    }

    bool scalar(int c);
    bool string(std::string_view* text);
    bool stringSlowPath(std::string_view* text);
    bool escape();
    bool number();
    bool literal(std::string_view word);
    bool unexpected(int c, Context context);
    bool fail(const QString& message);

    InputSource& m_source;
    DocumentBuilder& m_builder;
    const char* m_p;
    const char* m_end;
    qint64 m_consumed = 0; ///< bytes of the chunks before the current one
    bool m_atEnd = false;
    quint32 m_line = 1;
    std::string m_scratch; ///< strings that span chunks or hold escapes, and numbers
    QString m_message;
    qint64 m_errorOffset = -1;
};

bool JsonParser::fail(const QString& message)
{
    if (m_message.isEmpty()) {
        m_message = message;
        m_errorOffset = position() + 1; // 1-based, the byte that could not be read
    }
    return false;
}

bool JsonParser::unexpected(int c, Context context)
{
    QString found = c < 0 ? tr("end of input") : QStringLiteral("'%1'").arg(QChar(c < 0x80 ? c : 0xfffd));
    switch (context) {
    case Context::Value:
        return fail(tr("invalid JSON in value - unexpected %1; expected '[', '{', or a literal").arg(found));
    case Context::ObjectKey:
        return fail(tr("invalid JSON in object key - unexpected %1; expected string literal").arg(found));
    case Context::ObjectSeparator:
        return fail(tr("invalid JSON in object separator - unexpected %1; expected ':'").arg(found));
    case Context::Object:
        return fail(tr("invalid JSON in object - unexpected %1; expected '}'").arg(found));
    case Context::Array:
        return fail(tr("invalid JSON in array - unexpected %1; expected ']'").arg(found));
    case Context::End:
        break;
    }
    return fail(tr("invalid JSON in value - unexpected %1; expected end of input").arg(found));
}

bool JsonParser::parse()
{
    // Iterative, so nesting depth costs no stack: the builder refuses documents past its limit.
    std::vector<bool> open; // one per open container: true for an object, false for an array
    int c = peek();
    for (;;) {
        if (!open.empty() && open.back()) {
            if (c != '"')
                return unexpected(c, Context::ObjectKey);
            const quint32 line = m_line;
            ++m_p;
            std::string_view key;
            if (!string(&key) || !m_builder.key(key, line))
                return false;
            c = peek();
            if (c != ':')
                return unexpected(c, Context::ObjectSeparator);
            ++m_p;
            c = peek();
        }
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            const quint32 line = m_line;
            ++m_p;
            if (!(object ? m_builder.startObject(line) : m_builder.startArray(line)))
                return false;
            c = peek();
            if (c != (object ? '}' : ']')) {
                open.push_back(object);
                continue; // to its first member or element
            }
            ++m_p;
            if (!m_builder.endContainer())
                return false;
        } else if (!scalar(c)) {
            return false;
        }
        // After a value: close containers until a comma leads to the next member or element.
        for (;;) {
            c = peek();
            if (open.empty())
                return c < 0 || unexpected(c, Context::End);
            if (c == ',') {
                ++m_p;
                c = peek();
                break;
            }
            const bool object = open.back();
            if (c != (object ? '}' : ']'))
                return unexpected(c, object ? Context::Object : Context::Array);
            ++m_p;
            open.pop_back();
            if (!m_builder.endContainer())
                return false;
        }
    }
}

/// Reads a string, literal or number starting with c.
bool JsonParser::scalar(int c)
{
    const quint32 line = m_line;
    switch (c) {
    case '"': {
        ++m_p;
        std::string_view text;
        return string(&text) && m_builder.string(text, line);
    }
    case 't':
        return literal("true") && m_builder.boolean(true, line);
    case 'f':
        return literal("false") && m_builder.boolean(false, line);
    case 'n':
        return literal("null") && m_builder.null(line);
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        return unexpected(c, Context::Value);
    }
}

/// Reads a string after its opening quote. The view is valid until the next read.
bool JsonParser::string(std::string_view* text)
{
    const char* start = m_p;
    const char* p = m_p;
    while (p != m_end && !stringStops[static_cast<unsigned char>(*p)])
        ++p;
    if (p != m_end && *p == '"') {
        *text = std::string_view(start, static_cast<std::size_t>(p - start));
        m_p = p + 1;
        return true;
    }
    m_scratch.assign(start, static_cast<std::size_t>(p - start));
    m_p = p;
    return stringSlowPath(text);
}

/// Escapes, non-ASCII text and strings that continue in the next chunk.
bool JsonParser::stringSlowPath(std::string_view* text)
{
    for (;;) {
        if (!more())
            return unexpected(-1, Context::Value);
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            *text = m_scratch;
            return true;
        }
        if (c == '\\') {
            ++m_p;
            if (!escape())
                return false;
        } else if (c < 0x20) {
            return fail(tr("invalid JSON string: control character U+%1 must be escaped").arg(c, 4, 16, QLatin1Char('0')));
        } else if (c < 0x80) {
            m_scratch += static_cast<char>(c);
            ++m_p;
        } else {
            // A multi-byte sequence may straddle two chunks: gather it first.
            const qint64 start = position();
            unsigned char sequence[4] = { c, 0, 0, 0 };
            std::size_t have = 1;
            ++m_p;
            const std::size_t want = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            while (have < want && more())
                sequence[have++] = static_cast<unsigned char>(*m_p++);
            const std::size_t length = utf8SequenceLength(sequence, have);
            if (length == 0) {
                fail(tr("invalid JSON string: ill-formed UTF-8 byte"));
                m_errorOffset = start + 1; // the sequence's first byte, not where reading stopped
                return false;
            }
            m_scratch.append(reinterpret_cast<const char*>(sequence), length);
        }
        if (m_scratch.size() > std::size_t(std::numeric_limits<quint32>::max()))
            return fail(tr("invalid JSON string: too long"));
    }
}

bool JsonParser::escape()
{
    if (!more())
        return unexpected(-1, Context::Value);
    const char c = *m_p++;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        m_scratch += c;
        return true;
    case 'b':
        m_scratch += '\b';
        return true;
    case 'f':
        m_scratch += '\f';
        return true;
    case 'n':
        m_scratch += '\n';
        return true;
    case 'r':
        m_scratch += '\r';
        return true;
    case 't':
        m_scratch += '\t';
        return true;
    case 'u':
        break;
    default:
        return fail(tr("invalid JSON string: forbidden character after backslash"));
    }
    auto hex4 = [this](char32_t* out) {
        char32_t code = 0;
        for (int i = 0; i < 4; ++i) {
            if (!more())
                return false;
            const char h = *m_p++;
            code <<= 4;
            if (h >= '0' && h <= '9')
                code |= static_cast<char32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                code |= static_cast<char32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                code |= static_cast<char32_t>(h - 'A' + 10);
            else
                return false;
        }
        *out = code;
        return true;
    };
    char32_t code = 0;
    if (!hex4(&code))
        return fail(tr("invalid JSON string: '\\u' must be followed by 4 hex digits"));
    if (code >= 0xdc00 && code <= 0xdfff)
        return fail(tr("invalid JSON string: a low surrogate must follow a high surrogate"));
    if (code >= 0xd800 && code <= 0xdbff) {
        char32_t low = 0;
        if (!more() || *m_p != '\\')
            return fail(tr("invalid JSON string: a high surrogate must be followed by a low surrogate"));
        ++m_p;
        if (!more() || *m_p != 'u')
            return fail(tr("invalid JSON string: a high surrogate must be followed by a low surrogate"));
        ++m_p;
        if (!hex4(&low) || low < 0xdc00 || low > 0xdfff)
            return fail(tr("invalid JSON string: a high surrogate must be followed by a low surrogate"));
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
    }
    appendUtf8(m_scratch, code);
    return true;
}

bool JsonParser::literal(std::string_view word)
{
    for (const char expected : word) {
        if (!more() || *m_p != expected) {
            return fail(tr("invalid JSON literal; expected '%1'").arg(QLatin1String(word.data(), static_cast<qsizetype>(word.size()))));
        }
        ++m_p;
    }
    return true;
}

/// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? as an integer when it is one and fits.
bool JsonParser::number()
{
    const quint32 line = m_line;
    m_scratch.clear();
    auto take = [this] {
        m_scratch += *m_p++;
        return more();
    };
    auto digits = [this, &take] {
        std::size_t count = 0;
        while (more() && *m_p >= '0' && *m_p <= '9') {
            take();
            ++count;
        }
        return count;
    };
    auto invalid = [this] { return fail(tr("invalid JSON number")); };
    if (*m_p == '-')
        take();
    if (!more())
        return invalid();
    if (*m_p == '0') {
        take();
    } else if (digits() == 0) {
        return invalid();
    }
    bool integral = true;
    if (more() && *m_p == '.') {
        take();
        integral = false;
        if (digits() == 0)
            return invalid();
    }
    if (more() && (*m_p == 'e' || *m_p == 'E')) {
        take();
        integral = false;
        if (more() && (*m_p == '+' || *m_p == '-'))
            take();
        if (digits() == 0)
            return invalid();
    }
    const char* first = m_scratch.data();
    const char* last = first + m_scratch.size();
    if (integral) {
        qint64 value = 0;
        if (const auto [end, error] = std::from_chars(first, last, value); error == std::errc() && end == last)
            return m_builder.integer(value, line);
    }
    double real = 0;
    const auto [end, error] = std::from_chars(first, last, real);
    if (error == std::errc::result_out_of_range)
        return fail(tr("invalid JSON number: out of range"));
    if (error != std::errc() || end != last)
        return invalid();
    return m_builder.real(real, line);
}

} // namespace

Status parseJson(InputSource& source, DocumentBuilder& builder, const QString& fileName)
{
    JsonParser parser(source, builder);
    builder.beginDocument(0);
    const bool ok = parser.parse();
    if (ok && builder.endDocument())
        return Done {};
    if (builder.stoppedByHandler() || source.cancelled())
        return Error { fileName, {}, {} };
    if (builder.failed()) {
        const quint32 line = builder.errorLine() != 0 ? builder.errorLine() : parser.line();
        return Error { fileName, QCoreApplication::translate("DocumentReader", "line %1").arg(line), builder.error() };
    }
    return Error { fileName, QCoreApplication::translate("DocumentReader", "line %1 (byte %2)").arg(parser.line()).arg(parser.offset()),
        parser.message() };
}

} // namespace crossroads
