// SPDX-License-Identifier: Apache-2.0
#include "document/documentreader.h"
#include "document/unitpipeline.h"
#include "common/sha256.h"
#include "fuzz/unitdump.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace crossroads;

namespace {

struct Collected {
    std::vector<QByteArray> dumps; ///< "role:index:pointer-of-root:line"
    Status status = Done {};
};

Collected readAll(const QByteArray& content, DocumentLimits limits = {}, const ReadControl& control = {})
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    Collected collected;
    collected.status = DocumentReader(limits, control).read(buffer, QStringLiteral("input.txt"), [&](const Unit& unit) -> Status {
        const Node root = unit.document.root();
        collected.dumps.push_back(QByteArray::number(static_cast<int>(unit.role)) + ':' + root.pointer().toUtf8() + ':'
            + QByteArray::number(root.line()) + ':' + root["name"].toString().toUtf8());
        return Done {};
    });
    return collected;
}

/// {"name": "<prefix>0"},\n ... {"name": "<prefix>N-1"}\n: the elements of a long list.
QByteArray namedObjects(const QByteArray& prefix, int count)
{
    QByteArray objects;
    for (int i = 0; i < count; ++i)
        objects += "{\"name\": \"" + prefix + QByteArray::number(i) + "\"}" + (i + 1 < count ? ",\n" : "\n");
    return objects;
}

/// Reads content with its units handed to a pipeline, as the importer does for large files.
Status readThrough(UnitPipeline& pipeline, const QByteArray& content)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return DocumentReader().read(buffer, QStringLiteral("input.json"), [&pipeline](const Unit& unit) { return pipeline.push(unit); });
}

} // namespace

class TestDocumentReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonArrayIsStreamedElementByElement()
    {
        const Collected c = readAll("[\n  {\"name\": \"a\"},\n  {\"name\": \"b\"}\n]\n");
        QVERIFY(c.status.ok());
        QCOMPARE(c.dumps.size(), std::size_t(2));
        QCOMPARE(c.dumps[0], QByteArray("1:/0:2:a"));
        QCOMPARE(c.dumps[1], QByteArray("1:/1:3:b"));
    }

    void kubernetesListItemsComeFirstThenTheWrapper()
    {
        const Collected c = readAll("{\"kind\": \"List\",\n \"items\": [\n  {\"name\": \"x\"},\n  {\"name\": \"y\"}\n ]\n}");
        QVERIFY(c.status.ok());
        QCOMPARE(c.dumps.size(), std::size_t(3));
        QCOMPARE(c.dumps[0], QByteArray("2:/items/0:3:x"));
        QCOMPARE(c.dumps[1], QByteArray("2:/items/1:4:y"));
        QVERIFY(c.dumps[2].startsWith("3:"));
    }

    void pipelineConsumesEveryUnitInOrderOnAnotherThread_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("8 slots") << 8;
        QTest::newRow("one slot") << 1; // half a queue of one is still one unit at a time
        QTest::newRow("two slots") << 2;
    }

    void pipelineConsumesEveryUnitInOrderOnAnotherThread()
    {
        // More items than the pipeline holds, so the reader waits for the consumer on the way.
        QFETCH(int, depth);
        QStringList seen;
        QSet<std::thread::id> threads;
        UnitPipeline pipeline(
            [&](const Unit& unit) -> Status {
                threads.insert(std::this_thread::get_id());
                if (unit.role == UnitRole::ListItem)
                    seen << unit.document.root()["name"].toString() + QLatin1Char('@') + unit.document.basePointer + QLatin1Char('@') + QString::fromUtf8(unit.listKind.data(), static_cast<qsizetype>(unit.listKind.size()));
                return Done {};
            },
            static_cast<std::size_t>(depth));
        const Status read = readThrough(pipeline, "{\"kind\": \"PodList\", \"items\": [\n" + namedObjects("pod-", 500) + "]}\n");
        QVERIFY(read.ok());
        QVERIFY(pipeline.finish().ok());
        QCOMPARE(seen.size(), 500);
        QCOMPARE(seen.front(), QStringLiteral("pod-0@/items/0@PodList"));
        QCOMPARE(seen.back(), QStringLiteral("pod-499@/items/499@PodList"));
        for (int i = 0; i < 500; ++i)
            QCOMPARE(seen[i].section(QLatin1Char('@'), 0, 0), QStringLiteral("pod-%1").arg(i));
        QCOMPARE(threads.size(), 1);
        QVERIFY(!threads.contains(std::this_thread::get_id()));
    }

    void pipelineStopsTheReaderOnTheConsumersError()
    {
        std::atomic_int consumed = 0;
        UnitPipeline pipeline(
            [&consumed](const Unit& unit) -> Status {
                if (unit.document.root()["name"].toString() == QLatin1String("c20"))
                    return Error { QStringLiteral("inspect.json"), QStringLiteral("/20"), QStringLiteral("not what was expected") };
                ++consumed;
                return Done {};
            },
            4);
        const Status read = readThrough(pipeline, "[\n" + namedObjects("c", 300) + "]\n");
        const Status finished = pipeline.finish();
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().location, QStringLiteral("/20"));
        QVERIFY(!read.ok()); // the reader was stopped, not run to the end
        QCOMPARE(consumed.load(), 20); // nothing after the failing unit was consumed
    }

    void aValueCutOffInAnErrorIsNeverQuoted()
    {
        // A Secret truncated inside its value: the parser's own message would quote what it
        // read so far, the start of the secret.
        const Collected c = readAll("{\"kind\": \"Secret\", \"data\": {\"password\": \"c3VwZXJzZWNyZXQtY2FuYXJ5");
        QVERIFY(!c.status.ok());
        QVERIFY2(!c.status.error().toString().contains(QLatin1String("c3VwZXJzZWNyZXQ")), qPrintable(c.status.error().toString()));
        const Collected raw = readAll("{\"token\": \"ghp_canary\u0001rest\"}");
        QVERIFY(!raw.status.ok());
        QVERIFY2(!raw.status.error().toString().contains(QLatin1String("ghp_canary")), qPrintable(raw.status.error().toString()));
    }

    void jsonScalars_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\n\\t\"") << QStringLiteral("a\"b\\c/d\n\t") << int(NodeType::String);
        QTest::addRow("unicode escape") << QByteArray("\"caf\\u00e9\"") << QStringLiteral("caf\u00e9") << int(NodeType::String);
        QTest::addRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QString::fromUtf8("\xf0\x9f\x98\x80") << int(NodeType::String);
        QTest::addRow("raw utf-8") << QByteArray("\"gr\xc3\xbc\xc3\x9f\"") << QString::fromUtf8("gr\xc3\xbc\xc3\x9f") << int(NodeType::String);
        QTest::addRow("negative integer") << QByteArray("-42") << QStringLiteral("-42") << int(NodeType::Integer);
        QTest::addRow("integer past int64") << QByteArray("18446744073709551616") << QStringLiteral("1.8446744073709552e+19") << int(NodeType::Double);
        QTest::addRow("fraction and exponent") << QByteArray("1.5e3") << QStringLiteral("1500") << int(NodeType::Double);
        QTest::addRow("literal") << QByteArray("false") << QStringLiteral("false") << int(NodeType::Bool);
    }

    void jsonScalars()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QFETCH(int, type);
        // Once alone, once at the end of the first read chunk so that it continues in the next.
        for (const qsizetype padding : { qsizetype(0), InputSource::chunkSize - 8 }) {
            const QByteArray content = "{\"pad\": \"" + QByteArray(padding, 'x') + "\", \"v\": " + json + "}";
            QBuffer buffer;
            buffer.setData(content);
            buffer.open(QIODevice::ReadOnly);
            QString value;
            int valueType = -1;
            const Status status = DocumentReader().read(buffer, QStringLiteral("input.txt"), [&](const Unit& unit) -> Status {
                value = unit.document.root()["v"].toString();
                valueType = static_cast<int>(unit.document.root()["v"].type());
                return Done {};
            });
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
            QCOMPARE(value, text);
            QCOMPARE(valueType, type);
        }
    }

    void jsonSyntaxErrorsNameTheByte_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::addRow("trailing comma") << QByteArray("{\"a\": 1,}") << QStringLiteral("line 1 (byte 9)") << QStringLiteral("object key");
        QTest::addRow("missing colon") << QByteArray("{\"a\" 1}") << QStringLiteral("line 1 (byte 6)") << QStringLiteral("expected ':'");
        QTest::addRow("leading zero") << QByteArray("{\"a\": 01}") << QStringLiteral("line 1 (byte 8)") << QStringLiteral("expected '}'");
        QTest::addRow("text after the document") << QByteArray("{}\nx") << QStringLiteral("line 2 (byte 4)") << QStringLiteral("end of input");
        QTest::addRow("control character") << QByteArray("[\"a\tb\"]") << QStringLiteral("line 1") << QStringLiteral("must be escaped");
        QTest::addRow("lone surrogate") << QByteArray("[\"\\udc00\"]") << QStringLiteral("line 1") << QStringLiteral("surrogate");
        QTest::addRow("ill-formed utf-8") << QByteArray("[\"\xc3\x28\"]") << QStringLiteral("line 1") << QStringLiteral("UTF-8");
        QTest::addRow("bad literal") << QByteArray("[tru]") << QStringLiteral("line 1") << QStringLiteral("literal");
        QTest::addRow("number at the end") << QByteArray("[1") << QStringLiteral("line 1 (byte 3)") << QStringLiteral("end of input");
    }

    void jsonSyntaxErrorsNameTheByte()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const Collected c = readAll(content);
        QVERIFY(!c.status.ok());
        QVERIFY2(c.status.error().location.startsWith(location), qPrintable(c.status.error().toString()));
        QVERIFY2(c.status.error().message.contains(message), qPrintable(c.status.error().toString()));
    }

    void yamlMultiDocumentScalarsAndMergeKeys()
    {
        QBuffer buffer;
        buffer.setData("base: &b\n  name: shared\n  port: 80\nitem:\n  <<: *b\n  port: 8080\n---\nflag: yes\nint: 0x10\nf: 1.5e3\nn: ~\nq: \"007\"\nempty:\n");
        buffer.open(QIODevice::ReadOnly);
        std::vector<Document> docs;
        int count = 0;
        QString name;
        qint64 port = 0, hex = 0;
        std::optional<bool> flag;
        bool nIsNull = false, emptyIsNull = false;
        QString quoted;
        double real = 0;
        const Status status = DocumentReader().read(buffer, QStringLiteral("m.yaml"), [&](const Unit& unit) -> Status {
            const Node root = unit.document.root();
            if (count++ == 0) {
                name = root["item"]["name"].toString();
                port = root["item"]["port"].toInteger().value_or(-1);
            } else {
                flag = root["flag"].toBool();
                hex = root["int"].toInteger().value_or(-1);
                real = root["f"].isValid() ? root["f"].toString().toDouble() : 0;
                nIsNull = root["n"].isNull() && root["n"].isValid();
                emptyIsNull = root["empty"].isNull() && root["empty"].isValid();
                quoted = root["q"].toString();
            }
            return Done {};
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QCOMPARE(count, 2);
        QCOMPARE(name, QStringLiteral("shared"));
        QCOMPARE(port, 8080);
        QCOMPARE(flag, std::optional<bool>(true));
        QCOMPARE(hex, 16);
        QCOMPARE(real, 1500.0);
        QVERIFY(nIsNull);
        QVERIFY(emptyIsNull);
        QCOMPARE(quoted, QStringLiteral("007"));
    }

    void badInputIsRefusedWithFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated json") << QByteArray("{\n  \"a\": [1, 2,\n") << QStringLiteral("line 3") << QStringLiteral("unexpected end of input");
        QTest::newRow("malformed json") << QByteArray("[\n  {\"a\": }\n]") << QStringLiteral("line 2") << QStringLiteral("unexpected '}'");
        QTest::newRow("malformed yaml") << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << QStringLiteral("line ") << QStringLiteral("flow sequence");
        QTest::newRow("tab indentation yaml") << QByteArray("a:\n\t- b\n") << QStringLiteral("line 2") << QStringLiteral("cannot start any token");
        QTest::newRow("empty") << QByteArray("") << QString() << QStringLiteral("empty");
        QTest::newRow("whitespace only") << QByteArray("  \n\n ") << QString() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00", 9) << QStringLiteral("byte 7") << QStringLiteral("binary");
        QTest::newRow("utf-16") << QByteArray("\xff\xfe{\x00}\x00", 6) << QString() << QStringLiteral("UTF-16");
        QTest::newRow("unknown alias") << QByteArray("a: *nothing\n") << QStringLiteral("line 1") << QStringLiteral("no anchor");
        QTest::newRow("complex key") << QByteArray("? [a, b]\n: 1\n") << QStringLiteral("line 1") << QStringLiteral("used as a key");
    }

    void badInputIsRefusedWithFileAndPlace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const Collected c = readAll(content);
        QVERIFY(!c.status.ok());
        const QString text = c.status.error().toString();
        QVERIFY2(text.startsWith(QStringLiteral("input.txt: ")), qPrintable(text));
        QVERIFY2(c.status.error().location.startsWith(location), qPrintable(text));
        QVERIFY2(text.contains(message, Qt::CaseInsensitive), qPrintable(text));
    }

    void duplicateKeyIsRefusedNamingBothLines_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("location"); ///< the second occurrence
        QTest::addColumn<QString>("message"); ///< names the key and the first occurrence
        QTest::newRow("yaml block") << QByteArray("securityContext:\n  privileged: false\n  runAsUser: 0\n  privileged: true\n")
                                    << QStringLiteral("line 4") << QStringLiteral("duplicate key \"privileged\" (first at line 2)");
        QTest::newRow("yaml quoting styles are one key") << QByteArray("a: 1\n\"a\": 2\n") << QStringLiteral("line 2")
                                                         << QStringLiteral("duplicate key \"a\" (first at line 1)");
        QTest::newRow("yaml single and double quotes") << QByteArray("'k': 1\nother: 0\n\"k\": 2\n") << QStringLiteral("line 3")
                                                       << QStringLiteral("duplicate key \"k\" (first at line 1)");
        QTest::newRow("yaml escape resolves to the same key") << QByteArray("ab: 1\n\"a\\x62\": 2\n") << QStringLiteral("line 2")
                                                              << QStringLiteral("duplicate key \"ab\" (first at line 1)");
        QTest::newRow("yaml flow mapping") << QByteArray("x: {a: 1,\n  a: 2}\n") << QStringLiteral("line 2")
                                           << QStringLiteral("duplicate key \"a\" (first at line 1)");
        QTest::newRow("yaml key with a mapping value") << QByteArray("spec:\n  a: 1\nspec:\n  b: 2\n") << QStringLiteral("line 3")
                                                       << QStringLiteral("duplicate key \"spec\" (first at line 1)");
        QTest::newRow("yaml in a later document") << QByteArray("a: 1\n---\nb: 1\nc: 2\nb: 3\n") << QStringLiteral("line 5")
                                                  << QStringLiteral("duplicate key \"b\" (first at line 3)");
        QTest::newRow("yaml in a list item") << QByteArray("items:\n- name: a\n  image: x\n  name: b\n") << QStringLiteral("line 4")
                                             << QStringLiteral("duplicate key \"name\" (first at line 2)");
        QTest::newRow("yaml two merge keys") << QByteArray("b: &b {x: 1}\nc: &c {y: 2}\nd:\n  <<: *b\n  <<: *c\n") << QStringLiteral("line 5")
                                             << QStringLiteral("duplicate key \"<<\" (first at line 4)");
        QTest::newRow("json object") << QByteArray("{\"HostConfig\": {\n  \"Privileged\": false,\n  \"Privileged\": true\n}}")
                                     << QStringLiteral("line 3") << QStringLiteral("duplicate key \"Privileged\" (first at line 2)");
        QTest::newRow("json escape resolves to the same key") << QByteArray("{\"ab\": 1,\n \"a\\u0062\": 2}") << QStringLiteral("line 2")
                                                              << QStringLiteral("duplicate key \"ab\" (first at line 1)");
        QTest::newRow("json array element") << QByteArray("[\n{\"Id\": \"1\"},\n{\"Id\": \"2\",\n \"Name\": \"a\",\n \"Id\": \"3\"}\n]")
                                            << QStringLiteral("line 5") << QStringLiteral("duplicate key \"Id\" (first at line 3)");
        QTest::newRow("json list item") << QByteArray("{\"kind\": \"List\", \"items\": [\n{\"kind\": \"Pod\",\n \"kind\": \"Pod\"}]}")
                                        << QStringLiteral("line 3") << QStringLiteral("duplicate key \"kind\" (first at line 2)");
        QTest::newRow("json list wrapper after its items") << QByteArray("{\"kind\": \"List\",\n \"items\": [{\"kind\": \"Pod\"}],\n \"kind\": \"PodList\"}")
                                                           << QStringLiteral("line 3") << QStringLiteral("duplicate key \"kind\" (first at line 1)");
        // Past the linear scan: the keys are hashed, and nested big mappings keep theirs apart.
        QByteArray big = "{\"outer\": {\n";
        for (int i = 0; i < 40; ++i)
            big += "\"k" + QByteArray::number(i) + "\": 1,\n";
        big += "\"inner\": {\n";
        for (int i = 0; i < 40; ++i)
            big += "\"k" + QByteArray::number(i) + "\": 1,\n"; // the outer keys again: no duplicate here
        big += "\"k0\": 2\n}}}";
        QTest::newRow("json big mappings") << big << QStringLiteral("line 83") << QStringLiteral("duplicate key \"k0\" (first at line 43)");
        QByteArray bigOuter = "{\"outer\": {\n";
        for (int i = 0; i < 40; ++i)
            bigOuter += "\"k" + QByteArray::number(i) + "\": {\"k1\": 1, \"k2\": 2},\n";
        bigOuter += "\"k39\": 2\n}}";
        QTest::newRow("json big mapping after nested ones") << bigOuter << QStringLiteral("line 42")
                                                            << QStringLiteral("duplicate key \"k39\" (first at line 41)");
        QByteArray bigBoth = "{\"outer\": {\n";
        for (int i = 0; i < 40; ++i)
            bigBoth += "\"k" + QByteArray::number(i) + "\": 1,\n";
        bigBoth += "\"inner\": {\n";
        for (int i = 0; i < 40; ++i)
            bigBoth += "\"i" + QByteArray::number(i) + "\": 1" + (i + 1 < 40 ? ",\n" : "\n");
        bigBoth += "},\n\"i0\": 1,\n\"k5\": 2\n}}"; // i0 was the inner mapping's: no duplicate
        QTest::newRow("json big mapping after a big nested one") << bigBoth << QStringLiteral("line 85")
                                                                 << QStringLiteral("duplicate key \"k5\" (first at line 7)");
        QByteArray bigYaml;
        for (int i = 0; i < 100; ++i)
            bigYaml += "key" + QByteArray::number(i) + ": v\n";
        bigYaml += "key17: w\n";
        QTest::newRow("yaml big mapping") << bigYaml << QStringLiteral("line 101") << QStringLiteral("duplicate key \"key17\" (first at line 18)");
        QTest::newRow("long key is cut short") << ("{\"" + QByteArray(300, 'k') + "\": 1,\n \"" + QByteArray(300, 'k') + "\": 2}")
                                               << QStringLiteral("line 2") << (QStringLiteral("duplicate key \"") + QString(80, QLatin1Char('k')) + QChar(0x2026) + QStringLiteral("\" (first at line 1)"));
    }

    void duplicateKeyIsRefusedNamingBothLines()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const Collected c = readAll(content);
        QVERIFY2(!c.status.ok(), "a duplicate key was read");
        const QString text = c.status.error().toString();
        QCOMPARE(c.status.error().location, location);
        QCOMPARE(c.status.error().message, message);
        QVERIFY2(text.startsWith(QStringLiteral("input.txt: ")), qPrintable(text));
    }

    void duplicateKeyErrorNeverQuotesAValue_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("yaml") << QByteArray("env:\n  password: c2VjcmV0LWNhbmFyeQ\n  password: c2VjcmV0LWNhbmFyeQ\n");
        QTest::newRow("json") << QByteArray("{\"password\": \"c2VjcmV0LWNhbmFyeQ\", \"password\": \"c2VjcmV0LWNhbmFyeQ\"}");
    }

    void duplicateKeyErrorNeverQuotesAValue()
    {
        QFETCH(QByteArray, content);
        const Collected c = readAll(content);
        QVERIFY(!c.status.ok());
        const QString text = c.status.error().toString();
        QVERIFY2(text.contains(QLatin1String("duplicate key \"password\"")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("c2VjcmV0")), qPrintable(text));
    }

    void equalKeysInDifferentMappingsAreNoDuplicates_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("units");
        QTest::newRow("yaml siblings and nesting") << QByteArray("a:\n  name: x\n  b:\n    name: y\nname: z\nc: {name: w}\n") << 1;
        QTest::newRow("yaml documents") << QByteArray("name: a\n---\nname: b\n") << 2;
        QTest::newRow("yaml list items") << QByteArray("- name: a\n- name: b\n") << 2;
        QTest::newRow("yaml alias copies a mapping") << QByteArray("a: &a {name: x, port: 1}\nb: *a\nc: *a\n") << 1;
        QTest::newRow("yaml merge key overridden explicitly") << QByteArray("base: &b {name: x, port: 80}\nitem:\n  <<: *b\n  port: 8080\n") << 1;
        QTest::newRow("yaml explicit key before the merge") << QByteArray("base: &b {port: 80}\nitem:\n  port: 8080\n  <<: *b\n") << 1;
        QTest::newRow("yaml merge list sources share a key") << QByteArray("a: &a {port: 1}\nb: &b {port: 2}\nitem:\n  <<: [*a, *b]\n") << 1;
        QTest::newRow("yaml keys differ in case") << QByteArray("Name: a\nname: b\nNAME: c\n") << 1;
        QTest::newRow("json arrays of objects") << QByteArray("[{\"Id\": \"1\", \"Config\": {\"Id\": \"x\"}}, {\"Id\": \"2\"}]") << 2;
        QTest::newRow("json list items") << QByteArray("{\"kind\": \"List\", \"items\": [{\"kind\": \"Pod\"}, {\"kind\": \"Pod\"}]}") << 3;
        QTest::newRow("json prefix keys") << QByteArray("{\"a\": 1, \"ab\": 2, \"abc\": 3, \"\": 4}") << 1;
    }

    void equalKeysInDifferentMappingsAreNoDuplicates()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, units);
        const Collected c = readAll(content);
        QVERIFY2(c.status.ok(), qPrintable(c.status.ok() ? QString() : c.status.error().toString()));
        QCOMPARE(c.dumps.size(), std::size_t(units));
    }

    void mergedKeyOverriddenExplicitlyReadsTheExplicitValue()
    {
        QBuffer buffer;
        buffer.setData("base: &b\n  privileged: true\n  name: shared\nitem:\n  privileged: false\n  <<: *b\n");
        buffer.open(QIODevice::ReadOnly);
        std::optional<bool> privileged;
        QString name;
        const Status status = DocumentReader().read(buffer, QStringLiteral("m.yaml"), [&](const Unit& unit) -> Status {
            privileged = unit.document.root()["item"]["privileged"].toBool();
            name = unit.document.root()["item"]["name"].toString();
            return Done {};
        });
        QVERIFY(status.ok());
        QCOMPARE(privileged, std::optional<bool>(false));
        QCOMPARE(name, QStringLiteral("shared"));
    }

    void manyKeysStayLinear()
    {
        // 200,000 distinct keys in one mapping: hashed past the scan limit, so this is quick.
        QByteArray content = "{\n";
        const int keys = 200000;
        for (int i = 0; i < keys; ++i)
            content += "\"key" + QByteArray::number(i) + "\": " + QByteArray::number(i) + (i + 1 < keys ? ",\n" : "\n");
        content += "}\n";
        QElapsedTimer timer;
        timer.start();
        const Collected c = readAll(content);
        QVERIFY(c.status.ok());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const Collected duplicate = readAll(content.left(content.size() - 3) + ",\n\"key199998\": 0\n}\n");
        QVERIFY(!duplicate.status.ok());
        QCOMPARE(duplicate.status.error().message, QStringLiteral("duplicate key \"key199998\" (first at line 200000)"));
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("json") << (QByteArray(10000, '[') + QByteArray(10000, ']'));
        QByteArray yaml;
        for (int i = 0; i < 300; ++i)
            yaml += QByteArray(i * 2, ' ') + "k:\n";
        QTest::newRow("yaml") << yaml;
    }

    void deepNestingIsRefused()
    {
        QFETCH(QByteArray, content);
        const Collected c = readAll(content);
        QVERIFY(!c.status.ok());
        QVERIFY2(c.status.error().message.contains(QStringLiteral("nesting deeper than 200")), qPrintable(c.status.error().toString()));
    }

    void billionLaughsIsRefused()
    {
        QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; ++name) {
            bomb += QByteArray(1, name) + ": &" + QByteArray(1, name) + " [";
            for (int i = 0; i < 10; ++i)
                bomb += QByteArray(i == 0 ? "*" : ",*") + QByteArray(1, previous);
            bomb += "]\n";
            previous = name;
        }
        const Collected c = readAll(bomb);
        QVERIFY(!c.status.ok());
        QVERIFY2(c.status.error().message.contains(QStringLiteral("billion laughs")), qPrintable(c.status.error().toString()));
    }

    void hugeStringIsRefused()
    {
        DocumentLimits limits;
        limits.maxScalarBytes = 1024;
        const Collected c = readAll("{\"x\": \"" + QByteArray(4096, 'a') + "\"}", limits);
        QVERIFY(!c.status.ok());
        QVERIFY(c.status.error().message.contains(QStringLiteral("longer than")));
    }

    /// A file is read in memory (simdjson), a pipe streamed (nlohmann): the same documents,
    /// node by node with their lines, and the same end, also where simdjson hands the file over.
    void bothJsonReadersReadTheSame_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("maxScalarBytes");
        const int limit = DocumentLimits {}.maxScalarBytes;
        QTest::newRow("kubectl indentation") << QByteArray("{\n    \"items\": [\n        {\n            \"a\": 1,\n            \"b\": [true, null, -2.5e3]\n        }\n    ],\n    \"kind\": \"List\"\n}\n") << limit;
        QTest::newRow("numbers ending lines") << QByteArray("[\n1\n,\n2.5\n,-0\n]") << limit;
        QTest::newRow("escapes") << QByteArray("{\"a\\\"b\": \"tab\\tquote\\\" \\u00e9 \\ud83d\\ude00 \\/\", \"c\": \"\\u0000\"}") << limit;
        QTest::newRow("CRLF and tabs") << QByteArray("{\r\n\t\"a\": 1,\r\n\t\"b\": \"x\"\r\n}\r\n") << limit;
        QTest::newRow("64-bit edges") << QByteArray("[9223372036854775807, 9223372036854775808, 18446744073709551615, -9223372036854775808]") << limit;
        QTest::newRow("past 64 bits") << QByteArray("[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]") << limit;
        QTest::newRow("number beyond a double") << QByteArray("[{\"name\": \"a\"}, 1e400]") << limit;
        QTest::newRow("leading zero") << QByteArray("{\"a\": 01}") << limit;
        QTest::newRow("text after the document") << QByteArray("{}\nx") << limit;
        QTest::newRow("second document") << QByteArray("[{\"name\": \"a\"}]\n[]") << limit;
        QTest::newRow("cut short") << QByteArray("[{\"name\": \"a\"}, {\"name\": \"b\"") << limit;
        QTest::newRow("duplicate key") << QByteArray("[{\"name\": \"a\"}, {\"x\": 1,\n\"x\": 2}]") << limit;
        QTest::newRow("201 levels") << (QByteArray(201, '[') + QByteArray(201, ']')) << limit;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\": 1}") << limit;
        QTest::newRow("indentation past the limit") << ("[1,\n" + QByteArray(300, ' ') + "2]") << 256;
        QTest::newRow("spaces past the limit") << ("[1," + QByteArray(300, ' ') + "2]") << 256;
        QTest::newRow("blank lines past the limit") << ("[1," + QByteArray(100, '\n') + QByteArray(200, ' ') + "2]") << 256;
        QTest::newRow("string past the limit") << ("[\"" + QByteArray(300, 'x') + "\"]") << 256;
        QTest::newRow("number past the limit") << ("[1." + QByteArray(300, '1') + "]") << 256;
        QTest::newRow("escaped string past the limit") << ("[\"\\n" + QByteArray(300, 'x') + "\"]") << 256;
        // Each under the 16 MiB limit, together past it: the streaming reader counts both.
        QTest::newRow("spaces and a string past the limit together")
            << ("[{\"name\": \"a\"}, {\"k\":" + QByteArray(12 << 20, ' ') + '"' + QByteArray(12 << 20, 'x') + "\"}]") << limit;
        QTest::newRow("key past the limit") << ("[{\"name\": \"a\"}, {\"" + QByteArray(2 << 20, 'k') + "\": 1}]") << 256;
        // Found by fuzzing both readers against each other (tests/fuzz/regressions/document):
        QTest::newRow("a string then a colon in an array") << QByteArray("[\"\":]]") << limit;
        QTest::newRow("a key's value then a colon") << QByteArray("{\"kind\":\"Pod\",\"spec\":{\"x\":\"y\":0,\"hostPID\":true}},\"metadata\":{\"name\":\"p\"}}") << limit;
        QTest::newRow("a digit at the very end") << QByteArray("{\"items\":[8") << limit;
        QTest::newRow("a control byte after a number") << QByteArray("[62\x1a]") << limit;
        QTest::newRow("a float of 21 significant digits") << QByteArray("[3.14159265358979323846, 1000.0000000000000000000, 1.000000000000000000e2, 0.570184467440737095516169, 1e-400]") << limit;
        QTest::newRow("a NUL byte past the first chunk") << ("[" + QByteArray("1,").repeated(600000) + QByteArray("\0]", 2)) << limit;
        QTest::newRow("ill-formed UTF-8") << QByteArray("[{\"name\": \"a\"}, \"\xc3\x28\"]") << limit;
        QTest::newRow("raw tab in a string") << QByteArray("[{\"name\": \"a\"}, \"a\tb\"]") << limit;
    }

    void bothJsonReadersReadTheSame()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, maxScalarBytes);
        DocumentLimits limits;
        limits.maxScalarBytes = static_cast<std::size_t>(maxScalarBytes);
        const unitdump::Reading asFile = unitdump::read(content, false, limits);
        const unitdump::Reading asPipe = unitdump::read(content, true, limits);
        QCOMPARE(unitdump::outcome(asFile.status), unitdump::outcome(asPipe.status));
        QCOMPARE(asFile.units.size(), asPipe.units.size());
        for (std::size_t i = 0; i < asFile.units.size(); ++i)
            QCOMPARE(asFile.units[i], asPipe.units[i]);
    }

    void aNumberIsOnItsOwnLine()
    {
        // JSON lines count newlines before a token; a number's line is the one it is written on,
        // even when the parser only learns that it ended from the newline after it.
        for (const bool asPipe : { false, true }) {
            const unitdump::Reading reading = unitdump::read("{\n  \"replicas\": 3\n}\n", asPipe);
            QVERIFY(reading.status.ok());
            QCOMPARE(reading.units.size(), std::size_t(1));
            QVERIFY2(reading.units[0].contains("\n2 2 0 2 key=7265706c69636173 3\n"), reading.units[0].constData());
        }
    }

    void anIntegerPast64BitsIsTheNearestDouble()
    {
        // RFC 8259 §6 leaves the range to the reader; nlohmann (and so the streaming reader)
        // reads a wider integer as the nearest double, and the in-memory reader does the same.
        const Collected c = readAll("[{\"name\": \"a\", \"n\": 18446744073709551616}]");
        QVERIFY(c.status.ok());
        QVariant value;
        QBuffer buffer;
        buffer.setData("[{\"n\": 18446744073709551616}]");
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(DocumentReader().read(buffer, QStringLiteral("n.json"), [&value](const Unit& unit) -> Status {
            const Document::Entry& entry = unit.document.entries()[unit.document.root()["n"].index()];
            value = entry.type == NodeType::Double ? QVariant(entry.real) : QVariant();
            return Done {};
        }).ok());
        QCOMPARE(value, QVariant(18446744073709551616.0));
    }

    void longFloatsKeepTheirValue()
    {
        // RFC 8259 §6: a number's digits are its value, however many; the nearest double of
        // 3.14159265358979323846 is that of pi, and 1000.0000000000000000000 is 1000.
        QBuffer buffer;
        buffer.setData("[{\"pi\": 3.14159265358979323846, \"runAsUser\": 1000.0000000000000000000, \"long\": 0.570184467440737095516169}]");
        buffer.open(QIODevice::ReadOnly);
        double pi = 0, longMantissa = 0;
        std::optional<qint64> runAsUser;
        QVERIFY(DocumentReader().read(buffer, QStringLiteral("pod.json"), [&](const Unit& unit) -> Status {
            pi = unit.document.entries()[unit.document.root()["pi"].index()].real;
            longMantissa = unit.document.entries()[unit.document.root()["long"].index()].real;
            runAsUser = unit.document.root()["runAsUser"].toInteger();
            return Done {};
        }).ok());
        QCOMPARE(pi, 3.141592653589793);
        QCOMPARE(longMantissa, 0.570184467440737095516169);
        QCOMPARE(runAsUser, std::optional<qint64>(1000));
    }

    void aFileThatChangesWhileReadIsRefused()
    {
        // A file still being written: cut short when simdjson reads it, complete when the
        // streaming reader reads it again. Its units and digest would be of two files.
        class Growing : public QBuffer {
        public:
            QByteArray rest;
            bool seek(qint64 position) override
            {
                buffer().append(rest);
                rest.clear();
                return QBuffer::seek(position);
            }
        } growing;
        growing.setData("[{\"name\": \"a\"}, {\"name\": \"b\"");
        growing.rest = "}, {\"name\": \"c\"}]";
        growing.open(QIODevice::ReadOnly);
        const Status status = DocumentReader().read(growing, QStringLiteral("pods.json"), [](const Unit&) -> Status { return Done {}; });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("changed while it was read")), qPrintable(status.error().toString()));
    }

    void aFileHandedOverIsReadOnceAndDigestedOnce()
    {
        // simdjson refuses 1e400 after two items: the streaming reader reads the file again
        // for its message, past the two items already handed out, and the digest sees each
        // byte once.
        const QByteArray content = "[{\"name\": \"a\"},\n {\"name\": \"b\"},\n 1e400]";
        Sha256 digest;
        ReadControl control;
        control.digest = &digest;
        const Collected c = readAll(content, {}, control);
        QVERIFY(!c.status.ok());
        QCOMPARE(c.dumps.size(), std::size_t(2));
        QCOMPARE(c.dumps[1], QByteArray("1:/1:2:b"));
        QCOMPARE(c.status.error().location, QStringLiteral("line 3 (byte 38)"));
        QVERIFY2(c.status.error().message.contains(QStringLiteral("1e400")), qPrintable(c.status.error().toString()));
        QCOMPARE(digest.finishHex(), Sha256::hex(std::string_view(content.constData(), std::size_t(content.size()))));
    }

    void cancelStopsReading()
    {
        std::atomic_bool cancel { true };
        ReadControl control;
        control.cancel = &cancel;
        const Collected c = readAll("[1, 2, 3]", {}, control);
        QVERIFY(!c.status.ok());
        QVERIFY(c.status.error().cancelled);
    }

    void largeInputReportsProgressAndLineNumbersAcrossChunks()
    {
        QByteArray content = "[\n";
        const int items = 40000;
        for (int i = 0; i < items; ++i)
            content += "    {\"name\": \"item" + QByteArray::number(i) + "\", \"pad\": \"" + QByteArray(20, 'x') + "\"}" + (i + 1 < items ? ",\n" : "\n");
        content += "]\n";
        QVERIFY(content.size() > 2 * InputSource::chunkSize);
        int progressCalls = 0;
        qint64 lastDone = -1, lastTotal = -1;
        ReadControl control;
        control.progress = [&](qint64 done, qint64 total) {
            ++progressCalls;
            QVERIFY(done <= total);
            QVERIFY(done >= lastDone); // never backwards
            lastDone = done;
            lastTotal = total;
        };
        const Collected c = readAll(content, {}, control);
        QVERIFY(c.status.ok());
        QCOMPARE(c.dumps.size(), std::size_t(items));
        QCOMPARE(c.dumps.back(), QByteArray("1:/39999:40001:item39999"));
        QVERIFY(progressCalls >= 3);
        // The last report is the whole file: the CLI clears its progress line then.
        QCOMPARE(lastDone, qint64(content.size()));
        QCOMPARE(lastTotal, qint64(content.size()));
        // Refused at its very end (a number beyond a double), the file is read a second time by
        // the streaming reader for its message: progress still never goes back.
        content.chop(2);
        content += ",\n1e400]\n";
        lastDone = -1;
        const Collected refused = readAll(content, {}, control);
        QVERIFY(!refused.status.ok());
        QCOMPARE(refused.dumps.size(), std::size_t(items));
        QVERIFY(lastDone > content.size() / 2);
    }
};

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
