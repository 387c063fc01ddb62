// SPDX-License-Identifier: Apache-2.0
#include "inputsource.h"

#include "common/sha256.h"

#include <QIODevice>

#include <cstring>

namespace crossroads {

InputSource::InputSource(QIODevice& device, const ReadControl& control)
    : m_device(device)
    , m_control(control)
    , m_total(device.isSequential() ? -1 : device.size())
{
    // A small file gets a small buffer: most inputs are a few KiB, and a megabyte for each
    // would be allocated (and cleared) for nothing. One byte more lets the end be seen at once.
    const qint64 wanted = m_total >= 0 ? qBound(qint64(4096), m_total + 1, qint64(chunkSize)) : qint64(chunkSize);
    m_buffer.resize(static_cast<std::size_t>(wanted));
}

bool InputSource::refill(bool allowNul)
{
    m_consumedBefore += m_size;
    m_size = 0;
    if (m_control.cancel != nullptr && m_control.cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    const qint64 n = m_device.read(m_buffer.data(), static_cast<qint64>(m_buffer.size()));
    if (n < 0) {
        m_readError = m_device.errorString();
        return false;
    }
    m_size = static_cast<qsizetype>(n);
    if (const void* nul = allowNul ? nullptr : std::memchr(m_buffer.data(), 0, static_cast<std::size_t>(m_size))) {
        m_binaryAt = m_consumedBefore + (static_cast<const char*>(nul) - m_buffer.data());
        m_size = 0;
        return false; // the parsers see an end; DocumentReader names the byte
    }
    if (m_control.digest != nullptr)
        m_control.digest->add(std::string_view(m_buffer.data(), static_cast<std::size_t>(m_size)));
    if (m_control.progress)
        m_control.progress(m_consumedBefore + m_size, m_total);
    return m_size > 0;
}

void InputSource::skip(qsizetype n)
{
    std::memmove(m_buffer.data(), m_buffer.data() + n, static_cast<std::size_t>(m_size - n));
    m_size -= n;
    m_consumedBefore += n;
}

} // namespace crossroads
