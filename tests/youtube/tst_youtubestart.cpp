// `forum-archive --catalog C --session S` on a YouTube recording: the command
// line is parsed and applied as main() does, with the app's core objects and
// no window; the session plays at its chapter through the stand-in yt-dlp.
#include "archivesession.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "decoderrequired.h"
#include "frameprobe.h"
#include "languagemanager.h"
#include "networkaccess.h"
#include "playercontroller.h"
#include "remotecatalogloader.h"
#include "startrequest.h"
#include "userdatastore.h"
#include "youtubeplaybackfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;
using Status = PlayerController::Status;
using Fixture = YouTubePlaybackFixture;

namespace {

// The app's core objects as main() builds them, YouTube streams included.
struct App
{
    explicit App(const Fixture &f)
        : settings(f.cacheDir.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , languages(&settings)
        , userData(f.cacheDir.filePath(u"data"_s))
        , player(&userData)
        , network(f.cacheDir.filePath(u"http"_s))
        , remoteCatalogs(&network, f.cacheDir.filePath(u"catalog-cache"_s))
        , chapters(&userData)
        , streams(f.makeStreams())
    {
        languages.setLanguage(u"en"_s);
        browse.setUserData(&userData);
        player.setMuted(true);
        player.setYouTubeStreams(streams.get());
        player.setVideoOutput(probe.sink);
        player.setExternalOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        probe.skipWhile = [this] {
            return player.status() == Status::Loading || player.status() == Status::Resolving;
        };
        session = std::make_unique<ArchiveSession>(ArchiveServices{
            &library, &browse, &chapters, &userData, &player, &remoteCatalogs, &languages});
    }
    ~App()
    {
        session.reset();
        player.setVideoOutput(nullptr); // the probe's sink goes first
    }
    App(const App &) = delete;
    App &operator=(const App &) = delete;

    QSettings settings;
    LanguageManager languages;
    UserDataStore userData;
    PlayerController player;
    NetworkAccess network;
    RemoteCatalogLoader remoteCatalogs;
    ChapterOverlay chapters;
    CatalogLibrary library;
    BrowseController browse;
    std::unique_ptr<YouTubeStreams> streams;
    FrameProbe probe;
    QList<QUrl> opened;
    std::unique_ptr<ArchiveSession> session;
};

} // namespace

class TestYouTubeStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionFromTheCommandLine_data();
    void sessionFromTheCommandLine();
    void unknownSessionNeverRunsYtDlp();
};

void TestYouTubeStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FA_REQUIRE_DECODER();
}

void TestYouTubeStart::sessionFromTheCommandLine_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("session");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QString>("colour");
    QTest::newRow("at the session's chapter")
        << QStringList() << QString::fromLatin1(Fixture::sessionAt30)
        << qint64(Fixture::sessionOffset) << QString::fromLatin1(Fixture::chapterColour);
    // An offset into the recording lands in the next session's chapter.
    QTest::newRow("--at 1:05") << QStringList{u"--at"_s, u"1:05"_s}
                               << QString::fromLatin1(Fixture::sessionAt30) << qint64(65000)
                               << u"#304fd0"_s;
}

void TestYouTubeStart::sessionFromTheCommandLine()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, session);
    QFETCH(qint64, at);
    QFETCH(QString, colour);
    Fixture f;
    QVERIFY(f.server.isListening());
    const QString catalog = f.writeCatalogFile();
    QVERIFY(!catalog.isEmpty());
    App app(f);

    const StartRequest request =
        StartRequest::parse(QStringList{u"forum-archive"_s, u"--no-restore"_s, u"--catalog"_s,
                                        catalog, u"--session"_s, session}
                            + extra);
    QCOMPARE(request.outcome, StartRequest::Outcome::Run);
    app.probe.arm();
    QString error;
    QVERIFY2(request.apply(*app.session, &error), qPrintable(error));
    QCOMPARE(app.session->currentSessionId(), session);

    QTRY_VERIFY2_WITH_TIMEOUT(
        app.probe.caught(),
        qPrintable(u"status %1, error “%2”, %3 yt-dlp runs"_s.arg(int(app.player.status()))
                       .arg(app.player.errorString())
                       .arg(f.fake.callCount())),
        20000);
    QVERIFY2(*app.probe.startMs >= at && *app.probe.startMs < at + 1000,
             qPrintable(QString::number(*app.probe.startMs)));
    QVERIFY2(FrameProbe::near(app.probe.centre, QColor(colour)),
             qPrintable(app.probe.centre.name()));
    QCOMPARE(app.player.recordingId(), QLatin1String(Fixture::recordingId));
    QCOMPARE(f.fake.callCount(), 1);
    QCOMPARE(f.fake.calls().first().last(), Fixture::address().toString());
    QVERIFY(app.opened.isEmpty()); // played in the app, not in the browser
}

void TestYouTubeStart::unknownSessionNeverRunsYtDlp()
{
    Fixture f;
    const QString catalog = f.writeCatalogFile();
    QVERIFY(!catalog.isEmpty());
    App app(f);
    const StartRequest request = StartRequest::parse(
        {u"forum-archive"_s, u"--no-restore"_s, u"--catalog"_s, catalog, u"--session"_s, u"s99"_s});
    QString error;
    QVERIFY(!request.apply(*app.session, &error));
    QVERIFY2(error.contains(u"s99"_s), qPrintable(error));
    QTest::qWait(200);
    QCOMPARE(app.player.status(), Status::Idle);
    QCOMPARE(f.fake.callCount(), 0);
}

QTEST_MAIN(TestYouTubeStart)
#include "tst_youtubestart.moc"
