#include "browsecontroller.h"
#include "catalogtoolrun.h"
#include "chapterlistmodel.h"
#include "chapteroverlay.h"
#include "facetmodel.h"
#include "importtesthelpers.h"
#include "notesexport.h"
#include "roles.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"
#include "userdatastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// Sessions added from the chapters of a day recording are sessions like any
// other: in the list under their day, found by search, counted, filtered by
// pillar, kept across runs, undoable and exported as ordinary catalog sessions.
class TestAddedSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importIsOneUndoableStep();
    void listedUnderTheirDayInOffsetOrder();
    void foundBySearchCountedAndFavourite();
    void pillarsAndTitlesInEachLanguage();
    void movedStartReordersTheDay();
    void keptAcrossRunsAndRemovable();
    void damagedStoredDataIsDropped();
    void sameCatalogAsTheCommandLine();

private:
    void importDay1(ChapterOverlay &overlay);
    QStringList visibleIds(const BrowseController &browse) const;

    CatalogPtr m_forum;
    QString m_description;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString forumPath =
    QStringLiteral(FA_SOURCE_DIR "/resources/catalogs/global-forum-2022.json");
const QString day1 = u"day-1-en"_s;
const QString coffee = u"added-day-1-en-5700"_s;
const QString networking = u"added-day-1-en-5700-2"_s;
} // namespace

void TestAddedSessions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_forum = CatalogReader::readPath(forumPath).catalog;
    QVERIFY(m_forum);
    m_description =
        QString::fromUtf8(readAll(importFixture(u"global-forum-2022-day1.youtube.txt"_s)));
}

void TestAddedSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAddedSessions::importDay1(ChapterOverlay &overlay)
{
    overlay.setCatalog(m_forum);
    const ChapterImportPreview preview =
        overlay.previewImport(day1, m_description, ImportFormat::YouTube, {true});
    QVERIFY2(preview.ok(), qPrintable(preview.text()));
    QVERIFY(overlay.applyImport(preview));
}

QStringList TestAddedSessions::visibleIds(const BrowseController &browse) const
{
    QStringList ids;
    const auto *proxy = browse.visibleSessions();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(IdRole).toString());
    return ids;
}

void TestAddedSessions::importIsOneUndoableStep()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_forum);
    QSignalSpy sessions(&overlay, &ChapterOverlay::sessionsChanged);
    QSignalSpy changed(&overlay, &ChapterOverlay::changed);
    importDay1(overlay);
    QCOMPARE(overlay.undoStack()->count(), 1);
    QCOMPARE(overlay.effectiveCatalog()->sessions.size(), 19);
    QCOMPARE(overlay.effectiveCatalog()->chaptersOf(day1).size(), 12);
    QCOMPARE(sessions.size(), 2); // setCatalog, then the import
    QVERIFY(overlay.addedSession(coffee));
    QVERIFY(!overlay.addedSession(u"opening"_s));
    QCOMPARE(overlay.offset(day1, u"day-1-finance"_s), std::optional<Milliseconds>(6620000));
    QCOMPARE(overlay.offset(day1, networking), std::optional<Milliseconds>(5700000));

    overlay.undo();
    QCOMPARE(overlay.effectiveCatalog()->sessions.size(), 9);
    QCOMPARE(overlay.effectiveCatalog()->chaptersOf(day1).size(), 0);
    QCOMPARE(sessions.size(), 3);
    overlay.redo();
    QCOMPARE(overlay.effectiveCatalog()->sessions.size(), 19);
    QVERIFY(changed.size() >= 4);

    // Importing the same description again names the added sessions: nothing new.
    const ChapterImportPreview again =
        overlay.previewImport(day1, m_description, ImportFormat::YouTube, {true});
    QCOMPARE(again.match.matches.size(), 12);
    QVERIFY(again.additions.isEmpty());
}

void TestAddedSessions::listedUnderTheirDayInOffsetOrder()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    importDay1(overlay);
    BrowseController browse;
    browse.setCatalog(overlay.effectiveCatalog());
    browse.visibleSessions()->sort(SessionListModel::WhenColumn, Qt::AscendingOrder);
    browse.setDay(u"day-1"_s);
    QCOMPARE(visibleIds(browse),
             (QStringList{u"opening"_s, u"day-1-finance"_s, u"day-1-formalization"_s,
                          u"added-day-1-en-0"_s, u"added-day-1-en-400"_s, u"added-day-1-en-1275"_s,
                          u"added-day-1-en-4925"_s, coffee, networking, u"added-day-1-en-9105"_s,
                          u"added-day-1-en-11110"_s, u"added-day-1-en-13200"_s,
                          u"added-day-1-en-14550"_s}));
    browse.setDay(u"day-2"_s);
    QCOMPARE(browse.visibleCount(), 2);
}

