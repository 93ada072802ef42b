#include "httptestserver.h"
#include "networkaccess.h"
#include "remotecatalogcache.h"
#include "remotecatalogloader.h"

#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(FA_FIXTURES_DIR "/network/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

} // namespace

class TestRemoteCatalogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstLoadKeepsACopy();
    void conditionalRequestAnswered304();
    void lastModifiedRevalidation();
    void revalidatedThroughRedirects();
    void folderAddressResolvesPathsBesideCatalog();
    void newVersionReportsChanges();
    void faultKeepsGoodCopy_data();
    void faultKeepsGoodCopy();
    void faultWithoutCopy();
    void offlineCopyNotice();
    void invalidNewVersionRefused();
    void oversizeStoppedWhileReceiving();
    void credentialsStripped();
    void notHttpRefused();
    void updateCheckAtMostDaily();

private:
    std::optional<RemoteCatalogResult> load(const QUrl &url);

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<RemoteCatalogLoader> m_loader;
};

void TestRemoteCatalogLoader::init()
{
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheDir->isValid());
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    m_access = std::make_unique<NetworkAccess>();
    m_access->setTimeout(500);
    m_loader = std::make_unique<RemoteCatalogLoader>(m_access.get(), m_cacheDir->path());
}

void TestRemoteCatalogLoader::cleanup()
{
    m_loader.reset();
    m_access.reset();
    m_server.reset();
    m_cacheDir.reset();
}

std::optional<RemoteCatalogResult> TestRemoteCatalogLoader::load(const QUrl &url)
{
    QSignalSpy finished(m_loader.get(), &RemoteCatalogLoader::finished);
    m_loader->load(url);
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().first().value<RemoteCatalogResult>();
}

void TestRemoteCatalogLoader::firstLoadKeepsACopy()
{
    m_server->addData(u"/catalog.json"_s, fixture(u"catalog-v1.json"_s), "application/json",
                      "\"v1\"");
    QSignalSpy progress(m_loader.get(), &RemoteCatalogLoader::progress);
    const auto result = load(m_server->url(u"/catalog.json"_s));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QVERIFY(result->error.isEmpty());
    QVERIFY(result->notice.isEmpty());
    QVERIFY(!result->fromCache);
    QVERIFY(!result->hadPrevious);
    QVERIFY(result->catalog->remote);
    QCOMPARE(result->catalog->sessions.size(), 2);
    QVERIFY(!progress.isEmpty());
    QVERIFY(m_server->requests().first().header("if-none-match").isEmpty());

    const RemoteCatalogResult copy = m_loader->openCachedCopy(m_server->url(u"/catalog.json"_s));
    QVERIFY(copy.ok());
    QVERIFY(copy.notice.startsWith(u"Offline copy from "_s));
}

void TestRemoteCatalogLoader::conditionalRequestAnswered304()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    QVERIFY(load(url).value_or(RemoteCatalogResult()).ok());

    const auto again = load(url);
    QVERIFY(again);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().header("if-none-match"), QByteArray("\"v1\""));
    QVERIFY(again->ok());
    QVERIFY(again->notModified);
    QVERIFY(again->fromCache);
    QVERIFY(again->error.isEmpty());
    QVERIFY(again->notice.isEmpty());
    QCOMPARE(again->catalog->sessions.size(), 2);
}

void TestRemoteCatalogLoader::lastModifiedRevalidation()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    const QByteArray date = "Tue, 14 May 2024 08:00:00 GMT";
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "text/plain", {}, date);
    QVERIFY(load(url).value_or(RemoteCatalogResult()).ok());
    const auto again = load(url);
    QVERIFY(again);
    QCOMPARE(m_server->requests().last().header("if-modified-since"), date);
    QVERIFY(again->notModified);
    QVERIFY(again->ok());
}

