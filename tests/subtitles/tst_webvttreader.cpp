#include "subtitletesthelpers.h"

#include "subtitles/cuetimestamp.h"
#include "subtitles/subtitlereader.h"

#include <QDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
SubtitleReadResult readVtt(const QString &text)
{
    return SubtitleReader::readData(text.toUtf8());
}

// One cue around the given cue text.
SubtitleReadResult readCueText(const QString &cueText)
{
    return readVtt(u"WEBVTT\n\n00:01.000 --> 00:02.000\n"_s + cueText + u'\n');
}
} // namespace

class TestWebVttReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void timestamps_data();
    void timestamps();
    void cueText_data();
    void cueText();
    void voiceAndLanguage();
    void lineEnds_data();
    void lineEnds();
    void problems_data();
    void problems();
    void overlapsKeptAndReportedOnce();
    void outOfOrderSorted();
    void sampleArchive_data();
    void sampleArchive();
};

void TestWebVttReader::structure()
{
    const SubtitleReadResult result = readVtt(u"WEBVTT - Opening day\n"
                                              "Kind: captions\n"
                                              "\n"
                                              "STYLE\n"
                                              "::cue { color: red }\n"
                                              "\n"
                                              "REGION\n"
                                              "id:top width:40%\n"
                                              "\n"
                                              "NOTE this is a comment\n"
                                              "with two lines\n"
                                              "\n"
                                              "intro\n"
                                              "00:01.000 --> 00:04.500 align:start position:10%\n"
                                              "First line\n"
                                              "second line\n"
                                              "\n"
                                              "01:00:05.250 --> 01:00:07.000\n"
                                              "An hour later\n"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    QCOMPARE(result.format, SubtitleFormat::WebVtt);
    const QList<Cue> &cues = result.document.cues();
    QCOMPARE(cues.size(), 2);
    QCOMPARE(cues[0].start, 1000);
    QCOMPARE(cues[0].end, 4500);
    QCOMPARE(cues[0].line, 14);
    QCOMPARE(describe(cues[0].lines), u"{}First line | {}second line"_s);
    QCOMPARE(cues[1].start, 3605250);
    QCOMPARE(cues[1].end, 3607000);
    QCOMPARE(cues[1].plainText(), u"An hour later"_s);
}

void TestWebVttReader::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::addColumn<bool>("pastLimit");
    const int vtt = int(CueTimestampSyntax::WebVtt);
    const int srt = int(CueTimestampSyntax::Srt);
    QTest::newRow("minutes") << u"02:03.004"_s << vtt << qint64(123004) << false;
    QTest::newRow("hours") << u"01:02:03.004"_s << vtt << qint64(3723004) << false;
    QTest::newRow("one-digit hours") << u"1:00:00.000"_s << vtt << qint64(3600000) << false;
    QTest::newRow("at the limit") << u"2400:00:00.000"_s << vtt << qint64(2400LL * 3600000)
                                  << false;
    QTest::newRow("past the limit") << u"2401:00:00.000"_s << vtt << qint64(-1) << true;
    QTest::newRow("huge hours") << u"99999999999999999999999:00:00.000"_s << vtt << qint64(-1)
                                << true;
    QTest::newRow("60 seconds") << u"00:60.000"_s << vtt << qint64(-1) << false;
    QTest::newRow("60 minutes") << u"60:00.000"_s << vtt << qint64(-1) << false;
    QTest::newRow("two millisecond digits") << u"00:01.00"_s << vtt << qint64(-1) << false;
    QTest::newRow("comma in WebVTT") << u"00:00:01,000"_s << vtt << qint64(-1) << false;
    QTest::newRow("comma in SRT") << u"00:00:01,500"_s << srt << qint64(1500) << false;
    QTest::newRow("dot in SRT") << u"00:00:01.500"_s << srt << qint64(1500) << false;
    QTest::newRow("negative") << u"-00:01.000"_s << vtt << qint64(-1) << false;
    QTest::newRow("empty hours") << u":00:01.000"_s << vtt << qint64(-1) << false;
    QTest::newRow("Arabic-Indic digits")
        << u"\u0660\u0660:\u0660\u0661.\u0660\u0660\u0660"_s << vtt << qint64(-1) << false;
    QTest::newRow("empty") << QString() << vtt << qint64(-1) << false;
}