void TestAddedSessions::foundBySearchCountedAndFavourite()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    importDay1(overlay);
    BrowseController browse;
    browse.setUserData(&store);
    browse.setCatalog(overlay.effectiveCatalog());
    QCOMPARE(browse.totalCount(), 19);
    FacetModel *days = browse.days();
    QCOMPARE(days->index(days->rowOf(u"day-1"_s)).data(CountRole).toInt(), 13);
    QCOMPARE(days->index(days->rowOf(QString())).data(CountRole).toInt(), 19);

    browse.setSearchText(u"breakout"_s);
    QCOMPARE(visibleIds(browse), QStringList{networking});
    browse.setSearchText(u"temoignages cote"_s); // accents folded like any title
    QCOMPARE(visibleIds(browse), QStringList{u"added-day-1-en-9105"_s});
    browse.clearFilters();

    browse.toggleFavourite(coffee);
    QVERIFY(store.isFavourite(m_forum->event.id, coffee));
    browse.setFavouritesOnly(true);
    QCOMPARE(visibleIds(browse), QStringList{coffee});
    store.setNote(m_forum->event.id, coffee, u"Bring a cup"_s);
    const QString notes =
        NotesExport::toMarkdown(*overlay.effectiveCatalog(), store.favourites(m_forum->event.id),
                                store.notes(m_forum->event.id), u"en"_s);
    QVERIFY2(notes.contains(u"Coffee break ☕"_s) && notes.contains(u"Bring a cup"_s),
             qPrintable(notes));
}

void TestAddedSessions::pillarsAndTitlesInEachLanguage()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    importDay1(overlay);
    const QString finance = u"added-day-1-en-9105"_s;
    LocalizedText title;
    title.set(u"en"_s, u"Financing miners: voices from Côte d’Ivoire"_s);
    title.set(u"fr"_s, u"Financement des mineurs : témoignages de Côte d’Ivoire"_s);
    title.set(u"es"_s, u"Financiar a los mineros: testimonios de Costa de Marfil"_s);
    QSignalSpy sessions(&overlay, &ChapterOverlay::sessionsChanged);
    overlay.setAddedSessionDetails(finance, title, {u"finance"_s, u"no-such-pillar"_s});
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(overlay.undoStack()->count(), 2);
    const Session *session = overlay.effectiveCatalog()->session(finance);
    QCOMPARE(session->pillarIds, QStringList{u"finance"_s});

    BrowseController browse;
    browse.setCatalog(overlay.effectiveCatalog());
    browse.setPillarChecked(u"finance"_s, true);
    QVERIFY(visibleIds(browse).contains(finance));
    FacetModel *pillars = browse.pillars();
    int inCatalog = 0;
    for (const Session &s : m_forum->sessions)
        inCatalog += s.pillarIds.contains(u"finance"_s) ? 1 : 0;
    QCOMPARE(pillars->index(pillars->rowOf(u"finance"_s)).data(CountRole).toInt(), inCatalog + 1);

    for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
        browse.setLanguage(language);
        SessionListModel *model = browse.sessions();
        const QModelIndex index =
            model->index(model->rowOf(finance), SessionListModel::TitleColumn);
        QCOMPARE(index.data().toString(), title.text(language, u"en"_s));
        // The player's chapter list names the chapter the same way.
        ChapterListModel chapters;
        chapters.setChapters(overlay.effectiveCatalog(),
                             overlay.effectiveCatalog()->chaptersOf(day1), language);
        QCOMPARE(chapters.rowCount(), 12);
        QCOMPARE(chapters.index(8).data(ChapterTitleRole).toString(),
                 title.text(language, u"en"_s));
    }

    // The title in the event's language cannot be emptied.
    overlay.setAddedSessionDetails(finance, LocalizedText(u"fr"_s, u"Seul"_s), {});
    QCOMPARE(overlay.effectiveCatalog()->session(finance)->title.text(u"en"_s, u"en"_s),
             title.text(u"en"_s, u"en"_s));
    overlay.undo();
    QCOMPARE(overlay.effectiveCatalog()->session(finance)->title, title);
}

void TestAddedSessions::movedStartReordersTheDay()
{
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    importDay1(overlay);
    QSignalSpy sessions(&overlay, &ChapterOverlay::sessionsChanged);
    overlay.setStart(day1, networking, 90 * 60 * 1000); // before the coffee break
    QCOMPARE(sessions.size(), 1);
    const CatalogPtr catalog = overlay.effectiveCatalog();
    QVERIFY(catalog->sessionIndex(networking) < catalog->sessionIndex(coffee));
    const QList<ChapterEntry> entries = catalog->chaptersOf(day1);
    QCOMPARE(entries.size(), 12);
    QCOMPARE(catalog->sessions[entries[5].sessionIndex].id, networking);
    QCOMPARE(entries[5].chapter.at, 90 * 60 * 1000);
    QVERIFY(writeAndRead(*catalog).ok());
}

