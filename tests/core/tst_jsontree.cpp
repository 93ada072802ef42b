// The catalog's JSON reader against QJsonDocument: the same tree for valid
// text, a rejection with the right place for invalid text.
#include "jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {

QJsonValue toQt(const json::Value &value)
{
    switch (value.type()) {
    case json::Type::Undefined: return QJsonValue(QJsonValue::Undefined);
    case json::Type::Null: return QJsonValue(QJsonValue::Null);
    case json::Type::Bool: return QJsonValue(value.toBool());
    case json::Type::Number: return QJsonValue(value.toDouble());
    case json::Type::String: return QJsonValue(value.toString());
    case json::Type::Array: {
        QJsonArray array;
        for (const json::Value element : value.toArray())
            array.append(toQt(element));
        return array;
    }
    case json::Type::Object: {
        QJsonObject object;
        const json::Object members = value.toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            object.insert(it.key(), toQt(it.value()));
        return object;
    }
    }
    return {};
}

std::optional<json::Document> parse(const QByteArray &text, json::Document::Error *error = nullptr,
                                    int depth = 32)
{
    return json::Document::parse(text, depth, error);
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTreeAsQt_data();
    void sameTreeAsQt();
    void memberLookup();
    void rejects_data();
    void rejects();
    void depthLimit();
    void numbersOutOfRange();
};

void TestJsonTree::sameTreeAsQt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("empty array") << " [ ] "_ba;
    QTest::newRow("scalars") << R"([true, false, null, 0, -0, 12, -3.25, 1.5e3, 2E-2, 1e+2])"_ba;
    QTest::newRow("nested") << R"({"a": {"b": [1, {"c": []}, "x"]}, "d": {}})"_ba;
    QTest::newRow("whitespace") << "\t{\r\n \"a\" :\n1 ,\"b\":[ 2 ]\n}\n"_ba;
    QTest::newRow("escapes")
        << R"(["\"\\\/\b\f\n\r\t", "a\u00e9b", "\ud83d\ude00", "x\u0000y"])"_ba;
    QTest::newRow("escaped key") << R"({"ti\u0074le": "t", "a\nb": 1})"_ba;
    QTest::newRow("utf-8") << "[\"Formalización\", \"Marchés\", \"中文\", \"😀\"]"_ba;
    QTest::newRow("duplicate names, last wins") << R"({"a": 1, "a": 2})"_ba;
    QTest::newRow("scalar root") << "\"just a string\""_ba;
    QTest::newRow("large number") << "[123456789012345678901234567890]"_ba;
    // Accepted because QJsonDocument, the catalogs' reader before, accepted them.
    QTest::newRow("raw control characters") << "[\"a\tb\nc\"]"_ba;
    QTest::newRow("number ending in a dot") << "[1.]"_ba;
    QTest::newRow("unknown escapes") << "[\"a\\x\\q\\\x01\\\\\"]"_ba;
}