void TestRemoteCatalogLoader::revalidatedThroughRedirects()
{
    // The catalog moved five times; the copy is kept under the address the user gave.
    m_server->addData(u"/catalog.json"_s, fixture(u"catalog-v1.json"_s), "application/json",
                      "\"v1\"");
    for (int n = 1; n <= 5; ++n) {
        const QString next = n == 5 ? u"/catalog.json"_s : u"/moved"_s + QString::number(n + 1);
        m_server->addRedirect(u"/moved"_s + QString::number(n), next.toUtf8(), n % 2 ? 301 : 307);
    }
    const QUrl url = m_server->url(u"/moved1"_s);
    const auto first = load(url);
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(first->error));
    QVERIFY(!first->fromCache);
    QCOMPARE(m_server->requests().size(), 6);

    m_server->clearRequests();
    const auto again = load(url);
    QVERIFY(again);
    QVERIFY(again->notModified);
    QCOMPARE(again->catalog->sessions.size(), 2);
    QCOMPARE(m_server->requests().size(), 6);
    for (const HttpTestRequest &request : m_server->requests())
        QCOMPARE(request.header("if-none-match"), QByteArray("\"v1\""));
}

void TestRemoteCatalogLoader::folderAddressResolvesPathsBesideCatalog()
{
    // A folder address names its catalog.json; that one moved, and its paths
    // name files beside where it was finally read (RFC 3986 section 5.1.3),
    // also in the offline copy.
    QFile sample(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    m_server->addData(u"/new/archive/catalog.json"_s, sample.readAll(), "application/json",
                      "\"s1\"");
    m_server->addRedirect(u"/old/catalog.json"_s, "/new/archive/catalog.json", 301);
    const QUrl folder = m_server->url(u"/old/"_s);
    const QUrl beside = m_server->url(u"/new/archive/media/day-1.webm"_s);

    const auto first = load(folder);
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(first->error));
    QCOMPARE(first->url, folder);
    QCOMPARE(first->address, m_server->url(u"/old/catalog.json"_s).toDisplayString());
    QCOMPARE(m_server->requests().first().path, u"/old/catalog.json"_s);
    const Catalog &fresh = *first->catalog;
    QCOMPARE(fresh.origin, m_server->url(u"/old/catalog.json"_s).toDisplayString());
    QCOMPARE(fresh.recording(u"day-1-en"_s)->sources.first().path, u"media/day-1.webm"_s);
    QCOMPARE(fresh.resolve(u"media/day-1.webm"_s), beside);

    m_server.reset();
    const auto offline = load(folder);
    QVERIFY(offline && offline->ok());
    QVERIFY(offline->fromCache);
    QCOMPARE(offline->catalog->resolve(u"media/day-1.webm"_s), beside);
    const RemoteCatalogResult kept = m_loader->openCachedCopy(folder);
    QVERIFY(kept.ok());
    QCOMPARE(kept.catalog->resolve(u"media/day-1.webm"_s), beside);
    QVERIFY(!m_loader->isUpdateCheckDue(folder));
}

void TestRemoteCatalogLoader::newVersionReportsChanges()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    QVERIFY(load(url).value_or(RemoteCatalogResult()).ok());

    m_server->addData(url.path(), fixture(u"catalog-v2.json"_s), "application/json", "\"v2\"");
    const auto fresh = load(url);
    QVERIFY(fresh);
    QVERIFY(fresh->ok());
    QVERIFY(!fresh->fromCache);
    QVERIFY(fresh->hadPrevious);
    QCOMPARE(fresh->changes.added, QStringList{u"s3"_s});
    QCOMPARE(fresh->changes.removed, QStringList{u"s2"_s});
    QCOMPARE(fresh->changes.changed, QStringList{u"s1"_s});

    // The new version is now the kept copy, revalidated with its own ETag.
    const auto again = load(url);
    QVERIFY(again);
    QCOMPARE(m_server->requests().last().header("if-none-match"), QByteArray("\"v2\""));
    QVERIFY(again->notModified);
    QVERIFY(again->catalog->session(u"s3"_s));
}

