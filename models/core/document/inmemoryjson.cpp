// SPDX-License-Identifier: Apache-2.0
// JSON back end of DocumentReader for files that fit in memory: simdjson's On-Demand API.
#include "inmemoryjson.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

namespace crossroads {

namespace {

namespace ondemand = simdjson::ondemand;

/// The input without the spaces that start its lines, followed by simdjson's padding. A raw
/// newline never occurs inside a JSON string, so what follows one up to the next other byte
/// is insignificant whitespace; the newlines stay, so lines are counted as in the file.
class CompactText {
public:
    /// Bytes of output between two checkpoints of the spaces left out.
    static constexpr int blockShift = 16;

    explicit CompactText(qint64 expected)
    {
        reserve(static_cast<std::size_t>(std::max<qint64>(expected, 0)));
        m_skippedAt.push_back(0);
    }

    void append(const char* p, const char* end)
    {
        while (p < end) {
            if (m_atLineStart) {
                const char* text = p;
                while (text < end && *text == ' ')
                    ++text;
                m_skipped += static_cast<std::size_t>(text - p);
                p = text;
                if (p == end)
                    return;
                m_atLineStart = false;
            }
            const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            const char* stop = newline != nullptr ? newline + 1 : end;
            copy(p, static_cast<std::size_t>(stop - p));
            p = stop;
            m_atLineStart = newline != nullptr;
        }
    }

    const char* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }

    /// At least the number of spaces left out of the input between two output offsets: the
    /// streaming reader's limit on bytes between two values counts them.
    std::size_t skippedBetweenAtMost(std::size_t from, std::size_t to) const
    {
        const std::size_t last = std::min((to >> blockShift) + 1, m_skippedAt.size() - 1);
        return m_skippedAt[last] - m_skippedAt[from >> blockShift];
    }

    /// Closes the last checkpoint and clears the padding simdjson reads past the end; call
    /// once, after the last append.
    void finish()
    {
        m_skippedAt.push_back(m_skipped);
        reserve(m_size);
        std::memset(m_data.get() + m_size, 0, simdjson::SIMDJSON_PADDING);
    }

private:
    void copy(const char* p, std::size_t n)
    {
        if (m_size + n > m_capacity - simdjson::SIMDJSON_PADDING)
            reserve(std::max(m_size + n, m_capacity * 2));
        // A checkpoint each time the output enters a new block.
        for (std::size_t block = (m_size >> blockShift) + 1; block <= ((m_size + n) >> blockShift); ++block)
            m_skippedAt.push_back(m_skipped);
        std::memcpy(m_data.get() + m_size, p, n);
        m_size += n;
    }

    void reserve(std::size_t bytes)
    {
        const std::size_t wanted = bytes + simdjson::SIMDJSON_PADDING;
        if (m_data && wanted <= m_capacity)
            return;
        // Not zeroed: only the pages written are ever touched.
        std::unique_ptr<char[]> grown(new char[wanted]);
        if (m_size > 0)
            std::memcpy(grown.get(), m_data.get(), m_size);
        m_data = std::move(grown);
        m_capacity = wanted;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    std::size_t m_skipped = 0;
    std::vector<std::size_t> m_skippedAt; ///< spaces left out before each block of output
    bool m_atLineStart = false;
};

/// Walks simdjson's On-Demand values depth first and hands the builder the events nlohmann's
/// SAX parser gives, with the line of each. It stops at the first thing simdjson refuses or
/// may read otherwise than nlohmann: that is handed over to the streaming reader.
class OnDemandWalk {
public:
    OnDemandWalk(const CompactText& text, DocumentBuilder& builder, const ReadControl& control, qint64 bytesTotal)
        : m_text(text)
        , m_builder(builder)
        , m_control(control)
        , m_bytesTotal(bytesTotal)
        , m_scanned(text.data())
        , m_maxGap(builder.limits().maxScalarBytes)
    {
    }

    /// False when the walk stopped early; handedOver() then says whether simdjson stopped it.
    bool value(ondemand::value& value)
    {
        const std::string_view token = value.raw_json_token();
        const quint32 line = lineAt(token.data(), token.size());
        if (m_handedOver || m_cancelled)
            return false;
        ondemand::json_type type;
        if (value.type().get(type) != simdjson::SUCCESS)
            return handOver();
        switch (type) {
        case ondemand::json_type::object:
            return object(value, line);
        case ondemand::json_type::array:
            return array(value, line);
        case ondemand::json_type::string:
            return string(value, token, line);
        case ondemand::json_type::number:
            return number(value, token, line);
        case ondemand::json_type::boolean: {
            bool flag = false;
            if (value.get_bool().get(flag) != simdjson::SUCCESS)
                return handOver();
            return m_builder.boolean(flag, line);
        }
        case ondemand::json_type::null: {
            bool isNull = false;
            if (value.is_null().get(isNull) != simdjson::SUCCESS || !isNull)
                return handOver();
            return m_builder.null(line);
        }
        }
        return handOver();
    }

