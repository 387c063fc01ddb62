// SPDX-License-Identifier: Apache-2.0
// FactValue replaced QVariant in facts: it must read back exactly as the QVariant did.
#include "snapshot/snapshot.h"

#include <QTest>

using namespace crossroads;

class TestFactValue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsLikeQVariant_data()
    {
        QTest::addColumn<QVariant>("variant");
        QTest::addRow("null") << QVariant();
        QTest::addRow("true") << QVariant(true);
        QTest::addRow("false") << QVariant(false);
        QTest::addRow("empty string") << QVariant(QString());
        QTest::addRow("string") << QVariant(QStringLiteral("RuntimeDefault"));
        QTest::addRow("string false") << QVariant(QStringLiteral("False"));
        QTest::addRow("string 0") << QVariant(QStringLiteral("0"));
        QTest::addRow("empty list") << QVariant(QStringList());
        QTest::addRow("one item") << QVariant(QStringList { QStringLiteral("configMap") });
        QTest::addRow("two items") << QVariant(QStringList { QStringLiteral("a"), QStringLiteral("b") });
    }

    void readsLikeQVariant()
    {
        QFETCH(QVariant, variant);
        const FactValue value(variant);
        QCOMPARE(value.typeId(), variant.typeId());
        QCOMPARE(value.toBool(), variant.toBool());
        QCOMPARE(value.toString(), variant.toString());
        QCOMPARE(value.toStringList(), variant.toStringList());
        QCOMPARE(value.toVariant(), variant);
        const FactValue copy = value;
        QVERIFY(copy == value);
    }

    void equalValuesAreSharedAndOutliveTheirSource()
    {
        FactValue first(QStringList { QStringLiteral("hostPath"), QStringLiteral("secret") });
        FactValue second(QStringList { QStringLiteral("hostPath"), QStringLiteral("secret") });
        QVERIFY(first == second);
        first = FactValue();
        QCOMPARE(second.toStringList().size(), 2);
        QVERIFY(FactValue(QStringLiteral("a")) != FactValue(QStringList { QStringLiteral("a") }));
    }

    void factStaysSmall()
    {
        Fact fact;
        fact.setPath("/securityContext/privileged");
        fact.provenance = Provenance::Derived;
        QCOMPARE(QByteArray(fact.path()), QByteArray("/securityContext/privileged"));
        QCOMPARE(fact.provenance, Provenance::Derived);
        fact.setPath(nullptr);
        QCOMPARE(fact.path(), nullptr);
        QCOMPARE(sizeof(Fact), std::size_t(16));
    }
};

QTEST_GUILESS_MAIN(TestFactValue)
#include "tst_factvalue.moc"
