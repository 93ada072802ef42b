#include "httptestserver.h"
#include "networkaccess.h"

#include <QFile>
#include <QHash>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray catalog = R"({"format":"forum-archive-catalog","sessions":[]})";

QString hopPath(int n)
{
    return u"/chain/hop"_s + QString::number(n);
}
QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(FA_FIXTURES_DIR) + u"/tls/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An https server on 127.0.0.1 with the self-signed certificate of
// fixtures/tls: each path answers with a redirect to its location, or with the
// catalog when it has none. One request per connection is all the tests need.
class TlsTestServer : public QSslServer
{
public:
    TlsTestServer()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readFixture(u"localhost.crt"_s)));
        tls.setPrivateKey(QSslKey(readFixture(u"localhost.key"_s), QSsl::Rsa));
        setSslConfiguration(tls);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"https://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
    }
    void addRedirect(const QString &path, const QByteArray &location)
    {
        m_locations.insert(path.toUtf8(), location);
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_pending[socket] += socket->readAll();
            const QByteArray request = m_pending.value(socket);
            if (!request.contains("\r\n\r\n"))
                return;
            m_pending.remove(socket);
            const QByteArray path = request.split(' ').value(1);
            const QByteArray location = m_locations.value(path);
            const QByteArray body = location.isEmpty() ? catalog : QByteArray();
            QByteArray answer = location.isEmpty()
                                    ? QByteArray("HTTP/1.1 200 OK\r\n")
                                    : "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\n";
            answer += "Content-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }

    QHash<QByteArray, QByteArray> m_locations;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
} // namespace

// How NetworkAccess follows redirects itself: every hop asked once, at most five
// of them, only to http(s) and never from https to http, with the request's own
// headers on each.
class TestNetworkAccessRedirects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsChain_data();
    void followsChain();
    void sixthRedirectRefused();
    void loopAskedOnce();
    void schemeRefused_data();
    void schemeRefused();
    void downgradeRefused();
    void headersKeptOnEveryHop_data();
    void headersKeptOnEveryHop();
    void notModifiedThroughRedirect();
    void authorizationStaysWithItsServer();
    void onlyLastHopShown();
    void abortBetweenHops();
    void timeoutOnLaterHop();

private:
    // Redirects hop1 -> hop2 -> ... -> hop<count> -> target, each written as style says.
    void addChain(int count, const QString &target, int status = 302,
                  const QString &style = u"absolute"_s);
    QNetworkReply *get(const QUrl &url,
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static bool waitFor(QNetworkReply *reply);

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<NetworkAccess> m_access;
};

void TestNetworkAccessRedirects::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    m_access = std::make_unique<NetworkAccess>();
    m_access->setTimeout(10000);
}

void TestNetworkAccessRedirects::cleanup()
{
    m_access.reset();
    m_server.reset();
}

void TestNetworkAccessRedirects::addChain(int count, const QString &target, int status,
                                          const QString &style)
{
    for (int n = 1; n <= count; ++n) {
        const QString next = n == count ? target : hopPath(n + 1);
        const QString name = next.mid(next.lastIndexOf(u'/') + 1);
        QString location;
        if (style == u"absolute")
            location = m_server->url(next).toString();
        else if (style == u"root")
            location = next;
        else if (style == u"sibling")
            location = name;
        else if (style == u"parent")
            location = u"../chain/"_s + name;
        else if (style == u"network-path")
            location = u"//127.0.0.1:"_s + QString::number(m_server->port()) + next;
        m_server->addRedirect(hopPath(n), location.toUtf8(), status);
    }
}

QNetworkReply *
TestNetworkAccessRedirects::get(const QUrl &url,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_access->get(request);
}

bool TestNetworkAccessRedirects::waitFor(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(30000);
}

