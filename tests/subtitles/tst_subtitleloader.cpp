#include "httptestserver.h"
#include "network/networkaccess.h"
#include "subtitles/subtitleloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray twoCues =
    "WEBVTT\n\n00:01.000 --> 00:02.000\none\n\n00:03.000 --> 00:04.000\ntwo\n";

QUrl sampleUrl(const QString &name)
{
    return QUrl::fromLocalFile(QStringLiteral(FA_SAMPLE_DIR "/subtitles/") + name);
}
} // namespace

class TestSubtitleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localFileThenCache();
    void changedFileReadAgain();
    void localFailures_data();
    void localFailures();
    void warningsNameTheFile();
    void addressThenCache();
    void addressFailures_data();
    void addressFailures();
    void oneAnswerForRequestsWhileLoading();
    void cacheIsBounded();
    void forgetDropsTheAnswer();

private:
    SubtitleLoadResult loadAndWait(const QUrl &source);
    bool writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<SubtitleLoader> m_loader;
};

void TestSubtitleLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_access = std::make_unique<NetworkAccess>(m_dir.filePath(u"http-cache"_s));
    m_access->setTimeout(5000);
    m_loader = std::make_unique<SubtitleLoader>(m_access.get());
}

void TestSubtitleLoader::cleanup()
{
    m_loader.reset();
    m_access.reset();
}

SubtitleLoadResult TestSubtitleLoader::loadAndWait(const QUrl &source)
{
    QSignalSpy finished(m_loader.get(), &SubtitleLoader::finished);
    m_loader->load(source);
    // Never answered from inside load(): callers connect first and need not fear re-entry.
    if (finished.size() != 0)
        return {};
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<SubtitleLoadResult>();
}

bool TestSubtitleLoader::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestSubtitleLoader::localFileThenCache()
{
    const QUrl source = sampleUrl(u"day-1.fr.vtt"_s);
    const SubtitleLoadResult first = loadAndWait(source);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.source, source);
    QCOMPARE(first.document->size(), 12);
    QVERIFY(first.warnings.isEmpty());
    QVERIFY(!first.fromCache);
    QCOMPARE(m_loader->cached(source), first.document);

    const SubtitleLoadResult second = loadAndWait(source);
    QVERIFY(second.fromCache);
    QCOMPARE(second.document, first.document);
}

void TestSubtitleLoader::changedFileReadAgain()
{
    QVERIFY(writeFile(u"changing.vtt"_s, twoCues));
    const QUrl source = QUrl::fromLocalFile(m_dir.filePath(u"changing.vtt"_s));
    QCOMPARE(loadAndWait(source).document->size(), 2);
    QVERIFY(writeFile(u"changing.vtt"_s, twoCues + "\n00:05.000 --> 00:06.000\nthree\n"));
    const SubtitleLoadResult again = loadAndWait(source);
    QVERIFY(!again.fromCache);
    QCOMPARE(again.document->size(), 3);
}

void TestSubtitleLoader::localFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data"); // null: no file
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing.vtt"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("latin-1") << u"latin1.vtt"_s
                             << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nr\xe9union\n")
                             << u"is not valid UTF-8"_s;
    QTest::newRow("not subtitles")
        << u"page.vtt"_s << QByteArray("<html></html>") << u"neither WebVTT"_s;
}

void TestSubtitleLoader::localFailures()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    if (!data.isNull())
        QVERIFY(writeFile(name, data));
    const SubtitleLoadResult result = loadAndWait(QUrl::fromLocalFile(m_dir.filePath(name)));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(name), qPrintable(result.error)); // says which file
    QVERIFY(!m_loader->cached(result.source));
}

