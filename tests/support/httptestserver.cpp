#include "httptestserver.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace fa::test {

namespace {

constexpr qint64 writeChunk = 64 * 1024;
constexpr qint64 writeBacklog = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 416: return "Range Not Satisfiable";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

// A single "bytes=a-b", "bytes=a-" or "bytes=-n"; nothing when unsatisfiable.
std::optional<ByteRange> parseRange(const QByteArray &value, qint64 size, bool *valid)
{
    *valid = false;
    if (!value.startsWith("bytes=") || value.contains(','))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    bool okFirst = false;
    bool okLast = false;
    const QByteArray a = spec.left(dash);
    const QByteArray b = spec.mid(dash + 1);
    ByteRange range;
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&okLast);
        if (!okLast || suffix <= 0)
            return std::nullopt;
        *valid = true;
        range.first = std::max<qint64>(0, size - suffix);
        range.last = size - 1;
    } else {
        range.first = a.toLongLong(&okFirst);
        if (!okFirst)
            return std::nullopt;
        range.last = b.isEmpty() ? size - 1 : b.toLongLong(&okLast);
        if (!b.isEmpty() && !okLast)
            return std::nullopt;
        *valid = true;
        range.last = std::min(range.last, size - 1);
    }
    if (range.first >= size || range.first > range.last)
        return std::nullopt;
    return range;
}

} // namespace

// One client connection: requests are answered one after the other (keep-alive).
class HttpTestConnection : public QObject
{
public:
    HttpTestConnection(HttpTestServer *server, QTcpSocket *socket, QObject *parent)
        : QObject(parent)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpTestConnection::readRequests);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_responding && m_chunkDelayMs == 0)
                pump();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            endResponse();
            deleteLater();
        });
    }

    ~HttpTestConnection() override { endResponse(); }

