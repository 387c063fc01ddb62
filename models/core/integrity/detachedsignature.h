// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "signingkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace crossroads {

struct SignatureVerification;

/// What a verified/unverified badge shows for a file that was opened.
enum class EvidenceStatus {
    Unsigned, ///< no FILE.sig next to it
    Verified, ///< valid, against a key the user trusts
    VerifiedUnpinned, ///< unchanged since signing, but by whom rests on the key inside the signature
    Invalid, ///< the signature is there and does not hold (message says why)
};

struct EvidenceCheck {
    EvidenceStatus status = EvidenceStatus::Unsigned;
    QString message;
};

/// A detached signature file (`FILE.sig`, `crossroads.signature/v1`): a signed statement of the
/// file's name, size and SHA-256, the signing key's id, the signer and the time, plus the
/// Ed25519 signature over that statement and the public key. Verification recomputes the
/// digest, so any change to the file, the statement or the signature is refused.
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
    QByteArray publicKeyPem; ///< for convenience; trust comes from a pinned --pubkey
    QByteArray signature; ///< raw Ed25519 signature

    static QString defaultPath(const QString& file) { return file + QStringLiteral(".sig"); }

    /// Signs a file as it is on disk now.
    static Result<DetachedSignature> sign(const QString& path, const SigningKey& key, const QString& signer);
    QByteArray toJson() const;
    Status save(const QString& path) const;

    /// Reads `signaturePath` and checks it against `path`. An unreadable file or signature is
    /// an Error (the caller cannot judge anything); a readable but wrong one is a Verification
    /// with valid = false and the reason.
    static Result<SignatureVerification> verify(const QString& path, const QString& signaturePath, const std::optional<SigningKey>& pinnedKey = std::nullopt);

    /// For the GUI badge: looks for FILE.sig next to the file and verifies it when present.
    static EvidenceCheck checkEvidence(const QString& path, const std::optional<SigningKey>& pinnedKey = std::nullopt);

private:
    /// The exact bytes that are signed: the statement as canonical (sorted, compact) JSON.
    QByteArray statement() const;
};

/// What DetachedSignature::verify() found. Valid only when the signature matches the
/// statement, the statement matches the file, and (if given) the key is the pinned one.
struct SignatureVerification {
    bool valid = false;
    bool pinned = false; ///< checked against a key the caller trusts, not the embedded one
    QString message; ///< a sentence naming the file and, when invalid, what does not match
    DetachedSignature signature; ///< as read (when it could be read)
};

} // namespace crossroads
