// A YouTube recording played in the app, end to end through PlayerController:
// the stand-in yt-dlp answers with a stream address on 127.0.0.1, where the
// sample day recording is served with Range; the first frame is the chapter's.
#include "decoderrequired.h"
#include "frameprobe.h"
#include "playercontroller.h"
#include "youtubeplaybackfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;
using Status = PlayerController::Status;
using Fixture = YouTubePlaybackFixture;

class TestYouTubePlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void playsAtTheChapterThroughYtDlp();
    void secondPlayUsesTheCachedStream();
    void refusedStreamIsResolvedOnceMore();
    void streamRefusedAgainIsReported();
    void otherAddressesNeverReachYtDlp_data();
    void otherAddressesNeverReachYtDlp();

private:
    // A player wired as main() wires it, rendering into `probe`.
    std::unique_ptr<PlayerController> makePlayer(YouTubeStreams *streams, FrameProbe &probe);
    // Waits for the probe's frame and checks it is the chapter at `at`, in `colour`.
    void expectFrame(const PlayerController &player, const FrameProbe &probe, Milliseconds at,
                     const QString &colour);

    std::unique_ptr<Fixture> m_f;
    QList<QUrl> m_opened; // what the player opened outside the app
};

void TestYouTubePlayback::initTestCase()
{
    FA_REQUIRE_DECODER();
}

void TestYouTubePlayback::init()
{
    m_f = std::make_unique<Fixture>();
    QVERIFY(m_f->server.isListening());
    QVERIFY(m_f->cacheDir.isValid());
    m_opened.clear();
}

void TestYouTubePlayback::cleanup()
{
    m_f.reset();
}

std::unique_ptr<PlayerController> TestYouTubePlayback::makePlayer(YouTubeStreams *streams,
                                                                  FrameProbe &probe)
{
    auto player = std::make_unique<PlayerController>();
    player->setYouTubeStreams(streams);
    player->setExternalOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    player->setVideoOutput(probe.sink);
    player->setMuted(true);
    // Frames before the start offset is reached are not the session's.
    probe.skipWhile = [p = player.get()] {
        return p->status() == Status::Loading || p->status() == Status::Resolving;
    };
    return player;
}

void TestYouTubePlayback::expectFrame(const PlayerController &player, const FrameProbe &probe,
                                      Milliseconds at, const QString &colour)
{
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe.caught(),
        qPrintable(
            u"status %1, error “%2”, %3 stream requests, %4 yt-dlp runs"_s.arg(int(player.status()))
                .arg(player.errorString())
                .arg(m_f->server.requests().size())
                .arg(m_f->fake.callCount())),
        20000);
    QVERIFY2(*probe.startMs >= at && *probe.startMs < at + 1000,
             qPrintable(QString::number(*probe.startMs)));
    QVERIFY2(FrameProbe::near(probe.centre, QColor(colour)), qPrintable(probe.centre.name()));
}