    /// After the whole document: the bytes after the last value are within the limits too,
    /// and the whole file has been read (a progress line on a terminal is cleared at 100 %).
    bool finish()
    {
        lineAt(m_text.data() + m_text.size(), 0);
        if (m_control.progress)
            m_control.progress(m_bytesTotal, m_bytesTotal);
        return !m_handedOver;
    }

    bool handedOver() const { return m_handedOver; }
    bool cancelled() const { return m_cancelled; }
    quint32 line() const { return m_line; }

private:
    bool object(ondemand::value& value, quint32 line)
    {
        ondemand::object members;
        if (value.get_object().get(members) != simdjson::SUCCESS)
            return handOver();
        if (!m_builder.startObject(line))
            return false;
        for (auto result : members) {
            ondemand::field member;
            if (std::move(result).get(member) != simdjson::SUCCESS)
                return handOver();
            const quint32 keyLine = lineAt(member.key().raw() - 1, 0);
            std::string_view key;
            if (m_handedOver || member.unescaped_key().get(key) != simdjson::SUCCESS)
                return handOver();
            // A long key is the streaming reader's to name (an escape is up to six bytes a
            // character in the file): its limits count the bytes it read, not the key's.
            if (key.size() > m_maxGap / 6)
                return handOver();
            if (!m_builder.key(key, keyLine) || !this->value(member.value()))
                return false;
        }
        return m_builder.endContainer();
    }

    bool array(ondemand::value& value, quint32 line)
    {
        ondemand::array elements;
        if (value.get_array().get(elements) != simdjson::SUCCESS)
            return handOver();
        if (!m_builder.startArray(line))
            return false;
        for (auto result : elements) {
            ondemand::value element;
            if (std::move(result).get(element) != simdjson::SUCCESS)
                return handOver();
            if (!this->value(element))
                return false;
        }
        return m_builder.endContainer();
    }

    bool string(ondemand::value& value, std::string_view token, quint32 line)
    {
        if (token.size() > m_maxGap)
            return handOver(); // the streaming reader names a value past the limit its own way
        // The token runs from its opening quote to the next token: its closing quote is its last.
        // Without a backslash its bytes are its text (simdjson has checked UTF-8 and control
        // characters for the whole input), so only escaped strings are copied out.
        const std::size_t closing = token.find_last_of('"');
        const std::string_view body = token.substr(1, closing - 1);
        if (body.find('\\') == std::string_view::npos) {
            // Consumed all the same: a string left to simdjson to skip is taken for a key when a
            // colon follows ("[\"\":]]"), and what comes after it is skipped unread.
            simdjson::ondemand::raw_json_string raw;
            if (value.get_raw_json_string().get(raw) != simdjson::SUCCESS)
                return handOver();
            return m_builder.string(body, line);
        }
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS)
            return handOver();
        return m_builder.string(text, line);
    }

    bool number(ondemand::value& value, std::string_view token, quint32 line)
    {
        if (token.size() > m_maxGap)
            return handOver();
        // The type first, then its own getter: simdjson 3.0.1's get_number() reads a float of 19
        // significant digits or more as 0 (its issue #2099).
        ondemand::number_type type;
        if (value.get_number_type().get(type) != simdjson::SUCCESS)
            return wideInteger(token, line);
        switch (type) {
        case ondemand::number_type::signed_integer: {
            std::int64_t integer = 0;
            if (value.get_int64().get(integer) != simdjson::SUCCESS)
                return wideInteger(token, line);
            return m_builder.integer(static_cast<qint64>(integer), line);
        }
        case ondemand::number_type::unsigned_integer: {
            std::uint64_t unsignedValue = 0;
            if (value.get_uint64().get(unsignedValue) != simdjson::SUCCESS)
                return wideInteger(token, line);
            if (unsignedValue > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
                return m_builder.real(static_cast<double>(unsignedValue), line); // as nlohmann's adapter
            return m_builder.integer(static_cast<qint64>(unsignedValue), line);
        }
        case ondemand::number_type::floating_point_number: {
            // simdjson checks the syntax; the value comes from the standard library, correctly
            // rounded: simdjson 3.0.1 also misreads some long mantissas through get_double()
            // (0.570184467440737095516169 as 1.4e-05). Out of range is the streaming reader's.
            double checked = 0;
            if (value.get_double().get(checked) != simdjson::SUCCESS)
                return wideInteger(token, line);
            const std::string_view text = token.substr(0, token.find_first_of(" \t\r\n"));
            double real = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), real);
            if (error != std::errc() || end != text.data() + text.size())
                return handOver();
            return m_builder.real(real, line);
        }
        }
        return handOver();
    }

