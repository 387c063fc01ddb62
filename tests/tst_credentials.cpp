// SPDX-License-Identifier: Apache-2.0
#include "secrets/credentialclassifier.h"
#include "secrets/workspacekey.h"
#include "testpaths.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace crossroads;

namespace {

/// Throw-away keys and a certificate made by OpenSSL for the test, as PEM text.
struct Pems {
    QByteArray pkcs8; ///< -----BEGIN PRIVATE KEY-----
    QByteArray encryptedPkcs8; ///< -----BEGIN ENCRYPTED PRIVATE KEY-----
    QByteArray rsa; ///< -----BEGIN RSA PRIVATE KEY-----
    QByteArray ec; ///< -----BEGIN EC PRIVATE KEY-----
    QByteArray publicKey; ///< -----BEGIN PUBLIC KEY-----
    QByteArray certificate; ///< -----BEGIN CERTIFICATE-----
};

template <typename Write>
QByteArray pemText(Write write)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || write(bio.get()) != 1)
        qFatal("OpenSSL could not write a PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

const Pems& pems()
{
    static const Pems made = [] {
        using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
        const Key rsa(EVP_RSA_gen(2048), EVP_PKEY_free);
        const Key ec(EVP_EC_gen("P-256"), EVP_PKEY_free);
        if (!rsa || !ec)
            qFatal("OpenSSL could not make a key");
        Pems p;
        p.pkcs8 = pemText([&](BIO* bio) { return PEM_write_bio_PrivateKey(bio, ec.get(), nullptr, nullptr, 0, nullptr, nullptr); });
        static char passphrase[] = "throw-away";
        p.encryptedPkcs8 = pemText([&](BIO* bio) { return PEM_write_bio_PrivateKey(bio, ec.get(), EVP_aes_256_cbc(), nullptr, 0, nullptr, passphrase); });
        p.rsa = pemText([&](BIO* bio) { return PEM_write_bio_PrivateKey_traditional(bio, rsa.get(), nullptr, nullptr, 0, nullptr, nullptr); });
        p.ec = pemText([&](BIO* bio) { return PEM_write_bio_PrivateKey_traditional(bio, ec.get(), nullptr, nullptr, 0, nullptr, nullptr); });
        p.publicKey = pemText([&](BIO* bio) { return PEM_write_bio_PUBKEY(bio, rsa.get()); });
        std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), X509_free);
        X509_set_version(certificate.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
        X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
        X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
        X509_set_pubkey(certificate.get(), ec.get());
        X509_NAME* subject = X509_get_subject_name(certificate.get());
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("crossroads.test"), -1, -1, 0);
        X509_set_issuer_name(certificate.get(), subject);
        if (X509_sign(certificate.get(), ec.get(), EVP_sha256()) == 0)
            qFatal("OpenSSL could not sign a certificate");
        p.certificate = pemText([&](BIO* bio) { return PEM_write_bio_X509(bio, certificate.get()); });
        return p;
    }();
    return made;
}

/// The same PEM framed by another number of dashes.
QByteArray withDashes(QByteArray pem, int count)
{
    return pem.replace("-----", QByteArray(count, '-'));
}

// Literal throw-away text in formats OpenSSL does not write; the bodies are no real keys.
const QByteArray openSsh = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                           "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                           "QyNTUxOQAAACDm3Q6W9GqvBzR0ymXb1p0e4b2uQbA3y1n7XkqVbwH9zQAAAJg2c3QfNnN0\n"
                           "-----END OPENSSH PRIVATE KEY-----\n";
const QByteArray pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
                       "lFgEZQx1ERYJKwYBBAHaRw8BAQdAqg0tq1k3r8d9GZk1m4q3o8vZ0pXcZb6x1Wm3\n"
                       "=Kp2Q\n"
                       "-----END PGP PRIVATE KEY BLOCK-----\n";
const QByteArray ssh2 = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n"
                        "Comment: \"throw-away\"\n"
                        "P2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS\n"
                        "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n";