void TestYouTubePlayback::playsAtTheChapterThroughYtDlp()
{
    auto streams = m_f->makeStreams();
    FrameProbe probe;
    auto player = makePlayer(streams.get(), probe);
    QSignalSpy statuses(player.get(), &PlayerController::statusChanged);
    probe.arm();
    QVERIFY(player->playSession(Fixture::catalog(), QLatin1String(Fixture::sessionAt30), u"en"_s));
    // yt-dlp runs in the background: the call returns at once.
    QCOMPARE(player->status(), Status::Resolving);
    QCOMPARE(player->recordingId(), QLatin1String(Fixture::recordingId));
    expectFrame(*player, probe, Fixture::sessionOffset, QLatin1String(Fixture::chapterColour));
    QCOMPARE(player->sessionId(), QLatin1String(Fixture::sessionAt30));
    QCOMPARE(player->mediaTitle(), u"Sample Forum - Day 1"_s);
    QCOMPARE(statuses.first().first().value<Status>(), Status::Resolving);
    QVERIFY(player->errorString().isEmpty());
    QVERIFY(m_opened.isEmpty());

    const QList<QStringList> calls = m_f->fake.calls();
    QCOMPARE(calls.size(), 1);
    const QStringList &arguments = calls.first();
    for (const QString &expected : {u"--ignore-config"_s, u"--no-playlist"_s, u"-J"_s})
        QVERIFY2(arguments.contains(expected), qPrintable(arguments.join(u' ')));
    // The address is one argument, after "--", and nowhere else.
    QCOMPARE(arguments.last(), Fixture::address().toString());
    QCOMPARE(arguments.at(arguments.size() - 2), u"--"_s);
    QCOMPARE(arguments.filter(u"youtube"_s).size(), 1);

    // The chosen stream (audio and video in one WebM) was read with Range.
    const QList<HttpTestRequest> requests =
        m_f->server.requests(QLatin1String(Fixture::streamPath));
    QVERIFY(!requests.isEmpty());
    bool ranged = false;
    for (const HttpTestRequest &r : requests) {
        QVERIFY2(r.target.contains("itag=43"), r.target.constData());
        ranged = ranged || !r.header("range").isEmpty();
    }
    QVERIFY(ranged);
}

void TestYouTubePlayback::secondPlayUsesTheCachedStream()
{
    const CatalogPtr catalog = Fixture::catalog();
    {
        auto streams = m_f->makeStreams();
        FrameProbe probe;
        auto player = makePlayer(streams.get(), probe);
        probe.arm();
        QVERIFY(player->playSession(catalog, QLatin1String(Fixture::sessionAt30), u"en"_s));
        expectFrame(*player, probe, Fixture::sessionOffset, QLatin1String(Fixture::chapterColour));
        QCOMPARE(m_f->fake.callCount(), 1);

        // Another recording (day 2, a local file), then the YouTube one again.
        probe.arm();
        QVERIFY(player->playSession(catalog, u"s4"_s, u"en"_s));
        expectFrame(*player, probe, 0, u"#e0cf1f"_s);
        probe.arm();
        QVERIFY(player->playSession(catalog, QLatin1String(Fixture::sessionAt30), u"en"_s));
        QCOMPARE(player->status(), Status::Resolving); // answered later, from the cache
        expectFrame(*player, probe, Fixture::sessionOffset, QLatin1String(Fixture::chapterColour));
        QCOMPARE(m_f->fake.callCount(), 1);
    }
    // After a restart, another chapter of the same video: still no new run.
    auto streams = m_f->makeStreams();
    FrameProbe probe;
    auto player = makePlayer(streams.get(), probe);
    probe.arm();
    QVERIFY(player->playSession(catalog, u"s3"_s, u"en"_s));
    expectFrame(*player, probe, 60000, u"#304fd0"_s);
    QCOMPARE(m_f->fake.callCount(), 1);
}

void TestYouTubePlayback::refusedStreamIsResolvedOnceMore()
{
    // The first address has expired; yt-dlp's next answer is a good one.
    m_f->server.addStatus(u"/expired"_s, 403);
    m_f->answerWithStreamAt(u"/expired"_s);
    auto streams = m_f->makeStreams();
    FrameProbe probe;
    auto player = makePlayer(streams.get(), probe);
    bool answered = false;
    connect(player.get(), &PlayerController::statusChanged, this, [&](Status status) {
        if (status == Status::Loading && !answered) {
            answered = true;
            m_f->answerWithStreamAt(QLatin1String(Fixture::streamPath));
        }
    });
    QSignalSpy statuses(player.get(), &PlayerController::statusChanged);
    QSignalSpy errors(player.get(), &PlayerController::errorOccurred);
    probe.arm();
    QVERIFY(player->playSession(Fixture::catalog(), QLatin1String(Fixture::sessionAt30), u"en"_s));
    // Playing goes on where the session starts, with the new address.
    expectFrame(*player, probe, Fixture::sessionOffset, QLatin1String(Fixture::chapterColour));
    QCOMPARE(m_f->fake.callCount(), 2);
    QVERIFY(m_f->server.requestCount(u"/expired"_s) >= 1);
    QCOMPARE(errors.size(), 0);
    QList<Status> seen;
    for (const QList<QVariant> &args : statuses)
        seen.append(args.first().value<Status>());
    QCOMPARE(seen.count(Status::Resolving), 2); // the first answer, then the new one
    QTest::qWait(300);
    QCOMPARE(m_f->fake.callCount(), 2);
}

