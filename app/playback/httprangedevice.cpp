#include "httprangedevice.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <cstring>

namespace fa {

// Shared by the reading (GUI) thread and the fetching thread.
struct RangeCache
{
    QMutex mutex;
    QWaitCondition arrived;
    qint64 size = -1;
    QHash<qint64, QByteArray> chunks; // by index
    QList<qint64> recent;             // least recently used first
    QSet<qint64> pending;
    QString error; // the first fetch that failed; later misses fail too
};

namespace {

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// "bytes first-last/total"
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *last, qint64 *total)
{
    if (!value.startsWith("bytes "))
        return false;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash < 0 || slash < dash)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    *first = spec.left(dash).toLongLong(&ok1);
    *last = spec.mid(dash + 1, slash - dash - 1).toLongLong(&ok2);
    *total = spec.mid(slash + 1).toLongLong(&ok3);
    return ok1 && ok2 && ok3 && *first <= *last && *last < *total;
}

} // namespace

class RangeFetcher : public QObject
{
public:
    RangeFetcher(const QUrl &url, std::shared_ptr<RangeCache> cache, HttpRangeDevice *device)
        : m_url(url)
        , m_cache(std::move(cache))
        , m_device(device)
    {}

    // index -1 is the probe: chunk 0 while the size is still unknown.
    void fetch(qint64 index)
    {
        if (!m_manager)
            m_manager = new QNetworkAccessManager(this);
        const bool probe = index < 0;
        const qint64 chunk = probe ? 0 : index;
        const qint64 first = chunk * HttpRangeDevice::chunkSize;
        qint64 last = first + HttpRangeDevice::chunkSize - 1;
        if (!probe) {
            QMutexLocker lock(&m_cache->mutex);
            last = qMin(last, m_cache->size - 1);
        }
        QNetworkRequest request(m_url);
        request.setRawHeader("Range",
                             "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last));
        // Ranges of a compressed body would not be ranges of the file.
        request.setRawHeader("Accept-Encoding", "identity");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setTransferTimeout(HttpRangeDevice::timeoutMs);
        QNetworkReply *reply = m_manager->get(request);
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
            // The whole file instead of a chunk: the server ignores Range.
            if (httpStatus(reply) == 200)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, probe, chunk, first, last] {
            reply->deleteLater();
            finished(reply, probe, chunk, first, last);
        });
    }

private:
    void finished(QNetworkReply *reply, bool probe, qint64 chunk, qint64 first, qint64 last)
    {
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const int status = httpStatus(reply);
        qint64 gotFirst = 0;
        qint64 gotLast = 0;
        qint64 total = 0;
        bool ok =
            status == 206
            && parseContentRange(reply->rawHeader("Content-Range"), &gotFirst, &gotLast, &total)
            && gotFirst == first && gotLast == qMin(last, total - 1)
            && body.size() == gotLast - gotFirst + 1;

        QMutexLocker lock(&m_cache->mutex);
        if (probe) {
            if (ok) {
                m_cache->size = total;
                store(chunk, body);
            }
            lock.unlock();
            QMetaObject::invokeMethod(
                m_device, [device = m_device, ok, status] { device->finishProbe(ok, status); },
                Qt::QueuedConnection);
            return;
        }
        ok = ok && total == m_cache->size;
        m_cache->pending.remove(chunk);
        if (ok) {
            store(chunk, body);
        } else if (m_cache->error.isEmpty()) {
            m_cache->error = reply->error() != QNetworkReply::NoError && status == 0
                                 ? reply->errorString()
                                 : HttpRangeDevice::tr("HTTP status %1 instead of the bytes "
                                                       "%2–%3 asked for")
                                       .arg(status)
                                       .arg(first)
                                       .arg(last);
        }
        m_cache->arrived.wakeAll();
    }

    // With the cache locked.
    void store(qint64 chunk, const QByteArray &body)
    {
        m_cache->chunks.insert(chunk, body);
        m_cache->recent.removeOne(chunk);
        m_cache->recent.append(chunk);
        while (m_cache->chunks.size() > HttpRangeDevice::cachedChunks)
            m_cache->chunks.remove(m_cache->recent.takeFirst());
    }

    const QUrl m_url;
    const std::shared_ptr<RangeCache> m_cache;
    HttpRangeDevice *const m_device;
    QNetworkAccessManager *m_manager = nullptr; // created in the fetching thread
};

HttpRangeDevice::HttpRangeDevice(const QUrl &url, QObject *parent)
    : QIODevice(parent)
    , m_url(url)
    , m_cache(std::make_shared<RangeCache>())
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("HttpRangeDevice"));
    m_fetcher = new RangeFetcher(url, m_cache, this);
    m_fetcher->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread->start();
}

HttpRangeDevice::~HttpRangeDevice()
{
    m_thread->quit();
    m_thread->wait();
}

void HttpRangeDevice::start()
{
    RangeFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher] { fetcher->fetch(-1); }, Qt::QueuedConnection);
}

void HttpRangeDevice::finishProbe(bool ranged, int status)
{
    m_probeStatus = status;
    if (ranged)
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    Q_EMIT probed(ranged);
}

qint64 HttpRangeDevice::size() const
{
    QMutexLocker lock(&m_cache->mutex);
    return qMax<qint64>(0, m_cache->size);
}

qint64 HttpRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 start = pos();
    const QDeadlineTimer deadline(timeoutMs);
    QString failure;
    qint64 done = 0;
    {
        QMutexLocker lock(&m_cache->mutex);
        const qint64 wanted = qMin(maxSize, m_cache->size - start);
        while (done < wanted) {
            const qint64 at = start + done;
            const qint64 index = at / chunkSize;
            const auto it = m_cache->chunks.constFind(index);
            if (it != m_cache->chunks.constEnd()) {
                const qint64 offset = at - index * chunkSize;
                const qint64 n = qMin(wanted - done, qint64(it->size()) - offset);
                std::memcpy(data + done, it->constData() + offset, size_t(n));
                done += n;
                m_cache->recent.removeOne(index);
                m_cache->recent.append(index);
                continue;
            }
            if (!m_cache->error.isEmpty()) {
                failure = m_cache->error;
                break;
            }
            request(index);
            if (!m_cache->arrived.wait(&m_cache->mutex, deadline)) {
                failure = tr("no data for %n second(s)", nullptr, timeoutMs / 1000);
                break;
            }
        }
        // The demuxer reads on: have the next chunk on its way.
        const qint64 reached = (start + done) / chunkSize;
        request(reached);
        request(reached + 1);
    }
    if (!failure.isEmpty())
        reportFailure(failure);
    return done;
}

qint64 HttpRangeDevice::writeData(const char *, qint64)
{
    return -1;
}

void HttpRangeDevice::request(qint64 index)
{
    if (index < 0 || index * chunkSize >= m_cache->size || m_cache->chunks.contains(index)
        || m_cache->pending.contains(index))
        return;
    m_cache->pending.insert(index);
    RangeFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, index] { fetcher->fetch(index); }, Qt::QueuedConnection);
}

void HttpRangeDevice::reportFailure(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    // Not from inside the backend's read: the receiver may stop the player.
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

} // namespace fa
