// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "signingkey.h"
#include "trustedkeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace crossroads {

struct SignatureVerification;

/// What a verified/unverified badge shows for a file that was opened.
enum class EvidenceStatus {
    Unsigned, ///< no FILE.sig next to it
    Verified, ///< unchanged since signing, by a key the user trusts
    UntrustedKey, ///< unchanged since signing, by a key nobody trusts: who signed is not known
    Invalid, ///< the signature is there and does not hold (message says why)
};

struct EvidenceCheck {
    EvidenceStatus status = EvidenceStatus::Unsigned;
    QString message;
};

/// A detached signature file (`FILE.sig`, `crossroads.signature/v1`): a signed statement of the
/// file's name, size and SHA-256, the signing key's id, the signer and the time, plus the
/// Ed25519 signature over that statement and the public key. Verification recomputes the
/// digest, so any change to the file, the statement or the signature is refused; and it
/// accepts the signer only when the key is a trusted one: the public key inside the signature
/// proves nothing by itself (whoever alters a file can sign it again with a key of their own).
class DetachedSignature {
public:
    static constexpr const char* schema = "crossroads.signature/v1";
    static constexpr qint64 maximumSize = 64 * 1024;

    QString fileName; ///< the signed file's name, without folders
    qint64 size = 0;
    QByteArray sha256; ///< hex
    QByteArray keyId;
    QString signer;
    QDateTime signedAt; ///< UTC
    QByteArray publicKeyPem; ///< the signing key; trusted only when it is among the TrustedKeys
    QByteArray signature; ///< raw Ed25519 signature

    static QString defaultPath(const QString& file) { return file + QStringLiteral(".sig"); }

    /// Signs a file as it is on disk now.
    static Result<DetachedSignature> sign(const QString& path, const SigningKey& key, const QString& signer);
    QByteArray toJson() const;
    Status save(const QString& path) const;

    /// Reads `signaturePath` and checks it against `path` and `trusted`. An unreadable file or
    /// signature is an Error (the caller cannot judge anything); a readable one gets a verdict:
    /// Invalid with the reason, UntrustedKey (intact, but made by a key not in `trusted`) or
    /// Trusted.
    static Result<SignatureVerification> verify(const QString& path, const QString& signaturePath, const TrustedKeys& trusted);

    /// The same, on a signature already read (`bytes`, from `signaturePath`) and the SHA-256
    /// (hex) of the file at `path`; nothing is read from disk.
    static SignatureVerification verifyBytes(const QByteArray& bytes, const QString& signaturePath, const QString& path,
        const QByteArray& fileSha256, const TrustedKeys& trusted);

    /// For the GUI badge: looks for FILE.sig next to the file and verifies it when present.
    static EvidenceCheck checkEvidence(const QString& path, const TrustedKeys& trusted);

private:
    /// The exact bytes that are signed: the statement as canonical (sorted, compact) JSON.
    QByteArray statement() const;
};

enum class SignatureVerdict {
    Invalid, ///< the file, the statement or the signature does not hold
    UntrustedKey, ///< intact, but the key that made it is not trusted: anyone may have signed
    Trusted, ///< intact and made by a trusted key
};

/// What DetachedSignature::verify() found. Valid only when the signature matches the
/// statement, the statement matches the file, and the key is a trusted one.
struct SignatureVerification {
    SignatureVerdict verdict = SignatureVerdict::Invalid;
    QString message; ///< a sentence naming the file and, unless trusted, what does not hold
    QString trustedAs; ///< when trusted: where the trusted key was read from
    DetachedSignature signature; ///< as read (when it could be read)

    bool valid() const { return verdict == SignatureVerdict::Trusted; }
};

} // namespace crossroads
