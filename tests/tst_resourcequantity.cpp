// SPDX-License-Identifier: Apache-2.0
// Memory and CPU limits as each platform writes them, read into one unit. Expected values come
// from the Kubernetes "Resource Management for Pods and Containers" page (quantity suffixes;
// 128974848, 129e6, 129M, 128974848000m and 123Mi are about the same value) and docker-run(1)
// (--memory takes b, k, m, g, in powers of 1024; --cpus takes a number of CPUs).
#include "rules/resourcequantity.h"

#include <QTest>

#include <cmath>

using namespace crossroads;

class TestResourceQuantity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("kubernetes");
        QTest::addColumn<double>("bytes");
        QTest::addRow("k8s plain bytes") << QStringLiteral("128974848") << true << 128974848.0;
        QTest::addRow("k8s exponent") << QStringLiteral("129e6") << true << 129e6;
        QTest::addRow("k8s decimal suffix") << QStringLiteral("129M") << true << 129e6;
        QTest::addRow("k8s milli") << QStringLiteral("128974848000m") << true << 128974848.0;
        QTest::addRow("k8s binary suffix") << QStringLiteral("123Mi") << true << 123.0 * 1024 * 1024;
        QTest::addRow("k8s gibibytes") << QStringLiteral("1Gi") << true << 1024.0 * 1024 * 1024;
        QTest::addRow("docker bytes (inspect)") << QStringLiteral("268435456") << false << 268435456.0;
        QTest::addRow("compose 256m is MiB") << QStringLiteral("256m") << false << 256.0 * 1024 * 1024;
        QTest::addRow("compose 1g") << QStringLiteral("1g") << false << 1024.0 * 1024 * 1024;
        QTest::addRow("compose 512mb") << QStringLiteral("512mb") << false << 512.0 * 1024 * 1024;
    }

    void memory()
    {
        QFETCH(QString, text);
        QFETCH(bool, kubernetes);
        QFETCH(double, bytes);
        const std::optional<double> read = ResourceQuantity::memoryBytes(text, kubernetes);
        QVERIFY(read.has_value());
        QVERIFY2(std::abs(*read - bytes) < 0.5, qPrintable(QString::number(*read, 'f', 1)));
    }

    void unreadableSizesAreNotGuessed()
    {
        QVERIFY(!ResourceQuantity::memoryBytes(QStringLiteral("lots"), true));
        QVERIFY(!ResourceQuantity::memoryBytes(QStringLiteral("12Qi"), true));
        QVERIFY(!ResourceQuantity::memoryBytes(QStringLiteral("-5Mi"), true));
        QVERIFY(!ResourceQuantity::memoryBytes(QStringLiteral("5Mi"), false)); // not a Docker unit
    }

    void sameSizeReadsTheSame()
    {
        QCOMPARE(ResourceQuantity::formatBytes(*ResourceQuantity::memoryBytes(QStringLiteral("268435456"), false)), QStringLiteral("256 MiB"));
        QCOMPARE(ResourceQuantity::formatBytes(*ResourceQuantity::memoryBytes(QStringLiteral("256Mi"), true)), QStringLiteral("256 MiB"));
        QCOMPARE(ResourceQuantity::formatBytes(*ResourceQuantity::memoryBytes(QStringLiteral("1.5Gi"), true)), QStringLiteral("1.5 GiB"));
        QCOMPARE(ResourceQuantity::formatBytes(*ResourceQuantity::memoryBytes(QStringLiteral("500M"), true)), QStringLiteral("500 MB"));
        QCOMPARE(ResourceQuantity::formatBytes(1000.5), QStringLiteral("1000.5 bytes"));
    }

    void cpus()
    {
        QCOMPARE(*ResourceQuantity::cpus(QStringLiteral("500m"), true), 0.5);
        QCOMPARE(*ResourceQuantity::cpus(QStringLiteral("0.5"), false), 0.5);
        QCOMPARE(*ResourceQuantity::cpus(QStringLiteral("2"), true), 2.0);
        QVERIFY(!ResourceQuantity::cpus(QStringLiteral("500m"), false)); // docker --cpus has no milli
        QCOMPARE(ResourceQuantity::formatCpus(0.5), QStringLiteral("0.5 CPU"));
        QCOMPARE(ResourceQuantity::formatCpus(2), QStringLiteral("2 CPUs"));
    }
};

QTEST_GUILESS_MAIN(TestResourceQuantity)
#include "tst_resourcequantity.moc"