void TestNetworkAccessRedirects::followsChain_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("style");

    QTest::newRow("one 302") << 1 << 302 << "absolute";
    QTest::newRow("five 302") << 5 << 302 << "absolute";
    QTest::newRow("five 301") << 5 << 301 << "absolute";
    QTest::newRow("five 303") << 5 << 303 << "absolute";
    QTest::newRow("five 307") << 5 << 307 << "absolute";
    QTest::newRow("five 308") << 5 << 308 << "absolute";
    QTest::newRow("relative to the root") << 5 << 302 << "root";
    QTest::newRow("relative to the folder") << 5 << 302 << "sibling";
    QTest::newRow("relative with ..") << 3 << 307 << "parent";
    QTest::newRow("network-path reference") << 3 << 301 << "network-path";
}

void TestNetworkAccessRedirects::followsChain()
{
    QFETCH(int, count);
    QFETCH(int, status);
    QFETCH(QString, style);

    m_server->addData(u"/chain/catalog.json"_s, catalog);
    addChain(count, u"/chain/catalog.json"_s, status, style);
    m_server->clearRequests();

    std::unique_ptr<QNetworkReply> reply(get(m_server->url(hopPath(1))));
    QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QVERIFY2(failure.ok(), qPrintable(NetworkAccess::message(failure)));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
             qint64(catalog.size()));
    QCOMPARE(reply->readAll(), catalog);
    QCOMPARE(reply->url(), m_server->url(u"/chain/catalog.json"_s));
    QCOMPARE(reply->request().url(), m_server->url(hopPath(1)));
    QCOMPARE(redirected.size(), count);

    // Every hop asked exactly once, and nothing else.
    for (int n = 1; n <= count; ++n)
        QCOMPARE(m_server->requestCount(hopPath(n)), 1);
    QCOMPARE(m_server->requestCount(u"/chain/catalog.json"_s), 1);
    QCOMPARE(m_server->requests().size(), count + 1);
    for (const HttpTestRequest &request : m_server->requests())
        QCOMPARE(request.method, QByteArray("GET"));
}

void TestNetworkAccessRedirects::sixthRedirectRefused()
{
    m_server->addData(u"/chain/catalog.json"_s, catalog);
    addChain(6, u"/chain/catalog.json"_s);
    const QUrl first = m_server->url(hopPath(1));

    std::unique_ptr<QNetworkReply> reply(get(first));
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QCOMPARE(int(failure.kind), int(NetworkFailure::Kind::RedirectLoop));
    const QString message = NetworkAccess::message(failure);
    QVERIFY2(message.contains(first.toDisplayString()), qPrintable(message));
    QVERIFY2(message.contains(u"more than 5 times"_s), qPrintable(message));
    for (int n = 1; n <= 6; ++n)
        QCOMPARE(m_server->requestCount(hopPath(n)), 1);
    QCOMPARE(m_server->requestCount(u"/chain/catalog.json"_s), 0);
}

void TestNetworkAccessRedirects::loopAskedOnce()
{
    m_server->addRedirectLoop(u"/loop"_s);
    std::unique_ptr<QNetworkReply> reply(get(m_server->url(u"/loop"_s)));
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QCOMPARE(int(failure.kind), int(NetworkFailure::Kind::RedirectLoop));
    QVERIFY(NetworkAccess::message(failure).contains(m_server->url(u"/loop"_s).toDisplayString()));
    QCOMPARE(m_server->requestCount(u"/loop"_s), 1);
    QCOMPARE(m_server->requestCount(u"/loop/next"_s), 1);
}

void TestNetworkAccessRedirects::schemeRefused_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("shown"); // the refused target in the message

    QTest::newRow("file") << QByteArray("file:///etc/passwd") << "file:///etc/passwd";
    QTest::newRow("ftp with credentials") << QByteArray("ftp://bob:pa55@example.org/catalog.json")
                                          << "ftp://example.org/catalog.json";
    QTest::newRow("data") << QByteArray("data:text/plain,hello") << "data:text/plain,hello";
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << "javascript:alert(1)";
}

