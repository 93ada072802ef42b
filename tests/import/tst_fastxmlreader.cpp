#include "catalogwriter.h"
#include "fastxmlreader.h"
#include "frabxmlimporter.h"
#include "importtesthelpers.h"

#include <QDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// FastXmlReader must read what it accepts exactly as QXmlStreamReader does (the
// frab importer gives the same catalog and report either way) and decline the
// rest, malformed XML first of all, so that QXmlStreamReader has the last word.
class TestFastXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensAsQXmlStreamReader_data();
    void tokensAsQXmlStreamReader();
    void attributesAsQXmlStreamReader();
    void declines_data();
    void declines();
    void importsAsQXmlStreamReader_data();
    void importsAsQXmlStreamReader();
    void malformedScheduleGetsQtsError();
};

namespace {
// Tokens as lines: start and end elements with their line, attributes sorted,
// the text between elements joined (QXmlStreamReader splits it at comments,
// entities and CDATA sections). Comments and processing instructions are left out.
template<typename Xml> QStringList trace(Xml &xml)
{
    QStringList lines;
    QString text;
    bool inText = false;
    auto flushText = [&] {
        if (inText)
            lines.append(u"text ["_s + text + u']');
        text.clear();
        inText = false;
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
            inText = true;
        } else if (token == QXmlStreamReader::StartElement) {
            flushText();
            lines.append(u"start "_s + xml.name() + u" line "_s
                         + QString::number(xml.lineNumber()));
        } else if (token == QXmlStreamReader::EndElement) {
            flushText();
            lines.append(u"end "_s + xml.name() + u" line "_s + QString::number(xml.lineNumber()));
        }
    }
    flushText();
    lines.append(xml.hasError() ? u"error"_s : u"end of document"_s);
    return lines;
}

QString attributesOf(const QByteArray &document, const QStringList &names, bool fast)
{
    QStringList values;
    auto collect = [&](auto &xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            for (const QString &name : names)
                values.append(name + u'=' + attributes.value(QLatin1StringView(name.toLatin1())));
        }
    };
    if (fast) {
        FastXmlReader xml(document);
        collect(xml);
    } else {
        QXmlStreamReader xml(document);
        collect(xml);
    }
    return values.join(u'|');
}

QString describe(const ImportReport &report)
{
    QStringList lines{report.format,
                      QString::number(report.days),
                      QString::number(report.sessions),
                      QString::number(report.speakers),
                      QString::number(report.pillars),
                      QString::number(report.rooms),
                      QString::number(report.recordings)};
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
        lines.append(u"skipped "_s + it.key() + u' ' + QString::number(it.value()));
    for (const ImportMessage &m : report.warnings)
        lines.append(u"warning "_s + m.toString());
    for (const ImportMessage &m : report.errors)
        lines.append(u"error "_s + m.toString());
    return lines.join(u'\n');
}
} // namespace

void TestFastXmlReader::tokensAsQXmlStreamReader_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("declaration, comments, PI")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                      "<!-- before -->\n<?app data?>\n<a>\n  <b>x</b><!-- in -->\n"
                      "  <c/>\n  <d  />\n</a>\n<!-- after -->\n");
    QTest::newRow("no declaration, BOM") << QByteArray("\xef\xbb\xbf<a>text</a>");
    QTest::newRow("entities and references")
        << QByteArray("<a>&lt;p&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42;&#x1F600;"
                      "&#233;</a>");
    QTest::newRow("CDATA and text mixed")
        << QByteArray("<a>one <![CDATA[<two> & ]]>three<![CDATA[]]></a>");
    QTest::newRow("nested text, white space kept")
        << QByteArray("<a>\n\t<b>x <i>y</i> z</b>\n\t<c>\n\n</c>\n</a>");
    QTest::newRow("UTF-8 text") << QByteArray("<a>caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80</a>");
    QTest::newRow("multi-line tags") << QByteArray("<a\n  x=\"1\"\n  y='2'\n>\n<b\n/>\n</a\n>");
    QTest::newRow("empty document element") << QByteArray("<schedule/>");
}

void TestFastXmlReader::tokensAsQXmlStreamReader()
{
    QFETCH(QByteArray, document);
    FastXmlReader fast(document);
    QXmlStreamReader qt(document);
    const QStringList fastTrace = trace(fast);
    QVERIFY2(!fast.hasError(), qPrintable(fast.errorString()));
    QCOMPARE(fastTrace, trace(qt));
}

void TestFastXmlReader::attributesAsQXmlStreamReader()
{
    const QByteArray document("<a id=\"1\" title='t &amp; &lt;u&gt; &#10;&#9;\"q\"'\n"
                              "   spaced=\"a\tb\n c\" empty=\"\">"
                              "<b id = \"2\" title=\"caf\xc3\xa9\"/></a>");
    const QStringList names{u"id"_s, u"title"_s, u"spaced"_s, u"empty"_s, u"missing"_s};
    const QString fast = attributesOf(document, names, true);
    QCOMPARE(fast, attributesOf(document, names, false));
    QVERIFY2(fast.contains(u"spaced=a b  c"), qPrintable(fast));
}

