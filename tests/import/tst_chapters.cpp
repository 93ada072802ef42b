#include "chapterlist.h"
#include "chaptermatcher.h"
#include "importtesthelpers.h"

#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
CatalogPtr baseCatalog()
{
    return CatalogReader::readPath(importFixture(u"base-catalog.json"_s)).catalog;
}

QString text(const QString &fixtureName)
{
    return QString::fromUtf8(readAll(importFixture(fixtureName)));
}
} // namespace

class TestChapters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void youTubeLines();
    void youTubeRules_data();
    void youTubeRules();
    void webVtt();
    void webVttErrors_data();
    void webVttErrors();
    void roundTrip_data();
    void roundTrip();
    void matchAndApply();
    void similarity();
};

void TestChapters::youTubeLines()
{
    ImportReport report;
    const auto chapters = ChapterList::parseYouTube(text(u"day1.youtube.txt"_s), report);
    QVERIFY2(report.ok(), qPrintable(describe(report.errors)));
    QVERIFY2(report.warnings.isEmpty(), qPrintable(describe(report.warnings)));
    QCOMPARE(chapters.size(), 4);
    QCOMPARE(chapters[0], (ImportedChapter{0, u"Opening ceremony"_s, 4}));
    QCOMPARE(chapters[1].title, u"FORMALIZACIÓN DE LA MAPE"_s);
    QCOMPARE(chapters[1].at, (12 * 60 + 30) * 1000);
    QCOMPARE(chapters[2].at, (45 * 60 + 10) * 1000);
    QCOMPARE(chapters[2].line, 6);
    QCOMPARE(chapters[3].at, 90 * 60 * 1000);
}

void TestChapters::youTubeRules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected"); // "line: part of the message"
    QTest::newRow("fixture") << text(u"rules.youtube.txt"_s)
                             << QStringList{u"line 2: the first chapter starts at 0:05"_s,
                                            u"line 2: the chapter 'Late start' lasts 5 s"_s,
                                            u"line 3: the chapter 'Too short' lasts 2 s"_s,
                                            u"line 5: 0:08 does not come after"_s};
    QTest::newRow("too few") << u"0:00 Start\n5:00 End\n"_s
                             << QStringList{u"line 2: only 2 chapter(s)"_s};
    QTest::newRow("all fine") << u"00:00:00 A\n00:01:00 B\n1:00:00 C\n"_s << QStringList{};
}

void TestChapters::youTubeRules()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    ImportReport report;
    ChapterList::parseYouTube(input, report);
    QVERIFY(report.ok());
    QStringList got;
    for (const ImportMessage &m : report.warnings)
        got.append(m.toString());
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(got[i].startsWith(expected[i]), qPrintable(got[i]));
}

void TestChapters::webVtt()
{
    ImportReport report;
    const auto chapters = ChapterList::parseWebVtt(text(u"day1.vtt"_s), report);
    QVERIFY2(report.ok(), qPrintable(describe(report.errors)));
    QCOMPARE(chapters.size(), 3);
    QCOMPARE(chapters[0], (ImportedChapter{0, u"Opening ceremony"_s, 7}));
    QCOMPARE(chapters[1].at, 750000);
    QCOMPARE(chapters[2].title, u"Access to finance for miners"_s);
    QCOMPARE(chapters[2].line, 14);
}

void TestChapters::webVttErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture") << text(u"malformed.vtt"_s) << 8 << u"is not a cue timing"_s;
    QTest::newRow("no header") << u"1\n00:00.000 --> 00:01.000\nA\n"_s << 1 << u"WEBVTT"_s;
    QTest::newRow("no timing") << u"WEBVTT\n\nid\ntext\nmore\n"_s << 3 << u"timing line"_s;
    QTest::newRow("empty") << u"WEBVTT\n"_s << 0 << u"no cues"_s;
}