void TestNetworkAccessRedirects::schemeRefused()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, shown);

    // After one good hop, so that the refusal is made by the code that follows.
    addChain(1, u"/chain/away"_s);
    m_server->addRedirect(u"/chain/away"_s, location, 301);
    QUrl first = m_server->url(hopPath(1));
    first.setUserName(u"anna"_s);
    first.setPassword(u"s3cret"_s);

    std::unique_ptr<QNetworkReply> reply(get(first));
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QCOMPARE(int(failure.kind), int(NetworkFailure::Kind::RedirectScheme));
    const QString message = NetworkAccess::message(failure);
    QVERIFY2(message.contains(m_server->url(hopPath(1)).toDisplayString()), qPrintable(message));
    QVERIFY2(message.contains(u'\'' + shown + u'\''), qPrintable(message));
    for (const QString &secret : {u"anna"_s, u"s3cret"_s, u"bob"_s, u"pa55"_s})
        QVERIFY2(!message.contains(secret), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestNetworkAccessRedirects::downgradeRefused()
{
    TlsTestServer tls;
    QVERIFY(tls.isListening());
    // Trust the test certificate the way a system CA would be trusted.
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificates(QSslCertificate::fromData(readFixture(u"localhost.crt"_s)));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore =
        qScopeGuard([&before] { QSslConfiguration::setDefaultConfiguration(before); });

    // https to https is followed: the TLS set-up works and refusals below are
    // about the scheme.
    tls.addRedirect(u"/secure"_s, tls.url(u"/catalog.json"_s).toEncoded());
    std::unique_ptr<QNetworkReply> secure(get(tls.url(u"/secure"_s)));
    QVERIFY(waitFor(secure.get()));
    QVERIFY2(NetworkAccess::failureOf(secure.get()).ok(),
             qPrintable(NetworkAccess::message(NetworkAccess::failureOf(secure.get()))));
    QCOMPARE(secure->readAll(), catalog);

    m_server->addData(u"/catalog.json"_s, catalog);
    const QUrl clear = m_server->url(u"/catalog.json"_s);
    tls.addRedirect(u"/down"_s, clear.toEncoded());
    std::unique_ptr<QNetworkReply> reply(get(tls.url(u"/down"_s)));
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QCOMPARE(int(failure.kind), int(NetworkFailure::Kind::RedirectDowngrade));
    const QString message = NetworkAccess::message(failure);
    QVERIFY2(message.contains(tls.url(u"/down"_s).toDisplayString()), qPrintable(message));
    QVERIFY2(message.contains(u'\'' + clear.toDisplayString() + u"', which is not a secure"_s),
             qPrintable(message));
    QCOMPARE(m_server->requests().size(), 0); // nothing was sent in the clear
}

void TestNetworkAccessRedirects::headersKeptOnEveryHop_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestNetworkAccessRedirects::headersKeptOnEveryHop()
{
    QFETCH(int, status);

    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; i < 1000; ++i)
        content.append(char('a' + i % 26));
    file.write(content);
    file.flush();
    m_server->addFile(u"/chain/file.bin"_s, file.fileName());
    addChain(2, u"/chain/file.bin"_s, status);

    std::unique_ptr<QNetworkReply> reply(
        get(m_server->url(hopPath(1)), {{"Range", "bytes=100-"}, {"If-None-Match", "\"old\""}}));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(reply->rawHeader("Content-Range"), QByteArray("bytes 100-999/1000"));
    QCOMPARE(reply->readAll(), content.mid(100));

    const QList<HttpTestRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (const HttpTestRequest &request : requests) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.header("range"), QByteArray("bytes=100-"));
        QCOMPARE(request.header("if-none-match"), QByteArray("\"old\""));
    }
}

void TestNetworkAccessRedirects::notModifiedThroughRedirect()
{
    m_server->addData(u"/chain/catalog.json"_s, catalog, "application/json", "\"v1\"");
    addChain(2, u"/chain/catalog.json"_s);
    std::unique_ptr<QNetworkReply> reply(
        get(m_server->url(hopPath(1)), {{"If-None-Match", "\"v1\""}}));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(NetworkAccess::failureOf(reply.get()).ok());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    QCOMPARE(reply->rawHeader("ETag"), QByteArray("\"v1\""));
    QCOMPARE(m_server->requests().size(), 3);
}