void TestFastXmlReader::declines_data()
{
    QTest::addColumn<QByteArray>("document");
    // Malformed: QXmlStreamReader must say what is wrong.
    QTest::newRow("mismatched end tag") << QByteArray("<a><b></a></b>");
    QTest::newRow("unclosed element") << QByteArray("<a><b></b>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text before root") << QByteArray("hello <a/>");
    QTest::newRow("two roots") << QByteArray("<a/><b/>");
    QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>");
    QTest::newRow("bare ampersand") << QByteArray("<a>fish & chips</a>");
    QTest::newRow("bad character reference") << QByteArray("<a>&#0;</a>");
    QTest::newRow("surrogate reference") << QByteArray("<a>&#xD800;</a>");
    QTest::newRow("< in attribute") << QByteArray("<a x=\"<\"/>");
    QTest::newRow("unquoted attribute") << QByteArray("<a x=1/>");
    QTest::newRow("attribute twice") << QByteArray("<a x=\"1\" x=\"2\"/>");
    QTest::newRow("attributes without space") << QByteArray("<a x=\"1\"y=\"2\"/>");
    QTest::newRow("]]> in text") << QByteArray("<a>]]></a>");
    QTest::newRow("-- in comment") << QByteArray("<a><!-- a -- b --></a>");
    QTest::newRow("control character") << QByteArray("<a>\x01</a>");
    QTest::newRow("invalid UTF-8") << QByteArray("<a>\xc3(</a>");
    QTest::newRow("U+FFFE") << QByteArray("<a>\xef\xbf\xbe</a>");
    QTest::newRow("xml PI later") << QByteArray("<a><?xml version=\"1.0\"?></a>");
    QTest::newRow("version 2") << QByteArray("<?xml version=\"2.0\"?><a/>");
    // Well-formed, but QXmlStreamReader's to read.
    QTest::newRow("carriage return") << QByteArray("<a>\r\n</a>");
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE a><a/>");
    QTest::newRow("Latin-1 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>");
    QTest::newRow("namespace prefix") << QByteArray("<x:a xmlns:x=\"urn:x\"/>");
    QTest::newRow("default namespace") << QByteArray("<a xmlns=\"urn:x\"/>");
    QTest::newRow("non-ASCII name") << QByteArray("<caf\xc3\xa9/>");
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe<\0a\0/\0>\0", 10);
}

void TestFastXmlReader::declines()
{
    QFETCH(QByteArray, document);
    FastXmlReader fast(document);
    while (!fast.atEnd())
        fast.readNext();
    QVERIFY(fast.hasError());
    QCOMPARE(fast.tokenType(), QXmlStreamReader::Invalid);
    QVERIFY(!fast.readNextStartElement());
}

void TestFastXmlReader::importsAsQXmlStreamReader_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("edge cases") << importFixture(u"edge-cases.schedule.xml"_s);
    QTest::newRow("media.ccc.de fixture")
        << QStringLiteral(FA_FIXTURES_DIR "/mediaccc/schedule-tcc24.xml");
    const QDir shared(QStringLiteral(FA_SHARED_SCHEDULES_DIR));
    for (const QString &name : shared.entryList({u"*.xml"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << shared.filePath(name);
}

void TestFastXmlReader::importsAsQXmlStreamReader()
{
    QFETCH(QString, path);
    const QByteArray data = readAll(path);
    QVERIFY(!data.isEmpty());
    ImportReport fastReport;
    ImportReport qtReport;
    const std::optional<Catalog> fast = importFrabXml(data, {}, fastReport);
    const std::optional<Catalog> qt = importFrabXmlWithQt(data, {}, qtReport);
    QCOMPARE(describe(fastReport), describe(qtReport));
    QCOMPARE(fast.has_value(), qt.has_value());
    if (fast)
        QCOMPARE(CatalogWriter::toData(*fast), CatalogWriter::toData(*qt));
}

void TestFastXmlReader::malformedScheduleGetsQtsError()
{
    const QByteArray data = readAll(importFixture(u"malformed.schedule.xml"_s));
    ImportReport fastReport;
    ImportReport qtReport;
    QVERIFY(!importFrabXml(data, {}, fastReport));
    QVERIFY(!importFrabXmlWithQt(data, {}, qtReport));
    QVERIFY(!fastReport.errors.isEmpty());
    QCOMPARE(describe(fastReport), describe(qtReport));
}

QTEST_GUILESS_MAIN(TestFastXmlReader)
#include "tst_fastxmlreader.moc"
