// SPDX-License-Identifier: Apache-2.0
// JSON back end of DocumentReader: nlohmann/json's SAX parser fed by a chunked iterator.
#include "documentreader.h"
#include "jsonerrortext.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <iterator>
#include <limits>

namespace crossroads {

namespace {

struct ChunkCursor {
    InputSource* source;
    quint32 line = 1;
    qint64 skipped = 0; ///< indentation bytes the parser never saw
    /// Bytes read since the parser last produced a value: nlohmann holds a token whole before
    /// handing it out, so a 1 GB string is cut here, once it is certainly past the limit, and
    /// not after it was read into memory.
    std::size_t bytesSinceValue = 0;
    std::size_t maxBytesPerValue = 0;
    bool overLimit = false;
    bool newlineLast = false; ///< the last byte the parser took was a newline
};

/// Input iterator over an InputSource. It skips the spaces that start a line: pretty-printed
/// JSON (kubectl, docker inspect) is about two thirds indentation, and a raw newline never
/// occurs inside a JSON string, so what follows a newline is always insignificant whitespace.
/// On the way it counts lines, which gives JSON errors and facts a line number for free.
class ChunkIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    ChunkIterator() = default;
    explicit ChunkIterator(ChunkCursor* cursor)
        : m_cursor(cursor)
        , m_p(cursor->source->data())
        , m_end(m_p + cursor->source->size())
    {
    }

    reference operator*() const { return *m_p; }
    ChunkIterator& operator++()
    {
        const bool newline = *m_p == '\n';
        m_cursor->newlineLast = newline;
        advance();
        if (newline) {
            ++m_cursor->line;
            while (m_p != m_end && *m_p == ' ') {
                ++m_cursor->skipped;
                advance();
            }
        }
        return *this;
    }
    bool operator==(const ChunkIterator& /*end*/) const { return m_p == m_end; }
    bool operator!=(const ChunkIterator& other) const { return !(*this == other); }

private:
    void advance()
    {
        if (++m_p == m_end) {
            if (m_cursor->bytesSinceValue > m_cursor->maxBytesPerValue) {
                m_cursor->overLimit = true; // reads as the end of the input
                return;
            }
            m_cursor->source->refill();
            m_cursor->bytesSinceValue += static_cast<std::size_t>(m_cursor->source->size());
            m_p = m_cursor->source->data();
            m_end = m_p + m_cursor->source->size();
        }
    }

    ChunkCursor* m_cursor = nullptr;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
};

using Json = nlohmann::json;

class SaxAdapter final : public nlohmann::json_sax<Json> {
public:
    SaxAdapter(DocumentBuilder& builder, ChunkCursor& cursor)
        : m_builder(builder)
        , m_cursor(cursor)
    {
    }

    bool null() override { return m_builder.null(mark()); }
    bool boolean(bool value) override { return m_builder.boolean(value, mark()); }
    bool number_integer(number_integer_t value) override { return m_builder.integer(value, markNumber()); }
    bool number_unsigned(number_unsigned_t value) override
    {
        if (value > static_cast<number_unsigned_t>(std::numeric_limits<qint64>::max()))
            return m_builder.real(static_cast<double>(value), markNumber());
        return m_builder.integer(static_cast<qint64>(value), markNumber());
    }
    bool number_float(number_float_t value, const string_t& /*text*/) override
    {
        return m_builder.real(value, markNumber());
    }
    bool string(string_t& value) override { return m_builder.string(value, mark()); }
    bool binary(binary_t& /*value*/) override { return false; } // never produced by a JSON text
    bool start_object(std::size_t /*elements*/) override { return m_builder.startObject(mark()); }
    bool key(string_t& value) override { return m_builder.key(value, mark()); }
    bool end_object() override { return mark(), m_builder.endContainer(); }
    bool start_array(std::size_t /*elements*/) override { return m_builder.startArray(mark()); }
    bool end_array() override { return mark(), m_builder.endContainer(); }
    bool parse_error(std::size_t position, const std::string& /*lastToken*/, const nlohmann::detail::exception& error) override
    {
        m_errorPosition = static_cast<qint64>(position);
        m_errorMessage = jsonErrorText(error.what());
        m_errorMessage.replace(QLatin1String("syntax error while parsing "), QLatin1String("invalid JSON in "));
        return false;
    }

    qint64 errorPosition() const { return m_errorPosition; }
    const QString& errorMessage() const { return m_errorMessage; }

private:
    /// The line of the value being handed out; a value ends the run of chunks without one.
    quint32 mark()
    {
        m_cursor.bytesSinceValue = 0;
        return m_cursor.line;
    }

    /// A number ends where the parser sees the byte after it: when that was the newline, the
    /// number itself is on the line before.
    quint32 markNumber()
    {
        const bool onLineBefore = m_cursor.newlineLast;
        return mark() - (onLineBefore ? 1 : 0);
    }

    DocumentBuilder& m_builder;
    ChunkCursor& m_cursor;
    qint64 m_errorPosition = -1;
    QString m_errorMessage;
};

} // namespace

Status parseJson(InputSource& source, DocumentBuilder& builder, const QString& fileName)
{
    ChunkCursor cursor { &source };
    // A value may start anywhere in the chunk it ends the run in: one chunk more is certainly past.
    cursor.maxBytesPerValue = builder.limits().maxScalarBytes + static_cast<std::size_t>(InputSource::chunkSize);
    SaxAdapter sax(builder, cursor);
    builder.beginDocument(0);
    const bool ok = Json::sax_parse(ChunkIterator(&cursor), ChunkIterator(), &sax, nlohmann::detail::input_format_t::json, true);
    if (ok && builder.endDocument())
        return Done {};
    if (builder.stoppedByHandler() || source.cancelled())
        return Error { fileName, {}, {} };
    if (cursor.overLimit)
        return Error { fileName, QCoreApplication::translate("DocumentReader", "line %1").arg(cursor.line), valueTooLong(builder.limits()) };
    if (builder.failed()) {
        const quint32 line = builder.errorLine() != 0 ? builder.errorLine() : cursor.line;
        return Error { fileName, QCoreApplication::translate("DocumentReader", "line %1").arg(line), builder.error() };
    }
    const qint64 offset = sax.errorPosition() + cursor.skipped;
    QString message = sax.errorMessage();
    // Both come only from the end of the bytes: a file cut off by an interrupted copy or
    // download, which is what the user needs to hear first.
    if (message.contains(QLatin1String("unexpected end of input")) || message.contains(QLatin1String("missing closing quote")))
        message = QCoreApplication::translate("DocumentReader", "the file ends in the middle of its JSON: it was cut off (an interrupted copy, download or write?); get the whole file again (%1)")
                      .arg(message);
    return Error { fileName, QCoreApplication::translate("DocumentReader", "line %1 (byte %2)").arg(cursor.line).arg(offset), message };
}

} // namespace crossroads
