#include "threadedvideosink.h"

#include <QVideoSink>

namespace fa {

ThreadedVideoSink::ThreadedVideoSink(QObject *parent)
    : QObject(parent)
    , m_sink(new QVideoSink)
{
    m_thread.setObjectName(QStringLiteral("video frames"));
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ThreadedVideoSink::frameChanged);
    m_sink->moveToThread(&m_thread);
    m_thread.start();
}

ThreadedVideoSink::~ThreadedVideoSink()
{
    // Back to this thread first, so that deleting it detaches it from its player
    // here; the renderer the player made for it is torn down then, and still has
    // its thread to answer it.
    QThread *const here = thread();
    QMetaObject::invokeMethod(
        m_sink, [sink = m_sink, here] { sink->moveToThread(here); }, Qt::BlockingQueuedConnection);
    disconnect(m_sink, nullptr, this, nullptr);
    delete m_sink;
    m_thread.quit();
    m_thread.wait();
}

} // namespace fa
