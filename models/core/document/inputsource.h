// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

class QIODevice;

namespace crossroads {

class Sha256;

/// Progress and cancellation for long reads: progress is reported once per chunk, and the
/// cancel flag is checked at the same rate, so a 300 MB file stops within a millisecond.
struct ReadControl {
    std::function<void(qint64 bytesRead, qint64 bytesTotal)> progress;
    const std::atomic_bool* cancel = nullptr;
    Sha256* digest = nullptr; ///< fed every byte read, for the input's SHA-256
};

/// Reads a device in fixed chunks so that files of any size are parsed with constant buffer
/// memory. Both parsers pull from it; it counts bytes for progress and error offsets.
class InputSource {
public:
    static constexpr qsizetype chunkSize = qsizetype(1) << 20; ///< at most; a smaller file, its size

    InputSource(QIODevice& device, const ReadControl& control);

    /// Loads the next chunk; false at the end, on a read error, when cancelled, or at a NUL
    /// byte (binaryAt()). The first chunk may be taken without that check, to be told apart
    /// from UTF-16 first.
    bool refill(bool allowNul = false);
    const char* data() const { return m_buffer.data(); }
    qsizetype size() const { return m_size; }
    bool cancelled() const { return m_cancelled; }
    const QString& readError() const { return m_readError; }
    /// The offset of a NUL byte, which neither JSON nor YAML text holds; -1 when none was read.
    qint64 binaryAt() const { return m_binaryAt; }
    /// Drops the first n bytes of the current chunk (a byte order mark).
    void skip(qsizetype n);

private:
    QIODevice& m_device;
    const ReadControl& m_control;
    std::vector<char> m_buffer;
    qsizetype m_size = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    QString m_readError;
    qint64 m_binaryAt = -1;
};

} // namespace crossroads
