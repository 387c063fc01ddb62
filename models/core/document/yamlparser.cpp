// SPDX-License-Identifier: Apache-2.0
// YAML back end of DocumentReader: libyaml's event parser, one document at a time.
#include "documentreader.h"

#include <QCoreApplication>

#include <yaml.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

/// Where libyaml's read callback is in the current chunk.
struct Feed {
    InputSource* source;
    qsizetype offset;
    /// Bytes handed to libyaml since its last event: it holds a scalar whole before the event,
    /// so a 1 GB scalar is cut here, once it is certainly past the limit, not after it was read.
    std::size_t sinceEvent = 0;
    std::size_t maxSinceEvent = 0;
    bool overLimit = false;
};

int readHandler(void* data, unsigned char* buffer, size_t size, size_t* sizeRead)
{
    auto* feed = static_cast<Feed*>(data);
    if (feed->offset == feed->source->size()) {
        if (!feed->source->refill()) {
            *sizeRead = 0;
            // End of input is success; a cancel or read error is a failure libyaml reports.
            return feed->source->cancelled() || !feed->source->readError().isEmpty() ? 0 : 1;
        }
        feed->offset = 0;
    }
    if (feed->sinceEvent > feed->maxSinceEvent) {
        feed->overLimit = true;
        *sizeRead = 0;
        return 0;
    }
    const auto available = static_cast<size_t>(feed->source->size() - feed->offset);
    const size_t n = std::min(size, available);
    feed->sinceEvent += n;
    std::memcpy(buffer, feed->source->data() + feed->offset, n);
    feed->offset += static_cast<qsizetype>(n);
    *sizeRead = n;
    return 1;
}

bool isDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

enum class PlainKind { String, Null, True, False, Integer, Real };

/// Resolves an untagged plain scalar by the YAML 1.2 core schema (null, booleans, ints, floats).
/// YAML 1.1 spellings (yes/no/on/off) stay strings here; Node::toBool accepts them where a
/// boolean is expected, as Kubernetes and compose do.
PlainKind resolvePlain(std::string_view text, qint64* integer, double* real)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return PlainKind::Null;
    if (text == "true" || text == "True" || text == "TRUE")
        return PlainKind::True;
    if (text == "false" || text == "False" || text == "FALSE")
        return PlainKind::False;
    std::string_view body = text;
    const bool negative = body.front() == '-';
    if (body.front() == '-' || body.front() == '+')
        body.remove_prefix(1);
    int base = 10;
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'o')) {
        base = body[1] == 'x' ? 16 : 8;
        body.remove_prefix(2);
    }
    if (!body.empty()) {
        quint64 magnitude = 0;
        const auto [end, error] = std::from_chars(body.data(), body.data() + body.size(), magnitude, base);
        if (error == std::errc() && end == body.data() + body.size()
            && magnitude <= static_cast<quint64>(std::numeric_limits<qint64>::max())) {
            *integer = negative ? -static_cast<qint64>(magnitude) : static_cast<qint64>(magnitude);
            return PlainKind::Integer;
        }
    }
    if (text == ".inf" || text == ".Inf" || text == ".INF" || text == "+.inf") {
        *real = std::numeric_limits<double>::infinity();
        return PlainKind::Real;
    }
    if (text == "-.inf" || text == "-.Inf" || text == "-.INF") {
        *real = -std::numeric_limits<double>::infinity();
        return PlainKind::Real;
    }
    if (text == ".nan" || text == ".NaN" || text == ".NAN") {
        *real = std::numeric_limits<double>::quiet_NaN();
        return PlainKind::Real;
    }
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::string_view rest = text;
    if (rest.front() == '-' || rest.front() == '+')
        rest.remove_prefix(1);
    const auto exponent = rest.find_first_of("eE");
    std::string_view mantissa = rest.substr(0, exponent);
    const auto dot = mantissa.find('.');
    bool valid = dot == std::string_view::npos ? isDigits(mantissa)
                                               : (isDigits(mantissa.substr(0, dot)) || dot == 0)
            && (mantissa.size() > dot + 1 ? isDigits(mantissa.substr(dot + 1)) : dot > 0);
    if (valid && exponent != std::string_view::npos) {
        std::string_view power = rest.substr(exponent + 1);
        if (!power.empty() && (power.front() == '-' || power.front() == '+'))
            power.remove_prefix(1);
        valid = isDigits(power);
    }
    if (valid) {
        const auto [end, error] = std::from_chars(text.data() + (text.front() == '+' ? 1 : 0), text.data() + text.size(), *real);
        if (error == std::errc() && end == text.data() + text.size())
            return PlainKind::Real;
    }
    return PlainKind::String;
}

std::string_view viewOf(const yaml_char_t* text, size_t length)
{
    return { reinterpret_cast<const char*>(text), length };
}