private:
    void readRequests()
    {
        m_buffer += m_socket->readAll();
        while (!m_responding && !m_waiting) {
            // Not HTTP (a TLS handshake, say): answer in plain text so the client fails fast.
            if (!m_buffer.isEmpty() && (m_buffer[0] < 'A' || m_buffer[0] > 'Z')) {
                m_buffer.clear();
                m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                "Connection: close\r\n\r\n");
                m_socket->disconnectFromHost();
                return;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            HttpTestRequest request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qint64 bodyLength = request.header("content-length").toLongLong();
            if (m_buffer.size() < end + 4 + bodyLength)
                return;
            m_buffer.remove(0, end + 4 + bodyLength);
            const qsizetype query = request.target.indexOf('?');
            const QByteArray rawPath = query < 0 ? request.target : request.target.left(query);
            request.path = QUrl::fromPercentEncoding(rawPath);
            handle(request);
        }
    }

    void handle(const HttpTestRequest &request)
    {
        m_server->recordRequest(request);
        const HttpTestServer::Handler handler = m_server->handlerFor(request.path);
        HttpTestResponse response;
        if (handler)
            response = handler(request);
        else
            response.status = 404;
        m_head = request.method == "HEAD";
        m_clientWantsClose = request.header("connection").toLower() == "close";
        if (response.delayMs > 0) {
            m_waiting = true;
            QTimer::singleShot(response.delayMs, this, [this, request, response] {
                m_waiting = false;
                respond(request, response);
            });
        } else {
            respond(request, response);
        }
    }

    void respond(const HttpTestRequest &request, HttpTestResponse response)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_responding = true;
        m_server->responseStarted();
        m_started = true;
        m_offset = 0;
        m_remaining = 0;
        m_source = Source::Body;
        m_body = response.body;
        m_close = response.close || m_clientWantsClose;
        m_chunkSize = response.chunkSize > 0 ? response.chunkSize : writeChunk;
        m_chunkDelayMs = response.chunkDelayMs;

        qint64 length = response.body.size();
        if (!response.filePath.isEmpty()) {
            if (!openFile(request, response, &length))
                length = response.body.size();
        } else if (response.generatedLength >= 0) {
            m_source = Source::Filler;
            length = response.generatedLength;
        }
        m_remaining = length;

        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason)
            + "\r\n";
        for (const auto &[name, value] : std::as_const(response.headers))
            head += name + ": " + value + "\r\n";
        if (response.omitLength) {
            m_close = true;
        } else if (response.status != 304) {
            const qint64 declared = response.declaredLength >= 0 ? response.declaredLength : length;
            head += "Content-Length: " + QByteArray::number(declared) + "\r\n";
            if (declared > length)
                m_close = true; // the body is cut short: the client must see the end
        }
        if (m_close)
            head += "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);
        if (m_head || response.status == 304)
            m_remaining = 0;
        pump();
    }

    bool openFile(const HttpTestRequest &request, HttpTestResponse &response, qint64 *length)
    {
        m_file.reset(new QFile(response.filePath));
        if (!m_file->open(QIODevice::ReadOnly)) {
            response.status = 404;
            m_file.reset();
            return false;
        }
        m_source = Source::File;
        const qint64 size = m_file->size();
        const QFileInfo info(response.filePath);
        const QByteArray etag = '"' + QByteArray::number(size) + '-'
                                + QByteArray::number(info.lastModified().toSecsSinceEpoch()) + '"';
        const QByteArray lastModified = httpDate(info.lastModified());
        response.setHeader("Last-Modified", lastModified);
        if (!response.ignoreRange) {
            response.setHeader("ETag", etag);
            response.setHeader("Accept-Ranges", "bytes");
        }
        *length = size;
        const QByteArray rangeHeader = request.header("range");
        const QByteArray ifRange = request.header("if-range");
        const bool rangeApplies =
            !response.ignoreRange && !rangeHeader.isEmpty()
            && (ifRange.isEmpty() || ifRange == etag || ifRange == lastModified);
        if (!rangeApplies)
            return true;
        bool valid = false;
        const std::optional<ByteRange> range = parseRange(rangeHeader, size, &valid);
        if (!valid)
            return true; // a malformed Range is ignored, as RFC 9110 allows
        if (!range) {
            response.status = 416;
            response.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            m_file.reset();
            m_source = Source::Body;
            response.body.clear();
            m_body.clear();
            *length = 0;
            return true;
        }
        response.status = 206;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range->first) + '-'
                                                + QByteArray::number(range->last) + '/'
                                                + QByteArray::number(size));
        m_file->seek(range->first);
        *length = range->last - range->first + 1;
        return true;
    }

    void pump()
    {
        if (!m_responding)
            return;
        while (m_remaining > 0 && m_socket->bytesToWrite() < writeBacklog) {
            const qint64 n = std::min<qint64>(m_remaining, m_chunkSize);
            QByteArray chunk;
            switch (m_source) {
            case Source::Body: chunk = m_body.mid(m_offset, n); break;
            case Source::Filler: chunk = QByteArray(n, 'x'); break;
            case Source::File: chunk = m_file->read(n); break;
            }
            if (chunk.isEmpty()) {
                m_remaining = 0;
                break;
            }
            m_socket->write(chunk);
            m_offset += chunk.size();
            m_remaining -= chunk.size();
            if (m_chunkDelayMs > 0) {
                if (m_remaining > 0) {
                    QTimer::singleShot(m_chunkDelayMs, this, [this] { pump(); });
                    return;
                }
                break;
            }
        }
        if (m_remaining == 0)
            finishResponse();
    }

    void finishResponse()
    {
        m_responding = false;
        m_file.reset();
        endResponse();
        if (m_close) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, &HttpTestConnection::readRequests);
    }

    void endResponse()
    {
        if (m_started) {
            m_started = false;
            m_server->responseEnded();
        }
    }

    enum class Source { Body, Filler, File };

    HttpTestServer *const m_server;
    QTcpSocket *const m_socket;
    QByteArray m_buffer;
    bool m_responding = false;
    bool m_waiting = false;
    bool m_started = false;
    bool m_head = false;
    bool m_close = false;
    bool m_clientWantsClose = false;
    Source m_source = Source::Body;
    QByteArray m_body;
    std::unique_ptr<QFile> m_file;
    qint64 m_offset = 0;
    qint64 m_remaining = 0;
    qint64 m_chunkSize = writeChunk;
    int m_chunkDelayMs = 0;
};

class HttpTestServerWorker : public QObject
{
public:
    explicit HttpTestServerWorker(HttpTestServer *server)
        : m_server(server)
    {}

    quint16 listen()
    {
        m_tcp = new QTcpServer(this);
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection())
                new HttpTestConnection(m_server, socket, this);
        });
        if (!m_tcp->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_tcp->serverPort();
    }

private:
    HttpTestServer *const m_server;
    QTcpServer *m_tcp = nullptr;
};

HttpTestServer::HttpTestServer()
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("HttpTestServer"));
    m_thread->start();
    m_worker = new HttpTestServerWorker(this);
    m_worker->moveToThread(m_thread.get());
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
}

