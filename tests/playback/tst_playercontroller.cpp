#include "chapterlistmodel.h"
#include "decoderrequired.h"
#include "frameprobe.h"
#include "momentlink.h"
#include "playercontroller.h"
#include "roles.h"
#include "samplecatalog.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QMediaFormat>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestPlayerController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void jumpLandsOnChapter_data();
    void jumpLandsOnChapter();
    void jumpWithinLoadedRecording();
    void nextPreviousChapter();
    void chapterListFollowsPlayback();
    void chapterTitleFallsBackToSession();
    void languageChoice();
    void switchKeepsPlaceInSession();
    void resumeStoredAndOffered();
    void missingFileNamesPath();
    void noSourceLinkFlow();
    void externalSourceOpensAtOffset();
    void momentLinkOfPosition();
    void rateVolumeMute();
    void videoOutputMadeWithThePlayer();

private:
    bool waitForFrameAt(qint64 offset, const QColor &colour);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserDataStore> m_store;
    std::unique_ptr<PlayerController> m_player;
    FrameProbe *m_probe = nullptr;
};

void TestPlayerController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = sampleCatalog();
    QVERIFY(m_catalog);
    FA_REQUIRE_DECODER();
}

void TestPlayerController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<UserDataStore>(m_dir->path());
    m_player = std::make_unique<PlayerController>(m_store.get());
    m_probe = new FrameProbe(m_player.get());
    m_player->setVideoOutput(m_probe->sink);
    m_probe->skipWhile = [this] {
        return m_player && m_player->status() == PlayerController::Status::Loading;
    };
    m_player->setMuted(true);
}

void TestPlayerController::cleanup()
{
    m_player.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestPlayerController::waitForFrameAt(qint64 offset, const QColor &colour)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_probe->caught(), 15000); }();
    if (!m_probe->caught())
        return false;
    const qint64 at = *m_probe->startMs;
    if (at < offset || at >= offset + 1000) {
        qWarning("first frame at %lld ms, expected [%lld, %lld)", at, offset, offset + 1000);
        return false;
    }
    if (!FrameProbe::near(m_probe->centre, colour)) {
        qWarning("centre colour %s, expected %s", qPrintable(m_probe->centre.name()),
                 qPrintable(colour.name()));
        return false;
    }
    return true;
}

void TestPlayerController::jumpLandsOnChapter_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("recording");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("colour");

    // Every chapter of the sample archive, each opened fresh.
    for (const Session &s : m_catalog->sessions) {
        for (const Chapter &c : s.chapters) {
            QTest::addRow("%s in %s", qPrintable(s.id), qPrintable(c.recordingId))
                << s.id << c.recordingId << qint64(c.at) << c.color;
        }
    }
}

void TestPlayerController::jumpLandsOnChapter()
{
    QFETCH(QString, session);
    QFETCH(QString, recording);
    QFETCH(qint64, offset);
    QFETCH(QString, colour);

    m_probe->arm();
    QVERIFY(m_player->playSession(m_catalog, session, u"en"_s, recording));
    QCOMPARE(m_player->recordingId(), recording);
    QVERIFY(waitForFrameAt(offset, QColor(colour)));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    QCOMPARE(m_player->sessionId(), session);
    QVERIFY(m_player->errorString().isEmpty());
}