std::string_view viewOf(const yaml_char_t* text)
{
    return text != nullptr ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

struct ParserDeleter {
    void operator()(yaml_parser_t* parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

struct Level {
    bool mapping;
    bool expectKey;
};

} // namespace

Status parseYaml(InputSource& source, DocumentBuilder& builder, const QString& fileName)
{
    Feed feed { &source, 0 };
    // libyaml reads ahead of its events by a buffer at most; a chunk on top is certainly past.
    feed.maxSinceEvent = builder.limits().maxScalarBytes + static_cast<std::size_t>(InputSource::chunkSize);

    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (yaml_parser_initialize(parser.get()) == 0)
        return Error { fileName, {}, tr("out of memory") };
    yaml_parser_set_input(parser.get(), readHandler, &feed);

    std::vector<Level> levels;
    int documentIndex = -1;
    auto where = [](const yaml_mark_t& mark) {
        return tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
    };
    auto builderError = [&](const yaml_mark_t& mark) -> Status {
        if (builder.stoppedByHandler())
            return Error { fileName, {}, {} };
        const quint32 line = builder.errorLine() != 0 ? builder.errorLine() : static_cast<quint32>(mark.line + 1);
        return Error { fileName, tr("line %1").arg(line), builder.error() };
    };
    // In a mapping, scalars alternate between key and value.
    auto valueDone = [&levels] {
        if (!levels.empty() && levels.back().mapping)
            levels.back().expectKey = true;
    };
    auto inKeyPosition = [&levels] { return !levels.empty() && levels.back().mapping && levels.back().expectKey; };

    for (;;) {
        yaml_event_t event;
        if (yaml_parser_parse(parser.get(), &event) == 0) {
            if (source.cancelled() || !source.readError().isEmpty())
                return Error { fileName, {}, {} };
            if (feed.overLimit)
                return Error { fileName, where(parser->mark), valueTooLong(builder.limits()) };
            QString message = QString::fromUtf8(parser->problem != nullptr ? parser->problem : "invalid YAML");
            if (parser->context != nullptr)
                message = QString::fromUtf8(parser->context) + QStringLiteral(", ") + message;
            return Error { fileName, where(parser->problem_mark), message };
        }
        std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> guard(&event, yaml_event_delete);
        feed.sinceEvent = 0;
        const auto line = static_cast<quint32>(event.start_mark.line + 1);
        bool ok = true;
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            if (documentIndex < 0) // nothing but comments and blank lines
                return Error { fileName, {}, tr("the file is empty (it holds only comments)") };
            return Done {};
        case YAML_DOCUMENT_START_EVENT:
            builder.beginDocument(++documentIndex);
            break;
        case YAML_DOCUMENT_END_EVENT:
            ok = builder.endDocument();
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            if (inKeyPosition())
                return Error { fileName, where(event.start_mark), tr("a mapping or sequence used as a key is not supported") };
            const bool mapping = event.type == YAML_MAPPING_START_EVENT;
            const yaml_char_t* anchor = mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
            if (anchor != nullptr)
                builder.setAnchor(viewOf(anchor));
            ok = mapping ? builder.startObject(line) : builder.startArray(line);
            levels.push_back(Level { mapping, true });
            break;
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            levels.pop_back();
            ok = builder.endContainer();
            valueDone();
            break;
        case YAML_ALIAS_EVENT:
            if (inKeyPosition())
                return Error { fileName, where(event.start_mark), tr("an alias used as a key is not supported") };
            ok = builder.alias(viewOf(event.data.alias.anchor), line);
            valueDone();
            break;
        case YAML_SCALAR_EVENT: {
            const auto& scalar = event.data.scalar;
            const std::string_view text = viewOf(scalar.value, scalar.length);
            if (inKeyPosition()) {
                ok = builder.key(text, line);
                levels.back().expectKey = false;
                break;
            }
            if (scalar.anchor != nullptr)
                builder.setAnchor(viewOf(scalar.anchor));
            const std::string_view tag = viewOf(scalar.tag);
            const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && (tag.empty() || tag == "!");
            if (!plain) {
                ok = builder.string(text, line);
            } else {
                qint64 integer = 0;
                double real = 0;
                switch (resolvePlain(text, &integer, &real)) {
                case PlainKind::Null:
                    ok = builder.null(line);
                    break;
                case PlainKind::True:
                    ok = builder.boolean(true, line);
                    break;
                case PlainKind::False:
                    ok = builder.boolean(false, line);
                    break;
                case PlainKind::Integer:
                    ok = builder.integer(integer, line);
                    break;
                case PlainKind::Real:
                    ok = builder.real(real, line);
                    break;
                case PlainKind::String:
                    ok = builder.string(text, line, true);
                    break;
                }
            }
            valueDone();
            break;
        }
        default:
            break;
        }
        if (!ok)
            return builderError(event.start_mark);
    }
}

} // namespace crossroads