void TestSubtitleLoader::warningsNameTheFile()
{
    QVERIFY(writeFile(u"reversed.vtt"_s, twoCues + "\n00:09.000 --> 00:08.000\nback\n"));
    const SubtitleLoadResult result =
        loadAndWait(QUrl::fromLocalFile(m_dir.filePath(u"reversed.vtt"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result.document->size(), 2);
    QVERIFY2(result.warnings.contains(u"reversed.vtt"_s), qPrintable(result.warnings));
    QVERIFY2(result.warnings.contains(u"line 9: the cue ends"_s), qPrintable(result.warnings));
}

void TestSubtitleLoader::addressThenCache()
{
    HttpTestServer server;
    server.addData(u"/talk.vtt"_s, twoCues, "text/vtt");
    const QUrl source = server.url(u"/talk.vtt"_s);
    const SubtitleLoadResult first = loadAndWait(source);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.document->size(), 2);
    QVERIFY(loadAndWait(source).fromCache);
    QCOMPARE(server.requestCount(u"/talk.vtt"_s), 1);
}

void TestSubtitleLoader::addressFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << u"/missing.vtt"_s << u"HTTP error 404"_s;
    QTest::newRow("declared 100 MB") << u"/declared.vtt"_s << u"more than the limit of 16 MiB"_s;
    QTest::newRow("streamed 100 MB") << u"/streamed.vtt"_s << u"more than the limit of 16 MiB"_s;
    QTest::newRow("latin-1") << u"/latin1.vtt"_s << u"is not valid UTF-8"_s;
    QTest::newRow("refused") << QString() << u"refused"_s;
}

void TestSubtitleLoader::addressFailures()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    HttpTestServer server;
    server.addOversize(u"/declared.vtt"_s, 100 * 1000 * 1000, true);
    server.addOversize(u"/streamed.vtt"_s, 100 * 1000 * 1000, false);
    server.addData(u"/latin1.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nr\xe9union\n", "text/vtt");
    const QUrl source = path.isEmpty() ? QUrl(u"http://127.0.0.1:%1/talk.vtt"_s.arg(closedPort()))
                                       : server.url(path);
    const SubtitleLoadResult result = loadAndWait(source);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"127.0.0.1"_s), qPrintable(result.error));
}

void TestSubtitleLoader::oneAnswerForRequestsWhileLoading()
{
    HttpTestServer server;
    server.addSlow(u"/slow.vtt"_s, 300, twoCues);
    const QUrl source = server.url(u"/slow.vtt"_s);
    QSignalSpy finished(m_loader.get(), &SubtitleLoader::finished);
    m_loader->load(source);
    QVERIFY(m_loader->isLoading(source));
    m_loader->load(source);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.requestCount(u"/slow.vtt"_s), 1);
    QVERIFY(!m_loader->isLoading(source));
}

void TestSubtitleLoader::cacheIsBounded()
{
    m_loader->setCacheLimit(20);
    const QUrl day1 = sampleUrl(u"day-1.en.vtt"_s);
    const QUrl day2 = sampleUrl(u"day-2.en.vtt"_s);
    QVERIFY(loadAndWait(day1).ok());
    QVERIFY(loadAndWait(day2).ok());
    QVERIFY(!m_loader->cached(day1)); // 12 + 12 cues > 20
    QVERIFY(m_loader->cached(day2));
    // A document larger than the whole cache is still kept, alone.
    m_loader->setCacheLimit(5);
    QVERIFY(loadAndWait(day1).ok());
    QVERIFY(m_loader->cached(day1));
    QVERIFY(!m_loader->cached(day2));
}

void TestSubtitleLoader::forgetDropsTheAnswer()
{
    QSignalSpy finished(m_loader.get(), &SubtitleLoader::finished);
    const QUrl unsupported(u"ftp://127.0.0.1/talk.vtt"_s);
    m_loader->load(unsupported);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().first().value<SubtitleLoadResult>().error.contains(
                 u"neither a file nor an http or https address"_s),
             qPrintable(finished.first().first().value<SubtitleLoadResult>().error));

    const QUrl source = sampleUrl(u"day-1.es.vtt"_s);
    m_loader->load(source);
    m_loader->forget(source);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_loader->cached(source));
    QVERIFY(loadAndWait(source).ok());
}

QTEST_GUILESS_MAIN(TestSubtitleLoader)
#include "tst_subtitleloader.moc"
