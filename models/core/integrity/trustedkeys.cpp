// SPDX-License-Identifier: Apache-2.0
#include "trustedkeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::TrustedKeys", text);
}

/// A public key file; a private key is refused (it has no place among the trusted keys).
Result<SigningKey> readPublicKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, QCoreApplication::translate("crossroads::TrustedKeys", "cannot open the key: %1").arg(file.errorString()) };
    if (file.size() > SigningKey::maximumFileSize)
        return Error { path, {}, QCoreApplication::translate("crossroads::TrustedKeys", "too large to be a key file") };
    const QByteArray pem = file.readAll();
    if (pem.contains("PRIVATE KEY"))
        return Error { path, {}, QCoreApplication::translate("crossroads::TrustedKeys", "holds a private key; only public keys (.pub) belong among the trusted keys") };
    return SigningKey::fromPublicPem(pem, path);
}

} // namespace

QString TrustedKeys::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/crossroads/trusted-keys");
}

TrustedKeys TrustedKeys::loadFolder(const QString& folder)
{
    TrustedKeys keys;
    keys.m_folder = folder;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.pub") }, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name)) {
        const QString path = dir.filePath(name);
        Result<SigningKey> key = readPublicKey(path);
        if (key)
            keys.add(*key, path);
        else
            keys.m_problems.push_back(key.error());
    }
    return keys;
}

TrustedKeys TrustedKeys::only(const SigningKey& key, const QString& origin)
{
    TrustedKeys keys;
    keys.add(key, origin);
    return keys;
}

void TrustedKeys::add(const SigningKey& key, const QString& origin)
{
    m_entries.push_back(Entry { key, origin });
}

const TrustedKeys::Entry* TrustedKeys::find(const SigningKey& key) const
{
    // The whole public key is compared, not only the key id (a shortened digest).
    const QByteArray pem = key.publicPem();
    for (const Entry& entry : m_entries) {
        if (!pem.isEmpty() && entry.key.publicPem() == pem)
            return &entry;
    }
    return nullptr;
}

Result<QString> TrustedKeys::install(const SigningKey& key, const QString& fileName, const QString& folder)
{
    const TrustedKeys present = loadFolder(folder);
    if (const Entry* entry = present.find(key))
        return entry->origin;
    QString name = QFileInfo(fileName).fileName();
    if (!name.endsWith(QLatin1String(".pub")))
        name += QStringLiteral(".pub");
    const QString path = QDir(folder).filePath(name);
    if (!QDir().mkpath(folder))
        return Error { folder, {}, tr("cannot create the trusted-keys folder") };
    QFile file(path);
    // NewOnly: a file of that name holds another key (it was not found above); replacing it
    // would silently stop trusting that key.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { path, {},
            QFileInfo::exists(path) ? tr("another key is trusted under this name; give the new key another file name")
                                    : tr("cannot write: %1").arg(file.errorString()) };
    const QByteArray pem = key.publicPem();
    if (pem.isEmpty() || file.write(pem) != pem.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove(); // a half-written key would be reported as damaged on every verify
        return Error { path, {}, tr("cannot write: %1").arg(why) };
    }
    return path;
}

} // namespace crossroads
