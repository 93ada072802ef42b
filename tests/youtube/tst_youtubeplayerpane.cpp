// What the player pane shows while yt-dlp is asked for a YouTube stream and
// when that fails: "Finding the video stream…" with Cancel, then the failure
// with Open in Browser and Copy Address, driven by clicks as a person does.
#include "playercontroller.h"
#include "playerpane.h"
#include "youtubeplaybackfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;
using Status = PlayerController::Status;
using Fixture = YouTubePlaybackFixture;

namespace {

// Receives what QDesktopServices would hand to the browser.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

// Children of this process running `sleep <seconds>`: the stand-in yt-dlp
// waiting (it execs sleep, so the program and the sleep are one process).
int runningSleeps(int seconds)
{
    int count = 0;
    const QByteArray wanted = QByteArray("sleep\0", 6) + QByteArray::number(seconds) + '\0';
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!cmdline.open(QIODevice::ReadOnly) || cmdline.readAll() != wanted
            || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ..."
        const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
        if (fields.value(1).toLongLong() == QCoreApplication::applicationPid())
            ++count;
    }
    return count;
}

} // namespace

class TestYouTubePlayerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void failureOffersTheBrowser_data();
    void failureOffersTheBrowser();
    void cancelStopsTheProgram();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QLatin1String(name));
    }
    void startPlaying();
    void expectBrowserOffered();

    BrowserStandIn m_browser;
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<YouTubeStreams> m_streams;
    std::unique_ptr<PlayerController> m_player;
    std::unique_ptr<PlayerPane> m_pane;
};

void TestYouTubePlayerPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Open in Browser goes through QDesktopServices, as in the app.
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
}

void TestYouTubePlayerPane::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestYouTubePlayerPane::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->server.isListening());
    m_streams = m_f->makeStreams();
    m_player = std::make_unique<PlayerController>();
    m_player->setMuted(true);
    m_player->setYouTubeStreams(m_streams.get());
    m_pane = std::make_unique<PlayerPane>(m_player.get());
    m_pane->resize(800, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_browser.opened.clear();
    QApplication::clipboard()->clear();
}

void TestYouTubePlayerPane::cleanup()
{
    m_pane.reset();
    m_player.reset();
    m_streams.reset();
    m_f.reset();
}

void TestYouTubePlayerPane::startPlaying()
{
    QVERIFY(
        m_player->playSession(Fixture::catalog(), QLatin1String(Fixture::sessionAt30), u"en"_s));
    // Returns at once; the pane says what it waits for and offers to stop.
    QCOMPARE(m_player->status(), Status::Resolving);
    QCOMPARE(child<QLabel>("playerMessage")->text(), u"Finding the video stream…"_s);
    QVERIFY(child<QLabel>("playerMessage")->isVisible());
    QVERIFY(child<QProgressBar>("resolvingIndicator")->isVisible());
    QVERIFY(child<QPushButton>("cancelResolvingButton")->isVisible());
    QVERIFY(!child<QPushButton>("openExternalButton")->isVisible());
    QVERIFY(!child<QPushButton>("copyAddressButton")->isVisible());
}

void TestYouTubePlayerPane::expectBrowserOffered()
{
    auto *open = child<QPushButton>("openExternalButton");
    auto *copy = child<QPushButton>("copyAddressButton");
    QVERIFY(open->isVisible());
    QVERIFY(copy->isVisible());
    QVERIFY(!child<QPushButton>("cancelResolvingButton")->isVisible());
    QVERIFY(!child<QProgressBar>("resolvingIndicator")->isVisible());

    // The video's address at the session's start.
    const QUrl atSession(Fixture::address().toString() + u"&t=30s"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), atSession.toString());
    QSignalSpy opened(m_player.get(), &PlayerController::openedExternally);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_browser.opened, QList<QUrl>{atSession});
    QCOMPARE(opened.size(), 1);
}

