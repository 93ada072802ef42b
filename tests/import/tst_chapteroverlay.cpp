#include "catalogreader.h"
#include "catalogwriter.h"
#include "chapterlist.h"
#include "chapteroverlay.h"
#include "userdatastore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace Qt::StringLiterals;

// The user's chapter edits: one undoable step each, saved in user data, applied
// to a catalog that still validates and exports.
class TestChapterOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setAdjustUndoRedo();
    void offsetsStayInsideTheRecording_data();
    void offsetsStayInsideTheRecording();
    void clearRestoresTheCatalog();
    void persistsAcrossStores();
    void damagedStoredEntriesAreDropped();
    void effectiveCatalogValidates();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void importIsOneStep();
    void unknownIdsAreIgnored();

private:
    CatalogPtr m_sample;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestChapterOverlay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const CatalogLoadResult loaded = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(loaded.ok());
    m_sample = loaded.catalog;
}

void TestChapterOverlay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChapterOverlay::setAdjustUndoRedo()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    QSignalSpy changed(&overlay, &ChapterOverlay::changed);
    const QString rec = u"day-1-en"_s;
    const QString s2 = u"s2"_s;

    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(30000));
    QVERIFY(!overlay.isEdited(rec, s2));
    QVERIFY(!overlay.canUndo());

    overlay.setStart(rec, s2, 40000);
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(40000));
    QVERIFY(overlay.isEdited(rec, s2));
    QCOMPARE(changed.size(), 1);

    overlay.adjust(rec, s2, ChapterOverlay::nudge);
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(41000));
    overlay.adjust(rec, s2, -ChapterOverlay::nudge);
    overlay.adjust(rec, s2, -ChapterOverlay::nudge);
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(39000));
    QCOMPARE(overlay.undoStack()->count(), 4);

    overlay.undo();
    overlay.undo();
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(41000));
    overlay.undo();
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(40000));
    overlay.undo();
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(30000));
    QVERIFY(!overlay.isEdited(rec, s2));
    QVERIFY(!overlay.canUndo());
    QVERIFY(overlay.canRedo());
    overlay.redo();
    QCOMPARE(overlay.offset(rec, s2), std::optional<Milliseconds>(40000));
    QVERIFY(overlay.isEdited(rec, s2));
    // The other sessions keep the catalog's starts.
    QCOMPARE(overlay.offset(rec, u"s3"_s), std::optional<Milliseconds>(60000));
    QVERIFY(!overlay.isEdited(rec, u"s3"_s));
    QCOMPARE(m_sample->session(s2)->chapters.constFirst().at, 30000); // base untouched
}

void TestChapterOverlay::offsetsStayInsideTheRecording_data()
{
    QTest::addColumn<Milliseconds>("start");
    QTest::addColumn<Milliseconds>("delta");
    QTest::addColumn<Milliseconds>("expected");
    QTest::newRow("before the start")
        << Milliseconds(500) << Milliseconds(-1000) << Milliseconds(0);
    QTest::newRow("past the end") << Milliseconds(89500) << Milliseconds(1000)
                                  << Milliseconds(90000);
    QTest::newRow("negative start") << Milliseconds(-5000) << Milliseconds(0) << Milliseconds(0);
    QTest::newRow("inside") << Milliseconds(10000) << Milliseconds(1000) << Milliseconds(11000);
}

void TestChapterOverlay::offsetsStayInsideTheRecording()
{
    QFETCH(Milliseconds, start);
    QFETCH(Milliseconds, delta);
    QFETCH(Milliseconds, expected);
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    overlay.setStart(u"day-1-en"_s, u"s2"_s, start);
    overlay.adjust(u"day-1-en"_s, u"s2"_s, delta);
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s2"_s), std::optional<Milliseconds>(expected));
}

void TestChapterOverlay::clearRestoresTheCatalog()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    overlay.setStart(u"day-1-en"_s, u"s3"_s, 61000);
    overlay.clear(u"day-1-en"_s, u"s3"_s);
    QVERIFY(!overlay.isEdited(u"day-1-en"_s, u"s3"_s));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(60000));
    QVERIFY(overlay.edits().isEmpty());
    overlay.undo();
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(61000));
}

void TestChapterOverlay::persistsAcrossStores()
{
    {
        UserDataStore store(m_dir->path());
        ChapterOverlay overlay(&store);
        overlay.setCatalog(m_sample);
        overlay.setStart(u"day-1-en"_s, u"s2"_s, 40000);
        overlay.adjust(u"day-1-en"_s, u"s2"_s, 1000);
        overlay.setStart(u"day-2-en"_s, u"s5"_s, 31000);
        QVERIFY(store.lastError().isEmpty());
    }
    UserDataStore store(m_dir->path());
    const QJsonObject section =
        store.section(m_sample->event.id, QLatin1String(ChapterOverlay::sectionName));
    QCOMPARE(section.value(u"version"_s).toInt(), 2);
    const QJsonObject offsets = section.value(u"offsets"_s).toObject();
    QCOMPARE(offsets.value(u"day-1-en"_s).toObject().value(u"s2"_s).toInteger(), 41000);
    QCOMPARE(offsets.value(u"day-2-en"_s).toObject().value(u"s5"_s).toInteger(), 31000);

    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    QVERIFY(overlay.isEdited(u"day-1-en"_s, u"s2"_s));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s2"_s), std::optional<Milliseconds>(41000));
    QCOMPARE(overlay.offset(u"day-2-en"_s, u"s5"_s), std::optional<Milliseconds>(31000));
    QVERIFY(!overlay.canUndo()); // history is per session of use, the edits are not
}

