#include "fakeytdlp.h"
#include "httptestserver.h"
#include "youtuberesolver.h"
#include "youtubestreams.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;
using Kind = YouTubeFailure::Kind;

// The player's side: answers from the cache while their addresses are good,
// across restarts; one new run after HTTP 403; a damaged cache file ignored.
// Stream addresses point at the sample WebM on the in-process HTTP server.
class TestYouTubeStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondResolveComesFromTheCache();
    void addressesAboutToExpireAreResolvedAgain();
    void resolveAgainRunsOnceThenRefuses();
    void resolveAgainAllowedOnceItsAnswerExpired();
    void damagedCacheFileIsIgnored_data();
    void damagedCacheFileIsIgnored();
    void cachedEntryWithAForeignAddressIsIgnored();
    void streamAddressIsServedWithRange();
    void cancelDropsAnAnswerNotYetGiven();
    void notYouTubeNeverRunsTheProgram();

private:
    std::unique_ptr<YouTubeStreams> makeStreams() const;
    // Resolves and waits for resolved(); fails the test on failed().
    YouTubeVideo resolveWith(YouTubeStreams &streams, const QUrl &address);
    void answerExpiringIn(qint64 seconds);

    QString m_samplePath;
    QByteArray m_sample;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<FakeYtDlp> m_fake;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    const QUrl m_address{u"https://www.youtube.com/watch?v=Gf2022Day1x&t=90"_s};
};

void TestYouTubeStreams::initTestCase()
{
    m_samplePath = QStringLiteral(FA_SAMPLE_DIR) + u"/media/day-1.webm"_s;
    QFile file(m_samplePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_sample = file.readAll();
    QVERIFY(m_sample.size() > 4096);
}

void TestYouTubeStreams::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    // Every itag of the fixture is served the sample, with Range.
    m_server->addFile(u"/videoplayback"_s, m_samplePath);
    m_fake = std::make_unique<FakeYtDlp>();
    answerExpiringIn(6 * 3600);
    m_cacheDir = std::make_unique<QTemporaryDir>();
}

void TestYouTubeStreams::cleanup()
{
    m_fake.reset();
    m_server.reset();
    m_cacheDir.reset();
}

void TestYouTubeStreams::answerExpiringIn(qint64 seconds)
{
    QUrl base = m_server->url(u"/"_s);
    base.setPath(QString());
    m_fake->answerWith(FakeYtDlp::fixture(base, QDateTime::currentDateTimeUtc().addSecs(seconds)));
}

std::unique_ptr<YouTubeStreams> TestYouTubeStreams::makeStreams() const
{
    auto streams = std::make_unique<YouTubeStreams>(m_cacheDir->filePath(u"youtube"_s));
    streams->resolver()->setProgramPath(m_fake->program());
    streams->resolver()->setPlugins(GStreamerPlugins::withNames(
        {u"libav"_s, u"isomp4"_s, u"matroska"_s, u"vpx"_s, u"opus"_s, u"vorbis"_s}));
    return streams;
}

YouTubeVideo TestYouTubeStreams::resolveWith(YouTubeStreams &streams, const QUrl &address)
{
    QSignalSpy resolved(&streams, &YouTubeStreams::resolved);
    QSignalSpy failed(&streams, &YouTubeStreams::failed);
    streams.resolve(address);
    if (resolved.size() != 0) {
        QTest::qFail("answered from within resolve()", __FILE__, __LINE__);
        return {};
    }
    if (!resolved.wait(20000)) {
        QTest::qFail(failed.isEmpty()
                         ? "no answer"
                         : qPrintable(failed.first().first().value<YouTubeFailure>().message()),
                     __FILE__, __LINE__);
        return {};
    }
    return resolved.first().first().value<YouTubeVideo>();
}