void TestWebVttReader::timestamps()
{
    QFETCH(QString, text);
    QFETCH(int, syntax);
    QFETCH(qint64, expected);
    QFETCH(bool, pastLimit);
    bool past = !pastLimit;
    const auto ms = parseCueTimestamp(text, CueTimestampSyntax(syntax), &past);
    QCOMPARE(ms.value_or(-1), expected);
    QCOMPARE(past, pastLimit);
    if (ms)
        QCOMPARE(parseCueTimestamp(formatVttTimestamp(*ms), CueTimestampSyntax::WebVtt), ms);
}

void TestWebVttReader::cueText_data()
{
    QTest::addColumn<QString>("cueText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Hello"_s << u"{}Hello"_s;
    QTest::newRow("bold") << u"<b>bold</b> plain"_s << u"{b}bold{} plain"_s;
    QTest::newRow("nested") << u"<i>a <b>b</b></i> <u>c</u>"_s << u"{i}a {bi}b{} {u}c"_s;
    QTest::newRow("style across lines")
        << u"<i>one\ntwo</i> three"_s << u"{i}one | {i}two{} three"_s;
    QTest::newRow("unclosed") << u"<b>unclosed"_s << u"{b}unclosed"_s;
    QTest::newRow("stray end tag") << u"</i>stray"_s << u"{}stray"_s;
    QTest::newRow("upper case tag") << u"<B>loud</B>"_s << u"{b}loud"_s;
    QTest::newRow("class") << u"<c.yellow.bg_blue>coloured</c>"_s << u"{}coloured"_s;
    QTest::newRow("ruby") << u"<ruby>\u6f22<rt>kan</rt>\u5b57<rt>ji</rt></ruby>"_s
                          << u"{}\u6f22(kan)\u5b57(ji)"_s;
    QTest::newRow("timestamp tag") << u"one <00:00:01.500>two"_s << u"{}one two"_s;
    QTest::newRow("unknown tag") << u"<font color=\"red\">red</font>"_s << u"{}red"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"{}alert(1)"_s;
    QTest::newRow("img") << u"before <img src=x onerror=alert(1)>after"_s << u"{}before after"_s;
    QTest::newRow("img alone") << u"<img src=x>"_s << QString();
    QTest::newRow("doctype") << u"a<!doctype html>b"_s << u"{}ab"_s;
    QTest::newRow("entities") << u"a &amp; b &lt;c&gt;&nbsp;&lrm;&rlm;&quot;"_s
                              << u"{}a & b <c>\u00a0\u200e\u200f\""_s;
    QTest::newRow("escaped tag shown as text")
        << u"&lt;b&gt;not bold&lt;/b&gt;"_s << u"{}<b>not bold</b>"_s;
    QTest::newRow("numeric entities")
        << u"&#233;t&#xE9; &#x1F600;"_s << u"{}\u00e9t\u00e9 \U0001F600"_s;
    QTest::newRow("unknown entities kept")
        << u"&foo; &amp &#0; &#xD800;"_s << u"{}&foo; &amp &#0; &#xD800;"_s;
    QTest::newRow("control characters") << u"a\u0007b\u009bc\td"_s << u"{}abc d"_s;
    QTest::newRow("blank line after markup dropped") << u"<i></i>\nword"_s << u"{}word"_s;
    QTest::newRow("tag across lines") << u"<v Long\nName>said"_s << u"{}said"_s;
}

void TestWebVttReader::cueText()
{
    QFETCH(QString, cueText);
    QFETCH(QString, expected);
    const SubtitleReadResult result = readCueText(cueText);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.size(), 1);
    QCOMPARE(describe(result.document.cues().first().lines), expected);
}

