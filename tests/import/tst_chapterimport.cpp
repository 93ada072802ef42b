#include "catalogtoolrun.h"
#include "chapterimport.h"
#include "chapterlist.h"
#include "importtesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// Pasting the chapters of a day video's description: the preview the command
// line prints and the dialog shows, bad input, the command line, and exports.
class TestChapterImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyChapterLandsOnTheRecording();
    void unmatchedChaptersBecomeSessions();
    void matchingIsExplained();
    void ambiguousChapterStaysUnmatched();
    void badInput_data();
    void badInput();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void commandLineAddsSessions();
    void commandLineWritesNothingOnErrors_data();
    void commandLineWritesNothingOnErrors();
    void exportStartsAtZeroAndEndsWithANewline();

private:
    ChapterImportPreview previewDay1(bool addSessions) const;

    CatalogPtr m_forum;
    QString m_description;
};

namespace {
const QString forumPath =
    QStringLiteral(FA_SOURCE_DIR "/resources/catalogs/global-forum-2022.json");
const QString day1 = u"day-1-en"_s;
} // namespace

void TestChapterImport::initTestCase()
{
    const CatalogLoadResult loaded = CatalogReader::readPath(forumPath);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.problems)));
    m_forum = loaded.catalog;
    QCOMPARE(m_forum->sessions.size(), 9);
    m_description =
        QString::fromUtf8(readAll(importFixture(u"global-forum-2022-day1.youtube.txt"_s)));
    QVERIFY(!m_description.isEmpty());
}

ChapterImportPreview TestChapterImport::previewDay1(bool addSessions) const
{
    ChapterImportOptions options;
    options.addSessions = addSessions;
    return ChapterImport::preview(*m_forum, day1, m_description, ImportFormat::YouTube, options);
}

void TestChapterImport::everyChapterLandsOnTheRecording()
{
    const ChapterImportPreview preview = previewDay1(false);
    QVERIFY2(preview.ok(), qPrintable(preview.text()));
    QCOMPARE(preview.chapters.size(), 12);
    QCOMPARE(preview.match.matches.size(), 2);
    QCOMPARE(preview.match.unmatchedChapters.size(), 10);
    QVERIFY(preview.additions.isEmpty());

    const Catalog applied = preview.applyTo({}).applyTo(*m_forum);
    QCOMPARE(applied.sessions.size(), 9);
    const QList<ChapterEntry> entries = applied.chaptersOf(day1);
    QCOMPARE(entries.size(), 12);
    QCOMPARE(entries[3].chapter.at, (48 * 60 + 30) * 1000);
    QCOMPARE(applied.sessions[entries[3].sessionIndex].id, u"day-1-formalization"_s);
    QCOMPARE(applied.sessions[entries[7].sessionIndex].id, u"day-1-finance"_s);
    QCOMPARE(entries[0].sessionIndex, -1);
    // The session is placed where its chapter is, and plays from there.
    const Session *finance = applied.session(u"day-1-finance"_s);
    QCOMPARE(applied.placements(*finance).size(), 1);
    QCOMPARE(applied.placements(*finance).first().at, (110 * 60 + 20) * 1000);

    const CatalogLoadResult back = writeAndRead(applied);
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QCOMPARE(back.catalog->chaptersOf(day1).size(), 12);
    QCOMPARE(back.catalog->recording(day1)->chapters.size(), 12);
}