void TestYouTubePlayerPane::failureOffersTheBrowser_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("expected"); // in the message shown

    QTest::newRow("not installed") << u"not installed"_s
                                   << u"yt-dlp is not installed. Install the Debian package "
                                      u"yt-dlp, or set its location in File → Preferences."_s;
    QTest::newRow("not at the location set")
        << u"not at the location set"_s << u"yt-dlp was not found at “"_s;
    // Every ERROR: line, in full.
    QTest::newRow("video unavailable")
        << u"error"_s
        << u"ERROR: [youtube] Gf2022Day1x: Video unavailable. This video has been removed by "
           u"the uploader"_s;
    QTest::newRow("timed out") << u"timeout"_s << u"gave no answer for “"_s;
    QTest::newRow("unreadable answer") << u"garbage"_s << u"could not be read"_s;
    QTest::newRow("no stream with audio and video")
        << u"separate streams"_s << u"no single stream with both audio and video"_s;
}

void TestYouTubePlayerPane::failureOffersTheBrowser()
{
    QFETCH(QString, failure);
    QFETCH(QString, expected);
    constexpr int sleepSeconds = 4243;
    QTemporaryDir emptyBin;
    std::unique_ptr<ScopedEnv> path;
    if (failure == u"not installed") {
        m_streams->resolver()->setProgramPath({});
        path = std::make_unique<ScopedEnv>("PATH", QFile::encodeName(emptyBin.path()));
    } else if (failure == u"not at the location set") {
        m_streams->resolver()->setProgramPath(emptyBin.filePath(u"yt-dlp"_s));
    } else if (failure == u"error") {
        m_f->fake.failWith(expected.toUtf8());
    } else if (failure == u"timeout") {
        m_streams->resolver()->setTimeout(std::chrono::milliseconds(1000));
        m_f->fake.sleepFor(sleepSeconds);
    } else if (failure == u"garbage") {
        m_f->fake.printGarbage();
    } else if (failure == u"separate streams") {
        m_f->fake.answerWith(m_f->answer(QLatin1String(Fixture::streamPath), false));
    }

    QSignalSpy errors(m_player.get(), &PlayerController::errorOccurred);
    startPlaying();
    // Nothing waits on yt-dlp: the event loop keeps running meanwhile.
    bool ticked = false;
    QTimer::singleShot(0, this, [&] { ticked = true; });
    QTRY_VERIFY(ticked);
    QTRY_COMPARE_WITH_TIMEOUT(m_player->status(), Status::Error, 15000);
    QCOMPARE(errors.size(), 1);
    const QString shown = child<QLabel>("playerMessage")->text();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QCOMPARE(shown, m_player->errorString());
    if (failure == u"timeout") {
        QVERIFY2(shown.contains(u"within 1 second"_s), qPrintable(shown));
        QTRY_COMPARE(runningSleeps(sleepSeconds), 0); // the program was stopped
    }
    if (failure == u"not installed" || failure == u"not at the location set")
        QCOMPARE(m_f->fake.callCount(), 0);
    expectBrowserOffered();
    QCOMPARE(m_f->server.requestCount(QLatin1String(Fixture::streamPath)), 0);
}

void TestYouTubePlayerPane::cancelStopsTheProgram()
{
    constexpr int sleepSeconds = 4244;
    m_f->fake.sleepFor(sleepSeconds);
    startPlaying();
    QTRY_COMPARE_WITH_TIMEOUT(runningSleeps(sleepSeconds), 1, 10000);
    QSignalSpy errors(m_player.get(), &PlayerController::errorOccurred);

    QTest::mouseClick(child<QPushButton>("cancelResolvingButton"), Qt::LeftButton);
    QCOMPARE(m_player->status(), Status::Error);
    QCOMPARE(errors.size(), 1);
    const QString shown = child<QLabel>("playerMessage")->text();
    QVERIFY2(shown.contains(u"was cancelled"_s), qPrintable(shown));
    QTRY_COMPARE_WITH_TIMEOUT(runningSleeps(sleepSeconds), 0, 5000);
    expectBrowserOffered();
    QTest::qWait(200);
    QCOMPARE(m_player->status(), Status::Error);
    QCOMPARE(errors.size(), 1);
}

QTEST_MAIN(TestYouTubePlayerPane)
#include "tst_youtubeplayerpane.moc"
