#pragma once

// Watches a QVideoSink and keeps the first frame that arrives after arm():
// its start time and the colour at its centre, where the sample media has no text.
#include <QColor>
#include <QImage>
#include <QObject>
#include <QVideoFrame>
#include <QVideoSink>

#include <functional>
#include <optional>

namespace fa::test {

class FrameProbe : public QObject
{
public:
    explicit FrameProbe(QObject *parent = nullptr)
        : QObject(parent)
        , sink(new QVideoSink(this))
    {
        connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            ++frames;
            if (!m_armed || !frame.isValid() || (skipWhile && skipWhile()))
                return;
            m_armed = false;
            startMs = frame.startTime() / 1000;
            const QImage image = frame.toImage();
            centre =
                image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
        });
    }

    void arm()
    {
        m_armed = true;
        startMs.reset();
        centre = QColor();
    }
    bool caught() const { return startMs.has_value(); }

    static bool near(const QColor &a, const QColor &b, int tolerance = 24)
    {
        return a.isValid() && b.isValid() && qAbs(a.red() - b.red()) <= tolerance
               && qAbs(a.green() - b.green()) <= tolerance
               && qAbs(a.blue() - b.blue()) <= tolerance;
    }

    // Frames the old recording still renders while the new one opens are not
    // "after the jump": the controller reports Loading until it has seeked.
    std::function<bool()> skipWhile;
    QVideoSink *const sink;
    std::optional<qint64> startMs;
    QColor centre;
    int frames = 0;

private:
    bool m_armed = false;
};

} // namespace fa::test