void TestChapterImport::unmatchedChaptersBecomeSessions()
{
    const ChapterImportPreview preview = previewDay1(true);
    QVERIFY2(preview.ok(), qPrintable(preview.text()));
    QCOMPARE(preview.dayId, u"day-1"_s);
    QCOMPARE(preview.additions.size(), 10);
    QCOMPARE(preview.additions[0].id, u"added-day-1-en-0"_s);
    // Two chapters at 1:35:00: two sessions, two ids.
    QCOMPARE(preview.additions[4].id, u"added-day-1-en-5700"_s);
    QCOMPARE(preview.additions[5].id, u"added-day-1-en-5700-2"_s);
    QCOMPARE(preview.additionLines[5], 11);

    const Catalog applied = preview.applyTo({}).applyTo(*m_forum);
    QCOMPARE(applied.sessions.size(), 9 + 10);
    const Session *coffee = applied.session(u"added-day-1-en-5700"_s);
    QVERIFY(coffee);
    QCOMPARE(coffee->dayId, u"day-1"_s);
    QCOMPARE(coffee->title.text(u"en"_s, u"en"_s), u"Coffee break ☕"_s);
    QVERIFY(!coffee->start.isValid());
    QVERIFY(coffee->speakers.isEmpty());
    QVERIFY(coffee->pillarIds.isEmpty());
    QVERIFY(!coffee->duration);
    QCOMPARE(coffee->chapters.size(), 1);
    QCOMPARE(coffee->chapters.first().at, 95 * 60 * 1000);

    // Each chapter names its session; the list has one entry per chapter still.
    const QList<ChapterEntry> entries = applied.chaptersOf(day1);
    QCOMPARE(entries.size(), 12);
    for (const ChapterEntry &entry : entries)
        QVERIFY(entry.sessionIndex >= 0);
    QCOMPARE(applied.sessions[entries[5].sessionIndex].id, u"added-day-1-en-5700"_s);
    QCOMPARE(applied.sessions[entries[6].sessionIndex].id, u"added-day-1-en-5700-2"_s);

    // The added sessions follow the day's sessions, in offset order, before day 2.
    QStringList order;
    for (const Session &s : applied.sessions)
        order.append(s.id);
    QCOMPARE(order.indexOf(u"added-day-1-en-0"_s), 3);
    QCOMPARE(order.indexOf(u"added-day-1-en-14550"_s), 12);
    QCOMPARE(order.indexOf(u"day-2-markets"_s), 13);

    const CatalogLoadResult back = writeAndRead(applied);
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QCOMPARE(back.catalog->sessions.size(), 19);
}

void TestChapterImport::matchingIsExplained()
{
    const QString text = previewDay1(false).text();
    for (const QString &line :
         {u"matched chapters: 2"_s,
          u"line 8: 48:30 Formalization panel: lessons from country projects -> "
          "day-1-formalization (similar, 79%)"_s,
          u"line 12: 1:50:20 Access to finance: country experiences -> day-1-finance "
          "(similar, 80%)"_s,
          u"unmatched chapters: 10"_s,
          u"line 9: 1:22:05 Q&A on formalization (day-1-formalization (81%) is already named "
          "by line 8)"_s,
          u"line 6: 6:40 Opening remarks by the host (nearest: opening, 48%, below 75%)"_s,
          u"line 11: 1:35:00 repeats the time of the previous chapter 'Coffee break ☕'"_s,
          u"line 18: not a chapter: Follow planetGOLD on social media."_s,
          u"sessions without a chapter: 1\n  opening"_s})
        QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));

    // The documented rule, piece by piece.
    QCOMPARE(ChapterMatcher::similarity(u"Finance!"_s, u"finance"_s), 1.0);
    QCOMPARE(ChapterMatcher::withoutRemarks(u"Finance (Day 1 topic)"_s), u"Finance"_s);
    const auto folded = ChapterMatcher::match(*m_forum, day1, {{0, u"FORMALIZACIÓN"_s, 1}});
    QCOMPARE(folded.matches.size(), 1);
    QCOMPARE(folded.matches.first().how, ChapterMatch::How::Folded);
    const auto exact = ChapterMatcher::match(*m_forum, day1, {{0, u"Ouverture du Forum"_s, 1}});
    QCOMPARE(exact.matches.first().how, ChapterMatch::How::Exact);
    QCOMPARE(exact.matches.first().sessionId, u"opening"_s);
    // A fragment of a title does not name it.
    QCOMPARE(ChapterMatcher::match(*m_forum, day1, {{0, u"Forum"_s, 1}}).matches.size(), 0);
}

