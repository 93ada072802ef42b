#pragma once

#include <QIODevice>
#include <QUrl>

#include <memory>

class QThread;

namespace fa {

struct RangeCache;
class RangeFetcher;

// A random-access QIODevice over an http(s) address, read in chunks with Range
// requests from a thread of its own.
//
// Why not hand the address to QMediaPlayer: Qt 6.4's GStreamer backend seeks
// with a stop position (QGstPipeline::seek passes the duration), which
// matroskademux refuses while souphttpsrc feeds it ("Seek end-time not supported
// in streaming mode"), so every chapter jump over http is dropped. Fed from a
// random-access device the demuxer pulls and seeks like in a local file.
//
// The backend reads in the GUI thread and takes a short read for the end of the
// stream, so readData() waits until its bytes arrive; the next chunk is fetched
// ahead to keep those waits rare.
class HttpRangeDevice : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qint64 chunkSize = 256 * 1024;
    static constexpr int cachedChunks = 16;
    static constexpr int timeoutMs = 20000;

    explicit HttpRangeDevice(const QUrl &url, QObject *parent = nullptr);
    ~HttpRangeDevice() override;

    QUrl url() const { return m_url; }
    // Asks for the first chunk; probed(true) follows when the server honours
    // Range (the device is then open and size() known), probed(false) otherwise.
    void start();

    // A read failed: the stream ended early, not at its end.
    bool hasFailed() const { return m_reported; }
    // The HTTP status of the first request once probed (0 without an answer):
    // 403 tells an expired or refused address from a server without Range.
    int probeStatus() const { return m_probeStatus; }

    bool isSequential() const override { return false; }
    qint64 size() const override;

Q_SIGNALS:
    void probed(bool ranged);
    // A read after the probe failed; the stream ends there.
    void failed(const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    friend class RangeFetcher;
    void finishProbe(bool ranged, int status);
    void request(qint64 index); // with the cache locked
    void reportFailure(const QString &message);

    const QUrl m_url;
    const std::shared_ptr<RangeCache> m_cache;
    std::unique_ptr<QThread> m_thread;
    RangeFetcher *m_fetcher = nullptr; // lives in m_thread
    bool m_reported = false;
    int m_probeStatus = 0;
};

} // namespace fa
