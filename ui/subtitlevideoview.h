#pragma once

#include "playback/threadedvideosink.h"
#include "subtitlepainter.h"
#include "subtitles/subtitledocument.h"

#include <QImage>
#include <QVideoFrame>
#include <QVideoSink> // complete, so that videoSink() converts to QObject * for setVideoOutput()
#include <QWidget>

#include <memory>

namespace fa {

// Shows video with subtitles drawn over it, in the window and in full screen.
// QVideoWidget cannot be drawn over under X11 (its picture is a native child
// window that covers sibling and child widgets), so this widget takes the
// frames from its own QVideoSink and paints them, then the cues, with QPainter.
// Give videoSink() to the player as its video output; the sink takes frames in a
// thread of its own (see ThreadedVideoSink), so read them from currentFrame().
// The sink is made on the first videoSink(): making one starts Qt's media
// backend (GStreamer), ~50 ms and more on a first run, which showing the view
// does not need.
class SubtitleVideoView : public QWidget
{
    Q_OBJECT

public:
    explicit SubtitleVideoView(QWidget *parent = nullptr);
    ~SubtitleVideoView() override;

    QVideoSink *videoSink();
    bool hasVideoSink() const { return m_frames != nullptr; }
    QVideoFrame currentFrame() const { return m_frame; }

    // Cues follow the video: each frame shows the document's cues active at the
    // frame's start time. Null for no subtitles.
    void setDocument(std::shared_ptr<const SubtitleDocument> document);
    std::shared_ptr<const SubtitleDocument> document() const { return m_document; }
    // With a document: the cues at this position, for frames without a start time.
    void setPosition(Milliseconds position);
    // Shows exactly these cues, and drops the document.
    void setCues(const QList<Cue> &cues);
    QList<Cue> cues() const { return m_cues; }

    // Text size relative to the default (which follows the picture's height),
    // clamped to 75–200 %.
    void setTextScale(qreal scale);
    qreal textScale() const { return m_painter.scale(); }
    void setBackdrop(SubtitlePainter::Backdrop backdrop);
    SubtitlePainter::Backdrop backdrop() const { return m_painter.backdrop(); }
    void setAspectRatioMode(Qt::AspectRatioMode mode);
    Qt::AspectRatioMode aspectRatioMode() const { return m_aspectRatioMode; }

    // Where the picture is drawn (the whole widget before the first frame), and
    // where the current cues are; the latter is empty when there are none.
    QRectF pictureRect() const;
    QRectF subtitleRect() const;

    // As QVideoWidget: full screen makes it a window of its own, and back.
    void setFullScreen(bool on);

    QSize sizeHint() const override;

Q_SIGNALS:
    void fullScreenChanged(bool fullScreen);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showFrame(const QVideoFrame &frame);
    void showCues(const QList<Cue> &cues);
    void renderCues() const;

    ThreadedVideoSink *m_frames = nullptr;
    QVideoFrame m_frame;
    std::shared_ptr<const SubtitleDocument> m_document;
    QList<Cue> m_cues;
    SubtitlePainter m_painter;
    // The cues drawn once for the current picture size, drawn again over every frame.
    mutable SubtitlePainter::Rendered m_rendered;
    mutable QSizeF m_renderedFor;
    Qt::AspectRatioMode m_aspectRatioMode = Qt::KeepAspectRatio;
    Qt::WindowFlags m_flagsBeforeFullScreen;
    bool m_wasFullScreen = false;
};

} // namespace fa
