// SPDX-License-Identifier: Apache-2.0
#include "documentreader.h"
#include "inmemoryjson.h"

#include "common/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
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

namespace {

/// Skips a UTF-8 byte order mark at the start of the first chunk.
void skipByteOrderMark(InputSource& source)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(source.data());
    if (source.size() >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)
        source.skip(3);
}

} // namespace

Status DocumentReader::read(QIODevice& device, const QString& fileName, const UnitConsumer& consumer) const
{
    const qint64 start = device.pos();
    const bool mayReadWhole = !device.isSequential() && device.size() <= maxInMemoryJsonBytes;
    // The in-memory JSON reader reports progress as it walks the file, not as it loads it; the
    // source reports for the other readers (it holds `loading` by reference).
    ReadControl loading = m_control;
    // What was read the first time, to tell whether a second reading (below) read the same.
    Sha256 firstReading;
    if (mayReadWhole) {
        loading.progress = nullptr;
        if (loading.digest == nullptr)
            loading.digest = &firstReading;
    }
    InputSource source(device, loading);
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
    skipByteOrderMark(source);

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
    int handedOut = 0;
    bool cancelled = false;
    int alreadyHandedOut = 0; ///< units a second reading of the file passes over
    DocumentBuilder::UnitHandler handler = [&](const Unit& unit) {
        if (alreadyHandedOut > 0) {
            --alreadyHandedOut;
            return true;
        }
        // The in-memory reader has read the whole file before its first unit: cancel is seen here.
        if (m_control.cancel != nullptr && m_control.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        consumerStatus = consumer(unit);
        ++handedOut;
        return consumerStatus.ok();
    };
    auto conclude = [&](const InputSource& input, const DocumentBuilder& builder, Status parsed) -> Status {
        if (input.binaryAt() >= 0)
            return Error { fileName, tr("byte %1").arg(input.binaryAt()), tr("binary data, not JSON or YAML") };
        if (cancelled || input.cancelled())
            return Error { fileName, {}, tr("cancelled"), true };
        if (builder.stoppedByHandler())
            return consumerStatus;
        if (!input.readError().isEmpty())
            return Error { fileName, {}, tr("cannot read: %1").arg(input.readError()) };
        return parsed;
    };

    DocumentBuilder builder(m_limits, handler);
    if (syntax == Syntax::Yaml || !mayReadWhole) {
        loading.progress = m_control.progress;
        loading.digest = m_control.digest;
        return conclude(source, builder, syntax == Syntax::Yaml ? parseYaml(source, builder, fileName) : parseJson(source, builder, fileName));
    }
    qint64 reported = 0; ///< the furthest progress reported, which a second reading does not go back behind
    ReadControl walking = m_control;
    if (m_control.progress) {
        walking.progress = [this, &reported](qint64 done, qint64 total) {
            reported = std::max(reported, done);
            m_control.progress(done, total);
        };
    }
    InMemoryJsonResult inMemory = parseJsonInMemory(source, builder, fileName, walking, device.size() - start);
    if (!inMemory.handOver)
        return conclude(source, builder, inMemory.status);

    // simdjson stopped where nlohmann may read otherwise or say more: read the file again with
    // the streaming reader, past the units already handed out, so the outcome is its own. The
    // caller's digest already has every byte; this reading's must come to the same.
    const QString changed = tr("the file changed while it was read; read it again once it is complete");
    if (!device.seek(start))
        return Error { fileName, {}, tr("cannot read: %1").arg(device.errorString()) };
    const QByteArray firstDigest = loading.digest->hexSoFar();
    Sha256 secondReading;
    ReadControl again = m_control;
    again.digest = &secondReading;
    if (m_control.progress) {
        again.progress = [this, &reported](qint64 done, qint64 total) {
            if (done >= reported)
                m_control.progress(done, total);
        };
    }
    InputSource rereading(device, again);
    if (!rereading.refill(true))
        return conclude(rereading, builder, Error { fileName, {}, changed }); // it was not empty the first time
    skipByteOrderMark(rereading);
    alreadyHandedOut = handedOut;
    DocumentBuilder streaming(m_limits, handler);
    const Status parsed = conclude(rereading, streaming, parseJson(rereading, streaming, fileName));
    // A file still being written (kubectl … > pods.json) may read otherwise the second time:
    // its units and its digest would then be of two different files.
    if (parsed.ok() && secondReading.finishHex() != firstDigest)
        return Error { fileName, {}, changed };
    return parsed;
}

} // namespace crossroads