void TestWebVttReader::voiceAndLanguage()
{
    const SubtitleReadResult result =
        readCueText(u"<v.loud Alice &amp; Bob>Hi <lang fr-CA>bonjour</lang> <v Carol>you"_s);
    const Cue cue = result.document.cues().value(0);
    QCOMPARE(cue.voice, u"Alice & Bob"_s);
    QCOMPARE(cue.language, u"fr-CA"_s);
    QCOMPARE(cue.plainText(), u"Hi bonjour you"_s);
}

void TestWebVttReader::lineEnds_data()
{
    QTest::addColumn<QString>("newline");
    QTest::newRow("LF") << u"\n"_s;
    QTest::newRow("CR LF") << u"\r\n"_s;
    QTest::newRow("CR") << u"\r"_s;
}

void TestWebVttReader::lineEnds()
{
    QFETCH(QString, newline);
    QString text = u"\ufeffWEBVTT\n\n1\n00:01.000 --> 00:02.000\none\ntwo\n\n"
                   "00:03.000 --> 00:04.000\nthree\n"_s;
    text.replace(u"\n"_s, newline);
    const SubtitleReadResult result = readVtt(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    QCOMPARE(result.document.size(), 2);
    QCOMPARE(describe(result.document.cues()[0].lines), u"{}one | {}two"_s);
    QCOMPARE(result.document.cues()[1].line, 8);
}

void TestWebVttReader::problems_data()
{
    QTest::addColumn<QString>("body"); // after "WEBVTT\n\n": line 3 on
    QTest::addColumn<int>("cues");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("expected"); // the problems, "line N: ..."
    QTest::newRow("reversed cue") << u"00:05.000 --> 00:04.000\nback\n\n00:06.000 --> "
                                     "00:07.000\nfine\n"_s
                                  << 1 << 1
                                  << u"line 3: the cue ends (00:00:04.000) before it starts "
                                     "(00:00:05.000); it is skipped"_s;
    QTest::newRow("empty cue time") << u"00:05.000 --> 00:05.000\nnever shown\n"_s << 0 << 1
                                    << u"line 3: the cue ends as it starts (00:00:05.000); it is "
                                       "skipped"_s;
    QTest::newRow("unreadable timing")
        << u"00:05 --> 00:06.000\nno millis\n\n00:07.000 --> 00:08.000\nfine\n"_s << 1 << 1
        << u"line 3: '00:05 --> 00:06.000' is not a cue timing such as 00:01:02.500 --> "
           "00:01:05.000; the cue is skipped"_s;
    QTest::newRow("hours past the limit")
        << u"9999:00:00.000 --> 9999:00:01.000\nfar\n"_s << 0 << 1
        << u"line 3: '9999:00:00.000 --> 9999:00:01.000' is later than 2400 hours; the cue is "
           "skipped"_s;
    QTest::newRow("no timing line") << u"just text\nmore text\nand more\n"_s << 0 << 1
                                    << u"line 3: this block has no timing line such as "
                                       "00:01:02.500 --> 00:01:05.000; skipped"_s;
    QTest::newRow("missing blank line")
        << u"00:01.000 --> 00:02.000\none\n00:02.000 --> 00:03.000\ntwo\n"_s << 2 << 0 << QString();
    QTest::newRow("header only") << QString() << 0 << 0 << QString();
}

void TestWebVttReader::problems()
{
    QFETCH(QString, body);
    QFETCH(int, cues);
    QFETCH(int, skipped);
    QFETCH(QString, expected);
    const SubtitleReadResult result = readVtt(u"WEBVTT\n\n"_s + body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result.problems), expected);
    QCOMPARE(result.document.size(), cues);
    QCOMPARE(result.skippedCues, skipped);
}