    /// An integer past 64 bits (above 2^64 - 1, or below -2^63), which nlohmann reads as the
    /// nearest double; anything else simdjson refuses as a number (a digit at the end of the
    /// input, a control byte after it) is the streaming reader's to name.
    bool wideInteger(std::string_view token, quint32 line)
    {
        const std::size_t end = token.find_first_of(" \t\r\n");
        const std::string_view digits = token.substr(0, end);
        const bool negative = !digits.empty() && digits.front() == '-';
        const std::string_view body = digits.substr(negative ? 1 : 0);
        const bool integer = !body.empty() && (body.size() == 1 || body.front() != '0')
            && std::all_of(body.begin(), body.end(), [](char c) { return c >= '0' && c <= '9'; });
        // Digit strings of one length compare as their numbers.
        const std::string_view limit = negative ? std::string_view("9223372036854775808") : std::string_view("18446744073709551615");
        const bool wide = body.size() > limit.size() || (body.size() == limit.size() && body > limit);
        if (!integer || !wide)
            return handOver();
        const double value = std::strtod(std::string(digits).c_str(), nullptr);
        if (!std::isfinite(value))
            return handOver();
        return m_builder.real(value, line);
    }

    /// The line of a token starting at or after the last one asked about. On the way: the
    /// streaming reader refuses more than maxScalarBytes read between the end of one value and
    /// the end of the next; from the last token's start to this one's end (the spaces left out
    /// of the text included) is at least that, so past it the file is handed over. Progress is
    /// reported and cancel looked at once a chunk.
    quint32 lineAt(const char* at, std::size_t tokenSize)
    {
        const auto from = static_cast<std::size_t>(m_scanned - m_text.data());
        const auto to = static_cast<std::size_t>(at - m_text.data());
        if (to - from + tokenSize + m_text.skippedBetweenAtMost(from, std::min(to + tokenSize, m_text.size())) > m_maxGap)
            handOver();
        m_line += static_cast<quint32>(std::count(m_scanned, at, '\n'));
        m_scanned = at;
        if (to >= m_nextChunk) {
            m_nextChunk = to + static_cast<std::size_t>(InputSource::chunkSize);
            if (m_control.cancel != nullptr && m_control.cancel->load(std::memory_order_relaxed))
                m_cancelled = true;
            if (m_control.progress) {
                const double done = m_text.size() == 0 ? 1.0 : double(to) / double(m_text.size());
                m_control.progress(static_cast<qint64>(done * double(m_bytesTotal)), m_bytesTotal);
            }
        }
        return m_line;
    }

    bool handOver()
    {
        m_handedOver = true;
        return false;
    }

    const CompactText& m_text;
    DocumentBuilder& m_builder;
    const ReadControl& m_control;
    qint64 m_bytesTotal;
    const char* m_scanned;
    std::size_t m_maxGap;
    std::size_t m_nextChunk = 0;
    quint32 m_line = 1;
    bool m_handedOver = false;
    bool m_cancelled = false;
};

} // namespace

InMemoryJsonResult parseJsonInMemory(InputSource& source, DocumentBuilder& builder, const QString& fileName,
    const ReadControl& control, qint64 bytesTotal)
{
    // The whole file in memory is what makes this reader fast; where that much memory is not
    // free, the streaming reader, which holds one unit at a time, reads it instead.
    std::optional<CompactText> text;
    try {
        text.emplace(bytesTotal);
        do
            text->append(source.data(), source.data() + source.size());
        while (source.refill());
        if (source.cancelled() || !source.readError().isEmpty())
            return {}; // DocumentReader names these
        if (source.binaryAt() >= 0)
            return { Done {}, true }; // named by the streaming reader, after the units before it
        text->finish();
    } catch (const std::bad_alloc&) {
        return { Done {}, true };
    }

    ondemand::parser parser;
    // One level more than the builder allows, so that its message names a document too deep.
    if (parser.allocate(text->size(), static_cast<std::size_t>(builder.limits().maxDepth) + 1) != simdjson::SUCCESS)
        return { Done {}, true };
    ondemand::document document;
    ondemand::value root;
    if (parser.iterate(text->data(), text->size(), text->capacity()).get(document) != simdjson::SUCCESS
        || document.get_value().get(root) != simdjson::SUCCESS)
        return { Done {}, true };

    OnDemandWalk walk(*text, builder, control, bytesTotal);
    builder.beginDocument(0);
    bool ok = walk.value(root);
    if (ok) {
        const char* trailing = nullptr;
        // Anything after the value is an error; at the end, simdjson answers OUT_OF_BOUNDS.
        if (document.current_location().get(trailing) == simdjson::SUCCESS || !walk.finish())
            return { Done {}, true };
        ok = builder.endDocument();
    }
    if (walk.cancelled())
        return { Error { fileName, {}, QCoreApplication::translate("crossroads::DocumentReader", "cancelled"), true } };
    if (ok)
        return { Done {} };
    if (walk.handedOver())
        return { Done {}, true };
    if (builder.stoppedByHandler() || source.cancelled())
        return { Error { fileName, {}, {} } };
    const quint32 line = builder.errorLine() != 0 ? builder.errorLine() : walk.line();
    return { Error { fileName, QCoreApplication::translate("DocumentReader", "line %1").arg(line), builder.error() } };
}

} // namespace crossroads