void TestAddedSessions::keptAcrossRunsAndRemovable()
{
    {
        UserDataStore store(m_dir->path());
        ChapterOverlay overlay(&store);
        importDay1(overlay);
        overlay.setAddedSessionDetails(coffee, LocalizedText(u"en"_s, u"Coffee break ☕"_s),
                                       {u"technology"_s});
        QVERIFY(store.lastError().isEmpty());
    }
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_forum);
    QCOMPARE(overlay.effectiveCatalog()->sessions.size(), 19);
    QCOMPARE(overlay.effectiveCatalog()->chaptersOf(day1).size(), 12);
    QCOMPARE(overlay.effectiveCatalog()->session(coffee)->pillarIds, QStringList{u"technology"_s});
    QVERIFY(!overlay.canUndo());

    overlay.removeAddedSession(coffee);
    QVERIFY(!overlay.effectiveCatalog()->session(coffee));
    // Its chapter stays, naming nothing.
    const QList<ChapterEntry> entries = overlay.effectiveCatalog()->chaptersOf(day1);
    QCOMPARE(entries.size(), 12);
    QCOMPARE(entries[5].sessionIndex, -1);
    QVERIFY(writeAndRead(*overlay.effectiveCatalog()).ok());
    overlay.undo();
    QVERIFY(overlay.effectiveCatalog()->session(coffee));
}

void TestAddedSessions::damagedStoredDataIsDropped()
{
    UserDataStore store(m_dir->path());
    const QJsonObject good{{u"id"_s, coffee},
                           {u"recording"_s, day1},
                           {u"at"_s, 5700000},
                           {u"title"_s, QJsonObject{{u"en"_s, u"Coffee"_s}}}};
    QJsonArray added{good,
                     QJsonObject{{u"id"_s, u"opening"_s}, // not an added id
                                 {u"recording"_s, day1},
                                 {u"at"_s, 0},
                                 {u"title"_s, QJsonObject{{u"en"_s, u"X"_s}}}},
                     QJsonObject{{u"id"_s, u"added-x"_s}, {u"recording"_s, day1}, {u"at"_s, 5}},
                     QJsonObject{{u"id"_s, u"added-y"_s},
                                 {u"recording"_s, day1},
                                 {u"at"_s, -5},
                                 {u"title"_s, QJsonObject{{u"en"_s, u"Y"_s}}}},
                     u"not an object"_s};
    QJsonArray chapters{
        QJsonObject{{u"at"_s, 0}, {u"title"_s, u"Start"_s}},
        QJsonObject{{u"at"_s, 10}, {u"title"_s, u"Gone"_s}, {u"session"_s, u"added-gone"_s}},
        QJsonObject{{u"at"_s, u"soon"_s}, {u"title"_s, u"Bad"_s}},
        QJsonObject{{u"at"_s, 5700000}, {u"title"_s, u"Coffee"_s}, {u"session"_s, coffee}}};
    for (int i = 0; i < 3000; ++i)
        chapters.append(QJsonObject{{u"at"_s, 6000000 + i}, {u"title"_s, u"Many"_s}});
    store.setSection(m_forum->event.id, QLatin1String(ChapterOverlay::sectionName),
                     QJsonObject{{u"version"_s, 2},
                                 {u"offsets"_s, QJsonObject{{day1, QJsonObject{{coffee, 1}}}}},
                                 {u"chapters"_s, QJsonObject{{day1, chapters}}},
                                 {u"added"_s, added}});
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_forum);
    QCOMPARE(overlay.state().added.size(), 1);
    QCOMPARE(overlay.state().chapters.value(day1).size(), ChapterList::maxChapters);
    QCOMPARE(overlay.state().chapters.value(day1).first().title, u"Start"_s);
    // A chapter naming a session that is not there names none in the catalog.
    const QList<ChapterEntry> entries = overlay.effectiveCatalog()->chaptersOf(day1);
    const auto gone = std::find_if(entries.cbegin(), entries.cend(),
                                   [](const ChapterEntry &e) { return e.chapter.at == 10; });
    QVERIFY(gone != entries.cend());
    QCOMPARE(gone->sessionIndex, -1);
    for (const RecordingChapter &chapter : overlay.effectiveCatalog()->recording(day1)->chapters)
        QVERIFY(chapter.at != 10 || chapter.sessionId.isEmpty());
    QCOMPARE(overlay.offset(day1, coffee), std::optional<Milliseconds>(1));
    QVERIFY(writeAndRead(*overlay.effectiveCatalog()).ok());
}

void TestAddedSessions::sameCatalogAsTheCommandLine()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"forum.json"_s);
    const ToolRun r = runCatalogTool(
        {u"import"_s, importFixture(u"global-forum-2022-day1.youtube.txt"_s), u"--catalog"_s,
         forumPath, u"--recording"_s, day1, u"--add-sessions"_s, u"-o"_s, out});
    QCOMPARE(r.code, 0);
    UserDataStore store(m_dir->path());
    ChapterOverlay overlay(&store);
    importDay1(overlay);
    QCOMPARE(QJsonDocument::fromJson(overlay.catalogJson()), QJsonDocument::fromJson(readAll(out)));
}

QTEST_GUILESS_MAIN(TestAddedSessions)
#include "tst_addedsessions.moc"
