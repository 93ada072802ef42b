#include "subtitlevideoview.h"

#include "solidframe.h"

#include "network/networkaccess.h"
#include "subtitles/subtitleloader.h"
#include "subtitles/subtitlereader.h"

#include <QApplication>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QVideoSink>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
using fa::test::solidFrame;

Cue cueOf(const QList<CueLine> &lines, Milliseconds start = 0, Milliseconds end = 5000)
{
    return {start, end, lines, {}, {}, 0};
}

Cue plainCue(const QString &text, Milliseconds start = 0, Milliseconds end = 5000)
{
    return cueOf({CueLine{{CueSpan{text}}}}, start, end);
}

// The bounding box of the pixels that differ; empty when none do.
QRect difference(const QImage &a, const QImage &b, int *count = nullptr)
{
    QRect box;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                box |= QRect(x, y, 1, 1);
                ++n;
            }
        }
    }
    if (count)
        *count = n;
    return box;
}

int whitePixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 230 && c.green() > 230 && c.blue() > 230 ? 1 : 0;
        }
    }
    return n;
}
} // namespace

class TestSubtitleVideoView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cueDrawnOverThePicture_data();
    void cueDrawnOverThePicture();
    void textScale();
    void stylesChangeTheText_data();
    void stylesChangeTheText();
    void cuesFollowTheFrames();
    void letterboxed();
    void fullScreen();
    void realPlaybackShowsTheCue();

private:
    QImage grabView() { return m_view->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    std::unique_ptr<SubtitleVideoView> m_view;
};

void TestSubtitleVideoView::init()
{
    m_view = std::make_unique<SubtitleVideoView>();
    m_view->resize(640, 360);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSubtitleVideoView::cleanup()
{
    m_view.reset();
}

void TestSubtitleVideoView::cueDrawnOverThePicture_data()
{
    QTest::addColumn<int>("backdrop");
    QTest::newRow("box") << int(SubtitlePainter::Backdrop::Box);
    QTest::newRow("outline") << int(SubtitlePainter::Backdrop::Outline);
}

void TestSubtitleVideoView::cueDrawnOverThePicture()
{
    QFETCH(int, backdrop);
    m_view->setBackdrop(SubtitlePainter::Backdrop(backdrop));
    // White text must stay readable on white: the box or outline makes it so.
    m_view->videoSink()->setVideoFrame(solidFrame(QSize(320, 180), QColor(0xf0, 0xf0, 0xf0)));
    const QImage without = grabView();
    QCOMPARE(without.pixelColor(320, 180), QColor(0xf0, 0xf0, 0xf0));
    QVERIFY(m_view->subtitleRect().isEmpty());

    m_view->setCues({plainCue(u"Chapitre trois : sous-titres en français"_s)});
    const QImage with = grabView();
    const QRectF area = m_view->subtitleRect();
    QVERIFY(!area.isEmpty());
    int changed = 0;
    const QRect diff = difference(without, with, &changed);
    QVERIFY2(
        area.toAlignedRect().contains(diff),
        qPrintable(
            u"%1,%2 %3x%4"_s.arg(diff.x()).arg(diff.y()).arg(diff.width()).arg(diff.height())));
    QVERIFY(changed > 500);
    // In the lower part of the picture, centred.
    QVERIFY(area.top() > 360 * 0.6);
    QVERIFY(area.bottom() < 360);
    QVERIFY(qAbs(area.center().x() - 320) < 4);
    // White text, and dark pixels around it: readable on a white picture.
    QVERIFY(whitePixels(with, area.toAlignedRect()) > 50);
    int dark = 0;
    for (int y = diff.top(); y <= diff.bottom(); ++y)
        for (int x = diff.left(); x <= diff.right(); ++x)
            dark += qGray(with.pixel(x, y)) < 80 ? 1 : 0;
    QVERIFY(dark > 100);

    m_view->setCues({});
    QCOMPARE(grabView(), without);
}

void TestSubtitleVideoView::textScale()
{
    m_view->videoSink()->setVideoFrame(solidFrame(QSize(320, 180), Qt::darkGreen));
    m_view->setCues({plainCue(u"Size"_s)});
    QList<qreal> heights;
    for (const qreal scale : {0.75, 1.0, 2.0, 5.0}) {
        m_view->setTextScale(scale);
        heights.append(m_view->subtitleRect().height());
    }
    QCOMPARE(m_view->textScale(), 2.0);
    QVERIFY(heights[0] < heights[1]);
    QVERIFY(heights[1] * 1.6 < heights[2]);
    QCOMPARE(heights[3], heights[2]);
    // The default size follows the picture: full screen gets larger text.
    m_view->setTextScale(1.0);
    m_view->resize(1280, 720);
    QVERIFY(m_view->subtitleRect().height() > heights[1] * 1.6);
}

void TestSubtitleVideoView::stylesChangeTheText_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("bold") << 0;
    QTest::newRow("italic") << 1;
    QTest::newRow("underline") << 2;
}

void TestSubtitleVideoView::stylesChangeTheText()
{
    QFETCH(int, style);
    m_view->videoSink()->setVideoFrame(solidFrame(QSize(320, 180), Qt::darkBlue));
    CueSpan styled{u"styled words"_s};
    styled.bold = style == 0;
    styled.italic = style == 1;
    styled.underline = style == 2;
    m_view->setCues({cueOf({CueLine{{CueSpan{u"styled words"_s}}}})});
    const QImage plain = grabView();
    const QRectF plainArea = m_view->subtitleRect();
    m_view->setCues({cueOf({CueLine{{styled}}})});
    const QImage drawn = grabView();
    QVERIFY(plain != drawn);
    const QRect diff = difference(plain, drawn);
    QVERIFY(diff.intersects((plainArea | m_view->subtitleRect()).toAlignedRect()));
    if (style == 0) // bold is wider
        QVERIFY(m_view->subtitleRect().width() > plainArea.width());
}

