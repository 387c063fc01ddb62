// SPDX-License-Identifier: Apache-2.0
#include "documentreader.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace crossroads {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::DocumentReader", text);
}
} // namespace

DocumentReader::DocumentReader(DocumentLimits limits, ReadControl control)
    : m_limits(limits)
    , m_control(std::move(control))
{
}

Status DocumentReader::readFile(const QString& path, const UnitConsumer& consumer) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, tr("cannot open: %1").arg(file.errorString()) };
    return read(file, path, consumer);
}

Status DocumentReader::read(QIODevice& device, const QString& fileName, const UnitConsumer& consumer) const
{
    InputSource source(device, m_control);
    auto binary = [&source, &fileName] {
        return Error { fileName, tr("byte %1").arg(source.binaryAt()), tr("binary data, not JSON or YAML") };
    };
    if (!source.refill(true)) {
        if (source.cancelled())
            return Error { fileName, {}, tr("cancelled"), true };
        if (!source.readError().isEmpty())
            return Error { fileName, {}, tr("cannot read: %1").arg(source.readError()) };
        return Error { fileName, {}, tr("the file is empty") };
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(source.data());
    const qsizetype size = source.size();
    if (size >= 2 && ((bytes[0] == 0xff && bytes[1] == 0xfe) || (bytes[0] == 0xfe && bytes[1] == 0xff)))
        return Error { fileName, {}, tr("the file is UTF-16 encoded; save it as UTF-8") };
    if (const void* nul = std::memchr(source.data(), 0, static_cast<std::size_t>(size))) {
        const auto offset = static_cast<const char*>(nul) - source.data();
        return Error { fileName, tr("byte %1").arg(offset), tr("binary data, not JSON or YAML") };
    }
    if (size >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)
        source.skip(3);

    Syntax syntax = Syntax::Yaml;
    bool blank = true;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char c = source.data()[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        blank = false;
        if (c == '{' || c == '[')
            syntax = Syntax::Json;
        break;
    }
    if (blank && source.size() < InputSource::chunkSize)
        return Error { fileName, {}, tr("the file is empty") };

    Status consumerStatus = Done {};
    DocumentBuilder builder(m_limits, [&](const Unit& unit) {
        consumerStatus = consumer(unit);
        return consumerStatus.ok();
    });
    Status parsed = syntax == Syntax::Json ? parseJson(source, builder, fileName) : parseYaml(source, builder, fileName);
    if (source.binaryAt() >= 0)
        return binary();
    if (builder.stoppedByHandler())
        return consumerStatus;
    if (source.cancelled())
        return Error { fileName, {}, tr("cancelled"), true };
    if (!source.readError().isEmpty())
        return Error { fileName, {}, tr("cannot read: %1").arg(source.readError()) };
    return parsed;
}

} // namespace crossroads