const QByteArray putty = "PuTTY-User-Key-File-3: ssh-ed25519\n"
                         "Encryption: none\n"
                         "Comment: throw-away\n"
                         "Public-Lines: 2\n"
                         "AAAAC3NzaC1lZDI1NTE5AAAAIObdDpb0aq8HNHTKZdvWnR7hva5BsDfLWftepVvA\n"
                         "Private-Lines: 1\n"
                         "AAAAIHhHJ4s2b7Kfq0dG8t1o9Vw3b2Z4c5d6e7f8g9h0i1j2\n";

} // namespace

class TestCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password name") << QByteArray("DB_PASSWORD") << QByteArray("hunter2") << QStringLiteral("credential-name");
        QTest::newRow("camelCase secret") << QByteArray("clientSecret") << QByteArray("abc") << QStringLiteral("credential-name");
        QTest::newRow("aws access key id") << QByteArray("X") << QByteArray("AKIAIOSFODNN7EXAMPLE") << QStringLiteral("aws-access-key-id");
        QTest::newRow("aws secret name") << QByteArray("AWS_SECRET_ACCESS_KEY") << QByteArray("short") << QStringLiteral("credential-name");
        QTest::newRow("github token") << QByteArray("CONFIG") << QByteArray("ghp_" + QByteArray(36, 'a')) << QStringLiteral("github-token");
        QTest::newRow("private key") << QByteArray("TLS") << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nMIIE") << QStringLiteral("private-key");
        QTest::newRow("url with password") << QByteArray("DATABASE_URL") << QByteArray("postgres://app:s3cret@db/app") << QStringLiteral("url-with-password");
        // Traps other scanners fall into:
        QTest::newRow("placeholder") << QByteArray("DB_PASSWORD") << QByteArray("${DB_PASSWORD}") << QString();
        QTest::newRow("dollar name") << QByteArray("API_TOKEN") << QByteArray("$API_TOKEN") << QString();
        QTest::newRow("template") << QByteArray("API_TOKEN") << QByteArray("{{ .Values.token }}") << QString();
        QTest::newRow("path suffix") << QByteArray("DB_PASSWORD_FILE") << QByteArray("/run/secrets/db") << QString();
        QTest::newRow("token path") << QByteArray("TOKEN_PATH") << QByteArray("/var/run/token") << QString();
        QTest::newRow("secret name ref") << QByteArray("SECRET_NAME") << QByteArray("db-credentials") << QString();
        QTest::newRow("working dir PWD") << QByteArray("PWD") << QByteArray("/home/app") << QString();
        QTest::newRow("CC is not ACCESS_KEY") << QByteArray("CC") << QByteArray("gcc") << QString();
        QTest::newRow("word boundary") << QByteArray("ACCESSIBILITY_MODE") << QByteArray("high") << QString();
        QTest::newRow("passthrough word") << QByteArray("BYPASS_CACHE") << QByteArray("true") << QString();
        QTest::newRow("hex digest is config") << QByteArray("BUILD_SHA") << QByteArray("3f786850e387550fdab836ed7e6dc881de23001b") << QString();
        QTest::newRow("empty value") << QByteArray("PASSWORD") << QByteArray("") << QString();
        QTest::newRow("mounted secret path") << QByteArray("API_KEY") << QByteArray("/run/secrets/api") << QString();
    }

    void privateKeysInEveryFraming_data()
    {
        QTest::addColumn<QByteArray>("value");
        const Pems& p = pems();
        QTest::newRow("pkcs8 PRIVATE KEY") << p.pkcs8;
        QTest::newRow("ENCRYPTED PRIVATE KEY") << p.encryptedPkcs8;
        QTest::newRow("RSA PRIVATE KEY") << p.rsa;
        QTest::newRow("EC PRIVATE KEY") << p.ec;
        QTest::newRow("OPENSSH PRIVATE KEY") << openSsh;
        QTest::newRow("PGP PRIVATE KEY BLOCK") << pgp;
        QTest::newRow("SSH2 ENCRYPTED PRIVATE KEY") << ssh2;
        QTest::newRow("PuTTY key file") << putty;
        QTest::newRow("three dashes") << withDashes(p.pkcs8, 3);
        QTest::newRow("one dash") << withDashes(p.rsa, 1);
        QTest::newRow("nine dashes") << withDashes(p.encryptedPkcs8, 9);
        QTest::newRow("no dashes") << withDashes(p.ec, 0);
        QTest::newRow("header alone, no dashes") << QByteArray("BEGIN ENCRYPTED PRIVATE KEY");
        QTest::newRow("newlines flattened to spaces") << QByteArray(p.rsa).replace('\n', ' ');
        QTest::newRow("newlines escaped as in an env file") << QByteArray(p.pkcs8).replace("\n", "\\n");
        QTest::newRow("crlf line ends") << QByteArray(p.ec).replace("\n", "\r\n");
        QTest::newRow("after leading text") << ("key follows: " + p.pkcs8);
        QTest::newRow("certificate then key") << (p.certificate + p.pkcs8);
        QTest::newRow("hyphenated algorithm") << QByteArray("-----BEGIN ML-DSA-65 PRIVATE KEY-----\nMIIE\n");
        QTest::newRow("base64 of a key file") << p.rsa.toBase64();
        QTest::newRow("base64url of a key file") << p.pkcs8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("base64 of a three-dash key, wrapped") << [&] {
            QByteArray encoded = withDashes(p.encryptedPkcs8, 3).toBase64();
            for (qsizetype at = 76; at < encoded.size(); at += 77)
                encoded.insert(at, '\n');
            return encoded;
        }();
        QTest::newRow("base64 of a PGP key") << pgp.toBase64();
    }

    void privateKeysInEveryFraming()
    {
        QFETCH(QByteArray, value);
        const std::string_view view(value.constData(), static_cast<std::size_t>(value.size()));
        QCOMPARE(CredentialClassifier::classifyValue(view), QStringLiteral("private-key"));
        // Whatever the variable is called.
        for (const char* name : { "CONFIG", "TLS_KEY", "DB_PASSWORD", "PUBLIC_CERT" })
            QCOMPARE(CredentialClassifier::classify(name, view), QStringLiteral("private-key"));
    }

    void publicMaterialIsNoCredential_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        const Pems& p = pems();
        QTest::newRow("certificate") << QByteArray("TLS_CERT") << p.certificate << QString();
        QTest::newRow("certificate under a secret's name") << QByteArray("WEBHOOK_SECRET_CA") << p.certificate << QString();
        QTest::newRow("certificate chain") << QByteArray("CA_BUNDLE") << (p.certificate + "\n" + p.certificate) << QString();
        QTest::newRow("public key") << QByteArray("JWT_PUBLIC_KEY") << p.publicKey << QString();
        QTest::newRow("public key under a token's name") << QByteArray("TOKEN_VERIFY") << p.publicKey << QString();
        QTest::newRow("crlf certificate") << QByteArray("TLS_SECRET_CERT") << QByteArray(p.certificate).replace("\n", "\r\n") << QString();
        QTest::newRow("RSA PUBLIC KEY") << QByteArray("KEY") << QByteArray("-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----\n") << QString();
        QTest::newRow("PGP PUBLIC KEY BLOCK") << QByteArray("GPG_SECRET_RING_CHECK") << QByteArray("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZQx1\n=Kp2Q\n-----END PGP PUBLIC KEY BLOCK-----\n") << QString();
        QTest::newRow("BEGINNING is no BEGIN") << QByteArray("NOTE") << QByteArray("BEGINNING PRIVATE KEY ROTATION") << QString();
        QTest::newRow("lower-case prose") << QByteArray("MOTD") << QByteArray("begin private key rotation at noon") << QString();
        // Only well-formed public blocks and nothing else are exempt from the name rule.
        QTest::newRow("certificate with a password after it") << QByteArray("DB_PASSWORD") << (p.certificate + "hunter2") << QStringLiteral("credential-name");
        QTest::newRow("mismatched END") << QByteArray("API_SECRET") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END PUBLIC KEY-----\n") << QStringLiteral("credential-name");
        QTest::newRow("no END") << QByteArray("API_SECRET") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n") << QStringLiteral("credential-name");
        QTest::newRow("text in the body") << QByteArray("API_SECRET") << QByteArray("-----BEGIN CERTIFICATE-----\nhunter2!\n-----END CERTIFICATE-----\n") << QStringLiteral("credential-name");
    }

    void publicMaterialIsNoCredential()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QCOMPARE(CredentialClassifier::classify(std::string_view(name.constData(), name.size()), std::string_view(value.constData(), value.size())),
            expected);
    }

    void privateKeysAreFoundWhereverTheImportersReadValues()
    {
        // A three-dash key (no PEM reader takes it, but its body is the key) under names that
        // say nothing: in a Pod's env, in compose environment and in a Secret's data and stringData.
        const QByteArray key = withDashes(pems().pkcs8, 3);
        const auto indented = [&key](int depth) -> QByteArray {
            const QByteArray margin(depth, ' ');
            return margin + key.trimmed().replace("\n", QByteArray("\n" + margin));
        };
        QTemporaryDir folder;
        const QString pod = test::writeTestFile(folder, QStringLiteral("pod.yaml"),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: acme/app:1\n      env:\n"
            "        - name: TLS_MATERIAL\n          value: \"" + QByteArray(key).replace("\n", "\\n") + "\"\n"
            "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ndata:\n  material: " + key.toBase64() + "\n"
            "  cert: " + pems().certificate.toBase64() + "\nstringData:\n  other: |\n" + indented(4) + "\n");
        const QString compose = test::writeTestFile(folder, QStringLiteral("compose.yaml"),
            "services:\n  app:\n    image: acme/app:1\n    environment:\n      SETTINGS: |\n" + indented(8) + "\n");
        for (const QString& path : { pod, compose }) {
            Result<ImportReport> report = test::importFiles({ path });
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            const Container* app = test::findContainer(report->snapshot, QStringLiteral("app"), QStringLiteral("app"));
            QVERIFY(app != nullptr);
            QCOMPARE(app->credentials.size(), std::size_t(1));
            QCOMPARE(app->credentials.front().classification, QStringLiteral("private-key"));
        }
        Result<ImportReport> report = test::importFiles({ pod });
        QCOMPARE(report->snapshot.secretObjects.size(), std::size_t(1));
        QMap<QString, QString> classes;
        for (const Credential& credential : report->snapshot.secretObjects.front().credentials)
            classes.insert(credential.name, credential.classification);
        QCOMPARE(classes.value(QStringLiteral("material")), QStringLiteral("private-key"));
        QCOMPARE(classes.value(QStringLiteral("other")), QStringLiteral("private-key"));
        QVERIFY(classes.value(QStringLiteral("cert")) != QStringLiteral("private-key"));
    }

    void classification()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QCOMPARE(CredentialClassifier::classify(std::string_view(name.constData(), name.size()), std::string_view(value.constData(), value.size())),
            expected);
    }

    void keyFileIsPrivateAndFingerprintsAreKeyed()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("nested/workspace.key"));
        QVERIFY(WorkspaceKey::createFile(path).ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY2(!WorkspaceKey::createFile(path).ok(), "an existing key must never be overwritten");
        Result<WorkspaceKey> key = WorkspaceKey::loadFile(path);
        QVERIFY(key.ok());
        const QByteArray a = key->fingerprint("correct horse battery staple");
        QCOMPARE(a.size(), 32);
        QCOMPARE(key->fingerprint("correct horse battery staple"), a);
        QVERIFY(key->fingerprint("correct horse battery stapler") != a);
        // Not a plain hash: without the key a dictionary lookup finds nothing.
        QVERIFY(a.toHex() != QByteArray("c4bbcb1fbec99d65bf59d85c8cb62ee2db963f0fe106f483d9afa73bd4e39a8a"));
        QCOMPARE(key->id().size(), 16);

        QVERIFY(WorkspaceKey::createFile(folder.filePath(QStringLiteral("other.key"))).ok());
        Result<WorkspaceKey> other = WorkspaceKey::loadFile(folder.filePath(QStringLiteral("other.key")));
        QVERIFY(other->fingerprint("correct horse battery staple") != a);
        QVERIFY(other->id() != key->id());
    }

    void shortKeyFileIsRefused()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("short.key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tooshort");
        file.close();
        Result<WorkspaceKey> key = WorkspaceKey::loadFile(file.fileName());
        QVERIFY(!key.ok());
        QVERIFY(key.error().toString().contains(QStringLiteral("fewer than 16 bytes")));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
