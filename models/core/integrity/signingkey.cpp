// SPDX-License-Identifier: Apache-2.0
#include "signingkey.h"

#include "common/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::SigningKey", text);
}

/// OpenSSL's error queue as one message (and emptied, so a later error is not misattributed).
QString openSslError(const QString& what)
{
    QString details;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        details = QString::fromLatin1(buffer); // the last one is the most specific
    }
    return details.isEmpty() ? what : what + QStringLiteral(" (") + details + QLatin1Char(')');
}

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Result<QByteArray> readLimited(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, QCoreApplication::translate("crossroads::SigningKey", "cannot open the key: %1").arg(file.errorString()) };
    if (file.size() > SigningKey::maximumFileSize)
        return Error { path, {}, QCoreApplication::translate("crossroads::SigningKey", "too large to be a key file") };
    return file.readAll();
}

bool isEd25519(EVP_PKEY* key)
{
    return EVP_PKEY_get_id(key) == EVP_PKEY_ED25519;
}

} // namespace

void SigningKey::Free::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

Result<SigningKey> SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (key == nullptr)
        return Error { {}, {}, openSslError(tr("cannot generate an Ed25519 key")) };
    SigningKey result;
    result.m_key.reset(key, Free {});
    result.m_private = true;
    return result;
}

Result<SigningKey> SigningKey::loadPrivate(const QString& path, const QByteArray& passphrase)
{
    Result<QByteArray> pem = readLimited(path);
    if (!pem)
        return pem.error();
    Bio bio(BIO_new_mem_buf(pem->constData(), static_cast<int>(pem->size())));
    // With no callback, OpenSSL takes the last argument as the passphrase (an empty one fails
    // cleanly on an encrypted key instead of prompting on a terminal).
    QByteArray secret = passphrase;
    secret.append('\0');
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, secret.data());
    OPENSSL_cleanse(secret.data(), static_cast<std::size_t>(secret.size()));
    if (key == nullptr) {
        const bool encrypted = pem->contains("ENCRYPTED");
        return Error { path, {},
            openSslError(encrypted ? (passphrase.isEmpty() ? tr("the key is passphrase-protected; give --passphrase-file") : tr("wrong passphrase or damaged key"))
                                   : tr("not a PEM private key")) };
    }
    SigningKey result;
    result.m_key.reset(key, Free {});
    result.m_private = true;
    if (!isEd25519(key))
        return Error { path, {}, tr("not an Ed25519 key") };
    return result;
}

Result<SigningKey> SigningKey::fromPublicPem(const QByteArray& pem, const QString& origin)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (key == nullptr)
        return Error { origin, {}, openSslError(tr("not a PEM public key")) };
    SigningKey result;
    result.m_key.reset(key, Free {});
    if (!isEd25519(key))
        return Error { origin, {}, tr("not an Ed25519 key") };
    return result;
}

Result<SigningKey> SigningKey::loadPublic(const QString& path, const QByteArray& passphrase)
{
    Result<QByteArray> pem = readLimited(path);
    if (!pem)
        return pem.error();
    if (pem->contains("PRIVATE KEY")) {
        Result<SigningKey> key = loadPrivate(path, passphrase);
        if (!key)
            return key.error();
        return fromPublicPem(key->publicPem(), path);
    }
    return fromPublicPem(*pem, path);
}

Status SigningKey::savePrivate(const QString& path, const QByteArray& passphrase) const
{
    Bio bio(BIO_new(BIO_s_mem()));
    const EVP_CIPHER* cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    const int written = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), cipher, passphrase.isEmpty() ? nullptr : passphrase.constData(),
        static_cast<int>(passphrase.size()), nullptr, nullptr);
    if (written != 1)
        return Error { path, {}, openSslError(tr("cannot encode the private key")) };
    QByteArray pem = bioBytes(bio.get());
    QFile file(path);
    // NewOnly: never overwrite a key (an old report's signature would become unverifiable).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error { path, {}, tr("cannot create the key file (it must not exist yet): %1").arg(file.errorString()) };
    const bool ok = file.write(pem) == pem.size() && file.flush();
    OPENSSL_cleanse(pem.data(), static_cast<std::size_t>(pem.size()));
    if (!ok)
        return Error { path, {}, tr("cannot write: %1").arg(file.errorString()) };
    return Done {};
}

Status SigningKey::savePublic(const QString& path) const
{
    QFile file(path);
    const QByteArray pem = publicPem();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pem) != pem.size())
        return Error { path, {}, tr("cannot write: %1").arg(file.errorString()) };
    return Done {};
}

QByteArray SigningKey::publicPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray SigningKey::keyId() const
{
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0)
        return {};
    const QByteArray digest = Sha256::hex(std::string_view(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size)));
    OPENSSL_free(der);
    return digest.left(32);
}

Result<QByteArray> SigningKey::sign(const QByteArray& message) const
{
    if (!m_private)
        return Error { {}, {}, tr("signing needs the private key") };
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    // Ed25519 hashes internally (PureEdDSA): no digest is named, the message is signed in one go.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return Error { {}, {}, openSslError(tr("cannot start signing")) };
    std::size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    if (EVP_DigestSign(context.get(), nullptr, &length, data, static_cast<std::size_t>(message.size())) != 1)
        return Error { {}, {}, openSslError(tr("cannot sign")) };
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data, static_cast<std::size_t>(message.size())) != 1)
        return Error { {}, {}, openSslError(tr("cannot sign")) };
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return false;
    const int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()), static_cast<std::size_t>(signature.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<std::size_t>(message.size()));
    ERR_clear_error();
    return result == 1;
}

} // namespace crossroads