HttpTestServer::~HttpTestServer()
{
    HttpTestServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QUrl HttpTestServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

void HttpTestServer::setHandler(const QString &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_handlers.insert(path, std::move(handler));
}

void HttpTestServer::removeHandler(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_handlers.remove(path);
}

HttpTestServer::Handler HttpTestServer::handlerFor(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_handlers.value(path);
}

void HttpTestServer::addData(const QString &path, const QByteArray &body,
                             const QByteArray &contentType, const QByteArray &etag,
                             const QByteArray &lastModified)
{
    setHandler(path, [=](const HttpTestRequest &request) {
        HttpTestResponse response;
        if (!etag.isEmpty())
            response.setHeader("ETag", etag);
        if (!lastModified.isEmpty())
            response.setHeader("Last-Modified", lastModified);
        const QByteArray ifNoneMatch = request.header("if-none-match");
        const QByteArray ifModifiedSince = request.header("if-modified-since");
        if ((!etag.isEmpty() && ifNoneMatch == etag)
            || (ifNoneMatch.isEmpty() && !lastModified.isEmpty()
                && ifModifiedSince == lastModified)) {
            response.status = 304;
            return response;
        }
        if (!contentType.isEmpty())
            response.setHeader("Content-Type", contentType);
        response.body = body;
        return response;
    });
}

void HttpTestServer::addStatus(const QString &path, int status)
{
    setHandler(path, [status](const HttpTestRequest &) {
        HttpTestResponse response;
        response.status = status;
        response.setHeader("Content-Type", "text/plain");
        response.body = reasonPhrase(status);
        return response;
    });
}

void HttpTestServer::addSlow(const QString &path, int delayMs, const QByteArray &body)
{
    setHandler(path, [delayMs, body](const HttpTestRequest &) {
        HttpTestResponse response;
        response.setHeader("Content-Type", "application/json");
        response.body = body;
        response.delayMs = delayMs;
        return response;
    });
}

void HttpTestServer::addCutShort(const QString &path, const QByteArray &body, qint64 declaredLength)
{
    setHandler(path, [body, declaredLength](const HttpTestRequest &) {
        HttpTestResponse response;
        response.setHeader("Content-Type", "application/json");
        response.body = body;
        response.declaredLength = declaredLength;
        return response;
    });
}

void HttpTestServer::addOversize(const QString &path, qint64 size, bool declared)
{
    setHandler(path, [size, declared](const HttpTestRequest &) {
        HttpTestResponse response;
        response.setHeader("Content-Type", "application/json");
        response.generatedLength = size;
        response.omitLength = !declared;
        return response;
    });
}

void HttpTestServer::addRedirect(const QString &path, const QByteArray &location, int status)
{
    setHandler(path, [location, status](const HttpTestRequest &) {
        HttpTestResponse response;
        response.status = status;
        response.setHeader("Location", location);
        return response;
    });
}

void HttpTestServer::addRedirectLoop(const QString &path)
{
    const QString next = path + QStringLiteral("/next");
    addRedirect(path, url(next).toEncoded());
    addRedirect(next, url(path).toEncoded());
}

void HttpTestServer::addFile(const QString &path, const QString &filePath, bool honourRange,
                             int chunkSize, int chunkDelayMs)
{
    setHandler(path, [=](const HttpTestRequest &) {
        HttpTestResponse response;
        response.filePath = filePath;
        response.ignoreRange = !honourRange;
        response.chunkSize = chunkSize;
        response.chunkDelayMs = chunkDelayMs;
        const QString suffix = QFileInfo(filePath).suffix().toLower();
        const QByteArray type = suffix == u"webm"   ? "video/webm"
                                : suffix == u"json" ? "application/json"
                                : suffix == u"pdf"  ? "application/pdf"
                                : suffix == u"png"  ? "image/png"
                                                    : "application/octet-stream";
        response.setHeader("Content-Type", type);
        return response;
    });
}

QList<HttpTestRequest> HttpTestServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<HttpTestRequest> HttpTestServer::requests(const QString &path) const
{
    QList<HttpTestRequest> result;
    const QList<HttpTestRequest> all = requests();
    for (const HttpTestRequest &r : all) {
        if (r.path == path)
            result.append(r);
    }
    return result;
}

void HttpTestServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_maxActive = m_active;
}

int HttpTestServer::maxConcurrentResponses() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxActive;
}

void HttpTestServer::recordRequest(const HttpTestRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

void HttpTestServer::responseStarted()
{
    QMutexLocker lock(&m_mutex);
    m_maxActive = std::max(m_maxActive, ++m_active);
}

void HttpTestServer::responseEnded()
{
    QMutexLocker lock(&m_mutex);
    --m_active;
}

} // namespace fa::test
