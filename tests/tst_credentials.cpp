// SPDX-License-Identifier: Apache-2.0
#include "secrets/credentialclassifier.h"
#include "secrets/workspacekey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

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
