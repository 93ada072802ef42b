#include "jsontextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace fa;
using namespace Qt::StringLiterals;

// JsonTextWriter must write what QJsonDocument::toJson(Indented) writes for the
// same values: catalogs written before and after it compare equal byte for byte.
class TestJsonTextWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutOfNestedAndEmptyContainers();
    void stringEscapes();
    void utf8Strings();
    void numbers();
};

namespace {
QByteArray qtText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Every character from U+0000 to U+00FF, quotes, backslash, DEL and a few beyond.
QString awkwardText()
{
    QString text;
    for (char16_t c = 0; c < 0x100; ++c)
        text.append(QChar(c));
    text += u"\u20ac\u4e2d\U0001F600\uFFFE\uFFFF";
    return text;
}
} // namespace

void TestJsonTextWriter::layoutOfNestedAndEmptyContainers()
{
    JsonTextWriter w;
    w.beginObject();
    w.key("a"_L1);
    w.beginArray();
    w.string(u"x");
    w.beginObject();
    w.endObject();
    w.beginArray();
    w.endArray();
    w.beginArray();
    w.integer(1);
    w.beginObject();
    w.key("deep"_L1).boolean(false);
    w.endObject();
    w.endArray();
    w.endArray();
    w.key("b"_L1);
    w.beginObject();
    w.key("c"_L1).boolean(true);
    w.key("d"_L1);
    w.beginObject();
    w.endObject();
    w.endObject();
    w.key("e"_L1);
    w.beginArray();
    w.endArray();
    w.endObject();

    const QJsonObject expected{{u"a"_s, QJsonArray{u"x"_s, QJsonObject(), QJsonArray(),
                                                   QJsonArray{1, QJsonObject{{u"deep"_s, false}}}}},
                               {u"b"_s, QJsonObject{{u"c"_s, true}, {u"d"_s, QJsonObject()}}},
                               {u"e"_s, QJsonArray()}};
    QCOMPARE(w.take(), qtText(expected));

    JsonTextWriter empty;
    empty.beginObject();
    empty.endObject();
    QCOMPARE(empty.take(), qtText(QJsonObject()));
}

void TestJsonTextWriter::stringEscapes()
{
    QString loneSurrogates;
    loneSurrogates += QChar(0xd800); // high, then no low
    loneSurrogates += u'x';
    loneSurrogates += QChar(0xdc00); // low alone
    loneSurrogates += QChar(0xdbff); // high at the end

    const QString latin1Key = QString::fromLatin1("k\xe9y\x01\"");
    JsonTextWriter w;
    w.beginObject();
    w.key(QLatin1StringView("k\xe9y\x01\"")).string(awkwardText());
    w.key("lone"_L1).string(loneSurrogates);
    w.endObject();
    const QJsonObject expected{{u"lone"_s, loneSurrogates}, {latin1Key, awkwardText()}};
    // QJsonObject sorts its keys: "k\xe9y..." comes before "lone".
    QCOMPARE(w.take(), qtText(expected));
}

void TestJsonTextWriter::utf8Strings()
{
    const QByteArray valid = awkwardText().toUtf8();
    const QByteArray invalid = QByteArray("a\xff"
                                          "b\xc3(\xed\xa0\x80"
                                          "c\xf4\x90\x80\x80\"",
                                          15);
    QVERIFY(!QByteArrayView(invalid).isValidUtf8());
    JsonTextWriter w;
    w.beginArray();
    w.utf8String(valid);
    w.utf8String(invalid);
    w.utf8String({});
    w.endArray();
    const QJsonArray expected{QString::fromUtf8(valid), QString::fromUtf8(invalid), QString()};
    QCOMPARE(w.take(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void TestJsonTextWriter::numbers()
{
    const QList<double> doubles{0.0,
                                -0.0,
                                1.0,
                                -5.0,
                                1e6,
                                1e16,
                                -9007199254740992.0,
                                1234567.0,
                                1.5,
                                -0.1,
                                9007199254740993.0,
                                4611686018427387904.0,
                                9223372036854775808.0,
                                -9223372036854775808.0,
                                1e300,
                                5e-324,
                                std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
    const QList<qint64> integers{0, -1, 42, std::numeric_limits<qint64>::max(),
                                 std::numeric_limits<qint64>::min()};
    JsonTextWriter w;
    w.beginArray();
    QJsonArray expected;
    for (const double d : doubles) {
        w.number(d);
        expected.append(d);
    }
    for (const qint64 i : integers) {
        w.integer(i);
        expected.append(i);
    }
    w.endArray();
    QCOMPARE(w.take(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "tst_jsontextwriter.moc"