void TestChapterImport::ambiguousChapterStaysUnmatched()
{
    const ChapterMatchResult result =
        ChapterMatcher::match(*m_forum, day1, {{0, u"Finance and formalization"_s, 3}});
    QCOMPARE(result.matches.size(), 0);
    QCOMPARE(result.misses.size(), 1);
    QCOMPARE(result.misses.first().why, ChapterMiss::Why::Ambiguous);
    const QString why = result.misses.first().explanation();
    QVERIFY2(why.contains(u"day-1-finance"_s) && why.contains(u"day-1-formalization"_s),
             qPrintable(why));
}

void TestChapterImport::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected"); // in the preview, with its line
    const QString head = u"0:00 Start\n10:00 Middle\n"_s;
    QTest::newRow("out of order") << head + u"5:00 Back in time\n"_s << true
                                  << u"line 3: 5:00 does not come after the previous chapter"_s;
    QTest::newRow("duplicate offset")
        << head + u"10:00 Same time\n"_s << true << u"line 3: 10:00 repeats the time"_s;
    QTest::newRow("past the end") << head + u"3:10:00 After the end\n"_s << false
                                  << u"line 3: 3:10:00 is past the end of recording 'day-1-en' "
                                     "(3:00:00)"_s;
    QTest::newRow("not a chapter")
        << u"Hello\n"_s + head + u"Bye\n"_s << true << u"line 4: not a chapter: Bye"_s;
    QTest::newRow("almost a chapter") << head + u"10:30am coffee\n"_s << true
                                      << u"line 3: '10:30am coffee' is not a chapter line"_s;
    QTest::newRow("no chapters") << u"Just prose.\n"_s << false
                                 << u"no chapter lines such as '0:00 Opening' found"_s;
    QString paste = head;
    while (paste.size() <= 10 * 1000 * 1000)
        paste += u"12:00 A line of a very long paste that goes on and on\n"_s.repeated(1000);
    const auto line = QStringView(paste).left(ChapterList::maxTextSize).count(u'\n') + 1;
    QTest::newRow("10 MB paste") << paste << false
                                 << u"line "_s + QString::number(line)
                                        + u": the text is longer than 1048576 characters"_s;
}

void TestChapterImport::badInput()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    const CatalogPtr base =
        CatalogReader::readPath(importFixture(u"base-catalog.json"_s)).catalog; // 3 h recording
    ChapterImportOptions options;
    options.addSessions = true;
    const ChapterImportPreview preview =
        ChapterImport::preview(*base, day1, text, ImportFormat::YouTube, options);
    QCOMPARE(preview.ok(), accepted);
    QVERIFY2(preview.text().contains(expected), qPrintable(preview.text().left(2000)));
    if (!accepted) {
        // Nothing half-applied: the edits stay as they were.
        QVERIFY(preview.applyTo({}).isEmpty());
        QVERIFY(preview.text().contains(u"Nothing was imported."_s));
    }
}

void TestChapterImport::exportRoundTrip_data()
{
    QTest::addColumn<bool>("webVtt");
    QTest::newRow("youtube") << false;
    QTest::newRow("webvtt") << true;
}

void TestChapterImport::exportRoundTrip()
{
    QFETCH(bool, webVtt);
    const Catalog applied = previewDay1(true).applyTo({}).applyTo(*m_forum);
    const QList<ImportedChapter> exported = ChapterList::fromCatalog(applied, day1);
    QCOMPARE(exported.size(), 12);
    const QString text = webVtt ? ChapterList::toWebVtt(exported, ChapterList::endOf(applied, day1))
                                : ChapterList::toYouTube(exported);
    QVERIFY(text.endsWith(u'\n'));
    ImportReport report;
    const QList<ImportedChapter> back =
        webVtt ? ChapterList::parseWebVtt(text, report) : ChapterList::parseYouTube(text, report);
    QVERIFY2(report.ok(), qPrintable(describe(report.errors)));
    QCOMPARE(back.size(), 12);
    QCOMPARE(back, exported);

    // The same titles and offsets as the description they came from.
    ImportReport original;
    const QList<ImportedChapter> pasted = ChapterList::parseYouTube(m_description, original);
    QCOMPARE(back, pasted);
}

