// SPDX-License-Identifier: Apache-2.0
// Everything a reader hands out for one unit, as text, so that two readers of the same file can
// be compared: the in-memory JSON reader (simdjson) against the streaming one (nlohmann).
#pragma once

#include "document/documentreader.h"
#include "pipedevice.h"

#include <QBuffer>
#include <QByteArray>

#include <vector>

namespace crossroads::unitdump {

inline QByteArray dump(const Unit& unit)
{
    const Document& document = unit.document;
    QByteArray out = QByteArray::number(static_cast<int>(unit.role)) + ' ' + QByteArray::number(unit.elementIndex) + ' '
        + QByteArray(unit.listKind.data(), qsizetype(unit.listKind.size())) + ' '
        + QByteArray(unit.listSchema.data(), qsizetype(unit.listSchema.size())) + ' ' + document.basePointer.toUtf8() + ' '
        + QByteArray::number(document.documentIndex) + '\n';
    for (const Document::Entry& entry : document.entries()) {
        out += QByteArray::number(static_cast<int>(entry.type)) + ' ' + QByteArray::number(entry.line) + ' '
            + QByteArray::number(entry.parent) + ' ' + QByteArray::number(entry.end) + ' ';
        if (entry.hasKey) {
            const std::string_view key = document.stringAt(entry.keyOffset, entry.keyLength);
            out += "key=" + QByteArray(key.data(), qsizetype(key.size())).toHex() + ' ';
        }
        switch (entry.type) {
        case NodeType::Bool:
            out += entry.boolean ? "true" : "false";
            break;
        case NodeType::Integer:
            out += QByteArray::number(entry.integer);
            break;
        case NodeType::Double:
            out += QByteArray::number(entry.real, 'g', 17);
            break;
        case NodeType::String: {
            const std::string_view text = document.stringAt(entry.text.offset, entry.text.length);
            out += QByteArray(text.data(), qsizetype(text.size())).toHex();
            break;
        }
        default:
            break;
        }
        out += '\n';
    }
    return out;
}

struct Reading {
    std::vector<QByteArray> units;
    Status status = Done {};
};

/// Reads bytes as a file (in memory, for JSON) or as a pipe (streamed), keeping every unit.
inline Reading read(const QByteArray& bytes, bool asPipe, const DocumentLimits& limits = {})
{
    PipeDevice pipe(bytes);
    QBuffer file;
    file.setData(bytes);
    QIODevice& device = asPipe ? static_cast<QIODevice&>(pipe) : file;
    device.open(QIODevice::ReadOnly);
    Reading reading;
    reading.status = DocumentReader(limits).read(device, QStringLiteral("input"), [&reading](const Unit& unit) -> Status {
        reading.units.push_back(dump(unit));
        return Done {};
    });
    return reading;
}

inline QByteArray outcome(const Status& status)
{
    return status.ok() ? QByteArray("ok") : (status.error().location + QLatin1String(": ") + status.error().message).toUtf8();
}

} // namespace crossroads::unitdump