void TestRemoteCatalogLoader::faultKeepsGoodCopy_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected"); // a part of the error message

    QTest::newRow("host not found") << "host"
                                    << "server name was not found";
    QTest::newRow("connection refused") << "refused"
                                        << "refused the connection";
    QTest::newRow("timeout") << "slow"
                             << "did not answer in time";
    QTest::newRow("tls") << "tls"
                         << "secure connection";
    QTest::newRow("404") << "404"
                         << "HTTP error 404 (Not Found)";
    QTest::newRow("500") << "500"
                         << "HTTP error 500 (Internal Server Error)";
    QTest::newRow("cut short") << "short"
                               << "cut short";
    QTest::newRow("oversize declared") << "declared"
                                       << "limit of 64 MiB";
    QTest::newRow("oversize streamed") << "streamed"
                                       << "limit of 64 MiB";
    QTest::newRow("wrong content type") << "html"
                                        << "'text/html'";
    QTest::newRow("redirect loop") << "loop"
                                   << "redirects in a loop";
    QTest::newRow("redirect to file") << "file"
                                      << "'file:///etc/passwd', which is not an http";
    QTest::newRow("invalid new version") << "invalid"
                                         << "has problems";
}

void TestRemoteCatalogLoader::faultKeepsGoodCopy()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);

    m_server->addStatus(u"/404"_s, 404);
    m_server->addStatus(u"/500"_s, 500);
    m_server->addSlow(u"/slow"_s, 5000, fixture(u"catalog-v2.json"_s));
    m_server->addCutShort(u"/short"_s, fixture(u"catalog-v2.json"_s).left(100), 5000);
    m_server->addOversize(u"/declared"_s, 100ll * 1024 * 1024, true);
    m_server->addOversize(u"/streamed"_s, 100ll * 1024 * 1024, false);
    m_server->addData(u"/html"_s, "<html><body>Login</body></html>", "text/html; charset=utf-8");
    m_server->addRedirectLoop(u"/loop"_s);
    m_server->addRedirect(u"/file"_s, "file:///etc/passwd");
    m_server->addData(u"/invalid"_s, fixture(u"catalog-local-path.json"_s));

    QUrl url = m_server->url(u"/"_s + fault);
    if (fault == u"host")
        url = QUrl(u"http://no-such-host.invalid/catalog.json"_s);
    else if (fault == u"refused")
        url.setPort(closedPort());
    else if (fault == u"tls")
        url.setScheme(u"https"_s);

    // A good copy kept from an earlier visit.
    CachedCatalog good;
    good.data = fixture(u"catalog-v1.json"_s);
    good.etag = "\"v1\"";
    good.fetched = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(RemoteCatalogCache(m_cacheDir->path()).write(url, good));

    const auto result = load(url);
    QVERIFY(result);
    QVERIFY2(result->error.contains(url.toDisplayString()), qPrintable(result->error));
    QVERIFY2(result->error.contains(expected), qPrintable(result->error));
    QVERIFY(result->ok());
    QVERIFY(result->fromCache);
    QCOMPARE(result->copyDate, good.fetched);
    QVERIFY2(result->notice.contains(
                 QLocale().toString(good.fetched.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(result->notice));
    QCOMPARE(result->catalog->sessions.size(), 2);
    QVERIFY(result->catalog->session(u"s2"_s));

    // The good copy is still there, unchanged, for the next time.
    const RemoteCatalogResult copy = m_loader->openCachedCopy(url);
    QVERIFY(copy.ok());
    QVERIFY(copy.catalog->session(u"s2"_s));
    QCOMPARE(RemoteCatalogCache(m_cacheDir->path()).read(url)->data, good.data);
}

void TestRemoteCatalogLoader::faultWithoutCopy()
{
    m_server->addStatus(u"/404"_s, 404);
    const auto result = load(m_server->url(u"/404"_s));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(!result->fromCache);
    QVERIFY(result->notice.isEmpty());
    QVERIFY(result->error.contains(u"404"_s));
    QCOMPARE(int(result->failure.kind), int(NetworkFailure::Kind::Http));
    QCOMPARE(result->failure.httpStatus, 404);
}

void TestRemoteCatalogLoader::offlineCopyNotice()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    const auto first = load(url);
    QVERIFY(first && first->ok());

    m_server.reset(); // the network is gone
    const auto offline = load(url);
    QVERIFY(offline);
    QVERIFY(offline->ok());
    QVERIFY(offline->fromCache);
    QVERIFY(!offline->error.isEmpty());
    const QString date = QLocale().toString(offline->copyDate.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(offline->notice, u"Offline copy from "_s + date);
    QVERIFY(qAbs(offline->copyDate.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
}

void TestRemoteCatalogLoader::invalidNewVersionRefused()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    QVERIFY(load(url).value_or(RemoteCatalogResult()).ok());

    m_server->addData(url.path(), fixture(u"catalog-local-path.json"_s), "application/json",
                      "\"bad\"");
    const auto refused = load(url);
    QVERIFY(refused);
    QVERIFY(refused->ok()); // the good copy
    QVERIFY(refused->fromCache);
    QVERIFY(hasErrors(refused->problems));
    bool namesLocalFile = false;
    for (const CatalogProblem &p : refused->problems)
        namesLocalFile |= p.message.contains(u"local file"_s) && p.where.startsWith(u"sessions[0]");
    QVERIFY(namesLocalFile);
    QVERIFY(refused->notice.contains(u"refused"_s));
    QVERIFY(refused->catalog->session(u"s2"_s));

    // Still revalidated against the good copy, never the refused one.
    const auto again = load(url);
    QVERIFY(again);
    QCOMPARE(m_server->requests().last().header("if-none-match"), QByteArray("\"v1\""));
}

void TestRemoteCatalogLoader::oversizeStoppedWhileReceiving()
{
    // A body with no declared length far above the cap: if the cap were checked
    // only after receiving, this would take gigabytes and time out.
    m_loader->setMaxSize(1024 * 1024);
    m_server->addOversize(u"/endless"_s, 4ll * 1024 * 1024 * 1024, false);
    const auto result = load(m_server->url(u"/endless"_s));
    QVERIFY(result);
    QCOMPARE(int(result->failure.kind), int(NetworkFailure::Kind::TooLarge));
    QVERIFY2(result->error.contains(u"limit of 1 MiB"_s), qPrintable(result->error));
}

void TestRemoteCatalogLoader::credentialsStripped()
{
    QUrl url = m_server->url(u"/catalog.json"_s);
    url.setUserName(u"anna"_s);
    url.setPassword(u"s3cret"_s);
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    const auto good = load(url);
    QVERIFY(good && good->ok());
    QVERIFY(!good->address.contains(u"s3cret"_s));
    QVERIFY(!good->catalog->origin.contains(u"s3cret"_s));

    QUrl missing = url;
    missing.setPath(u"/missing.json"_s);
    const auto failed = load(missing);
    QVERIFY(failed);
    QVERIFY(failed->error.contains(m_server->url(u"/missing.json"_s).toDisplayString()));
    QVERIFY2(!failed->error.contains(u"s3cret"_s), qPrintable(failed->error));
    QVERIFY2(!failed->error.contains(u"anna"_s), qPrintable(failed->error));

    QDirIterator files(m_cacheDir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cret"), qPrintable(file.fileName()));
    }
}

void TestRemoteCatalogLoader::notHttpRefused()
{
    const auto result = load(QUrl(u"file:///etc/passwd"_s));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(result->error.contains(u"not an http or https address"_s));
}

void TestRemoteCatalogLoader::updateCheckAtMostDaily()
{
    const QUrl url = m_server->url(u"/catalog.json"_s);
    QVERIFY(m_loader->isUpdateCheckDue(url));
    m_server->addData(url.path(), fixture(u"catalog-v1.json"_s), "application/json", "\"v1\"");
    QVERIFY(load(url).value_or(RemoteCatalogResult()).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_loader->isUpdateCheckDue(url, now.addSecs(3600)));
    QVERIFY(m_loader->isUpdateCheckDue(url, now.addDays(1).addSecs(60)));
}

QTEST_GUILESS_MAIN(TestRemoteCatalogLoader)
#include "tst_remotecatalogloader.moc"