void TestYouTubeStreams::secondResolveComesFromTheCache()
{
    {
        auto streams = makeStreams();
        QVERIFY(!streams->cached(m_address));
        const YouTubeVideo first = resolveWith(*streams, m_address);
        QCOMPARE(m_fake->callCount(), 1);
        QCOMPARE(first.stream.url.port(), int(m_server->port()));

        // Another form of the same video's address.
        const YouTubeVideo second = resolveWith(*streams, QUrl(u"https://youtu.be/Gf2022Day1x"_s));
        QCOMPARE(m_fake->callCount(), 1);
        QCOMPARE(second.stream.url, first.stream.url);
        QCOMPARE(second.chapters, first.chapters);
        QVERIFY(streams->cached(m_address));
    }
    // After a restart.
    auto streams = makeStreams();
    QVERIFY(streams->cached(m_address));
    const YouTubeVideo third = resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 1);
    QCOMPARE(third.title, u"Global Forum on ASGM 2022 - Day 1"_s);
    QCOMPARE(third.subtitles.size(), 4);
}

void TestYouTubeStreams::addressesAboutToExpireAreResolvedAgain()
{
    // Inside the margin the player needs to open the address.
    answerExpiringIn(YouTubeStreams::expiryMarginSeconds / 2);
    auto streams = makeStreams();
    resolveWith(*streams, m_address);
    QVERIFY(!streams->cached(m_address));
    resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 2);

    answerExpiringIn(-3600);
    resolveWith(*streams, m_address);
    resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 4);
}

void TestYouTubeStreams::resolveAgainRunsOnceThenRefuses()
{
    auto streams = makeStreams();
    const YouTubeVideo first = resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 1);

    // HTTP 403 on the address: one new run, its answer replaces the cached one.
    QSignalSpy resolved(streams.get(), &YouTubeStreams::resolved);
    QVERIFY(streams->resolveAgain(m_address));
    QVERIFY(!streams->resolveAgain(m_address)); // while it runs
    QVERIFY(resolved.wait(20000));
    QCOMPARE(m_fake->callCount(), 2);

    // 403 on the new address too: no more runs, the player reports it.
    QVERIFY(!streams->resolveAgain(m_address));
    QTest::qWait(200);
    QCOMPARE(m_fake->callCount(), 2);
    QCOMPARE(resolved.size(), 1);

    // The user asks to play again: the cached answer, and one retry allowed again.
    resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 2);
    QVERIFY(streams->resolveAgain(m_address));
    QVERIFY(resolved.wait(20000));
    QCOMPARE(m_fake->callCount(), 3);

    auto restarted = makeStreams();
    resolveWith(*restarted, m_address);
    QCOMPARE(m_fake->callCount(), 3);
}

void TestYouTubeStreams::resolveAgainAllowedOnceItsAnswerExpired()
{
    // Hours of playback later, the retried address has expired in its turn.
    answerExpiringIn(YouTubeStreams::expiryMarginSeconds / 2);
    auto streams = makeStreams();
    resolveWith(*streams, m_address);
    QSignalSpy resolved(streams.get(), &YouTubeStreams::resolved);
    QVERIFY(streams->resolveAgain(m_address));
    QVERIFY(resolved.wait(20000));
    QVERIFY(streams->resolveAgain(m_address));
    QVERIFY(resolved.wait(20000));
    QCOMPARE(m_fake->callCount(), 3);
}

void TestYouTubeStreams::damagedCacheFileIsIgnored_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("size"); // > 0: a file of this many zero bytes instead
    QTest::newRow("garbage") << QByteArray("\x00\xff{not json", 11) << qint64(0);
    QTest::newRow("cut short") << QByteArray(
        R"({"format":"forum-archive-youtube-streams","version":1,"videos":[{"id":)")
                               << qint64(0);
    QTest::newRow("another format")
        << QByteArray(R"({"format":"something-else","version":1,"videos":[]})") << qint64(0);
    QTest::newRow("a later version")
        << QByteArray(R"({"format":"forum-archive-youtube-streams","version":99,"videos":[]})")
        << qint64(0);
    QTest::newRow("wrong types") << QByteArray(
        R"({"format":"forum-archive-youtube-streams","version":1,"videos":{"a":1}})")
                                 << qint64(0);
    QTest::newRow("too large") << QByteArray() << YouTubeStreamCache::maxFileBytes + 1;
}

