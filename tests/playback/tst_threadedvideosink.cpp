// ThreadedVideoSink: frames are taken in the sink's own thread even while the
// owner's thread is busy, handed on to the owner's thread, and the sink can go
// before or after the player that draws into it.
#include "decoderrequired.h"
#include "solidframe.h"
#include "threadedvideosink.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QVideoSink>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QUrl sampleMedia()
{
    return QUrl::fromLocalFile(QStringLiteral(FA_SAMPLE_DIR) + u"/media/day-1.webm"_s);
}

} // namespace

class TestThreadedVideoSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesFromTheSinkThreadArriveInTheOwnersThread();
    void framesAreTakenWhileTheOwnersThreadIsBusy();
    void sinkDestroyedWhilePlaying();
    void playerDestroyedFirst();
};

void TestThreadedVideoSink::framesFromTheSinkThreadArriveInTheOwnersThread()
{
    fa::ThreadedVideoSink frames;
    QVERIFY(frames.videoSink()->thread() != QThread::currentThread());
    QThread *arrivedIn = nullptr;
    QVideoFrame arrived;
    connect(&frames, &fa::ThreadedVideoSink::frameChanged, this, [&](const QVideoFrame &frame) {
        arrivedIn = QThread::currentThread();
        arrived = frame;
    });
    const QVideoFrame sent = fa::test::solidFrame(QSize(64, 36), Qt::darkGreen);
    QMetaObject::invokeMethod(frames.videoSink(),
                              [sink = frames.videoSink(), sent] { sink->setVideoFrame(sent); });
    QTRY_VERIFY(arrived.isValid());
    QCOMPARE(arrivedIn, QThread::currentThread());
    QCOMPARE(arrived.toImage().pixelColor(32, 18), QColor(Qt::darkGreen));
}

// What the thread is for: with the sink in the GUI thread, a GUI thread that waits
// (here it sleeps; in the app it waits on the pipeline) holds every frame up.
void TestThreadedVideoSink::framesAreTakenWhileTheOwnersThreadIsBusy()
{
    FA_REQUIRE_DECODER();
    fa::ThreadedVideoSink frames;
    std::atomic<int> taken = 0;
    connect(
        frames.videoSink(), &QVideoSink::videoFrameChanged, frames.videoSink(),
        [&taken](const QVideoFrame &frame) {
            if (frame.isValid())
                ++taken;
        },
        Qt::DirectConnection);
    QMediaPlayer player;
    QAudioOutput audio;
    audio.setMuted(true);
    player.setAudioOutput(&audio);
    player.setVideoOutput(frames.videoSink());
    QSignalSpy shown(&frames, &fa::ThreadedVideoSink::frameChanged);
    player.setSource(sampleMedia());
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(
        player.playbackState() == QMediaPlayer::PlayingState && taken.load() >= 3, 10000);

    const int before = taken.load();
    // The sample plays 12 frames a second; with the sink in this thread, none is
    // taken while it sleeps. Three of twelve leave room for a slow machine.
    QThread::msleep(1000);
    const int whileBusy = taken.load() - before;
    QVERIFY2(whileBusy >= 3, qPrintable(u"%1 frames taken in 1 s"_s.arg(whileBusy)));
    QTRY_VERIFY(shown.count() >= before + whileBusy);
    player.stop();
}

void TestThreadedVideoSink::sinkDestroyedWhilePlaying()
{
    FA_REQUIRE_DECODER();
    QMediaPlayer player;
    QAudioOutput audio;
    audio.setMuted(true);
    player.setAudioOutput(&audio);
    auto frames = std::make_unique<fa::ThreadedVideoSink>();
    player.setVideoOutput(frames->videoSink());
    QSignalSpy shown(frames.get(), &fa::ThreadedVideoSink::frameChanged);
    player.setSource(sampleMedia());
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 3, 10000);

    frames.reset();
    QCOMPARE(player.videoSink(), nullptr);
    const qint64 at = player.position();
    QTRY_VERIFY(player.position() > at + 200); // plays on without a picture
    player.stop();
}

void TestThreadedVideoSink::playerDestroyedFirst()
{
    FA_REQUIRE_DECODER();
    fa::ThreadedVideoSink frames;
    QSignalSpy shown(&frames, &fa::ThreadedVideoSink::frameChanged);
    {
        QMediaPlayer player;
        QAudioOutput audio;
        audio.setMuted(true);
        player.setAudioOutput(&audio);
        player.setVideoOutput(frames.videoSink());
        player.setSource(sampleMedia());
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 3, 10000);
    }
    // Still usable: another player draws into it.
    QMediaPlayer next;
    next.setVideoOutput(frames.videoSink());
    next.setSource(sampleMedia());
    const int before = int(shown.count());
    next.play();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= before + 3, 10000);
    next.stop();
}

QTEST_MAIN(TestThreadedVideoSink)
#include "tst_threadedvideosink.moc"
