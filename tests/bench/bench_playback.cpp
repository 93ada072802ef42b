// Latency from a jump request to the first video frame at the target, over
// every chapter of the sample archive. Two cases: a jump inside the recording
// already playing (a seek), and opening a session whose recording is not
// loaded yet (a new source, then the pending seek). Prints medians in ms.
//
//   QT_QPA_PLATFORM=offscreen ./bench_playback [rounds]
#include "catalogreader.h"
#include "playercontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>

using namespace fa;

namespace {

struct Probe
{
    QVideoSink sink;
    qint64 target = -1; // ms; frames before the target do not count
    bool caught = false;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs `request`, then waits for a frame starting in [target, target + 1 s).
// Frames the old recording still renders while the new one opens do not count.
double measure(Probe &probe, const PlayerController &player, qint64 target,
               const std::function<void()> &request)
{
    probe.target = target;
    probe.caught = false;
    QEventLoop loop;
    const auto connection = QObject::connect(
        &probe.sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &frame) {
            const qint64 at = frame.startTime() / 1000;
            if (frame.isValid() && player.status() != PlayerController::Status::Loading
                && at >= probe.target && at < probe.target + 1000) {
                probe.caught = true;
                loop.quit();
            }
        });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    request();
    if (!probe.caught)
        loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    return probe.caught ? ms : -1;
}

void waitPlaying(PlayerController &player)
{
    QElapsedTimer timer;
    timer.start();
    while (player.status() != PlayerController::Status::Playing && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3;
    const CatalogLoadResult loaded = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot read the sample archive at %s\n", FA_SAMPLE_DIR);
        return 1;
    }
    const CatalogPtr catalog = loaded.catalog;
    PlayerController player;
    Probe probe;
    player.setVideoOutput(&probe.sink);
    player.setMuted(true);

    QElapsedTimer created;
    created.start();
    // The first open also creates the QMediaPlayer (GStreamer start-up): reported apart.
    const double firstOpen = measure(probe, player, 0, [&] {
        player.playSession(catalog, QStringLiteral("s1"), QStringLiteral("en"));
    });

    QList<double> seeks, opens;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Recording &recording : catalog->recordings) {
            const QList<ChapterEntry> chapters = catalog->chaptersOf(recording.id);
            if (chapters.isEmpty())
                continue;
            const ChapterEntry &first = chapters.first();
            const QString session = catalog->sessions.at(first.sessionIndex).id;
            // Opening a recording that is not loaded: every recording differs from the last.
            const double open = measure(probe, player, first.chapter.at, [&] {
                player.playSession(catalog, session, QStringLiteral("en"), recording.id);
            });
            open < 0 ? ++failures : (opens.append(open), 0);
            waitPlaying(player);
            // Seeks inside it, last chapter first so that none is reached by playing on.
            for (qsizetype i = chapters.size() - 1; i >= 0; --i) {
                const double seek = measure(probe, player, chapters[i].chapter.at,
                                            [&] { player.jumpToChapter(int(i)); });
                seek < 0 ? ++failures : (seeks.append(seek), 0);
            }
        }
    }

    std::printf("first open (creates the player): %.1f ms\n", firstOpen);
    std::printf("jump within a playing recording: median %.1f ms over %lld jumps (max %.1f)\n",
                median(seeks), static_cast<long long>(seeks.size()),
                seeks.isEmpty() ? 0.0 : *std::max_element(seeks.begin(), seeks.end()));
    std::printf("open another recording at a chapter: median %.1f ms over %lld opens (max %.1f)\n",
                median(opens), static_cast<long long>(opens.size()),
                opens.isEmpty() ? 0.0 : *std::max_element(opens.begin(), opens.end()));
    std::printf("missed targets: %d\n", failures);
    return failures == 0 ? 0 : 2;
}