void TestSubtitleVideoView::cuesFollowTheFrames()
{
    const SubtitleReadResult read = SubtitleReader::readData(
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<b>first</b>\n\n00:01.500 --> 00:03.000\nsecond\n");
    QVERIFY(read.ok());
    m_view->setDocument(std::make_shared<SubtitleDocument>(read.document));
    const QSize size(320, 180);
    m_view->videoSink()->setVideoFrame(solidFrame(size, Qt::gray, 500000));
    QVERIFY(m_view->cues().isEmpty());
    m_view->videoSink()->setVideoFrame(solidFrame(size, Qt::gray, 1200000));
    QCOMPARE(m_view->cues().size(), 1);
    m_view->videoSink()->setVideoFrame(solidFrame(size, Qt::gray, 1600000));
    QCOMPARE(m_view->cues().size(), 2);
    const qreal twoCues = m_view->subtitleRect().height();
    m_view->videoSink()->setVideoFrame(solidFrame(size, Qt::gray, 2500000));
    QCOMPARE(m_view->cues().size(), 1);
    QVERIFY(m_view->subtitleRect().height() < twoCues * 0.7); // stacked when together
    // Frames without a time: the position decides.
    m_view->videoSink()->setVideoFrame(solidFrame(size, Qt::gray, -1));
    m_view->setPosition(1000);
    QCOMPARE(m_view->cues().value(0).plainText(), u"first"_s);
    m_view->setDocument(nullptr);
    QVERIFY(m_view->cues().isEmpty());
}

void TestSubtitleVideoView::letterboxed()
{
    // A 4:3 picture in a 16:9 view: bars left and right, cues inside the picture.
    m_view->videoSink()->setVideoFrame(solidFrame(QSize(320, 240), Qt::red));
    QCOMPARE(m_view->pictureRect(), QRectF(80, 0, 480, 360));
    const QImage image = grabView();
    QCOMPARE(image.pixelColor(40, 180), QColor(Qt::black));
    QCOMPARE(image.pixelColor(320, 180), QColor(Qt::red));
    m_view->setCues({plainCue(u"A long line of subtitles that has to wrap inside the picture "
                              "and never spill into the bars beside it"_s)});
    QVERIFY(m_view->pictureRect().contains(m_view->subtitleRect()));
}

void TestSubtitleVideoView::fullScreen()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(10, 10, 10, 10);
    auto *view = new SubtitleVideoView;
    layout->addWidget(view);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(view, &SubtitleVideoView::fullScreenChanged);
    view->setFullScreen(true);
    QVERIFY(view->isWindow());
    QTRY_VERIFY(view->isFullScreen());
    QCOMPARE(changed.value(0).value(0).toBool(), true);
    view->setFullScreen(false);
    QVERIFY(!view->isWindow());
    QCOMPARE(view->parentWidget(), &window);
    QTRY_COMPARE(changed.size(), 2);
    QTRY_COMPARE(view->geometry(), QRect(10, 10, 380, 280));
    QVERIFY(view->isVisible());
}

void TestSubtitleVideoView::realPlaybackShowsTheCue()
{
    // The sample archive's day 1 with its French subtitles, at 1:06: chapter three
    // (blue), whose second cue names the topic.
    NetworkAccess access;
    SubtitleLoader loader(&access);
    QSignalSpy loaded(&loader, &SubtitleLoader::finished);
    loader.load(QUrl::fromLocalFile(QStringLiteral(FA_SAMPLE_DIR "/subtitles/day-1.fr.vtt")));
    QVERIFY(loaded.wait(10000));
    const auto result = loaded.first().first().value<SubtitleLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_view->setDocument(result.document);

    QMediaPlayer player;
    QAudioOutput audio;
    audio.setMuted(true);
    player.setAudioOutput(&audio);
    player.setVideoOutput(m_view->videoSink());
    player.setSource(QUrl::fromLocalFile(QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm")));
    QTRY_VERIFY_WITH_TIMEOUT(player.isSeekable(), 10000);
    player.setPosition(67000);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_view->currentFrame().isValid() && m_view->currentFrame().startTime() >= 67000000, 10000);
    player.pause();
    QTRY_COMPARE(player.playbackState(), QMediaPlayer::PausedState);
    QTest::qWait(100); // the last frames in flight
    const QVideoFrame frame = m_view->currentFrame();
    QVERIFY2(frame.startTime() < 74000000, qPrintable(QString::number(frame.startTime())));
    QCOMPARE(m_view->cues().size(), 1);
    QVERIFY(m_view->cues().first().plainText().contains(u"traçabilité"_s));

    const QImage with = grabView();
    const QRectF area = m_view->subtitleRect();
    m_view->setDocument(nullptr);
    const QImage without = grabView();
    QVERIFY(m_view->currentFrame().startTime() == frame.startTime());
    const QRect diff = difference(without, with);
    QVERIFY(!diff.isEmpty());
    QVERIFY(area.toAlignedRect().contains(diff));
    QVERIFY(whitePixels(with, area.toAlignedRect()) > 50);
    // The picture is the video: chapter three's blue at the centre, in both.
    const QColor centre = without.pixelColor(320, 180);
    QVERIFY2(qAbs(centre.red() - 0x30) < 16 && qAbs(centre.blue() - 0xd0) < 16,
             qPrintable(centre.name()));
    QCOMPARE(with.pixelColor(320, 180), centre);
}

QTEST_MAIN(TestSubtitleVideoView)
#include "tst_subtitlevideoview.moc"
