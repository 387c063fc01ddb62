// SPDX-License-Identifier: Apache-2.0
#include "detachedsignature.h"

#include "document/wholejson.h"

#include "common/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace crossroads {

namespace {

using Json = nlohmann::json; // std::map-backed: keys sorted, so dump() is canonical

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads::DetachedSignature", text);
}

struct FileDigest {
    QByteArray sha256;
    qint64 size = 0;
};

/// Streams the file through SHA-256: evidence files may be large.
Result<FileDigest> digestFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, {}, QCoreApplication::translate("crossroads::DetachedSignature", "cannot open: %1").arg(file.errorString()) };
    Sha256 digest;
    FileDigest result;
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty()) {
        digest.add(std::string_view(chunk.constData(), static_cast<std::size_t>(chunk.size())));
        result.size += chunk.size();
    }
    if (file.error() != QFileDevice::NoError)
        return Error { path, {}, QCoreApplication::translate("crossroads::DetachedSignature", "cannot read: %1").arg(file.errorString()) };
    result.sha256 = digest.finishHex();
    return result;
}

QString text(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

QByteArray DetachedSignature::statement() const
{
    const Json json { { "schema", schema }, { "file", fileName.toStdString() }, { "size", size }, { "sha256", sha256.toStdString() },
        { "key_id", keyId.toStdString() }, { "signer", signer.toStdString() }, { "signed_at", signedAt.toString(Qt::ISODate).toStdString() },
        { "algorithm", "Ed25519" } };
    return QByteArray::fromStdString(json.dump());
}

Result<DetachedSignature> DetachedSignature::sign(const QString& path, const SigningKey& key, const QString& signer)
{
    Result<FileDigest> digest = digestFile(path);
    if (!digest)
        return digest.error();
    DetachedSignature result;
    result.fileName = QFileInfo(path).fileName();
    result.size = digest->size;
    result.sha256 = digest->sha256;
    result.keyId = key.keyId();
    result.signer = signer;
    result.signedAt = QDateTime::currentDateTimeUtc();
    result.signedAt.setTime(QTime(result.signedAt.time().hour(), result.signedAt.time().minute(), result.signedAt.time().second()));
    result.publicKeyPem = key.publicPem();
    Result<QByteArray> signature = key.sign(result.statement());
    if (!signature)
        return Error { path, {}, signature.error().message };
    result.signature = *signature;
    return result;
}

QByteArray DetachedSignature::toJson() const
{
    const Json statementJson = Json::parse(statement().toStdString());
    const Json json { { "schema", schema }, { "statement", statementJson }, { "public_key", publicKeyPem.toStdString() },
        { "signature", signature.toBase64().toStdString() } };
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

Status DetachedSignature::save(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error { path, {}, tr("cannot write: %1").arg(file.errorString()) };
    return Done {};
}

Result<SignatureVerification> DetachedSignature::verify(const QString& path, const QString& signaturePath, const TrustedKeys& trusted)
{
    QFile sigFile(signaturePath);
    if (!sigFile.open(QIODevice::ReadOnly))
        return Error { signaturePath, {}, tr("cannot open the signature: %1").arg(sigFile.errorString()) };
    if (sigFile.size() > maximumSize)
        return Error { signaturePath, {}, tr("too large to be a signature file") };
    const QByteArray bytes = sigFile.readAll();
    Result<FileDigest> digest = digestFile(path);
    if (!digest)
        return digest.error();
    return verifyBytes(bytes, signaturePath, path, digest->sha256, trusted);
}

SignatureVerification DetachedSignature::verifyBytes(const QByteArray& bytes, const QString& signaturePath, const QString& path,
    const QByteArray& fileSha256, const TrustedKeys& trusted)
{
    SignatureVerification verification;
    auto invalid = [&verification, &signaturePath](const QString& why) {
        verification.verdict = SignatureVerdict::Invalid;
        verification.message = signaturePath + QStringLiteral(": ") + why;
        return verification;
    };

    // Read as any untrusted JSON (nesting, duplicate keys, numbers out of range): never an exception.
    Result<Json> parsed = WholeJson::parse(bytes, signaturePath);
    if (!parsed)
        return invalid(tr("damaged or truncated signature file (%1%2)").arg(parsed.error().location.isEmpty() ? QString() : parsed.error().location + QStringLiteral(": "),
            parsed.error().message));
    const Json& root = *parsed;
    // Exactly the four parts: nothing unsigned may be added, renamed or dropped unnoticed.
    if (!root.is_object() || root.size() != 4 || text(root, "schema") != QLatin1String(schema) || !root.contains("statement") || !root["statement"].is_object()
        || !root.contains("public_key") || !root.contains("signature"))
        return invalid(tr("not a crossroads signature (expected \"schema\": \"%1\" and a statement)").arg(QLatin1String(schema)));
    const Json& statement = root["statement"];
    DetachedSignature& signature = verification.signature;
    signature.fileName = text(statement, "file");
    signature.size = statement.contains("size") && statement["size"].is_number_integer() ? statement["size"].get<qint64>() : -1;
    signature.sha256 = text(statement, "sha256").toLatin1();
    signature.keyId = text(statement, "key_id").toLatin1();
    signature.signer = text(statement, "signer");
    signature.signedAt = QDateTime::fromString(text(statement, "signed_at"), Qt::ISODate);
    signature.publicKeyPem = text(root, "public_key").toLatin1();
    // The statement as read must be exactly what the fields read serialise to: a lenient parse
    // (of a date, say) must not turn a changed byte into the same statement.
    if (text(statement, "algorithm") != QLatin1String("Ed25519") || text(statement, "schema") != QLatin1String(schema) || signature.size < 0
        || !signature.signedAt.isValid() || statement.size() != 8 || QByteArray::fromStdString(statement.dump()) != signature.statement())
        return invalid(tr("the signed statement is damaged"));

    // Strict base64: a lenient decoder would accept a flipped padding bit as the same bytes.
    const QByteArray encoded = text(root, "signature").toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64 || decoded.decoded.toBase64() != encoded)
        return invalid(tr("the signature value is damaged or truncated"));
    signature.signature = decoded.decoded;

    // The embedded key says which key signed; whether that key is trusted is decided last.
    Result<SigningKey> embedded = SigningKey::fromPublicPem(signature.publicKeyPem, signaturePath);
    if (!embedded || embedded->publicPem() != signature.publicKeyPem)
        return invalid(tr("the embedded public key is damaged"));
    if (embedded->keyId() != signature.keyId)
        return invalid(tr("the embedded public key is not the signing key %1").arg(QString::fromLatin1(signature.keyId)));
    if (!embedded->verify(signature.statement(), signature.signature))
        return invalid(tr("the signature does not match its statement: the signature file was altered"));

    // The statement is authentic; now does it describe this file?
    const QString name = QFileInfo(path).fileName();
    if (fileSha256 != signature.sha256) {
        if (name != signature.fileName)
            return invalid(tr("this signature is for \"%1\", not for \"%2\" (SHA-256 differs)").arg(signature.fileName, name));
        return invalid(tr("%1 was changed after it was signed: SHA-256 is %2, signed was %3")
                           .arg(path, QString::fromLatin1(fileSha256), QString::fromLatin1(signature.sha256)));
    }

    // Intact. Who signed is known only when the key is trusted: anyone who alters a file can
    // sign it again with a fresh key, and the signature then carries that key.
    const TrustedKeys::Entry* trustedKey = trusted.find(*embedded);
    if (trustedKey == nullptr || !trustedKey->key.verify(signature.statement(), signature.signature)) {
        verification.verdict = SignatureVerdict::UntrustedKey;
        verification.message = tr("%1: signature valid, but made by key %2 (signer \"%3\", as the signature claims), which is not trusted")
                                   .arg(path, QString::fromLatin1(signature.keyId), signature.signer);
        return verification;
    }
    verification.verdict = SignatureVerdict::Trusted;
    verification.trustedAs = trustedKey->origin;
    verification.message = tr("%1: valid signature by %2 (key %3, trusted: %4) at %5")
                               .arg(path, signature.signer, QString::fromLatin1(signature.keyId), trustedKey->origin, signature.signedAt.toString(Qt::ISODate));
    if (name != signature.fileName)
        verification.message += tr("; signed under the name \"%1\"").arg(signature.fileName);
    return verification;
}

EvidenceCheck DetachedSignature::checkEvidence(const QString& path, const TrustedKeys& trusted)
{
    const QString signaturePath = defaultPath(path);
    if (!QFileInfo::exists(signaturePath))
        return { EvidenceStatus::Unsigned, tr("%1 is not signed (no %2)").arg(path, signaturePath) };
    Result<SignatureVerification> result = verify(path, signaturePath, trusted);
    if (!result)
        return { EvidenceStatus::Invalid, result.error().toString() };
    switch (result->verdict) {
    case SignatureVerdict::Trusted:
        return { EvidenceStatus::Verified, result->message };
    case SignatureVerdict::UntrustedKey:
        return { EvidenceStatus::UntrustedKey, result->message };
    case SignatureVerdict::Invalid:
        break;
    }
    return { EvidenceStatus::Invalid, result->message };
}

} // namespace crossroads
