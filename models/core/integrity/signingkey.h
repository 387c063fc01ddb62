// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace crossroads {

/// An Ed25519 key (OpenSSL 3 EVP) for signing evidence: reports and saved snapshots. The
/// private half is written PEM/PKCS#8, mode 0600, optionally encrypted with a passphrase
/// (AES-256-CBC, OpenSSL's scrypt/PBKDF2 key derivation); the public half as a PEM
/// SubjectPublicKeyInfo that an auditor can be handed.
class SigningKey {
public:
    static constexpr qint64 maximumFileSize = 64 * 1024;

    static Result<SigningKey> generate();
    /// A private key file; `passphrase` is needed when the file is encrypted.
    static Result<SigningKey> loadPrivate(const QString& path, const QByteArray& passphrase = {});
    /// A public key file, or a private one (its public half is used).
    static Result<SigningKey> loadPublic(const QString& path, const QByteArray& passphrase = {});
    static Result<SigningKey> fromPublicPem(const QByteArray& pem, const QString& origin);

    /// Writes the private key (refusing to overwrite a file) with owner-only permissions.
    Status savePrivate(const QString& path, const QByteArray& passphrase = {}) const;
    Status savePublic(const QString& path) const;

    QByteArray publicPem() const;
    /// First 16 bytes of the SHA-256 of the DER public key, hex: names the key in signatures.
    QByteArray keyId() const;
    bool hasPrivate() const { return m_private; }

    Result<QByteArray> sign(const QByteArray& message) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    struct Free {
        void operator()(evp_pkey_st* key) const;
    };
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};

} // namespace crossroads
