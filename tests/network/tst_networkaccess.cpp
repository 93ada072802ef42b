#include "httptestserver.h"
#include "networkaccess.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// The rules of NetworkAccess and the test server's own behaviour, which other
// suites (catalogs, downloads, streaming) rely on.
class TestNetworkAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void faults_data();
    void faults();
    void credentialsNeverInMessages_data();
    void credentialsNeverInMessages();
    void serverRange_data();
    void serverRange();
    void serverIgnoringRange();
    void serverHeadAndConcurrentReads();

private:
    QNetworkReply *get(const QUrl &url,
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    NetworkFailure fetch(const QUrl &url);

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<NetworkAccess> m_access;
};

void TestNetworkAccess::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    m_access = std::make_unique<NetworkAccess>();
    m_access->setTimeout(500);
}

void TestNetworkAccess::cleanup()
{
    m_access.reset();
    m_server.reset();
}

QNetworkReply *TestNetworkAccess::get(const QUrl &url,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_access->get(request);
}

NetworkFailure TestNetworkAccess::fetch(const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(get(url));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("no answer from the test request");
    return NetworkAccess::failureOf(reply.get());
}

void TestNetworkAccess::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected"); // a part of the message

    using K = NetworkFailure::Kind;
    QTest::newRow("host not found") << "host" << int(K::HostNotFound) << "name was not found";
    QTest::newRow("connection refused")
        << "refused" << int(K::ConnectionRefused) << "refused the connection";
    QTest::newRow("timeout") << "slow" << int(K::Timeout) << "did not answer in time";
    QTest::newRow("tls") << "tls" << int(K::Tls) << "secure connection";
    QTest::newRow("404") << "404" << int(K::Http) << "HTTP error 404 (Not Found)";
    QTest::newRow("500") << "500" << int(K::Http) << "HTTP error 500 (Internal Server Error)";
    QTest::newRow("cut short") << "short" << int(K::CutShort) << "cut short";
    QTest::newRow("redirect loop") << "loop" << int(K::RedirectLoop) << "redirects in a loop";
    QTest::newRow("redirect to file")
        << "file" << int(K::RedirectScheme) << "to 'file:///etc/passwd', which is not an http";
    QTest::newRow("redirect to ftp") << "ftp" << int(K::RedirectScheme) << "ftp://";
}

void TestNetworkAccess::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(QString, expected);

    m_server->addStatus(u"/404"_s, 404);
    m_server->addStatus(u"/500"_s, 500);
    m_server->addSlow(u"/slow"_s, 5000);
    m_server->addCutShort(u"/short"_s, "{\"format\":", 5000);
    m_server->addRedirectLoop(u"/loop"_s);
    m_server->addRedirect(u"/file"_s, "file:///etc/passwd");
    m_server->addRedirect(u"/ftp"_s, "ftp://127.0.0.1/catalog.json");

    QUrl url = m_server->url(u"/"_s + fault);
    if (fault == u"host")
        url = QUrl(u"http://no-such-host.invalid/catalog.json"_s);
    else if (fault == u"refused")
        url.setPort(closedPort());
    else if (fault == u"tls")
        url.setScheme(u"https"_s);

    const NetworkFailure failure = fetch(url);
    const QString message = NetworkAccess::message(failure);
    QCOMPARE(int(failure.kind), kind);
    QVERIFY2(message.contains(url.toDisplayString()), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestNetworkAccess::credentialsNeverInMessages_data()
{
    QTest::addColumn<int>("kind");
    for (int k = int(NetworkFailure::Kind::HostNotFound); k <= int(NetworkFailure::Kind::Other);
         ++k)
        QTest::addRow("kind %d", k) << k;
}

void TestNetworkAccess::credentialsNeverInMessages()
{
    QFETCH(int, kind);
    NetworkFailure failure;
    failure.kind = NetworkFailure::Kind(kind);
    failure.url = QUrl(u"https://anna:s3cret@example.org/catalog.json"_s);
    failure.detail = NetworkAccess::stripCredentials(
        u"Error transferring https://anna:s3cret@example.org/catalog.json"_s);
    failure.httpStatus = 401;
    failure.httpReason = u"Unauthorized"_s;
    const QString message = NetworkAccess::message(failure);
    QVERIFY2(message.contains(u"https://example.org/catalog.json"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"anna"_s), qPrintable(message));
}

void TestNetworkAccess::serverRange_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");

    QTest::newRow("none") << QByteArray() << 200 << QByteArray() << 0ll << 1000ll;
    QTest::newRow("from") << QByteArray("bytes=100-") << 206 << QByteArray("bytes 100-999/1000")
                          << 100ll << 900ll;
    QTest::newRow("between") << QByteArray("bytes=10-19") << 206 << QByteArray("bytes 10-19/1000")
                             << 10ll << 10ll;
    QTest::newRow("suffix") << QByteArray("bytes=-5") << 206 << QByteArray("bytes 995-999/1000")
                            << 995ll << 5ll;
    QTest::newRow("past the end") << QByteArray("bytes=1000-") << 416 << QByteArray("bytes */1000")
                                  << 0ll << 0ll;
}

void TestNetworkAccess::serverRange()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, contentRange);
    QFETCH(qint64, first);
    QFETCH(qint64, length);

    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; i < 1000; ++i)
        content.append(char('a' + i % 26));
    file.write(content);
    file.flush();
    m_server->addFile(u"/file.bin"_s, file.fileName());

    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    std::unique_ptr<QNetworkReply> reply(get(m_server->url(u"/file.bin"_s), headers));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->rawHeader("Content-Range"), contentRange);
    QCOMPARE(reply->rawHeader("Accept-Ranges"), QByteArray("bytes"));
    if (status != 416)
        QCOMPARE(reply->readAll(), content.mid(first, length));
}

void TestNetworkAccess::serverIgnoringRange()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(300, 'z'));
    file.flush();
    m_server->addFile(u"/file.bin"_s, file.fileName(), false);
    std::unique_ptr<QNetworkReply> reply(
        get(m_server->url(u"/file.bin"_s), {{"Range", "bytes=100-"}}));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->rawHeader("Accept-Ranges").isEmpty());
    QCOMPARE(reply->readAll().size(), 300);
    QCOMPARE(m_server->requests(u"/file.bin"_s).value(0).header("range"), QByteArray("bytes=100-"));
}

void TestNetworkAccess::serverHeadAndConcurrentReads()
{
    // A file larger than the server's write backlog, read by several clients at once.
    QTemporaryFile file(QDir::tempPath() + u"/XXXXXX.webm"_s);
    QVERIFY(file.open());
    QByteArray content(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 7) % 251);
    file.write(content);
    file.flush();
    m_server->addFile(u"/big.webm"_s, file.fileName());

    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 4; ++i) {
        const QByteArray range = "bytes=" + QByteArray::number(i * 1000) + '-';
        replies.emplace_back(get(m_server->url(u"/big.webm"_s), {{"Range", range}}));
    }
    for (int i = 0; i < 4; ++i) {
        QNetworkReply *reply = replies[i].get();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), content.mid(i * 1000));
    }

    QNetworkRequest head(m_server->url(u"/big.webm"_s));
    std::unique_ptr<QNetworkReply> reply(m_access->manager()->head(head));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), content.size());
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("video/webm"));
}

QTEST_GUILESS_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
