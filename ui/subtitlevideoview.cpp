#include "subtitlevideoview.h"

#include <QEvent>
#include <QPainter>
#include <QVideoSink>

namespace fa {

SubtitleVideoView::SubtitleVideoView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(false);
    m_painter.setFont(font());
}

SubtitleVideoView::~SubtitleVideoView() = default;

QVideoSink *SubtitleVideoView::videoSink()
{
    if (!m_frames) {
        m_frames = new ThreadedVideoSink(this);
        connect(m_frames, &ThreadedVideoSink::frameChanged, this, &SubtitleVideoView::showFrame);
    }
    return m_frames->videoSink();
}

QSize SubtitleVideoView::sizeHint() const
{
    return m_frame.isValid() ? m_frame.size() : QSize(640, 360);
}

void SubtitleVideoView::setDocument(std::shared_ptr<const SubtitleDocument> document)
{
    m_document = std::move(document);
    if (!m_document) {
        showCues({});
        return;
    }
    if (m_frame.isValid() && m_frame.startTime() >= 0)
        showCues(m_document->cuesAt(m_frame.startTime() / 1000));
}

void SubtitleVideoView::setPosition(Milliseconds position)
{
    if (m_document)
        showCues(m_document->cuesAt(position));
}

void SubtitleVideoView::setCues(const QList<Cue> &cues)
{
    m_document.reset();
    showCues(cues);
}

void SubtitleVideoView::showCues(const QList<Cue> &cues)
{
    if (cues == m_cues)
        return;
    m_cues = cues;
    m_rendered = {};
    update();
}

void SubtitleVideoView::showFrame(const QVideoFrame &frame)
{
    m_frame = frame;
    if (m_document && frame.isValid() && frame.startTime() >= 0)
        showCues(m_document->cuesAt(frame.startTime() / 1000));
    update();
}

void SubtitleVideoView::setTextScale(qreal scale)
{
    const qreal before = m_painter.scale();
    m_painter.setScale(scale);
    if (m_painter.scale() != before) {
        m_rendered = {};
        update();
    }
}

void SubtitleVideoView::setBackdrop(SubtitlePainter::Backdrop backdrop)
{
    if (backdrop == m_painter.backdrop())
        return;
    m_painter.setBackdrop(backdrop);
    m_rendered = {};
    update();
}

void SubtitleVideoView::setAspectRatioMode(Qt::AspectRatioMode mode)
{
    m_aspectRatioMode = mode;
    m_rendered = {};
    update();
}

QRectF SubtitleVideoView::pictureRect() const
{
    const QRectF area = rect();
    if (!m_frame.isValid() || m_frame.size().isEmpty()
        || m_aspectRatioMode == Qt::IgnoreAspectRatio)
        return area;
    QSizeF size = QSizeF(m_frame.size()).scaled(area.size(), m_aspectRatioMode);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF SubtitleVideoView::subtitleRect() const
{
    if (m_cues.isEmpty())
        return {};
    renderCues();
    if (m_rendered.image.isNull())
        return {};
    const QRectF picture = pictureRect();
    return QRectF(picture.topLeft() + m_rendered.offset, m_rendered.image.deviceIndependentSize());
}

void SubtitleVideoView::renderCues() const
{
    // Cues are drawn over the part of the picture that is on screen.
    const QRectF visible = pictureRect().intersected(rect());
    if (!m_rendered.image.isNull() && m_renderedFor == visible.size())
        return;
    m_renderedFor = visible.size();
    m_rendered = m_painter.render(visible.size(), m_cues, devicePixelRatioF());
    m_rendered.offset += visible.topLeft() - pictureRect().topLeft();
}

void SubtitleVideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF picture = pictureRect();
    // Converted when painted, so frames that come faster than paints cost nothing;
    // QVideoFrame keeps the image, so repainting the same frame converts nothing.
    const QImage image = m_frame.isValid() ? m_frame.toImage() : QImage();
    if (image.isNull()) {
        painter.fillRect(rect(), Qt::black);
    } else {
        // The bars around the picture, then the picture.
        QRegion bars(rect());
        bars -= picture.toAlignedRect();
        for (const QRect &bar : bars)
            painter.fillRect(bar, Qt::black);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(picture, image);
    }
    if (m_cues.isEmpty())
        return;
    renderCues();
    if (!m_rendered.image.isNull())
        painter.drawImage(picture.topLeft() + m_rendered.offset, m_rendered.image);
}

bool SubtitleVideoView::event(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange) {
        const bool fullScreen = windowState().testFlag(Qt::WindowFullScreen);
        if (fullScreen != m_wasFullScreen) {
            m_wasFullScreen = fullScreen;
            Q_EMIT fullScreenChanged(fullScreen);
        }
    } else if (event->type() == QEvent::FontChange) {
        m_painter.setFont(font());
        m_rendered = {};
    } else if (event->type() == QEvent::Resize) {
        m_rendered = {};
    }
    return QWidget::event(event);
}

void SubtitleVideoView::setFullScreen(bool on)
{
    Qt::WindowFlags flags = windowFlags();
    if (on) {
        // A child widget cannot fill the screen: it becomes a window until it leaves.
        m_flagsBeforeFullScreen = flags & (Qt::Window | Qt::SubWindow);
        setWindowFlags((flags | Qt::Window) & ~Qt::SubWindow);
        showFullScreen();
    } else {
        setWindowFlags((flags & ~(Qt::Window | Qt::SubWindow)) | m_flagsBeforeFullScreen);
        showNormal();
    }
}

} // namespace fa
