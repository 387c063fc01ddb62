// SPDX-License-Identifier: Apache-2.0
// A device that says it is a pipe, for tests and benchmarks that need DocumentReader's
// streaming reader (a file is read in memory instead).
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <utility>

namespace crossroads::unitdump {

/// Bytes read as from a pipe: DocumentReader streams them, as it streams standard input.
class PipeDevice final : public QIODevice {
public:
    explicit PipeDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_bytes.size() - m_read);
        std::memcpy(data, m_bytes.constData() + m_read, static_cast<std::size_t>(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char* /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace crossroads::unitdump