void TestChapterOverlay::damagedStoredEntriesAreDropped()
{
    UserDataStore store(m_dir->path());
    store.setSection(
        m_sample->event.id, QLatin1String(ChapterOverlay::sectionName),
        QJsonObject{
            {u"day-1-en"_s, QJsonObject{{u"s1"_s, u"soon"_s}, {u"s2"_s, -4}, {u"s3"_s, 62000}}},
            {u"day-2-en"_s, u"not an object"_s}});
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    QVERIFY(!overlay.isEdited(u"day-1-en"_s, u"s1"_s));
    QVERIFY(!overlay.isEdited(u"day-1-en"_s, u"s2"_s));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(62000));
    QCOMPARE(overlay.edits().size(), 1);
}

void TestChapterOverlay::effectiveCatalogValidates()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    overlay.setStart(u"day-1-en"_s, u"s2"_s, 40000);
    // A session without a chapter in that recording gets one.
    overlay.setStart(u"day-2-en"_s, u"s3"_s, 5000);

    const QByteArray json = CatalogWriter::toData(*overlay.effectiveCatalog());
    QCOMPARE(overlay.catalogJson(), json);
    CatalogReadOptions options;
    options.baseDir = m_sample->baseDir;
    const CatalogLoadResult read = CatalogReader::readData(json, options);
    QStringList problems;
    for (const CatalogProblem &p : read.problems)
        problems.append(p.toString());
    QVERIFY2(read.ok(), qPrintable(problems.join(u'\n')));
    QCOMPARE(read.catalog->sessions.size(), m_sample->sessions.size());
    const QList<ChapterEntry> day1 = read.catalog->chaptersOf(u"day-1-en"_s);
    QCOMPARE(day1.size(), 3);
    QCOMPARE(day1[1].chapter.at, 40000);
    QCOMPARE(read.catalog->sessions[day1[1].sessionIndex].id, u"s2"_s);
    const QList<ChapterEntry> day2 = read.catalog->chaptersOf(u"day-2-en"_s);
    QCOMPARE(day2.size(), 4);
    QCOMPARE(read.catalog->sessions[day2[1].sessionIndex].id, u"s3"_s);
    QCOMPARE(day2[1].chapter.at, 5000);
}

void TestChapterOverlay::exportRoundTrip_data()
{
    QTest::addColumn<bool>("webVtt");
    QTest::newRow("youtube") << false;
    QTest::newRow("webvtt") << true;
}

void TestChapterOverlay::exportRoundTrip()
{
    QFETCH(bool, webVtt);
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    overlay.setStart(u"day-1-en"_s, u"s2"_s, 42000);
    overlay.setStart(u"day-1-en"_s, u"s3"_s, 65000);

    const QString text =
        webVtt ? overlay.webVttChapters(u"day-1-en"_s) : overlay.youTubeChapters(u"day-1-en"_s);
    ImportReport report;
    const QList<ImportedChapter> parsed =
        webVtt ? ChapterList::parseWebVtt(text, report) : ChapterList::parseYouTube(text, report);
    QVERIFY2(report.ok(), qPrintable(text));
    QVERIFY2(report.warnings.isEmpty(), qPrintable(text));
    const QList<ImportedChapter> expected =
        ChapterList::fromCatalog(*overlay.effectiveCatalog(), u"day-1-en"_s);
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed[1].at, 42000);
    QCOMPARE(parsed[2].at, 65000);
}

void TestChapterOverlay::importIsOneStep()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_sample);
    overlay.setStart(u"day-1-en"_s, u"s1"_s, 2000);
    const QList<ImportedChapter> chapters{
        {0, u"Opening - why formalization matters"_s, 1},
        {35000, u"FINANCING SMALL-SCALE MINERS"_s, 2},
        {64000, u"Traceability technology"_s, 3},
        {80000, u"Questions from the audience"_s, 4},
    };
    const ChapterMatchResult result = overlay.importChapters(u"day-1-en"_s, chapters);
    QCOMPARE(result.matches.size(), 3);
    QCOMPARE(result.unmatchedChapters.size(), 1);
    QCOMPARE(overlay.undoStack()->count(), 2);
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s1"_s), std::optional<Milliseconds>(0));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s2"_s), std::optional<Milliseconds>(35000));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(64000));

    overlay.undo();
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s1"_s), std::optional<Milliseconds>(2000));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s2"_s), std::optional<Milliseconds>(30000));
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(60000));
    QVERIFY(!overlay.isEdited(u"day-1-en"_s, u"s3"_s));
}

void TestChapterOverlay::unknownIdsAreIgnored()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setStart(u"day-1-en"_s, u"s2"_s, 1000); // no catalog yet
    QVERIFY(!overlay.effectiveCatalog());
    overlay.setCatalog(m_sample);
    overlay.setStart(u"no-such-recording"_s, u"s2"_s, 1000);
    overlay.setStart(u"day-1-en"_s, u"no-such-session"_s, 1000);
    overlay.adjust(u"s2-fr"_s, u"s1"_s, 1000); // s1 has no chapter there to move
    QVERIFY(overlay.edits().isEmpty());
    QVERIFY(!overlay.canUndo());
    QCOMPARE(overlay.effectiveCatalog(), m_sample);
}

QTEST_GUILESS_MAIN(TestChapterOverlay)
#include "tst_chapteroverlay.moc"
