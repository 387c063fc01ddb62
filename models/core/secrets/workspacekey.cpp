// SPDX-License-Identifier: Apache-2.0
#include "workspacekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <utility>

namespace crossroads {

namespace {
constexpr int keyBytes = 32;

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::WorkspaceKey", text);
}
} // namespace

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(std::string& text)
{
    if (!text.empty())
        OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

WorkspaceKey::WorkspaceKey(QByteArray key)
    : m_key(std::move(key))
{
}

WorkspaceKey::~WorkspaceKey()
{
    wipe(m_key);
}

WorkspaceKey::WorkspaceKey(WorkspaceKey&& other) noexcept
    : m_key(std::exchange(other.m_key, {}))
{
}

WorkspaceKey& WorkspaceKey::operator=(WorkspaceKey&& other) noexcept
{
    if (this != &other) {
        wipe(m_key);
        m_key = std::exchange(other.m_key, {});
    }
    return *this;
}

QString WorkspaceKey::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return folder + QStringLiteral("/crossroads/workspace.key");
}

Status WorkspaceKey::createFile(const QString& path)
{
    QByteArray raw(keyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), keyBytes) != 1)
        return Error { path, {}, tr("the system random generator failed") };
    QByteArray hex = raw.toHex();
    wipe(raw);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // NewOnly: never overwrite a key (fingerprints made with it would become meaningless);
    // the permissions apply at creation, so the key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        wipe(hex);
        return Error { path, {}, tr("cannot create the key file: %1").arg(file.errorString()) };
    }
    const bool written = file.write(hex + '\n') == hex.size() + 1 && file.flush();
    wipe(hex);
    if (!written)
        return Error { path, {}, tr("cannot write the key file: %1").arg(file.errorString()) };
    return Done {};
}

Result<WorkspaceKey> WorkspaceKey::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, tr("cannot read the key file: %1").arg(file.errorString()) };
    QByteArray content = file.read(4096);
    QByteArray trimmed = content.trimmed();
    QByteArray key;
    if (trimmed.size() == 2 * keyBytes && std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
        key = QByteArray::fromHex(trimmed);
    else
        key = content;
    wipe(content);
    wipe(trimmed);
    if (key.size() < 16) {
        wipe(key);
        return Error { path, {}, tr("the key file holds fewer than 16 bytes") };
    }
    return WorkspaceKey(std::move(key));
}

Result<WorkspaceKey> WorkspaceKey::loadOrCreateDefault()
{
    const QString path = defaultPath();
    if (!QFileInfo::exists(path)) {
        if (Status created = createFile(path); !created.ok() && !QFileInfo::exists(path))
            return created.error();
    }
    return loadFile(path);
}

QByteArray WorkspaceKey::fingerprint(std::string_view value) const
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    std::size_t length = 0;
    const unsigned char* result = EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, m_key.constData(),
        static_cast<std::size_t>(m_key.size()), reinterpret_cast<const unsigned char*>(value.data()), value.size(),
        reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(out.size()), &length);
    if (result == nullptr)
        return {};
    out.resize(static_cast<qsizetype>(length));
    return out;
}

QByteArray WorkspaceKey::id() const
{
    return fingerprint("crossroads workspace key id").toHex().left(16);
}

} // namespace crossroads
