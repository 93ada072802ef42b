// What SubtitleVideoView costs per frame: a 1280x720 YUV 4:2:0 frame (what the
// GStreamer backend hands over for VP8/VP9 and H.264) converted and painted,
// without cues, with a cue (drawn once, then blitted), with the cue changing
// on every frame (the worst case), and scaled up to a 1920x1080 full screen.
// Rows with a new frame include copying it (copyFrame, to subtract).
// Report only, no target; figures in RESULTS.md.
//
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/bench_videoview [-median N]
#include "subtitlevideoview.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QVideoSink>

#include <cstring>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
QVideoFrame yuvFrame(const QSize &size)
{
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_YUV420P));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane) {
        const int height = plane == 0 ? size.height() : size.height() / 2;
        for (int y = 0; y < height; ++y) {
            uchar *line = frame.bits(plane) + y * frame.bytesPerLine(plane);
            for (int x = 0; x < frame.bytesPerLine(plane); ++x)
                line[x] = uchar((x + y * 3 + plane * 64) & 0xff);
        }
    }
    frame.unmap();
    return frame;
}

// A new frame with the same picture. QVideoFrame keeps its converted image, so
// a frame painted twice is converted once; decoded frames are always new ones.
QVideoFrame copyOf(const QVideoFrame &source)
{
    QVideoFrame frame(source.surfaceFormat());
    QVideoFrame in = source;
    if (!frame.map(QVideoFrame::WriteOnly) || !in.map(QVideoFrame::ReadOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memcpy(frame.bits(plane), in.bits(plane), std::size_t(frame.mappedBytes(plane)));
    in.unmap();
    frame.unmap();
    return frame;
}

Cue cue(const QString &first, const QString &second)
{
    CueSpan italic{second};
    italic.italic = true;
    return {0, 5000, {CueLine{{CueSpan{first}}}, CueLine{{italic}}}, {}, {}, 0};
}
} // namespace

class BenchVideoView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyFrame();
    void frameToImage();
    void paint_data();
    void paint();

private:
    QVideoFrame m_frame;
};

void BenchVideoView::initTestCase()
{
    m_frame = yuvFrame(QSize(1280, 720));
    QVERIFY(m_frame.isValid() && copyOf(m_frame).isValid());
}

void BenchVideoView::copyFrame()
{
    QVideoFrame frame;
    QBENCHMARK
    {
        frame = copyOf(m_frame);
    }
    QVERIFY(frame.isValid());
}

void BenchVideoView::frameToImage()
{
    QImage image;
    QBENCHMARK
    {
        image = copyOf(m_frame).toImage();
    }
    QCOMPARE(image.size(), QSize(1280, 720));
}

void BenchVideoView::paint_data()
{
    QTest::addColumn<QSize>("viewSize");
    QTest::addColumn<int>("cues"); // 0: none, 1: one cue, 2: a new cue every frame
    QTest::addColumn<int>("backdrop");
    QTest::addColumn<bool>("newFrame");
    const int box = int(SubtitlePainter::Backdrop::Box);
    const int outline = int(SubtitlePainter::Backdrop::Outline);
    const QSize hd(1280, 720), full(1920, 1080);
    QTest::newRow("new frame, no cue") << hd << 0 << box << true;
    QTest::newRow("new frame, a cue (box)") << hd << 1 << box << true;
    QTest::newRow("new frame, a cue (outline)") << hd << 1 << outline << true;
    QTest::newRow("new frame, a new cue each frame (box)") << hd << 2 << box << true;
    QTest::newRow("new frame, a new cue each frame (outline)") << hd << 2 << outline << true;
    QTest::newRow("repaint, same frame and cue") << hd << 1 << box << false;
    QTest::newRow("new frame, a cue, scaled to 1920x1080") << full << 1 << box << true;
}

void BenchVideoView::paint()
{
    QFETCH(QSize, viewSize);
    QFETCH(int, cues);
    QFETCH(int, backdrop);
    QFETCH(bool, newFrame);
    SubtitleVideoView view;
    view.resize(viewSize);
    view.setBackdrop(SubtitlePainter::Backdrop(backdrop));
    const QList<Cue> one{cue(u"Chapitre trois : sous-titres en français,"_s, u"de 1:00 à 1:30."_s)};
    const QList<Cue> other{cue(u"Chapter three: English subtitles,"_s, u"from 1:00 to 1:30."_s)};
    if (cues > 0)
        view.setCues(one);
    view.videoSink()->setVideoFrame(m_frame);
    QImage target(viewSize, QImage::Format_RGB32);
    view.render(&target); // the first paint lays the cue out
    int n = 0;
    QBENCHMARK
    {
        ++n;
        if (newFrame)
            view.videoSink()->setVideoFrame(copyOf(m_frame));
        if (cues == 2)
            view.setCues(n % 2 ? other : one);
        view.render(&target);
    }
    QVERIFY(target.pixel(viewSize.width() / 2, viewSize.height() / 2) != 0);
}

QTEST_MAIN(BenchVideoView)
#include "bench_videoview.moc"
