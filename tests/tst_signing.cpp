// SPDX-License-Identifier: Apache-2.0
// Signed evidence: Ed25519 keys (OpenSSL EVP), detached signatures, trusted keys, and every
// way a signature must fail: any flipped byte of the file or of the signature, a wrong key, a
// truncated signature, a signature for another file, a file altered and signed again with a
// key nobody trusts.
#include "integrity/detachedsignature.h"
#include "integrity/signingkey.h"
#include "integrity/trustedkeys.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
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

    SignatureVerification verify(const QString& file, const QString& signature, const TrustedKeys& trusted) const
    {
        Result<SignatureVerification> result = DetachedSignature::verify(file, signature, trusted);
        if (!result) {
            SignatureVerification failed;
            failed.message = QStringLiteral("ERROR ") + result.error().toString();
            return failed;
        }
        return *result;
    }

private Q_SLOTS:
    SignatureVerification verify(const QString& file, const QString& signature, const SigningKey& key) const
    {
        return verify(file, signature, TrustedKeys::only(key, QStringLiteral("test.pub")));
    }

    void initTestCase()
    {
        // The trusted-keys folder is looked up in a throw-away config, never the user's.
        QVERIFY(m_folder.isValid());
        qputenv("XDG_CONFIG_HOME", m_folder.filePath(QStringLiteral("config")).toUtf8());
        QCOMPARE(TrustedKeys::defaultFolder(), m_folder.filePath(QStringLiteral("config/crossroads/trusted-keys")));
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
        const SignatureVerification trusted = verify(m_report, m_signature, *m_key);
        QVERIFY2(trusted.valid(), qPrintable(trusted.message));
        QCOMPARE(trusted.verdict, SignatureVerdict::Trusted);
        QCOMPARE(trusted.trustedAs, QStringLiteral("test.pub"));
        QCOMPARE(trusted.signature.signer, QStringLiteral("auditor@example.org"));
        QCOMPARE(trusted.signature.keyId, m_key->keyId());
        QVERIFY2(trusted.message.contains(QLatin1String("valid signature by auditor@example.org")), qPrintable(trusted.message));
        // Intact, but nobody said whose key this is: not valid.
        const SignatureVerification untrusted = verify(m_report, m_signature, TrustedKeys());
        QVERIFY(!untrusted.valid());
        QCOMPARE(untrusted.verdict, SignatureVerdict::UntrustedKey);
        QVERIFY2(untrusted.message.contains(QStringLiteral("signature valid, but made by key %1").arg(QString::fromLatin1(m_key->keyId()))), qPrintable(untrusted.message));
        QVERIFY2(untrusted.message.contains(QLatin1String("not trusted")), qPrintable(untrusted.message));
    }

    void evidenceStatusForTheBadge()
    {
        QCOMPARE(DetachedSignature::checkEvidence(m_report, TrustedKeys::only(*m_key, QStringLiteral("test.pub"))).status, EvidenceStatus::Verified);
        QCOMPARE(DetachedSignature::checkEvidence(m_report, TrustedKeys()).status, EvidenceStatus::UntrustedKey);
        QVERIFY(writeAll(path("plain.json"), "{}"));
        QCOMPARE(DetachedSignature::checkEvidence(path("plain.json"), TrustedKeys()).status, EvidenceStatus::Unsigned);
        QVERIFY(writeAll(path("plain.json.sig"), "{"));
        const EvidenceCheck broken = DetachedSignature::checkEvidence(path("plain.json"), TrustedKeys::only(*m_key, QStringLiteral("test.pub")));
        QCOMPARE(broken.status, EvidenceStatus::Invalid);
        QVERIFY(broken.message.contains(QLatin1String("truncated")));
    }

    void alteredAndSignedAgainWithAFreshKeyIsNotVerified()
    {
        // An attacker changes the report and signs it again with a key of their own: the
        // signature is intact, and the key inside it is theirs.
        const QString report = path("altered.json");
        QVERIFY(writeAll(report, "{\"schema\": \"crossroads.comparison/v1\", \"gaps\": []}\n"));
        Result<SigningKey> mallory = SigningKey::generate();
        QVERIFY(mallory.ok());
        Result<DetachedSignature> forged = DetachedSignature::sign(report, *mallory, QStringLiteral("auditor@example.org"));
        QVERIFY(forged.ok());
        QVERIFY(forged->save(DetachedSignature::defaultPath(report)).ok());

        // Against the trusted-keys folder: empty, then holding only the auditor's key.
        const QString folder = TrustedKeys::defaultFolder();
        QVERIFY(TrustedKeys::loadDefault().isEmpty()); // a missing folder trusts nothing
        Result<QString> installed = TrustedKeys::install(*m_key, QStringLiteral("auditor.pub"));
        QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().toString()));
        QCOMPARE(*installed, folder + QStringLiteral("/auditor.pub"));
        QVERIFY(!readAll(*installed).contains("PRIVATE")); // only the public half is written
        QCOMPARE(TrustedKeys::loadDefault().entries().size(), std::size_t(1));
        const SignatureVerification refused = verify(report, DetachedSignature::defaultPath(report), TrustedKeys::loadDefault());
        QCOMPARE(refused.verdict, SignatureVerdict::UntrustedKey);
        QVERIFY2(refused.message.contains(QString::fromLatin1(mallory->keyId())), qPrintable(refused.message));
        QCOMPARE(DetachedSignature::checkEvidence(report, TrustedKeys::loadDefault()).status, EvidenceStatus::UntrustedKey);
        // The auditor's own report still verifies against the same folder.
        const SignatureVerification genuine = verify(m_report, m_signature, TrustedKeys::loadDefault());
        QCOMPARE(genuine.verdict, SignatureVerdict::Trusted);
        QCOMPARE(genuine.trustedAs, *installed);

        // Once the other key is trusted too, its signature verifies ...
        Result<QString> second = TrustedKeys::install(*mallory, QStringLiteral("mallory.pub"));
        QVERIFY(second.ok());
        QCOMPARE(verify(report, DetachedSignature::defaultPath(report), TrustedKeys::loadDefault()).verdict, SignatureVerdict::Trusted);
        // ... and installing a trusted key again names the file that trusts it already.
        QCOMPARE(*TrustedKeys::install(*mallory, QStringLiteral("again.pub")), *second);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/again.pub")));
        // A name taken by another key is refused, never replaced.
        Result<SigningKey> third = SigningKey::generate();
        QVERIFY(!TrustedKeys::install(*third, QStringLiteral("auditor.pub")).ok());
        QCOMPARE(TrustedKeys::loadDefault().find(*m_key)->origin, *installed);

        // A trusted key does not make a changed file pass.
        QVERIFY(writeAll(report, "{\"schema\": \"crossroads.comparison/v1\", \"gaps\": [1]}\n"));
        const SignatureVerification tampered = verify(report, DetachedSignature::defaultPath(report), TrustedKeys::loadDefault());
        QCOMPARE(tampered.verdict, SignatureVerdict::Invalid);
        QVERIFY2(tampered.message.contains(QLatin1String("was changed after it was signed")), qPrintable(tampered.message));

        QVERIFY(QDir(folder).removeRecursively());
    }

    void trustedKeysFolderSkipsWhatIsNoPublicKey()
    {
        QTemporaryDir folder;
        QVERIFY(m_key->savePublic(folder.filePath(QStringLiteral("good.pub"))).ok());
        QVERIFY(writeAll(folder.filePath(QStringLiteral("broken.pub")), "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n"));
        QVERIFY(m_key->savePrivate(folder.filePath(QStringLiteral("private.pub"))).ok()); // a private key under a public name
        QVERIFY(writeAll(folder.filePath(QStringLiteral("notes.txt")), "not read"));
        const TrustedKeys keys = TrustedKeys::loadFolder(folder.path());
        QCOMPARE(keys.entries().size(), std::size_t(1));
        QCOMPARE(keys.entries().front().origin, folder.filePath(QStringLiteral("good.pub")));
        QCOMPARE(keys.problems().size(), std::size_t(2));
        QCOMPARE(keys.problems()[0].file, folder.filePath(QStringLiteral("broken.pub")));
        QCOMPARE(keys.problems()[1].file, folder.filePath(QStringLiteral("private.pub")));
        QVERIFY(keys.problems()[1].message.contains(QLatin1String("private key")));
        QVERIFY(keys.find(*m_key) != nullptr);
        Result<SigningKey> other = SigningKey::generate();
        QVERIFY(keys.find(*other) == nullptr);
    }

    void flippingAnyByteOfTheFileFails()
    {
        const QByteArray original = readAll(m_report);
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray changed = original;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY(writeAll(m_report, changed));
            const SignatureVerification result = verify(m_report, m_signature, *m_key);
            QVERIFY2(!result.valid(), qPrintable(QStringLiteral("byte %1").arg(i)));
            QVERIFY2(result.message.contains(QLatin1String("was changed after it was signed")), qPrintable(result.message));
        }
        QVERIFY(writeAll(m_report, original));
        QVERIFY(verify(m_report, m_signature, *m_key).valid());
    }

    void flippingAnyByteOfTheSignatureFails()
    {
        const QByteArray original = readAll(m_signature);
        const QString changedPath = path("changed.sig");
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray changed = original;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY(writeAll(changedPath, changed));
            for (const bool trusted : { true, false }) {
                // Invalid, not merely untrusted: even without a trusted key a change is caught.
                const SignatureVerification result = verify(m_report, changedPath, trusted ? TrustedKeys::only(*m_key, QStringLiteral("test.pub")) : TrustedKeys());
                QVERIFY2(result.verdict == SignatureVerdict::Invalid,
                    qPrintable(QStringLiteral("byte %1 ('%2') trusted %3: %4").arg(i).arg(QLatin1Char(original[i])).arg(trusted).arg(result.message)));
                QVERIFY2(result.message.startsWith(changedPath + QStringLiteral(": ")), qPrintable(result.message));
            }
        }
    }

    void wrongKeyFails()
    {
        Result<SigningKey> other = SigningKey::generate();
        QVERIFY(other.ok());
        const SignatureVerification result = verify(m_report, m_signature, *other);
        QVERIFY(!result.valid());
        QCOMPARE(result.verdict, SignatureVerdict::UntrustedKey);
        QVERIFY2(result.message.contains(QStringLiteral("made by key %1").arg(QString::fromLatin1(m_key->keyId()))), qPrintable(result.message));
        // A signature re-made with another key but keeping the original key id is caught too.
        Result<DetachedSignature> forged = DetachedSignature::sign(m_report, *other, QStringLiteral("mallory"));
        forged->keyId = m_key->keyId();
        QVERIFY(forged->save(path("forged.sig")).ok());
        QCOMPARE(verify(m_report, path("forged.sig"), *m_key).verdict, SignatureVerdict::Invalid);
        QCOMPARE(verify(m_report, path("forged.sig"), TrustedKeys()).verdict, SignatureVerdict::Invalid);
        // So is one that keeps the original key id and public key around another key's signature.
        forged->publicKeyPem = m_key->publicPem();
        QVERIFY(forged->save(path("forged.sig")).ok());
        const SignatureVerification borrowed = verify(m_report, path("forged.sig"), *m_key);
        QCOMPARE(borrowed.verdict, SignatureVerdict::Invalid);
        QVERIFY2(borrowed.message.contains(QLatin1String("does not match its statement")), qPrintable(borrowed.message));
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
        QCOMPARE(result.verdict, SignatureVerdict::Invalid);
        QVERIFY2(result.message.contains(QLatin1String("damaged or truncated")), qPrintable(result.message));
    }

    void signatureForAnotherFileFails()
    {
        const QString other = path("other.json");
        QVERIFY(writeAll(other, "{\"schema\": \"crossroads.comparison/v1\", \"gaps\": []}\n"));
        const SignatureVerification result = verify(other, m_signature, *m_key);
        QCOMPARE(result.verdict, SignatureVerdict::Invalid);
        QVERIFY2(result.message.contains(QLatin1String("this signature is for \"report.json\", not for \"other.json\"")), qPrintable(result.message));
        // Missing files are errors, not verdicts.
        const TrustedKeys trusted = TrustedKeys::only(*m_key, QStringLiteral("test.pub"));
        QVERIFY(!DetachedSignature::verify(path("missing.json"), m_signature, trusted).ok());
        QVERIFY(!DetachedSignature::verify(m_report, path("missing.sig"), trusted).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