void TestWebVttReader::overlapsKeptAndReportedOnce()
{
    const SubtitleReadResult result = readVtt(u"WEBVTT\n\n"
                                              "00:01.000 --> 00:10.000\nlong\n\n"
                                              "00:02.000 --> 00:03.000\nfirst overlap\n\n"
                                              "00:04.000 --> 00:05.000\nsecond overlap\n\n"
                                              "00:10.000 --> 00:11.000\nafter\n"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.document.size(), 4);
    QCOMPARE(result.document.overlappingCount(), 2);
    QCOMPARE(describe(result.problems),
             u"line 6: 2 cue(s) start before an earlier cue has ended; they are shown together"_s);
    QCOMPARE(result.document.cuesAt(4500).size(), 2);
}

void TestWebVttReader::outOfOrderSorted()
{
    const SubtitleReadResult result = readVtt(u"WEBVTT\n\n"
                                              "00:05.000 --> 00:06.000\nlater\n\n"
                                              "00:01.000 --> 00:02.000\nearlier\n"_s);
    QCOMPARE(result.document.cues().first().plainText(), u"earlier"_s);
    QCOMPARE(describe(result.problems),
             u"line 6: this cue starts before the one above it; cues are shown by their times, "
             "not their order in the file"_s);
}

void TestWebVttReader::sampleArchive_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("firstChapter");
    QTest::addColumn<QString>("chapterWord");
    QTest::addColumn<QString>("languageWord");
    QTest::addColumn<QStringList>("numbers");
    struct Language
    {
        QString code, chapter, name;
        QStringList numbers;
    };
    const QList<Language> languages{
        {u"en"_s,
         u"chapter"_s,
         u"English"_s,
         {u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s}},
        {u"fr"_s,
         u"chapitre"_s,
         u"français"_s,
         {u"un"_s, u"deux"_s, u"trois"_s, u"quatre"_s, u"cinq"_s, u"six"_s}},
        {u"es"_s,
         u"capítulo"_s,
         u"español"_s,
         {u"uno"_s, u"dos"_s, u"tres"_s, u"cuatro"_s, u"cinco"_s, u"seis"_s}}};
    for (int day = 1; day <= 2; ++day) {
        for (const Language &l : languages) {
            const QString name = u"day-%1.%2.vtt"_s.arg(day).arg(l.code);
            QTest::newRow(qPrintable(name))
                << name << (day - 1) * 3 + 1 << l.chapter << l.name << l.numbers;
        }
    }
}

void TestWebVttReader::sampleArchive()
{
    QFETCH(QString, file);
    QFETCH(int, firstChapter);
    QFETCH(QString, chapterWord);
    QFETCH(QString, languageWord);
    QFETCH(QStringList, numbers);
    const SubtitleReadResult result =
        SubtitleReader::readFile(QStringLiteral(FA_SAMPLE_DIR "/subtitles/") + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    const QList<Cue> &cues = result.document.cues();
    QCOMPARE(cues.size(), 12);
    // Back to back over the whole 90 s recording, each 5 to 10 s long.
    Milliseconds at = 0;
    for (const Cue &cue : cues) {
        QCOMPARE(cue.start, at);
        QVERIFY(cue.end - cue.start >= 5000 && cue.end - cue.start <= 10000);
        at = cue.end;
        // Every cue names its chapter and language in words.
        const int chapter = firstChapter + int(cue.start / 30000);
        const QString text = cue.plainText(u" ");
        QVERIFY2(text.contains(chapterWord + u' ' + numbers[chapter - 1], Qt::CaseInsensitive),
                 qPrintable(text));
        QVERIFY2(text.contains(languageWord), qPrintable(text));
        QVERIFY(!text.contains(u'<'));
    }
    QCOMPARE(at, 90000);
    QCOMPARE(cues[2].lines.first().spans.first().italic, true);
    QVERIFY(!cues[2].voice.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebVttReader)
#include "tst_webvttreader.moc"
