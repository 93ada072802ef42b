// What a person waits for in the player: from a request to the first picture
// whose centre has the chapter's colour (the sample media fill each chapter
// with one colour; the catalog gives it as decoded). Three cases:
//   seek   a chapter of the recording that plays (each jump changes chapter)
//   open   another recording at a chapter at 1:00 (day-1 s3 <-> day-2 s6)
//   first  the very first play of the process (--first: one sample; the
//          script bench_playback.sh runs fresh processes)
// Where the picture is looked for (--view):
//   sink          frames handed to a ThreadedVideoSink, as the app's view takes them (the pipeline
//   alone) subtitleview  the app's SubtitleVideoView in a window: the screen's pixel
//                 at the view's centre, read every 2 ms (QScreen::grabWindow)
//   videowidget   the same with a QVideoWidget
// Also counts the starts that needed MediaEngine's late re-seek (its
// "fa.playback.start" log line). Prints median, p95 and max.
//
//   QT_QPA_PLATFORM=offscreen ./bench_playback [--view V] [--samples N] [--first] [--prepare]
#include "catalogreader.h"
#include "playercontroller.h"
#include "subtitlevideoview.h"
#include "threadedvideosink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QWindow>

#include <cstring>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_reseeks{0};
QtMessageHandler g_previousHandler = nullptr;