void TestYouTubeStreams::damagedCacheFileIsIgnored()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, size);
    const QString folder = m_cacheDir->filePath(u"youtube"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile damaged(folder + u'/' + QLatin1String(YouTubeStreamCache::fileName));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    if (size > 0)
        QVERIFY(damaged.resize(size));
    else
        damaged.write(content);
    damaged.close();
    QFile other(folder + u"/other.txt"_s);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("the user's");
    other.close();

    auto streams = makeStreams();
    const YouTubeVideo video = resolveWith(*streams, m_address);
    QCOMPARE(video.stream.formatId, u"18"_s);
    QCOMPARE(m_fake->callCount(), 1);

    // Replaced by a good file; nothing else touched.
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(damaged.readAll()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"forum-archive-youtube-streams"_s);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("the user's"));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

    auto restarted = makeStreams();
    resolveWith(*restarted, m_address);
    QCOMPARE(m_fake->callCount(), 1);
}

void TestYouTubeStreams::cachedEntryWithAForeignAddressIsIgnored()
{
    {
        auto streams = makeStreams();
        resolveWith(*streams, m_address);
    }
    QFile file(m_cacheDir->filePath(u"youtube/"_s) + QLatin1String(YouTubeStreamCache::fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray base = m_server->url(u"/videoplayback"_s).toEncoded();
    QVERIFY(bytes.contains(base));
    bytes.replace(base, "file:///etc/passwd");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    auto streams = makeStreams();
    QVERIFY(!streams->cached(m_address));
    const YouTubeVideo video = resolveWith(*streams, m_address);
    QCOMPARE(m_fake->callCount(), 2);
    QCOMPARE(video.stream.url.scheme(), u"http"_s);
}

void TestYouTubeStreams::streamAddressIsServedWithRange()
{
    auto streams = makeStreams();
    const YouTubeVideo video = resolveWith(*streams, m_address);
    QNetworkAccessManager network;
    QNetworkRequest request(video.stream.url);
    request.setRawHeader("Range", "bytes=1000-2999");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(reply->readAll(), m_sample.mid(1000, 2000));
    const QList<HttpTestRequest> requests = m_server->requests(u"/videoplayback"_s);
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().target.contains("itag=18"));
}

void TestYouTubeStreams::cancelDropsAnAnswerNotYetGiven()
{
    auto streams = makeStreams();
    resolveWith(*streams, m_address);
    QSignalSpy resolved(streams.get(), &YouTubeStreams::resolved);
    QSignalSpy failed(streams.get(), &YouTubeStreams::failed);
    streams->resolve(m_address); // from the cache, delivered later
    streams->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<YouTubeFailure>().kind, Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(resolved.size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestYouTubeStreams::notYouTubeNeverRunsTheProgram()
{
    auto streams = makeStreams();
    QSignalSpy failed(streams.get(), &YouTubeStreams::failed);
    const QUrl http(u"http://www.youtube.com/watch?v=Gf2022Day1x"_s);
    streams->resolve(http);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<YouTubeFailure>().kind, Kind::NotYouTube);
    QVERIFY(!streams->resolveAgain(http));
    QVERIFY(!streams->resolveAgain(QUrl(u"https://example.org/watch?v=Gf2022Day1x"_s)));
    QVERIFY(!streams->cached(http));
    QTest::qWait(100);
    QCOMPARE(m_fake->callCount(), 0);
}

QTEST_GUILESS_MAIN(TestYouTubeStreams)
#include "tst_youtubestreams.moc"
