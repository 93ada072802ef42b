// Streaming over http(s) in the app: the sample day recording served from
// 127.0.0.1, with and without Range support.
#include "decoderrequired.h"
#include "frameprobe.h"
#include "httptestserver.h"
#include "playercontroller.h"
#include "samplecatalog.h"

#include <QMediaFormat>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestPlaybackStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chapterJumpOverHttp();
    void serverWithoutRange();
    void serverFailsMidStream();

private:
    CatalogPtr served(const QUrl &url) const
    {
        return modified(m_catalog, [&](Catalog &cat) {
            recordingIn(cat, u"day-1-en"_s).sources = {urlSource(url)};
        });
    }

    CatalogPtr m_catalog;
    const QString m_file = QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm");
};

void TestPlaybackStream::initTestCase()
{
    m_catalog = sampleCatalog();
    QVERIFY(m_catalog);
    FA_REQUIRE_DECODER();
}

void TestPlaybackStream::chapterJumpOverHttp()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    server.addFile(u"/media/day-1.webm"_s, m_file, true);
    const CatalogPtr c = served(server.url(u"/media/day-1.webm"_s));

    PlayerController player;
    FrameProbe probe;
    player.setVideoOutput(probe.sink);
    probe.skipWhile = [&] { return player.status() == PlayerController::Status::Loading; };
    player.setMuted(true);
    probe.arm();
    QVERIFY(player.playSession(c, u"s3"_s, u"en"_s));
    QCOMPARE(player.source().mode, ResolvedSource::Mode::InProcess);
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe.caught(),
        qPrintable(u"status %1, error “%2”, %3 requests"_s.arg(int(player.status()))
                       .arg(player.errorString())
                       .arg(server.requests().size())),
        20000);
    QVERIFY2(*probe.startMs >= 60000 && *probe.startMs < 61000,
             qPrintable(QString::number(*probe.startMs)));
    QVERIFY2(FrameProbe::near(probe.centre, QColor(u"#304fd0"_s)), qPrintable(probe.centre.name()));

    bool ranged = false;
    for (const HttpTestRequest &r : server.requests(u"/media/day-1.webm"_s))
        ranged = ranged || !r.header("range").isEmpty();
    QVERIFY(ranged);

    // A jump back within the stream.
    QTRY_COMPARE_WITH_TIMEOUT(player.status(), PlayerController::Status::Playing, 10000);
    probe.arm();
    player.jumpToChapter(1);
    QTRY_VERIFY_WITH_TIMEOUT(probe.caught(), 20000);
    QVERIFY(*probe.startMs >= 30000 && *probe.startMs < 31000);
    QVERIFY(FrameProbe::near(probe.centre, QColor(u"#2fad43"_s)));
    QVERIFY(player.errorString().isEmpty());
}

void TestPlaybackStream::serverWithoutRange()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    server.addFile(u"/media/day-1.webm"_s, m_file, false);
    const QUrl url = server.url(u"/media/day-1.webm"_s);
    const CatalogPtr c = served(url);

    PlayerController player;
    FrameProbe probe;
    player.setVideoOutput(probe.sink);
    probe.skipWhile = [&] { return player.status() == PlayerController::Status::Loading; };
    player.setMuted(true);
    QSignalSpy errors(&player, &PlayerController::errorOccurred);
    QVERIFY(player.playSession(c, u"s3"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(player.status(), PlayerController::Status::Error, 20000);
    const QString message = player.errorString();
    QVERIFY2(message.contains(u"does not support seeking"_s), qPrintable(message));
    QVERIFY2(message.contains(url.toDisplayString()), qPrintable(message));

    // The player keeps working: a local recording plays next.
    probe.arm();
    QVERIFY(player.playSession(m_catalog, u"s4"_s, u"en"_s));
    QTRY_VERIFY_WITH_TIMEOUT(probe.caught(), 15000);
    QVERIFY(FrameProbe::near(probe.centre, QColor(u"#e0cf1f"_s)));
}

void TestPlaybackStream::serverFailsMidStream()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    // The first request (the player's probe) is answered, every later one fails.
    auto answered = std::make_shared<std::atomic<int>>(0);
    server.setHandler(u"/media/day-1.webm"_s, [answered, file = m_file](const HttpTestRequest &) {
        HttpTestResponse response;
        if (answered->fetch_add(1) > 0) {
            response.status = 503;
            response.body = "busy";
            return response;
        }
        response.filePath = file;
        response.setHeader("Content-Type", "video/webm");
        return response;
    });
    const QUrl url = server.url(u"/media/day-1.webm"_s);

    PlayerController player;
    player.setMuted(true);
    QVERIFY(player.playSession(served(url), u"s3"_s, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(player.status(), PlayerController::Status::Error, 20000);
    const QString message = player.errorString();
    QVERIFY2(message.contains(url.toDisplayString()), qPrintable(message));
    QVERIFY2(message.contains(u"503"_s), qPrintable(message));
}

QTEST_MAIN(TestPlaybackStream)
#include "tst_playbackstream.moc"
