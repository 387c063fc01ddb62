// SPDX-License-Identifier: Apache-2.0
// Signed evidence: Ed25519 keys (OpenSSL EVP), detached signatures, and every way a signature
// must fail: any flipped byte of the file or of the signature, a wrong key, a truncated
// signature, a signature for another file.
#include "integrity/detachedsignature.h"
#include "integrity/signingkey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestSigning : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::optional<SigningKey> m_key;
    QString m_report, m_signature;

    QString path(const char* name) const { return m_folder.filePath(QLatin1String(name)); }

    SignatureVerification verify(const QString& file, const QString& signature, const std::optional<SigningKey>& key) const
    {
        Result<SignatureVerification> result = DetachedSignature::verify(file, signature, key);
        if (!result) {
            SignatureVerification failed;
            failed.message = QStringLiteral("ERROR ") + result.error().toString();
            return failed;
        }
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<SigningKey> key = SigningKey::generate();
        QVERIFY(key.ok());
        m_key.emplace(std::move(key).value());
        m_report = path("report.json");
        QVERIFY(writeAll(m_report, "{\"schema\": \"crossroads.comparison/v1\", \"gaps\": [{\"check\": \"CR-RT-001\"}]}\n"));
        Result<DetachedSignature> signature = DetachedSignature::sign(m_report, *m_key, QStringLiteral("auditor@example.org"));
        QVERIFY(signature.ok());
        m_signature = DetachedSignature::defaultPath(m_report);
        QVERIFY(signature->save(m_signature).ok());
    }

    void keysAreWrittenPrivatelyAndRoundTrip()
    {
        QVERIFY(m_key->savePrivate(path("plain.key")).ok());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path("plain.key")) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path("plain.key")).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!m_key->savePrivate(path("plain.key")).ok()); // never overwrites a key
        QVERIFY(m_key->savePrivate(path("locked.key"), "correct horse").ok());
        QVERIFY(readAll(path("locked.key")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const Result<SigningKey> noPassphrase = SigningKey::loadPrivate(path("locked.key"));
        QVERIFY(!noPassphrase.ok());
        QVERIFY(noPassphrase.error().message.contains(QLatin1String("passphrase")));
        QVERIFY(!SigningKey::loadPrivate(path("locked.key"), "wrong").ok());
        Result<SigningKey> unlocked = SigningKey::loadPrivate(path("locked.key"), "correct horse");
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->keyId(), m_key->keyId());
        QVERIFY(m_key->savePublic(path("key.pub")).ok());
        Result<SigningKey> pub = SigningKey::loadPublic(path("key.pub"));
        QVERIFY(pub.ok());
        QVERIFY(!pub->hasPrivate());
        QCOMPARE(pub->keyId(), m_key->keyId());
        QVERIFY(!pub->sign("x").ok());
        QVERIFY(writeAll(path("rsa.pub"), "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n"));
        QVERIFY(!SigningKey::loadPublic(path("rsa.pub")).ok());
    }

    void signThenVerifyPasses()
    {
        const SignatureVerification pinned = verify(m_report, m_signature, *m_key);
        QVERIFY2(pinned.valid, qPrintable(pinned.message));
        QVERIFY(pinned.pinned);
        QCOMPARE(pinned.signature.signer, QStringLiteral("auditor@example.org"));
        QCOMPARE(pinned.signature.keyId, m_key->keyId());
        QVERIFY(pinned.message.contains(QLatin1String("valid signature by auditor@example.org")));
        const SignatureVerification embedded = verify(m_report, m_signature, std::nullopt);
        QVERIFY(embedded.valid);
        QVERIFY(embedded.message.contains(QLatin1String("--pubkey"))); // says the signer is not authenticated
    }

    void evidenceStatusForTheBadge()
    {
        QCOMPARE(DetachedSignature::checkEvidence(m_report, *m_key).status, EvidenceStatus::Verified);
        QCOMPARE(DetachedSignature::checkEvidence(m_report).status, EvidenceStatus::VerifiedUnpinned);
        QVERIFY(writeAll(path("plain.json"), "{}"));
        QCOMPARE(DetachedSignature::checkEvidence(path("plain.json")).status, EvidenceStatus::Unsigned);
        QVERIFY(writeAll(path("plain.json.sig"), "{"));
        const EvidenceCheck broken = DetachedSignature::checkEvidence(path("plain.json"));
        QCOMPARE(broken.status, EvidenceStatus::Invalid);
        QVERIFY(broken.message.contains(QLatin1String("truncated")));
    }

    void flippingAnyByteOfTheFileFails()
    {
        const QByteArray original = readAll(m_report);
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray changed = original;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY(writeAll(m_report, changed));
            const SignatureVerification result = verify(m_report, m_signature, *m_key);
            QVERIFY2(!result.valid, qPrintable(QStringLiteral("byte %1").arg(i)));
            QVERIFY2(result.message.contains(QLatin1String("was changed after it was signed")), qPrintable(result.message));
        }
        QVERIFY(writeAll(m_report, original));
        QVERIFY(verify(m_report, m_signature, *m_key).valid);
    }

    void flippingAnyByteOfTheSignatureFails()
    {
        const QByteArray original = readAll(m_signature);
        const QString changedPath = path("changed.sig");
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray changed = original;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY(writeAll(changedPath, changed));
            for (const bool pinned : { true, false }) {
                const SignatureVerification result = verify(m_report, changedPath, pinned ? std::optional<SigningKey>(*m_key) : std::nullopt);
                QVERIFY2(!result.valid, qPrintable(QStringLiteral("byte %1 ('%2') pinned %3").arg(i).arg(QLatin1Char(original[i])).arg(pinned)));
                QVERIFY2(result.message.startsWith(changedPath + QStringLiteral(": ")), qPrintable(result.message));
            }
        }
    }

    void wrongKeyFails()
    {
        Result<SigningKey> other = SigningKey::generate();
        QVERIFY(other.ok());
        const SignatureVerification result = verify(m_report, m_signature, *other);
        QVERIFY(!result.valid);
        QVERIFY2(result.message.contains(QStringLiteral("signed with key %1, not with the given key %2").arg(QString::fromLatin1(m_key->keyId()), QString::fromLatin1(other->keyId()))),
            qPrintable(result.message));
        // A signature re-made with another key but keeping the original key id is caught too.
        Result<DetachedSignature> forged = DetachedSignature::sign(m_report, *other, QStringLiteral("mallory"));
        forged->keyId = m_key->keyId();
        QVERIFY(forged->save(path("forged.sig")).ok());
        QVERIFY(!verify(m_report, path("forged.sig"), *m_key).valid);
        QVERIFY(!verify(m_report, path("forged.sig"), std::nullopt).valid);
    }

    void truncatedSignatureFails_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addRow("empty") << 0;
        QTest::addRow("ten bytes") << 10;
        QTest::addRow("half") << -2;
        QTest::addRow("all but the closing brace") << -1;
    }

    void truncatedSignatureFails()
    {
        QFETCH(int, keep);
        const QByteArray original = readAll(m_signature);
        const qsizetype length = keep == -2 ? original.size() / 2 : keep == -1 ? original.lastIndexOf('}') : keep;
        QVERIFY(writeAll(path("truncated.sig"), original.left(length)));
        const SignatureVerification result = verify(m_report, path("truncated.sig"), *m_key);
        QVERIFY(!result.valid);
        QVERIFY2(result.message.contains(QLatin1String("damaged or truncated")), qPrintable(result.message));
    }

    void signatureForAnotherFileFails()
    {
        const QString other = path("other.json");
        QVERIFY(writeAll(other, "{\"schema\": \"crossroads.comparison/v1\", \"gaps\": []}\n"));
        const SignatureVerification result = verify(other, m_signature, *m_key);
        QVERIFY(!result.valid);
        QVERIFY2(result.message.contains(QLatin1String("this signature is for \"report.json\", not for \"other.json\"")), qPrintable(result.message));
        // Missing files are errors, not verdicts.
        QVERIFY(!DetachedSignature::verify(path("missing.json"), m_signature, *m_key).ok());
        QVERIFY(!DetachedSignature::verify(m_report, path("missing.sig"), *m_key).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