void TestChapterImport::commandLineAddsSessions()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"forum.json"_s);
    const QString input = importFixture(u"global-forum-2022-day1.youtube.txt"_s);
    const ToolRun r =
        runCatalogTool({u"import"_s, input, u"--format"_s, u"youtube"_s, u"--catalog"_s, forumPath,
                        u"--recording"_s, day1, u"--add-sessions"_s, u"-o"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"matched chapters: 2\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"sessions to add: 10\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"  line 10: 1:35:00 Coffee break ☕ -> added-day-1-en-5700\n"_s));

    const ToolRun stats = runCatalogTool({u"stats"_s, out});
    QVERIFY2(stats.out.contains(u"sessions: 19\n"_s), qPrintable(stats.out));
    const ToolRun list = runCatalogTool({u"list"_s, out, u"--day"_s, u"day-1"_s});
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines[3].startsWith(u"added-day-1-en-0\tday-1\t\tWelcome and housekeeping"_s));
    QVERIFY(lines[12].startsWith(u"added-day-1-en-14550\t"_s));

    const ToolRun exported = runCatalogTool(
        {u"export-chapters"_s, out, u"--recording"_s, day1, u"--format"_s, u"youtube"_s});
    QCOMPARE(exported.code, 0);
    QCOMPARE(exported.out.count(u'\n'), 12);
    QVERIFY(exported.out.startsWith(u"0:00 Welcome and housekeeping\n"_s));
    QVERIFY(exported.out.endsWith(u"4:02:30 Closing of Day 1\n"_s));
    // The repeated time is YouTube's problem to know about, said apart from the chapters.
    QVERIFY2(exported.err.startsWith(u"warning: line 7: 1:35:00 repeats the time"_s),
             qPrintable(exported.err));
    QVERIFY(exported.err.endsWith(u'\n'));
}

void TestChapterImport::commandLineWritesNothingOnErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("past the end") << u"0:00 A\n1:00:00 B\n3:00:01 C\n"_s
                                  << u"error: line 3: 3:00:01 is past the end"_s;
    QTest::newRow("prose only") << u"Nothing here\n"_s << u"error: no chapter lines"_s;
}

void TestChapterImport::commandLineWritesNothingOnErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString input = dir.filePath(u"chapters.txt"_s);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const QString out = dir.filePath(u"never.json"_s);
    const ToolRun r =
        runCatalogTool({u"import"_s, input, u"--catalog"_s, importFixture(u"base-catalog.json"_s),
                        u"--recording"_s, day1, u"--add-sessions"_s, u"-o"_s, out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestChapterImport::exportStartsAtZeroAndEndsWithANewline()
{
    const QList<ImportedChapter> late{{90000, u"First"_s, 0}, {200000, u"Second"_s, 0}};
    QCOMPARE(ChapterList::toYouTube(late), u"0:00 Start\n1:30 First\n3:20 Second\n"_s);
    QCOMPARE(ChapterList::toYouTube(late, u"Welcome"_s),
             u"0:00 Welcome\n1:30 First\n3:20 Second\n"_s);
    const QString vtt = ChapterList::toWebVtt(late, 300000);
    QVERIFY(vtt.endsWith(u"00:03:20.000 --> 00:05:00.000\nSecond\n"_s));
}

QTEST_GUILESS_MAIN(TestChapterImport)
#include "tst_chapterimport.moc"