void TestJsonTree::sameTreeAsQt()
{
    QFETCH(QByteArray, text);
    json::Document::Error error;
    const auto document = parse(text, &error);
    QVERIFY2(document, qPrintable(error.message));

    // QJsonDocument only takes arrays and objects at the top: wrap both sides.
    const QByteArray wrapped = "[" + text + "]";
    QJsonParseError qtError;
    const QJsonDocument expected = QJsonDocument::fromJson(wrapped, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    QCOMPARE(toQt(document->root()), expected.array().first());
}

void TestJsonTree::memberLookup()
{
    const auto document = parse(R"({"id": "s1", "n": 3, "ti\u0074le": "T", "id": "s2"})"_ba);
    QVERIFY(document);
    const json::Object object = document->root().toObject();
    QCOMPARE(object.size(), 4);
    QCOMPARE(object.value("id"_L1).toString(), u"s2"_s);
    QCOMPARE(object.value("title"_L1).toString(), u"T"_s);
    QVERIFY(object.value("n"_L1).equals("3"_L1) == false); // a number is not a string
    QCOMPARE(object.value("n"_L1).toDouble(), 3.0);
    QVERIFY(object.value("missing"_L1).isUndefined());
    QVERIFY(object.value("id"_L1).equals("s2"_L1));

    // Conversions of the wrong type give empty values, never a crash.
    const json::Value number = object.value("n"_L1);
    QVERIFY(number.toString().isEmpty());
    QVERIFY(number.toObject().isEmpty());
    QVERIFY(number.toArray().isEmpty());
    QCOMPARE(number.toArray().begin() != number.toArray().end(), false);
    QVERIFY(!json::Value().toBool());
}

void TestJsonTree::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""_ba << 0 << u"value was expected"_s;
    QTest::newRow("missing comma") << "{\"a\": 1 \"b\": 2}"_ba << 8 << u"',' or '}'"_s;
    QTest::newRow("trailing comma in object") << "{\"a\": 1,}"_ba << 8 << u"member name"_s;
    QTest::newRow("trailing comma in array") << "[1,]"_ba << 3 << u"expected a value"_s;
    QTest::newRow("missing colon") << "{\"a\" 1}"_ba << 5 << u"':'"_s;
    QTest::newRow("unquoted name") << "{a: 1}"_ba << 1 << u"member name"_s;
    QTest::newRow("unclosed array") << "[1, 2"_ba << 5 << u"',' or ']'"_s;
    QTest::newRow("unclosed string") << "[\"abc"_ba << 5 << u"not closed"_s;
    QTest::newRow("text after") << "{} {}"_ba << 3 << u"after the end"_s;
    QTest::newRow("bad literal") << "[tru]"_ba << 1 << u"expected a value"_s;
    QTest::newRow("single quotes") << "['a']"_ba << 1 << u"expected a value"_s;
    QTest::newRow("leading plus") << "[+1]"_ba << 1 << u"expected a value"_s;
    QTest::newRow("bare minus") << "[-]"_ba << 2 << u"needs digits"_s;
    QTest::newRow("leading zero") << "[01]"_ba << 2 << u"',' or ']'"_s;
    QTest::newRow("empty exponent") << "[1e]"_ba << 3 << u"exponent"_s;
    QTest::newRow("escaped non-ASCII") << "[\"a\\é\"]"_ba << 3 << u"escape"_s;
    QTest::newRow("short unicode escape") << R"(["\u12"])"_ba << 6 << u"four hexadecimal"_s;
    QTest::newRow("overlong UTF-8") << "[\"\xC0\x80\"]"_ba << 2 << u"UTF-8"_s;
    QTest::newRow("UTF-8 surrogate") << "[\"\xED\xA0\x80\"]"_ba << 2 << u"UTF-8"_s;
    QTest::newRow("beyond U+10FFFF") << "[\"\xF4\x90\x80\x80\"]"_ba << 2 << u"UTF-8"_s;
    QTest::newRow("lone continuation byte") << "[\"a\x80\"]"_ba << 3 << u"UTF-8"_s;
    QTest::newRow("truncated sequence") << "[\"\xC3\"]"_ba << 2 << u"UTF-8"_s;
    QTest::newRow("latin-1 byte") << "[\"caf\xE9\"]"_ba << 5 << u"UTF-8"_s;
    QTest::newRow("comment") << "{} // no"_ba << 3 << u"after the end"_s;
}

void TestJsonTree::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(QString, message);
    json::Document::Error error;
    QVERIFY(!parse(text, &error));
    QCOMPARE(error.kind, json::Document::Error::Kind::Syntax);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.offset, offset);

    // Qt agrees that none of these is JSON (wrapped, as it wants a container).
    QJsonParseError qtError;
    QJsonDocument::fromJson("[" + text + "]", &qtError);
    if (!text.isEmpty())
        QVERIFY(qtError.error != QJsonParseError::NoError);
}

void TestJsonTree::depthLimit()
{
    const QByteArray ok = QByteArray(32, '[') + QByteArray(32, ']');
    QVERIFY(parse(ok));
    const QByteArray deep = QByteArray(33, '[') + QByteArray(33, ']');
    json::Document::Error error;
    QVERIFY(!parse(deep, &error));
    QCOMPARE(error.kind, json::Document::Error::Kind::TooDeep);
    QCOMPARE(error.offset, 32);
    // A million brackets are refused at the limit, not by exhausting the stack.
    QVERIFY(!parse(QByteArray(1000000, '['), &error));
    QCOMPARE(error.kind, json::Document::Error::Kind::TooDeep);
    QVERIFY(!parse(QByteArray(1000000, '{'), &error));
    QCOMPARE(error.offset, 1); // the second brace is not a member name
}

void TestJsonTree::numbersOutOfRange()
{
    const auto document = parse("[1e400, -1e400, 1e-400, -1e-400, 0.5]"_ba);
    QVERIFY(document);
    QList<double> values;
    for (const json::Value value : document->root().toArray())
        values.append(value.toDouble());
    QCOMPARE(values.size(), 5);
    QVERIFY(qIsInf(values[0]) && values[0] > 0);
    QVERIFY(qIsInf(values[1]) && values[1] < 0);
    QCOMPARE(values[2], 0.0);
    QCOMPARE(values[3], 0.0);
    QCOMPARE(values[4], 0.5);
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
