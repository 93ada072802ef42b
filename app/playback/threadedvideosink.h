#pragma once

#include <QObject>
#include <QThread>
#include <QVideoFrame>

class QVideoSink;

namespace fa {

// A QVideoSink that lives in a thread of its own, with its frames handed on to the
// thread of this object.
//
// Qt 6.4's GStreamer renderer passes every frame to the thread its sink lives in
// and waits up to 300 ms for that thread to take it. A sink in the GUI thread
// costs that whole wait whenever a frame is in flight while the GUI thread itself
// waits on the pipeline (pausing, seeking, setting another source): the pipeline
// wakes the renderer before the renderer starts waiting, so no one takes the
// frame. Served by a thread that never waits on the pipeline, the frame is taken
// at once.
class ThreadedVideoSink : public QObject
{
    Q_OBJECT

public:
    explicit ThreadedVideoSink(QObject *parent = nullptr);
    // Detaches the sink from its player in the player's thread, while the
    // renderer's thread still runs; then stops that thread.
    ~ThreadedVideoSink() override;

    // For QMediaPlayer::setVideoOutput. Read frames from frameChanged, not from
    // the sink: it is written in another thread.
    QVideoSink *videoSink() const { return m_sink; }

Q_SIGNALS:
    // Each frame the sink takes, in this object's thread.
    void frameChanged(const QVideoFrame &frame);

private:
    QThread m_thread;
    QVideoSink *m_sink = nullptr;
};

} // namespace fa