void TestNetworkAccessRedirects::authorizationStaysWithItsServer()
{
    HttpTestServer other;
    QVERIFY(other.isListening());
    other.addData(u"/catalog.json"_s, catalog);
    m_server->addRedirect(u"/a"_s, "/b");
    m_server->addRedirect(u"/b"_s, other.url(u"/catalog.json"_s).toEncoded(), 307);

    std::unique_ptr<QNetworkReply> reply(
        get(m_server->url(u"/a"_s), {{"Authorization", "Bearer t0ken"}}));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->readAll(), catalog);
    QCOMPARE(m_server->requests(u"/a"_s).value(0).header("authorization"),
             QByteArray("Bearer t0ken"));
    QCOMPARE(m_server->requests(u"/b"_s).value(0).header("authorization"),
             QByteArray("Bearer t0ken"));
    QCOMPARE(other.requestCount(u"/catalog.json"_s), 1);
    QVERIFY(other.requests().value(0).header("authorization").isEmpty());
}

void TestNetworkAccessRedirects::onlyLastHopShown()
{
    // Redirects with bodies of their own, which must not reach the caller.
    for (int n = 1; n <= 3; ++n) {
        m_server->setHandler(hopPath(n), [this, n](const HttpTestRequest &) {
            HttpTestResponse response;
            response.status = 302;
            response.setHeader("Location", m_server->url(hopPath(n + 1)).toEncoded());
            response.setHeader("Content-Type", "text/html");
            response.body = "<html>moved</html>";
            return response;
        });
    }
    m_server->addData(hopPath(4), catalog);

    std::unique_ptr<QNetworkReply> reply(get(m_server->url(hopPath(1))));
    QList<int> statuses;
    QByteArray received;
    connect(reply.get(), &QNetworkReply::metaDataChanged, this, [&] {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QSignalSpy progress(reply.get(), &QNetworkReply::downloadProgress);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(waitFor(reply.get()));
    received += reply->readAll();

    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses, QList<int>(statuses.size(), 200));
    QCOMPARE(received, catalog);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(catalog.size()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
}

void TestNetworkAccessRedirects::abortBetweenHops()
{
    m_server->addData(u"/chain/catalog.json"_s, catalog);
    addChain(3, u"/chain/catalog.json"_s);
    std::unique_ptr<QNetworkReply> reply(get(m_server->url(hopPath(1))));
    QNetworkReply *raw = reply.get();
    connect(raw, &QNetworkReply::redirected, raw,
            [raw] { NetworkAccess::abortWith(raw, NetworkFailure::Kind::Cancelled); });
    QSignalSpy finished(raw, &QNetworkReply::finished);
    QVERIFY(waitFor(raw));
    QCOMPARE(int(NetworkAccess::failureOf(raw).kind), int(NetworkFailure::Kind::Cancelled));
    QVERIFY(!raw->isOpen());
    // Let any hop still on its way settle: the reply stays finished once.
    m_server->addData(u"/settled"_s, "{}");
    std::unique_ptr<QNetworkReply> later(get(m_server->url(u"/settled"_s)));
    QVERIFY(waitFor(later.get()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(u"/chain/catalog.json"_s), 0);
}

void TestNetworkAccessRedirects::timeoutOnLaterHop()
{
    m_access->setTimeout(500);
    m_server->addSlow(u"/chain/slow"_s, 5000);
    addChain(2, u"/chain/slow"_s);
    const QUrl first = m_server->url(hopPath(1));
    std::unique_ptr<QNetworkReply> reply(get(first));
    QVERIFY(waitFor(reply.get()));
    const NetworkFailure failure = NetworkAccess::failureOf(reply.get());
    QCOMPARE(int(failure.kind), int(NetworkFailure::Kind::Timeout));
    QVERIFY(NetworkAccess::message(failure).contains(first.toDisplayString()));
}

QTEST_GUILESS_MAIN(TestNetworkAccessRedirects)
#include "tst_networkaccess_redirects.moc"