void TestPlayerController::jumpWithinLoadedRecording()
{
    QVERIFY(m_player->playSession(m_catalog, u"s4"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    const QList<ChapterEntry> chapters = m_player->chapters();
    QCOMPARE(chapters.size(), 3);
    // Backwards too, so a jump never just plays on into the chapter.
    for (int i : {2, 0, 1, 2}) {
        m_probe->arm();
        m_player->jumpToChapter(i);
        QVERIFY2(waitForFrameAt(chapters[i].chapter.at, QColor(chapters[i].chapter.color)),
                 qPrintable(u"chapter %1"_s.arg(i)));
        QTRY_COMPARE(m_player->currentChapter(), i);
    }
}

void TestPlayerController::nextPreviousChapter()
{
    QSignalSpy entered(m_player.get(), &PlayerController::sessionEntered);
    QVERIFY(m_player->playSession(m_catalog, u"s1"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    QCOMPARE(m_player->currentChapter(), 0);

    m_probe->arm();
    m_player->nextChapter();
    QVERIFY(waitForFrameAt(30000, QColor(m_player->chapters()[1].chapter.color)));
    QCOMPARE(m_player->currentChapter(), 1);
    QCOMPARE(m_player->sessionId(), u"s2"_s);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.first().first().toString(), u"s2"_s);

    // Just after the start: previous goes to the chapter before.
    m_probe->arm();
    m_player->previousChapter();
    QVERIFY(waitForFrameAt(0, QColor(m_player->chapters()[0].chapter.color)));
    QCOMPARE(m_player->currentChapter(), 0);

    // More than 3 s into a chapter: previous goes to its start.
    m_player->setPosition(45000);
    QTRY_VERIFY_WITH_TIMEOUT(m_player->position() >= 45000, 10000);
    QCOMPARE(m_player->currentChapter(), 1);
    m_probe->arm();
    m_player->previousChapter();
    QVERIFY(waitForFrameAt(30000, QColor(m_player->chapters()[1].chapter.color)));
    QCOMPARE(m_player->currentChapter(), 1);

    // No chapter after the last one.
    m_player->jumpToChapter(2);
    QTRY_COMPARE(m_player->currentChapter(), 2);
    m_player->nextChapter();
    QCOMPARE(m_player->currentChapter(), 2);

    m_player->seekRelative(-10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_player->position() >= 50000 && m_player->position() < 60000, 10000);
    QCOMPARE(m_player->currentChapter(), 1);
}

void TestPlayerController::chapterListFollowsPlayback()
{
    ChapterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.follow(m_player.get());
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy entered(m_player.get(), &PlayerController::sessionEntered);
    QVERIFY(m_player->playSession(m_catalog, u"s2"_s, u"en"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.current(), 1);
    QCOMPARE(model.index(1).data(ChapterCurrentRole).toBool(), true);
    QCOMPARE(model.index(0).data(ChapterCurrentRole).toBool(), false);
    QCOMPARE(model.index(1).data(ChapterTitleRole).toString(),
             u"Session 2: Financing small-scale miners"_s);
    QCOMPARE(model.index(1).data(ChapterOffsetRole).toLongLong(), 30000);
    QCOMPARE(model.index(1).data(ChapterTimeTextRole).toString(), u"0:30"_s);
    QCOMPARE(model.index(2).data(ChapterSessionIdRole).toString(), u"s3"_s);
    QVERIFY(model.roleNames().value(ChapterCurrentRole) == "current");

    // Play across the boundary at 60 s.
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    m_player->setPosition(59000);
    QTRY_COMPARE_WITH_TIMEOUT(model.current(), 2, 10000);
    QVERIFY(model.index(2).data(ChapterCurrentRole).toBool());
    QVERIFY(!model.index(1).data(ChapterCurrentRole).toBool());
    QTRY_VERIFY(!entered.isEmpty());
    QCOMPARE(entered.last().first().toString(), u"s3"_s);
    QCOMPARE(m_player->sessionId(), u"s3"_s);
    QCOMPARE(m_player->options().size(), 1); // s3 has only the day recording

    m_player->setLanguage(u"fr"_s);
    QCOMPARE(model.index(2).data(ChapterTitleRole).toString(),
             u"Session 3 : Technologies de traçabilité"_s);

    // Another recording replaces the rows.
    QVERIFY(m_player->playSession(m_catalog, u"s4"_s, u"fr"_s));
    QCOMPARE(m_player->recordingId(), u"s4-fr"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.current(), 0);
}

void TestPlayerController::chapterTitleFallsBackToSession()
{
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        for (Session &s : cat.sessions)
            s.chapters.first().title = {};
    });
    ChapterListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChapters(c, c->chaptersOf(u"day-1-en"_s), u"en"_s);
    QCOMPARE(model.index(2).data(ChapterTitleRole).toString(), u"Traceability technologies"_s);
    model.setCurrent(2);
    QVERIFY(model.index(2).data(ChapterCurrentRole).toBool());
    model.setCurrent(7); // out of range: none
    QCOMPARE(model.current(), -1);
}

void TestPlayerController::languageChoice()
{
    // fr has its own recording of s2.
    m_probe->arm();
    QVERIFY(m_player->playSession(m_catalog, u"s2"_s, u"fr"_s));
    QCOMPARE(m_player->recordingId(), u"s2-fr"_s);
    QCOMPARE(m_player->options().at(m_player->currentOption()).label, u"French"_s);
    QVERIFY(waitForFrameAt(0, QColor(u"#ef7f1e"_s)));

    // fr has none of s3: the day recording at the session's chapter.
    m_probe->arm();
    QVERIFY(m_player->playSession(m_catalog, u"s3"_s, u"fr"_s));
    QCOMPARE(m_player->recordingId(), u"day-1-en"_s);
    QVERIFY(waitForFrameAt(60000, QColor(u"#304fd0"_s)));
}

void TestPlayerController::switchKeepsPlaceInSession()
{
    QVERIFY(m_player->playSession(m_catalog, u"s2"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    m_player->setPosition(35000);
    QTRY_VERIFY_WITH_TIMEOUT(m_player->position() >= 35000, 10000);
    m_player->pause();
    QTRY_COMPARE(m_player->status(), PlayerController::Status::Paused);
    const qint64 within = m_player->position() - 30000;

    QSignalSpy options(m_player.get(), &PlayerController::optionsChanged);
    m_player->selectRecording(u"s2-es"_s);
    QCOMPARE(m_player->recordingId(), u"s2-es"_s);
    QVERIFY(!options.isEmpty());
    // Paused before, paused after, at the same place.
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Paused, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_player->position(), within, 10000);
    m_probe->arm();
    m_player->play();
    QVERIFY(waitForFrameAt(within, QColor(u"#6f2fa0"_s)));

    m_probe->arm();
    m_player->selectRecording(u"day-1-en"_s);
    QVERIFY(waitForFrameAt(30000 + within, QColor(u"#2fad43"_s)));
}

void TestPlayerController::resumeStoredAndOffered()
{
    QCOMPARE(m_player->resumePosition(u"day-1-en"_s), -1);
    QVERIFY(m_player->playSession(m_catalog, u"s1"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    m_player->setPosition(12000);
    QTRY_VERIFY_WITH_TIMEOUT(m_player->position() >= 12000, 10000);
    m_player->pause();
    QTRY_COMPARE(m_player->status(), PlayerController::Status::Paused);
    const qint64 stored = m_player->resumePosition(u"day-1-en"_s);
    QVERIFY2(stored >= 12000 && stored < 14000, qPrintable(QString::number(stored)));

    // Another player on the same user data offers it and resumes there.
    m_player.reset();
    PlayerController again(m_store.get());
    FrameProbe probe;
    again.setVideoOutput(probe.sink);
    probe.skipWhile = [&] { return again.status() == PlayerController::Status::Loading; };
    again.setMuted(true);
    QVERIFY(again.playSession(m_catalog, u"s1"_s, u"en"_s));
    QCOMPARE(again.resumePosition(u"day-1-en"_s), stored);
    QTRY_COMPARE_WITH_TIMEOUT(again.status(), PlayerController::Status::Playing, 10000);
    again.resume();
    QTRY_VERIFY_WITH_TIMEOUT(again.position() >= stored && again.position() < stored + 2000, 10000);
    QCOMPARE(UserDataStore(m_dir->path()).resumePosition(m_catalog->event.id, u"day-1-en"_s),
             stored);
}

void TestPlayerController::missingFileNamesPath()
{
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        recordingIn(cat, u"day-1-en"_s).sources.first().path = u"media/gone.webm"_s;
    });
    QSignalSpy errors(m_player.get(), &PlayerController::errorOccurred);
    QVERIFY(m_player->playSession(c, u"s2"_s, u"en"_s));
    QCOMPARE(m_player->status(), PlayerController::Status::Error);
    QCOMPARE(errors.size(), 1);
    const QString expectedPath = QDir::toNativeSeparators(c->resolvePath(u"media/gone.webm"_s));
    QVERIFY(expectedPath.endsWith(u"gone.webm"_s));
    QVERIFY2(m_player->errorString().contains(expectedPath), qPrintable(m_player->errorString()));

    // The player keeps working.
    m_probe->arm();
    QVERIFY(m_player->playSession(c, u"s4"_s, u"en"_s));
    QVERIFY(waitForFrameAt(0, QColor(u"#e0cf1f"_s)));
    QVERIFY(m_player->errorString().isEmpty());
}

void TestPlayerController::noSourceLinkFlow()
{
    const CatalogPtr c =
        modified(m_catalog, [](Catalog &cat) { recordingIn(cat, u"s2-fr"_s).sources.clear(); });
    QVERIFY(m_player->playSession(c, u"s2"_s, u"fr"_s));
    QCOMPARE(m_player->recordingId(), u"s2-fr"_s);
    QCOMPARE(m_player->status(), PlayerController::Status::NoSource);
    QVERIFY(m_player->momentLink().isEmpty());

    const QString file = QStringLiteral(FA_SAMPLE_DIR "/media/s2-fr.webm");
    m_probe->arm();
    m_player->linkRecording(file);
    QCOMPARE(m_store->recordingLink(c->event.id, u"s2-fr"_s), file);
    QVERIFY(m_player->source().linked);
    QVERIFY(waitForFrameAt(0, QColor(u"#ef7f1e"_s)));

    // Used from then on, by another player on the same user data too.
    m_player.reset();
    UserDataStore reread(m_dir->path());
    PlayerController again(&reread);
    FrameProbe probe;
    again.setVideoOutput(probe.sink);
    probe.skipWhile = [&] { return again.status() == PlayerController::Status::Loading; };
    again.setMuted(true);
    probe.arm();
    QVERIFY(again.playSession(c, u"s2"_s, u"fr"_s));
    QVERIFY(again.source().linked);
    QTRY_VERIFY_WITH_TIMEOUT(probe.caught(), 15000);
    QVERIFY(FrameProbe::near(probe.centre, QColor(u"#ef7f1e"_s)));
}

void TestPlayerController::externalSourceOpensAtOffset()
{
    const QUrl youTube(u"https://www.youtube.com/watch?v=abcdefghijk&t=3s"_s);
    const CatalogPtr c = modified(m_catalog, [&](Catalog &cat) {
        recordingIn(cat, u"day-2-en"_s).sources = {urlSource(youTube)};
    });
    QList<QUrl> opened;
    m_player->setExternalOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(m_player->playSession(c, u"s5"_s, u"en"_s));
    QCOMPARE(m_player->status(), PlayerController::Status::External);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().toString(), u"https://www.youtube.com/watch?v=abcdefghijk&t=30s"_s);
    QCOMPARE(m_player->currentChapter(), 1);

    m_player->nextChapter();
    QVERIFY(m_player->openExternally());
    QCOMPARE(opened.last().toString(), u"https://www.youtube.com/watch?v=abcdefghijk&t=60s"_s);
    QCOMPARE(m_player->momentLink(), opened.last());

    // A browser that cannot be started is an error, not silence.
    m_player->setExternalOpener([](const QUrl &) { return false; });
    QVERIFY(!m_player->openExternally());
    QCOMPARE(m_player->status(), PlayerController::Status::Error);
    QVERIFY(m_player->errorString().contains(u"youtube.com"_s));
}

void TestPlayerController::momentLinkOfPosition()
{
    QVERIFY(m_player->playSession(m_catalog, u"s3"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    m_player->pause();
    QTRY_COMPARE(m_player->status(), PlayerController::Status::Paused);
    const QUrl link = m_player->momentLink();
    QVERIFY(link.isLocalFile());
    QVERIFY(link.toLocalFile().endsWith(u"/media/day-1.webm"));
    const auto target = MomentLink::parse(*m_catalog, QUrl(link.toString()));
    QVERIFY(target);
    QCOMPARE(target->recordingId, u"day-1-en"_s);
    QCOMPARE(target->sessionId, u"s3"_s);
    QVERIFY(qAbs(target->offset - m_player->position()) < 1000);

    // And back into the player.
    m_probe->arm();
    QVERIFY(m_player->playRecording(m_catalog, target->recordingId, 75000, u"en"_s));
    QVERIFY(waitForFrameAt(75000, QColor(u"#304fd0"_s)));
}

void TestPlayerController::rateVolumeMute()
{
    QSignalSpy rate(m_player.get(), &PlayerController::playbackRateChanged);
    m_player->setPlaybackRate(1.3);
    QCOMPARE(m_player->playbackRate(), 1.25);
    m_player->faster();
    QCOMPARE(m_player->playbackRate(), 1.5);
    m_player->setPlaybackRate(9);
    QCOMPARE(m_player->playbackRate(), 2.0);
    m_player->faster();
    QCOMPARE(m_player->playbackRate(), 2.0);
    m_player->setPlaybackRate(0.1);
    m_player->slower();
    QCOMPARE(m_player->playbackRate(), 0.5);
    QCOMPARE(rate.size(), 4);

    m_player->setVolume(0.4f);
    QCOMPARE(m_player->volume(), 0.4f);
    m_player->setVolume(3.0f);
    QCOMPARE(m_player->volume(), 1.0f);
    m_player->toggleMuted();
    QVERIFY(!m_player->isMuted());

    // Applied to a player created afterwards.
    m_player->setPlaybackRate(1.0);
    QVERIFY(m_player->playSession(m_catalog, u"s1"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), PlayerController::Status::Playing, 10000);
    QCOMPARE(m_player->playbackRate(), 1.0);
}

void TestPlayerController::videoOutputMadeWithThePlayer()
{
    // The window's video view makes its sink (which starts the media backend)
    // only when the player asks for it: at the first open, not before.
    m_player.reset();
    FrameProbe probe;
    FrameProbe later;
    int made = 0;
    PlayerController player(m_store.get());
    player.setMuted(true);
    player.setVideoOutputMaker([&] {
        ++made;
        return probe.sink;
    });
    QCOMPARE(made, 0);
    probe.skipWhile = [&] { return player.status() == PlayerController::Status::Loading; };
    probe.arm();
    QVERIFY(player.playSession(m_catalog, u"s2"_s, u"en"_s));
    QCOMPARE(made, 1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.caught(), 15000);
    QVERIFY2(*probe.startMs >= 30000 && *probe.startMs < 31000,
             qPrintable(QString::number(*probe.startMs)));

    // With the player there, a maker is asked at once and its output gets the frames.
    player.setVideoOutputMaker([&] {
        ++made;
        return later.sink;
    });
    QCOMPARE(made, 2);
    QTRY_VERIFY_WITH_TIMEOUT(later.frames > 0, 10000);

    // An output set afterwards replaces a maker not yet asked.
    PlayerController other(m_store.get());
    other.setVideoOutputMaker([&] {
        ++made;
        return probe.sink;
    });
    other.setVideoOutput(nullptr);
    other.engine()->prepare();
    QCOMPARE(made, 2);
}

QTEST_MAIN(TestPlayerController)
#include "tst_playercontroller.moc"