void TestYouTubePlayback::streamRefusedAgainIsReported()
{
    m_f->server.addStatus(u"/expired"_s, 403);
    m_f->answerWithStreamAt(u"/expired"_s);
    auto streams = m_f->makeStreams();
    FrameProbe probe;
    auto player = makePlayer(streams.get(), probe);
    QSignalSpy errors(player.get(), &PlayerController::errorOccurred);
    QVERIFY(player->playSession(Fixture::catalog(), QLatin1String(Fixture::sessionAt30), u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(player->status(), Status::Error, 20000);
    // Exactly one new run, then the refusal is reported, naming the address the user knows.
    QCOMPARE(m_f->fake.callCount(), 2);
    QCOMPARE(errors.size(), 1);
    const QString message = player->errorString();
    QVERIFY2(message.contains(u"HTTP status 403"_s), qPrintable(message));
    QVERIFY2(message.contains(Fixture::address().toDisplayString()), qPrintable(message));
    QTest::qWait(500);
    QCOMPARE(m_f->fake.callCount(), 2);
    QCOMPARE(errors.size(), 1);
    // The browser gets the video at the session's start.
    QCOMPARE(player->externalUrl(), QUrl(Fixture::address().toString() + u"&t=30s"_s));
}

void TestYouTubePlayback::otherAddressesNeverReachYtDlp_data()
{
    QTest::addColumn<QUrl>("address");
    QTest::addColumn<int>("kind");
    const auto youTube = int(Source::Kind::YouTube);
    const QString id = QLatin1String(FakeYtDlp::videoId);
    QTest::newRow("http") << QUrl(u"http://www.youtube.com/watch?v="_s + id) << youTube;
    QTest::newRow("another host said to be YouTube")
        << QUrl(u"https://example.org/watch?v="_s + id) << youTube;
    QTest::newRow("a look-alike host")
        << QUrl(u"https://www.youtube.com.example.org/watch?v="_s + id) << youTube;
    QTest::newRow("a port") << QUrl(u"https://www.youtube.com:8443/watch?v="_s + id) << youTube;
    QTest::newRow("a playlist") << QUrl(u"https://www.youtube.com/playlist?list=PL123"_s)
                                << youTube;
    QTest::newRow("a web page") << QUrl(u"https://example.org/forum/day-1"_s)
                                << int(Source::Kind::Page);
}

void TestYouTubePlayback::otherAddressesNeverReachYtDlp()
{
    QFETCH(QUrl, address);
    QFETCH(int, kind);
    auto streams = m_f->makeStreams();
    FrameProbe probe;
    auto player = makePlayer(streams.get(), probe);
    QVERIFY(player->playSession(Fixture::catalog(address, Source::Kind(kind)),
                                QLatin1String(Fixture::sessionAt30), u"en"_s));
    // Opened in the browser at the session, as before yt-dlp.
    QCOMPARE(player->status(), Status::External);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().host(), address.host());
    QTest::qWait(300);
    QCOMPARE(player->status(), Status::External);
    QCOMPARE(m_f->fake.callCount(), 0);
    QVERIFY(QFile::exists(m_f->fake.program()));
}

QTEST_MAIN(TestYouTubePlayback)
#include "tst_youtubeplayback.moc"
