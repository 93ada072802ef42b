// Files a subtitle reader must survive with a clear message: wrong encodings,
// huge files, too many cues, absurd times, markup meant to run, deep nesting.
#include "subtitletesthelpers.h"

#include "subtitles/cuetimestamp.h"
#include "subtitles/subtitlereader.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestSubtitleHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notUtf8_data();
    void notUtf8();
    void utf16();
    void hugeFileRefusedFromItsSize();
    void oversizedData();
    void tooManyCues();
    void missingFileAndFolder();
    void neitherFormat_data();
    void neitherFormat();
    void markupShownAsText_data();
    void markupShownAsText();
    void deepNesting();
    void longTimingLineQuotedShort();

private:
    QTemporaryDir m_dir;
};

void TestSubtitleHostile::notUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    // "é" in Latin-1 on line 4: the usual mistake.
    QTest::newRow("latin-1") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\ncaf\xe9\n")
                             << u"the byte 0xE9 at offset 35 (line 4)"_s;
    QTest::newRow("latin-1 SRT") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nni\xf1o\n")
                                 << u"the byte 0xF1 at offset 34 (line 3)"_s;
    QTest::newRow("overlong slash")
        << QByteArray("WEBVTT\n\xc0\xaf") << u"the byte 0xC0 at offset 7 (line 2)"_s;
    QTest::newRow("surrogate") << QByteArray("WEBVTT\n\xed\xa0\x80")
                               << u"the byte 0xED at offset 7 (line 2)"_s;
    QTest::newRow("past U+10FFFF")
        << QByteArray("WEBVTT\n\xf4\x90\x80\x80") << u"the byte 0xF4 at offset 7 (line 2)"_s;
    QTest::newRow("cut short") << QByteArray("WEBVTT\n\xe2\x82")
                               << u"the byte 0xE2 at offset 7 (line 2)"_s;
    QTest::newRow("after a BOM") << QByteArray("\xef\xbb\xbfWEBVTT\n\xff")
                                 << u"the byte 0xFF at offset 10 (line 2)"_s;
}

void TestSubtitleHostile::notUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"not UTF-8"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    // Never the text decoded some other way.
    QVERIFY(!result.error.contains(u'\ufffd'));
    QVERIFY(!result.error.contains(u"caf"_s));
    QVERIFY(result.document.isEmpty());
}

void TestSubtitleHostile::utf16()
{
    const QString text = u"WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n"_s;
    QByteArray data("\xff\xfe");
    data.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"UTF-16"_s), qPrintable(result.error));
}

void TestSubtitleHostile::hugeFileRefusedFromItsSize()
{
    QVERIFY(m_dir.isValid());
    // 100 MB, sparse: reading it would take the memory, refusing it takes a stat.
    QFile file(m_dir.filePath(u"huge.vtt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("WEBVTT\n\n") > 0);
    QVERIFY(file.resize(100 * 1000 * 1000));
    file.close();
    const SubtitleReadResult result = SubtitleReader::readFile(file.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"larger than 16.0 MiB"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"95.4 MiB"_s), qPrintable(result.error));
}

void TestSubtitleHostile::oversizedData()
{
    QByteArray data("WEBVTT\n\n");
    data.resize(SubtitleReader::maxFileSize + 1, ' ');
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"are not read"_s), qPrintable(result.error));
    data.resize(SubtitleReader::maxFileSize);
    QVERIFY(SubtitleReader::readData(data).ok());
}

void TestSubtitleHostile::tooManyCues()
{
    QByteArray data("WEBVTT\n");
    data.reserve((SubtitleReader::maxCues + 10) * 32);
    for (int i = 0; i < SubtitleReader::maxCues + 10; ++i)
        data += '\n' + formatVttTimestamp(i).toUtf8() + " --> " + formatVttTimestamp(i + 1).toUtf8()
                + "\nx\n";
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(result.ok());
    QCOMPARE(result.document.size(), SubtitleReader::maxCues);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3 + 3 * SubtitleReader::maxCues);
    QVERIFY2(result.problems.first().message.contains(
                 u"only the first %1 cues"_s.arg(QLocale().toString(SubtitleReader::maxCues))),
             qPrintable(result.problems.first().message));
}

void TestSubtitleHostile::missingFileAndFolder()
{
    QVERIFY(m_dir.isValid());
    const SubtitleReadResult missing = SubtitleReader::readFile(m_dir.filePath(u"none.vtt"_s));
    QCOMPARE(missing.error, u"The file does not exist."_s);
    const SubtitleReadResult folder = SubtitleReader::readFile(m_dir.path());
    QCOMPARE(folder.error, u"This is a folder, not a subtitle file."_s);
}

void TestSubtitleHostile::neitherFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
    QTest::newRow("json") << QByteArray("{\"cues\": []}");
    QTest::newRow("WEBVTT glued") << QByteArray("WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n");
    QTest::newRow("NUL bytes") << QByteArray(64, '\0');
}

void TestSubtitleHostile::neitherFormat()
{
    QFETCH(QByteArray, data);
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"The file is neither WebVTT"_s), qPrintable(result.error));
}

void TestSubtitleHostile::markupShownAsText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WebVTT") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\n"
                                          "<script>alert(1)</script>\n<img src=x>\n"
                                          "<a href=\"javascript:x()\">link</a> "
                                          "<style>p{}</style><iframe src=\"http://x\"></iframe>\n")
                            << u"{}alert(1) | {}link p{}"_s;
    QTest::newRow("SRT") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n"
                                       "<script>alert(1)</script>\n<img src=x>\n"
                                       "<a href=\"javascript:x()\">link</a> "
                                       "<style>p{}</style><iframe src=\"http://x\"></iframe>\n")
                         << u"{}alert(1) | {}link p{}"_s;
}

void TestSubtitleHostile::markupShownAsText()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.size(), 1);
    QCOMPARE(describe(result.document.cues().first().lines), expected);
}

void TestSubtitleHostile::deepNesting()
{
    QByteArray data("WEBVTT\n\n00:01.000 --> 00:02.000\n");
    for (int i = 0; i < 100000; ++i)
        data += "<b><i>";
    data += "deep";
    for (int i = 0; i < 100000; ++i)
        data += "</x>";
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QVERIFY(result.ok());
    QCOMPARE(result.document.cues().first().plainText(), u"deep"_s);
    QCOMPARE(result.document.cues().first().lines.first().spans.first().bold, true);
}

void TestSubtitleHostile::longTimingLineQuotedShort()
{
    const QByteArray data = "WEBVTT\n\n00:01 --> " + QByteArray(5000, 'a') + "\ntext\n";
    const SubtitleReadResult result = SubtitleReader::readData(data);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.size() < 200);
    QVERIFY(result.problems.first().message.contains(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestSubtitleHostile)
#include "tst_subtitlehostile.moc"
