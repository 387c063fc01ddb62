// SPDX-License-Identifier: Apache-2.0
#include "inputsource.h"

#include "common/sha256.h"

#include <QIODevice>

#include <cstring>

namespace crossroads {

InputSource::InputSource(QIODevice& device, const ReadControl& control)
    : m_device(device)
    , m_control(control)
    , m_buffer(static_cast<std::size_t>(chunkSize))
    , m_total(device.isSequential() ? -1 : device.size())
{
}

bool InputSource::refill()
{
    m_consumedBefore += m_size;
    m_size = 0;
    if (m_control.cancel != nullptr && m_control.cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    const qint64 n = m_device.read(m_buffer.data(), chunkSize);
    if (n < 0) {
        m_readError = m_device.errorString();
        return false;
    }
    m_size = static_cast<qsizetype>(n);
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
