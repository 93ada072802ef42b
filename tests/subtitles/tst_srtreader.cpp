#include "subtitletesthelpers.h"

#include "subtitles/subtitlereader.h"

#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
SubtitleReadResult readSrt(const QString &text)
{
    return SubtitleReader::readData(text.toUtf8());
}

SubtitleReadResult readCueText(const QString &cueText)
{
    return readSrt(u"1\n00:00:01,000 --> 00:00:02,000\n"_s + cueText + u"\n\n"_s);
}
} // namespace

class TestSrtReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void cueText_data();
    void cueText();
    void lenientBlocks_data();
    void lenientBlocks();
    void problems_data();
    void problems();
};

void TestSrtReader::structure()
{
    const SubtitleReadResult result = readSrt(u"\ufeff1\r\n"
                                              "00:00:01,000 --> 00:00:04,500\r\n"
                                              "First line\r\n"
                                              "second line\r\n"
                                              "\r\n"
                                              "2\r\n"
                                              "01:00:05,250 --> 01:00:07,000  X1:40 X2:600 Y1:20 "
                                              "Y2:50\r\n"
                                              "An hour later\r\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    QCOMPARE(result.format, SubtitleFormat::Srt);
    const QList<Cue> &cues = result.document.cues();
    QCOMPARE(cues.size(), 2);
    QCOMPARE(cues[0].start, 1000);
    QCOMPARE(cues[0].end, 4500);
    QCOMPARE(cues[0].line, 2);
    QCOMPARE(describe(cues[0].lines), u"{}First line | {}second line"_s);
    QCOMPARE(cues[1].start, 3605250);
    QCOMPARE(cues[1].line, 7);
}

void TestSrtReader::cueText_data()
{
    QTest::addColumn<QString>("cueText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("b i u") << u"<b>bold</b> <i>italic</i> <u>under</u>"_s
                           << u"{b}bold{} {i}italic{} {u}under"_s;
    QTest::newRow("upper case") << u"<I>Loud</I>"_s << u"{i}Loud"_s;
    QTest::newRow("font") << u"<font color=\"#ff0000\" face=\"Arial\">red</font> text"_s
                          << u"{}red text"_s;
    QTest::newRow("bold across lines") << u"<b>one\ntwo</b>"_s << u"{b}one | {b}two"_s;
    QTest::newRow("ass override") << u"{\\an8}On top {\\i1}x"_s << u"{}On top x"_s;
    QTest::newRow("braces without backslash") << u"{not a tag}"_s << u"{}{not a tag}"_s;
    QTest::newRow("less-than as text") << u"3 < 4 and 5 > 2"_s << u"{}3 < 4 and 5 > 2"_s;
    QTest::newRow("less-than before a word") << u"a <b c"_s << u"{}a <b c"_s;
    QTest::newRow("br") << u"one<br>two<br/>three"_s << u"{}one | {}two | {}three"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"{}alert(1)"_s;
    QTest::newRow("img") << u"before <img src=x onerror=alert(1)>after"_s << u"{}before after"_s;
    QTest::newRow("entities") << u"Tom &amp; Jerry"_s << u"{}Tom & Jerry"_s;
    QTest::newRow("WebVTT voice is not SRT") << u"<v Bob>hi</v>"_s << u"{}hi"_s;
}

void TestSrtReader::cueText()
{
    QFETCH(QString, cueText);
    QFETCH(QString, expected);
    const SubtitleReadResult result = readCueText(cueText);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.size(), 1);
    QCOMPARE(describe(result.document.cues().first().lines), expected);
    QVERIFY(result.document.cues().first().voice.isEmpty());
}

void TestSrtReader::lenientBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("cues"); // plain texts
    QTest::newRow("no numbers") << u"00:00:01,000 --> 00:00:02,000\none\n\n"
                                   "00:00:03,000 --> 00:00:04,000\ntwo\n"_s
                                << QStringList{u"one"_s, u"two"_s};
    QTest::newRow("no blank line between cues")
        << u"1\n00:00:01,000 --> 00:00:02,000\none\n2\n00:00:03,000 --> 00:00:04,000\ntwo\n"_s
        << QStringList{u"one"_s, u"two"_s};
    QTest::newRow("a number as text")
        << u"1\n00:00:01,000 --> 00:00:02,000\n1984\n"_s << QStringList{u"1984"_s};
    QTest::newRow("arrow in text") << u"1\n00:00:01,000 --> 00:00:02,000\nleft --> right\n"_s
                                   << QStringList{u"left --> right"_s};
    QTest::newRow("leading blank lines and dots")
        << u"\n\n1\n00:00:01.000 --> 00:00:02.000\none\n"_s << QStringList{u"one"_s};
}

void TestSrtReader::lenientBlocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, cues);
    const SubtitleReadResult result = readSrt(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.format, SubtitleFormat::Srt);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    QStringList texts;
    for (const Cue &cue : result.document.cues())
        texts.append(cue.plainText());
    QCOMPARE(texts, cues);
}

void TestSrtReader::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cues");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reversed") << u"1\n00:00:05,000 --> 00:00:04,000\nback\n\n2\n00:00:06,000 --> "
                                 "00:00:07,000\nfine\n"_s
                              << 1
                              << u"line 2: the cue ends (00:00:04.000) before it starts "
                                 "(00:00:05.000); it is skipped"_s;
    QTest::newRow("unreadable timing")
        << u"1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:03 --> 00:00:04,000\nbad\n"_s << 1
        << u"line 6: '00:00:03 --> 00:00:04,000' is not a cue timing such as 00:00:01,000 --> "
           "00:00:04,000; the cue is skipped"_s;
    QTest::newRow("stray block") << u"1\n00:00:01,000 --> 00:00:02,000\nfine\n\nstray words\n"_s
                                 << 1
                                 << u"line 5: expected a cue number and a timing line such as "
                                    "00:00:01,000 --> 00:00:04,000; the block is skipped"_s;
    QTest::newRow("overlap") << u"1\n00:00:01,000 --> 00:00:05,000\na\n\n2\n00:00:02,000 --> "
                                "00:00:03,000\nb\n"_s
                             << 2
                             << u"line 6: 1 cue(s) start before an earlier cue has ended; they "
                                "are shown together"_s;
}

void TestSrtReader::problems()
{
    QFETCH(QString, text);
    QFETCH(int, cues);
    QFETCH(QString, expected);
    const SubtitleReadResult result = readSrt(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result.problems), expected);
    QCOMPARE(result.document.size(), cues);
}

QTEST_GUILESS_MAIN(TestSrtReader)
#include "tst_srtreader.moc"