void TestChapters::webVttErrors()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    ImportReport report;
    ChapterList::parseWebVtt(input, report);
    QVERIFY(!report.ok());
    QCOMPARE(report.errors.first().line, line);
    QVERIFY2(report.errors.first().message.contains(message),
             qPrintable(report.errors.first().message));
}

void TestChapters::roundTrip_data()
{
    QTest::addColumn<bool>("youtube");
    QTest::newRow("youtube") << true;
    QTest::newRow("webvtt") << false;
}

void TestChapters::roundTrip()
{
    QFETCH(bool, youtube);
    const CatalogPtr catalog = baseCatalog();
    QVERIFY(catalog);
    const auto chapters = ChapterList::fromCatalog(*catalog, u"day-2-en"_s);
    QCOMPARE(chapters.size(), 3);
    QCOMPARE(chapters[2], (ImportedChapter{(100 * 60 + 5) * 1000, u"Closing remarks"_s, 0}));
    ImportReport report;
    const QString exported =
        youtube ? ChapterList::toYouTube(chapters)
                : ChapterList::toWebVtt(chapters, ChapterList::endOf(*catalog, u"day-2-en"_s));
    if (youtube)
        QCOMPARE(exported, u"0:00 Day two opening\n12:30 Mercury-free technologies\n"
                           "1:40:05 Closing remarks\n"_s);
    else
        QVERIFY(exported.contains(u"01:40:05.000 --> 02:00:00.000\nClosing remarks"));
    const auto back = youtube ? ChapterList::parseYouTube(exported, report)
                              : ChapterList::parseWebVtt(exported, report);
    QVERIFY(report.ok());
    QVERIFY2(report.warnings.isEmpty(), qPrintable(describe(report.warnings)));
    QCOMPARE(back, chapters);
}

void TestChapters::matchAndApply()
{
    const CatalogPtr catalog = baseCatalog();
    ImportReport report;
    const auto chapters = ChapterList::parseYouTube(text(u"day1.youtube.txt"_s), report);
    const ChapterMatchResult result = ChapterMatcher::match(*catalog, u"day-1-en"_s, chapters);
    QCOMPARE(result.matches.size(), 3);
    QCOMPARE(result.matches[0].sessionId, u"open"_s);
    QCOMPARE(result.matches[0].how, ChapterMatch::How::Exact);
    QCOMPARE(result.matches[1].sessionId, u"formal"_s);
    QCOMPARE(result.matches[1].how, ChapterMatch::How::Folded);
    QCOMPARE(result.matches[2].sessionId, u"finance"_s);
    QCOMPARE(result.matches[2].how, ChapterMatch::How::Fuzzy);
    QCOMPARE(result.unmatchedChapters.size(), 1);
    QCOMPARE(result.unmatchedChapters.first().title, u"Coffee break and networking"_s);
    QCOMPARE(result.unmatchedSessions, QStringList{u"markets"_s});
    QCOMPARE(result.overlay.value(u"finance"_s), (45 * 60 + 10) * 1000);
    QVERIFY(result.summary().contains(u"line 7: 1:30:00 Coffee break and networking"));

    const Catalog updated = ChapterMatcher::apply(*catalog, u"day-1-en"_s, result.overlay);
    const auto entries = updated.chaptersOf(u"day-1-en"_s);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(updated.sessions[entries[1].sessionIndex].id, u"formal"_s);
    const CatalogLoadResult back = writeAndRead(updated);
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QCOMPARE(back.catalog->chaptersOf(u"day-1-en"_s).size(), 3);
}

void TestChapters::similarity()
{
    QCOMPARE(ChapterMatcher::similarity(u"Finance!"_s, u"finance"_s), 1.0);
    QVERIFY(ChapterMatcher::similarity(u"Session 3 – Access to finance"_s, u"Access to finance"_s)
            > 0.8);
    QVERIFY(ChapterMatcher::similarity(u"Coffee break"_s, u"Markets and traceability"_s) < 0.4);
}

QTEST_GUILESS_MAIN(TestChapters)
#include "tst_chapters.moc"
