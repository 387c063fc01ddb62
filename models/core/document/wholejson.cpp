// SPDX-License-Identifier: Apache-2.0
#include "wholejson.h"

#include "documentreader.h"
#include "jsonerrortext.h"

#include <QBuffer>
#include <QCoreApplication>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text); // the context lupdate gives a free tr() here
}

/// Line and column of a byte offset, for nlohmann's errors (which count bytes from 1).
QString placeOf(const QByteArray& bytes, std::size_t byte)
{
    const qsizetype at = qBound(qsizetype(0), static_cast<qsizetype>(byte) - 1, bytes.size());
    const QByteArray before = bytes.left(at);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = at - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

template <typename Json>
Result<Json> parseAs(const QByteArray& bytes, const QString& origin)
{
    // The input readers' own checks first, with their messages and places: nesting deeper than
    // the limit (a copy of such a document would overflow the stack), huge strings, duplicate
    // keys, numbers out of range. Callers cap the file's size before they read it.
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return Error { origin, {}, tr("cannot read: %1").arg(buffer.errorString()) };
    const Status checked = DocumentReader().read(buffer, origin, [](const Unit&) -> Status { return Done {}; });
    if (!checked)
        return checked.error();
    // nlohmann's parser is iterative, so a deep document is parsed (and destroyed) safely.
    Json document;
    try {
        document = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::parse_error& error) {
        return Error { origin, placeOf(bytes, error.byte), tr("not valid JSON: %1").arg(jsonErrorText(error.what())) };
    } catch (const nlohmann::json::exception& error) {
        // A number out of range ("1e999") outside an object: the library's words, without its prefix.
        return Error { origin, {}, tr("not valid JSON: %1").arg(jsonErrorText(error.what())) };
    } catch (const std::exception&) {
        return Error { origin, {}, tr("not valid JSON: out of memory or malformed") };
    }
    return document;
}

} // namespace

Result<nlohmann::json> WholeJson::parse(const QByteArray& bytes, const QString& origin)
{
    return parseAs<nlohmann::json>(bytes, origin);
}

Result<nlohmann::ordered_json> WholeJson::parseOrdered(const QByteArray& bytes, const QString& origin)
{
    return parseAs<nlohmann::ordered_json>(bytes, origin);
}

} // namespace crossroads