void countReseeks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "fa.playback.start") == 0) {
        ++g_reseeks;
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool near(const QColor &a, const QColor &b)
{
    constexpr int tolerance = 24;
    return a.isValid() && qAbs(a.red() - b.red()) <= tolerance
           && qAbs(a.green() - b.green()) <= tolerance && qAbs(a.blue() - b.blue()) <= tolerance;
}

// Finds the chapter colour where the person would see it.
class ColourProbe
{
public:
    enum class View { Sink, SubtitleView, VideoWidget };

    ColourProbe(View view, bool showLate)
        : m_showLate(showLate)
    {
        switch (view) {
        case View::Sink: m_frames = new ThreadedVideoSink(&m_window); break;
        case View::SubtitleView: {
            auto *video = new SubtitleVideoView(&m_window);
            m_output = video->videoSink();
            m_widget = video;
            break;
        }
        case View::VideoWidget: {
            auto *video = new QVideoWidget(&m_window);
            m_output = video;
            m_widget = video;
            break;
        }
        }
        if (m_frames)
            m_output = m_frames->videoSink();
        if (m_widget) {
            m_widget->setGeometry(0, 0, 640, 360);
            m_window.setGeometry(40, 40, 640, 360);
            if (!showLate)
                m_window.show();
        }
        m_poll.setInterval(2);
        m_poll.setTimerType(Qt::PreciseTimer);
    }

    QObject *output() const { return m_output; }

    // Exposed and painted once: the window's own start is not timed.
    void waitShown()
    {
        if (!m_widget || m_showLate)
            return;
        QElapsedTimer t;
        t.start();
        while (!m_window.windowHandle()->isExposed() && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        while (t.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    // Runs `request` and returns the ms until `colour` shows; -1 after 10 s.
    double measure(const QColor &colour, const std::function<void()> &request)
    {
        QEventLoop loop;
        bool seen = false;
        QMetaObject::Connection connection;
        const auto found = [&] {
            seen = true;
            loop.quit();
        };
        if (m_frames) {
            connection = QObject::connect(
                m_frames, &ThreadedVideoSink::frameChanged, &loop, [&](const QVideoFrame &frame) {
                    if (!seen && frame.isValid() && near(centreOf(frame), colour))
                        found();
                });
        } else {
            const QPoint centre = m_widget->mapToGlobal(m_widget->rect().center());
            QScreen *screen = m_window.screen();
            connection = QObject::connect(&m_poll, &QTimer::timeout, &loop, [&, centre, screen] {
                const QImage pixel = screen->grabWindow(0, centre.x(), centre.y(), 1, 1).toImage();
                if (!seen && !pixel.isNull() && near(pixel.pixelColor(0, 0), colour))
                    found();
            });
            m_poll.start();
        }
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        request();
        if (m_showLate && !m_window.isVisible()) {
            // As forum-archive --session starts: the source first, then the window.
            m_window.show();
            const QPoint centre = m_widget->mapToGlobal(m_widget->rect().center());
            QObject::disconnect(connection);
            QScreen *screen = m_window.screen();
            connection = QObject::connect(&m_poll, &QTimer::timeout, &loop, [&, centre, screen] {
                const QImage pixel = screen->grabWindow(0, centre.x(), centre.y(), 1, 1).toImage();
                if (!seen && !pixel.isNull() && near(pixel.pixelColor(0, 0), colour))
                    found();
            });
        }
        if (!seen)
            loop.exec();
        const double ms = timer.nsecsElapsed() / 1e6;
        m_poll.stop();
        QObject::disconnect(connection);
        return seen ? ms : -1;
    }

private:
    static QColor centreOf(const QVideoFrame &frame)
    {
        const QImage image = frame.toImage();
        return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
    }

    bool m_showLate = false;
    QWidget m_window;
    ThreadedVideoSink *m_frames = nullptr;
    QWidget *m_widget = nullptr;
    QObject *m_output = nullptr;
    QTimer m_poll;
};

struct Stats
{
    QList<double> values;
    int failures = 0;

    void add(double ms) { ms < 0 ? void(++failures) : values.append(ms); }
    double at(double q) const
    {
        if (values.isEmpty())
            return 0;
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(q * double(v.size()))));
        return v.at(qMin(rank, v.size()) - 1);
    }
    void print(const char *name) const
    {
        std::printf("%-7s median %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%lld samples, %d missed)\n",
                    name, at(0.5), at(0.95), at(1.0), static_cast<long long>(values.size()),
                    failures);
    }
};

void playFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

QColor chapterColour(const Catalog &catalog, const QString &recordingId, Milliseconds at)
{
    for (const ChapterEntry &entry : catalog.chaptersOf(recordingId)) {
        if (entry.chapter.at == at)
            return entry.chapter.color;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // As forum-archive's main() does (frames converted on the CPU), except for
    // QVideoWidget, which draws through OpenGL.
    bool videoWidget = false;
    for (int i = 1; i + 1 < argc; ++i)
        videoWidget = videoWidget || std::strcmp(argv[i + 1], "videowidget") == 0;
    if (!videoWidget)
        QApplication::setAttribute(Qt::AA_ForceRasterWidgets);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption viewOption(u"view"_s, u"sink, subtitleview or videowidget"_s,
                                        u"view"_s, u"sink"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"samples per case"_s, u"n"_s, u"30"_s);
    const QCommandLineOption firstOption(u"first"_s, u"time only the first play"_s);
    const QCommandLineOption showLateOption(
        u"show-late"_s, u"with --first: show the window after the request, as --session does"_s);
    const QCommandLineOption prepareOption(
        u"prepare"_s,
        u"create the media player at start, as the app does, before the first play"_s);
    parser.addOptions({viewOption, samplesOption, firstOption, showLateOption, prepareOption});
    parser.process(app);
    const QString viewName = parser.value(viewOption);
    const ColourProbe::View view = viewName == u"subtitleview"  ? ColourProbe::View::SubtitleView
                                   : viewName == u"videowidget" ? ColourProbe::View::VideoWidget
                                                                : ColourProbe::View::Sink;
    const int samples = qMax(1, parser.value(samplesOption).toInt());
    g_previousHandler = qInstallMessageHandler(countReseeks);

    const CatalogLoadResult loaded = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot read the sample archive at %s\n", FA_SAMPLE_DIR);
        return 1;
    }
    const CatalogPtr catalog = loaded.catalog;
    const QString day1 = u"day-1-en"_s, day2 = u"day-2-en"_s;
    const QColor s3Colour = chapterColour(*catalog, day1, 60000);
    const QColor s6Colour = chapterColour(*catalog, day2, 60000);

    ColourProbe probe(view, parser.isSet(showLateOption) && parser.isSet(firstOption));
    PlayerController player;
    player.setVideoOutput(probe.output());
    player.setMuted(true);
    if (parser.isSet(prepareOption))
        player.engine()->prepare();
    probe.waitShown();

    // The very first play: session s3, chapter 3 of day-1 at 1:00.
    const double first =
        probe.measure(s3Colour, [&] { player.playSession(catalog, u"s3"_s, u"en"_s, day1); });
    if (parser.isSet(firstOption)) {
        std::printf("first-play-ms: %.1f\nreseeks: %d\n", first, g_reseeks.load());
        return first < 0 ? 2 : 0;
    }
    std::printf("view: %s, platform: %s\nfirst play: %.1f ms\n", qPrintable(viewName),
                qPrintable(QGuiApplication::platformName()), first);

    // Seeks: jump to another chapter of the playing recording every time.
    Stats seeks;
    const QList<ChapterEntry> chapters = catalog->chaptersOf(day1);
    playFor(300);
    for (int i = 0; i < samples; ++i) {
        const int chapter = int((i + 0) % chapters.size()); // 0, 1, 2, ...: never the one shown
        seeks.add(probe.measure(chapters.at(chapter).chapter.color,
                                [&] { player.jumpToChapter(chapter); }));
        playFor(300);
    }

    // Opens: another recording each time, at its chapter at 1:00.
    Stats opens;
    const int reseeksBefore = g_reseeks.load();
    for (int i = 0; i < samples; ++i) {
        const bool toDay2 = i % 2 == 0;
        opens.add(probe.measure(toDay2 ? s6Colour : s3Colour, [&] {
            player.playSession(catalog, toDay2 ? u"s6"_s : u"s3"_s, u"en"_s, toDay2 ? day2 : day1);
        }));
        playFor(300);
    }

    seeks.print("seek");
    opens.print("open");
    std::printf("late re-seeks (no frame %d ms after a start): %d of %d opens\n",
                MediaEngine::startCheckMs, g_reseeks.load() - reseeksBefore, samples);
    return seeks.failures + opens.failures == 0 ? 0 : 2;
}
