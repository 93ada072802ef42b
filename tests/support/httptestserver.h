#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace fa::test {

struct HttpTestRequest
{
    QByteArray method;
    QByteArray target;                     // as sent, with the query
    QString path;                          // decoded, without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpTestResponse
{
    int status = 200;
    QByteArray reason; // default: the standard phrase of the status
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QString filePath;         // serve this file instead of body, honouring Range
    bool ignoreRange = false; // serve files whole and never announce Accept-Ranges

    qint64 declaredLength = -1;  // Content-Length to announce instead of the real one
    qint64 generatedLength = -1; // send this many filler bytes instead of body
    bool omitLength = false;     // no Content-Length: the body ends when the connection closes
    int delayMs = 0;             // wait this long before answering
    int chunkSize = 0;           // with chunkDelayMs: trickle the body in chunks
    int chunkDelayMs = 0;
    bool close = false; // close the connection after the response

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

class HttpTestServerWorker;

// An HTTP/1.1 server for tests, listening on 127.0.0.1 with an ephemeral port.
// It runs in its own thread so that clients which block the test thread (media
// pipelines) are still served; handlers are called in that thread.
class HttpTestServer
{
public:
    using Handler = std::function<HttpTestResponse(const HttpTestRequest &)>;

    HttpTestServer();
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;

    // Exact path match (query ignored); unknown paths answer 404.
    void setHandler(const QString &path, Handler handler);
    void removeHandler(const QString &path);

    // Fault and content routes. ETag and Last-Modified are answered with 304
    // when the request's If-None-Match / If-Modified-Since match.
    void addData(const QString &path, const QByteArray &body,
                 const QByteArray &contentType = "application/json", const QByteArray &etag = {},
                 const QByteArray &lastModified = {});
    void addStatus(const QString &path, int status);
    void addSlow(const QString &path, int delayMs, const QByteArray &body = "{}");
    void addCutShort(const QString &path, const QByteArray &body, qint64 declaredLength);
    // declared: Content-Length announces the size; otherwise the body is streamed
    // without a length until the connection closes.
    void addOversize(const QString &path, qint64 size, bool declared);
    void addRedirect(const QString &path, const QByteArray &location, int status = 302);
    void addRedirectLoop(const QString &path); // path -> path/next -> path -> ...
    void addFile(const QString &path, const QString &filePath, bool honourRange = true,
                 int chunkSize = 0, int chunkDelayMs = 0);

    QList<HttpTestRequest> requests() const;
    QList<HttpTestRequest> requests(const QString &path) const;
    int requestCount(const QString &path) const { return int(requests(path).size()); }
    void clearRequests();
    // The most responses that were in progress at the same time.
    int maxConcurrentResponses() const;

    // Internal, called from the server thread.
    Handler handlerFor(const QString &path) const;
    void recordRequest(const HttpTestRequest &request);
    void responseStarted();
    void responseEnded();

private:
    mutable QMutex m_mutex;
    QHash<QString, Handler> m_handlers;
    QList<HttpTestRequest> m_requests;
    int m_active = 0;
    int m_maxActive = 0;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    HttpTestServerWorker *m_worker = nullptr; // lives in m_thread
};

// A loopback port nobody listens on (taken, then released): "connection refused".
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace fa::test
