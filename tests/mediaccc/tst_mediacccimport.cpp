#include "catalogreader.h"
#include "catalogwriter.h"
#include "mediacccclient.h"
#include "mediacccfixture.h"
#include "mediacccimport.h"
#include "networkaccess.h"
#include "playbackplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
// The built catalog opens through the reader exactly as it was built, without
// a problem or a warning: no half-written catalog.
void verifyReopens(const Catalog &catalog)
{
    CatalogReadOptions options;
    options.remote = true;
    options.origin = catalog.origin;
    const QByteArray data = CatalogWriter::toData(catalog);
    const CatalogLoadResult loaded = CatalogReader::readData(data, options);
    QVERIFY2(loaded.problems.isEmpty(),
             qPrintable(loaded.problems.value(0, CatalogProblem()).toString()));
    QVERIFY(loaded.ok());
    QCOMPARE(CatalogWriter::toData(*loaded.catalog), data);
}
} // namespace

class TestMediaCccImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsConference();
    void atMostFourAtOnce();
    void catalogGrowsWhileRecordingsArrive();
    void cancelKeepsWhatArrived();
    void failedEventsAreNamed();
    void badRowsAreNamed();
    void unknownConference();
    void conferenceAnswerBroken_data();
    void conferenceAnswerBroken();
    void withoutSchedule();
    void talkAddress();
    void revalidatesWithEtags();
    void offlineReopen();
    void fiveThousandEvents();

private:
    std::unique_ptr<MediaCccImport> startImport(const QString &acronym);
    MediaCccImportResult run(MediaCccImport &import);
    void newClient();

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<MediaCccClient> m_client;
};

void TestMediaCccImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMediaCccImport::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    MediaCccFixture::serve(*m_server);
    m_cache = std::make_unique<QTemporaryDir>();
    newClient();
}

void TestMediaCccImport::newClient()
{
    m_client.reset();
    m_access = std::make_unique<NetworkAccess>();
    m_access->setTimeout(5000);
    m_client = std::make_unique<MediaCccClient>(m_access.get(), m_cache->path());
    if (m_server)
        m_client->setApiBase(m_server->url(u"/public/"_s));
}

void TestMediaCccImport::cleanup()
{
    m_client.reset();
    m_access.reset();
    m_server.reset();
    m_cache.reset();
}

std::unique_ptr<MediaCccImport> TestMediaCccImport::startImport(const QString &acronym)
{
    auto import = std::make_unique<MediaCccImport>(m_client.get());
    import->setLabelLanguage(u"en"_s);
    MediaCccTarget target;
    target.kind = MediaCccTarget::Kind::Conference;
    target.id = acronym;
    import->start(target);
    return import;
}

MediaCccImportResult TestMediaCccImport::run(MediaCccImport &import)
{
    QSignalSpy finished(&import, &MediaCccImport::finished);
    // Generous: 5,000 events take a minute and more under the sanitizers.
    if (import.isRunning())
        finished.wait(240000);
    return import.result();
}

void TestMediaCccImport::importsConference()
{
    auto import = std::make_unique<MediaCccImport>(m_client.get());
    QSignalSpy loaded(import.get(), &MediaCccImport::conferenceLoaded);
    QSignalSpy progress(import.get(), &MediaCccImport::progress);
    QSignalSpy failed(import.get(), &MediaCccImport::eventFailed);
    import->start(MediaCccApi::parseAddress(QUrl(u"https://media.ccc.de/c/tcc24"_s)));
    const MediaCccImportResult result = run(*import);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.acronym, u"tcc24"_s);
    QCOMPARE(result.events, MediaCccFixture::events);
    QCOMPARE(result.eventsWithRecordings, MediaCccFixture::eventsWithRecordings);
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    QVERIFY(result.scheduleUsed);
    QCOMPARE(result.failedEvents, 0);
    QCOMPARE(result.fromCache, 0);
    QVERIFY(result.notice.isEmpty());
    QCOMPARE(failed.count(), 0);

    // The first catalog has every session and no recording yet.
    QCOMPARE(loaded.count(), 1);
    const CatalogPtr first = loaded.at(0).at(0).value<CatalogPtr>();
    QCOMPARE(first->sessions.size(), MediaCccFixture::events);
    QCOMPARE(first->recordings.size(), 0);
    QCOMPARE(progress.constLast().at(0).toInt(), MediaCccFixture::events);
    QCOMPARE(progress.constLast().at(1).toInt(), MediaCccFixture::events);

    verifyReopens(*result.catalog);
    const Catalog &c = *result.catalog;
    QVERIFY(c.remote);
    QCOMPARE(c.origin, m_server->url(u"/public/conferences/tcc24"_s).toString());
    QCOMPARE(c.days.size(), 3);
    // Days stay untitled: the app names them by date in the interface language.
    for (const Day &day : c.days)
        QVERIFY(day.title.isEmpty());
    const Recording *english = c.recording(MediaCccFixture::guid(1) + u"-en"_s);
    QVERIFY(english);
    QCOMPARE(english->audioTrack, 1);
    // A German talk at a conference held mostly in English: with the interface
    // in French, which has no recording, the talk plays in German.
    QCOMPARE(c.event.language, u"en"_s);
    QCOMPARE(c.session(MediaCccFixture::guid(1))->language, u"de"_s);
    QCOMPARE(PlaybackPlanner::choose(c, MediaCccFixture::guid(1), u"fr"_s)->recordingId,
             MediaCccFixture::guid(1) + u"-de"_s);
    QCOMPARE(PlaybackPlanner::choose(c, MediaCccFixture::guid(1), u"en"_s)->recordingId,
             english->id);
    QCOMPARE(c.session(MediaCccFixture::guid(29))->dayId, u"day-1"_s);
    // Each event asked once, and the schedule once.
    for (int n = 1; n <= MediaCccFixture::events; ++n)
        QCOMPARE(m_server->requestCount(MediaCccFixture::eventPath(n)), 1);
    QCOMPARE(m_server->requestCount(u"/schedule-tcc24.xml"_s), 1);
    QCOMPARE(import->catalog(), result.catalog);
}

void TestMediaCccImport::atMostFourAtOnce()
{
    for (int n = 1; n <= 12; ++n) {
        const QByteArray body = MediaCccFixture::served(
            u"events/"_s + MediaCccFixture::guid(n) + u".json"_s, m_server.get());
        // Trickled, so that the responses overlap while they are written.
        m_server->setHandler(MediaCccFixture::eventPath(n), [body](const HttpTestRequest &) {
            HttpTestResponse response;
            response.chunkSize = 1024;
            response.chunkDelayMs = 40;
            response.body = body;
            response.setHeader("Content-Type", "application/json");
            return response;
        });
    }
    auto import = startImport(u"tcc24"_s);
    const MediaCccImportResult result = run(*import);
    QVERIFY(result.ok());
    QCOMPARE(m_server->maxConcurrentResponses(), MediaCccImport::maxParallel);
}

void TestMediaCccImport::catalogGrowsWhileRecordingsArrive()
{
    for (int n = 1; n <= MediaCccFixture::events; ++n) {
        const QByteArray body = MediaCccFixture::served(
            u"events/"_s + MediaCccFixture::guid(n) + u".json"_s, m_server.get());
        m_server->setHandler(MediaCccFixture::eventPath(n), [body](const HttpTestRequest &) {
            HttpTestResponse response;
            response.delayMs = 60;
            response.body = body;
            return response;
        });
    }
    auto import = std::make_unique<MediaCccImport>(m_client.get());
    import->setPublishInterval(100);
    QSignalSpy updated(import.get(), &MediaCccImport::catalogUpdated);
    MediaCccTarget target;
    target.kind = MediaCccTarget::Kind::Conference;
    target.id = u"tcc24"_s;
    import->start(target);
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 20000);
    // Usable before the end: a partial catalog with some recordings.
    QVERIFY(import->isRunning());
    const CatalogPtr partial = updated.constFirst().at(0).value<CatalogPtr>();
    QCOMPARE(partial->sessions.size(), MediaCccFixture::events);
    QVERIFY(partial->recordings.size() > 0);
    QVERIFY(partial->recordings.size() < MediaCccFixture::recordings);
    const MediaCccImportResult result = run(*import);
    QVERIFY(result.ok());
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    QVERIFY(updated.count() < MediaCccFixture::events);
}

void TestMediaCccImport::cancelKeepsWhatArrived()
{
    for (int n = 1; n <= MediaCccFixture::events; ++n) {
        const QByteArray body = MediaCccFixture::served(
            u"events/"_s + MediaCccFixture::guid(n) + u".json"_s, m_server.get());
        m_server->setHandler(MediaCccFixture::eventPath(n), [body](const HttpTestRequest &) {
            HttpTestResponse response;
            response.delayMs = 100;
            response.body = body;
            return response;
        });
    }
    auto import = startImport(u"tcc24"_s);
    QSignalSpy progress(import.get(), &MediaCccImport::progress);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(0).toInt() >= 4, 20000);
    QSignalSpy finished(import.get(), &MediaCccImport::finished);
    import->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const MediaCccImportResult result = import->result();
    QVERIFY(result.cancelled);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.recordings > 0);
    QVERIFY(result.recordings < MediaCccFixture::recordings);
    verifyReopens(*result.catalog);
    QCOMPARE(result.catalog->sessions.size(), MediaCccFixture::events);
    const int asked = int(m_server->requests().size());
    QTest::qWait(300);
    QCOMPARE(int(m_server->requests().size()), asked);
    QVERIFY(!import->isRunning());
}

void TestMediaCccImport::failedEventsAreNamed()
{
    m_server->addStatus(MediaCccFixture::eventPath(5), 500);
    const QByteArray six = MediaCccFixture::served(
        u"events/"_s + MediaCccFixture::guid(6) + u".json"_s, m_server.get());
    m_server->addCutShort(MediaCccFixture::eventPath(6), six.left(200), six.size());
    m_server->addData(MediaCccFixture::eventPath(7), "<html><body>Oops</body></html>", "text/html");
    const QByteArray eight = MediaCccFixture::served(
        u"events/"_s + MediaCccFixture::guid(8) + u".json"_s, m_server.get());
    m_server->addData(MediaCccFixture::eventPath(8), eight.left(eight.size() / 2));
    auto import = startImport(u"tcc24"_s);
    QSignalSpy failed(import.get(), &MediaCccImport::eventFailed);
    const MediaCccImportResult result = run(*import);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.failedEvents, 4);
    QCOMPARE(failed.count(), 4);
    verifyReopens(*result.catalog);
    QCOMPARE(result.recordings, MediaCccFixture::recordings - 4 * 2);
    const QString problems = result.problems.join(u'\n');
    for (const QString &title : {u"Kryptographie für alle"_s, u"Lötkurs für Anfänger"_s,
                                 u"Open Data in Kommunen"_s, u"Kunst mit Algorithmen"_s})
        QVERIFY2(problems.contains(u"The recordings of '"_s + title + u"' could not be loaded: "_s),
                 qPrintable(problems));
    QVERIFY(problems.contains(u"HTTP error 500"_s));
    QVERIFY(problems.contains(u"is not valid JSON"_s));
    // The others are all there.
    QCOMPARE(result.catalog->session(MediaCccFixture::guid(9))->chapters.size(), 2);
    QVERIFY(result.catalog->session(MediaCccFixture::guid(5))->chapters.isEmpty());
}

void TestMediaCccImport::badRowsAreNamed()
{
    QJsonObject event =
        QJsonDocument::fromJson(
            MediaCccFixture::served(u"events/"_s + MediaCccFixture::guid(11) + u".json"_s,
                                    m_server.get()))
            .object();
    QJsonArray rows = event.value(u"recordings"_s).toArray();
    QJsonObject ftp = rows.at(0).toObject();
    ftp.insert(u"recording_url"_s, u"ftp://cdn.example.org/talk.webm"_s);
    ftp.insert(u"filename"_s, u"ftp-talk.webm"_s);
    QJsonObject unknownLanguage = rows.at(1).toObject();
    unknownLanguage.insert(u"language"_s, u"xx1"_s);
    unknownLanguage.insert(u"filename"_s, u"strange.webm"_s);
    unknownLanguage.insert(u"recording_url"_s, u"https://cdn.example.org/strange.webm"_s);
    QJsonObject unknownType = rows.at(2).toObject();
    unknownType.insert(u"mime_type"_s, u"video/x-matroska"_s);
    unknownType.insert(u"filename"_s, u"talk.mkv"_s);
    unknownType.insert(u"recording_url"_s, u"https://cdn.example.org/talk.mkv"_s);
    rows.append(ftp);
    rows.append(unknownLanguage);
    rows.append(unknownType);
    event.insert(u"recordings"_s, rows);
    m_server->addData(MediaCccFixture::eventPath(11), QJsonDocument(event).toJson());

    auto import = startImport(u"tcc24"_s);
    const MediaCccImportResult result = run(*import);
    QVERIFY(result.ok());
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    const QString problems = result.problems.join(u'\n');
    QVERIFY2(problems.contains(u"Event 'Breaking Smart Meters': file 'ftp-talk.webm' has no "
                               "http or https address"_s),
             qPrintable(problems));
    QVERIFY(problems.contains(u"Event 'Breaking Smart Meters': file 'strange.webm' has the "
                              "unknown language code 'xx1'"_s));
    QVERIFY(problems.contains(u"Event 'Breaking Smart Meters': file 'talk.mkv' is of the "
                              "unknown type 'video/x-matroska'"_s));
}

void TestMediaCccImport::unknownConference()
{
    auto import = startImport(u"nope99"_s);
    const MediaCccImportResult result = run(*import);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"127.0.0.1 has no conference 'nope99'."_s);
    QVERIFY(!import->catalog());
}

void TestMediaCccImport::conferenceAnswerBroken_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << u"html"_s
                              << u"The answer for conference 'tcc24' is not valid JSON"_s;
    QTest::newRow("truncated") << u"truncated"_s
                               << u"The answer for conference 'tcc24' is not valid JSON"_s;
    QTest::newRow("cut short") << u"cut"_s << u"was cut short"_s;
    QTest::newRow("server error") << u"500"_s << u"HTTP error 500"_s;
    QTest::newRow("too large") << u"large"_s << u"more than the limit"_s;
}

void TestMediaCccImport::conferenceAnswerBroken()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    const QString path = u"/public/conferences/tcc24"_s;
    const QByteArray body = MediaCccFixture::served(u"conference-tcc24.json"_s, m_server.get());
    if (fault == u"html")
        m_server->addData(path, "<!DOCTYPE html><title>Gateway</title>", "text/html");
    else if (fault == u"truncated")
        m_server->addData(path, body.left(body.size() - 100));
    else if (fault == u"cut")
        m_server->addCutShort(path, body.left(1000), body.size());
    else if (fault == u"500")
        m_server->addStatus(path, 500);
    else
        m_server->addOversize(path, 64ll * 1024 * 1024, true);
    auto import = startImport(u"tcc24"_s);
    const MediaCccImportResult result = run(*import);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"tcc24"_s), qPrintable(result.error));
}

void TestMediaCccImport::withoutSchedule()
{
    m_server->addStatus(u"/schedule-tcc24.xml"_s, 404);
    auto import = startImport(u"tcc24"_s);
    const MediaCccImportResult result = run(*import);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.scheduleUsed);
    verifyReopens(*result.catalog);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.constFirst().contains(u"schedule-tcc24.xml could not be used"_s));
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    const Catalog &c = *result.catalog;
    QCOMPARE(c.day(c.session(MediaCccFixture::guid(29))->dayId)->date, QDate(2024, 12, 28));
    QCOMPARE(c.pillars.size(), 5);
}

void TestMediaCccImport::talkAddress()
{
    const QString slug = u"tcc24-1022-Privacy_by_Design"_s;
    m_server->addData(u"/public/events/"_s + slug,
                      MediaCccFixture::served(u"events/"_s + MediaCccFixture::guid(22) + u".json"_s,
                                              m_server.get()));
    auto import = std::make_unique<MediaCccImport>(m_client.get());
    import->start(MediaCccApi::parseAddress(QUrl(u"https://media.ccc.de/v/"_s + slug)));
    const MediaCccImportResult result = run(*import);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.acronym, u"tcc24"_s);
    QCOMPARE(result.focusSessionId, MediaCccFixture::guid(22));
    verifyReopens(*result.catalog);
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    // The talk's own answer was used, not asked for again.
    QCOMPARE(m_server->requestCount(MediaCccFixture::eventPath(22)), 0);

    auto unknown = std::make_unique<MediaCccImport>(m_client.get());
    unknown->start(MediaCccApi::parseAddress(QUrl(u"https://media.ccc.de/v/no-such-talk"_s)));
    const MediaCccImportResult missing = run(*unknown);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error, u"127.0.0.1 has no talk 'no-such-talk'."_s);
}

void TestMediaCccImport::revalidatesWithEtags()
{
    auto first = startImport(u"tcc24"_s);
    QVERIFY(run(*first).ok());
    m_server->clearRequests();
    auto second = startImport(u"tcc24"_s);
    const MediaCccImportResult result = run(*second);
    QVERIFY(result.ok());
    QCOMPARE(result.recordings, MediaCccFixture::recordings);
    QCOMPARE(result.fromCache, 0); // 304s confirm the copies: no offline notice
    QVERIFY(result.notice.isEmpty());
    const QList<HttpTestRequest> asked = m_server->requests(MediaCccFixture::eventPath(3));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().header("if-none-match"),
             QByteArray("\"" + MediaCccFixture::guid(3).toLatin1() + "\""));
    QCOMPARE(m_server->requests(u"/schedule-tcc24.xml"_s).constFirst().header("if-modified-since"),
             QByteArray("Mon, 30 Dec 2024 12:00:00 GMT"));
}

void TestMediaCccImport::offlineReopen()
{
    auto online = startImport(u"tcc24"_s);
    const MediaCccImportResult fresh = run(*online);
    QVERIFY(fresh.ok());
    const QString origin = fresh.catalog->origin;
    online.reset();
    m_client->fetcher()->waitForWrites();

    // The server is gone: everything comes from the kept answers.
    const QUrl base = m_server->url(u"/public/"_s);
    m_server.reset();
    newClient();
    m_client->setApiBase(base);
    auto offline = startImport(u"tcc24"_s);
    const MediaCccImportResult kept = run(*offline);
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    QCOMPARE(kept.fromCache, 2 + MediaCccFixture::events);
    QVERIFY2(kept.notice.startsWith(u"Offline copy from"_s), qPrintable(kept.notice));
    QCOMPARE(kept.failedEvents, 0);
    QVERIFY(kept.scheduleUsed);
    QCOMPARE(CatalogWriter::toData(*kept.catalog), CatalogWriter::toData(*fresh.catalog));
    QCOMPARE(kept.catalog->origin, origin);

    // A conference never fetched is not there offline, and says so.
    auto never = startImport(u"gpn22"_s);
    const MediaCccImportResult missing = run(*never);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"conference 'gpn22'"_s), qPrintable(missing.error));
}

void TestMediaCccImport::fiveThousandEvents()
{
    constexpr int count = 5000;
    QJsonArray events;
    const QString base = m_server->url(u"/public/"_s).toString();
    for (int n = 0; n < count; ++n) {
        const QString guid = u"b0000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
        QJsonObject event{
            {u"guid"_s, guid},
            {u"title"_s, u"Talk %1"_s.arg(n)},
            {u"slug"_s, u"big-%1"_s.arg(n)},
            {u"original_language"_s, n % 2 ? u"eng"_s : u"deu-eng"_s},
            {u"persons"_s, QJsonArray{u"Person %1"_s.arg(n % 300)}},
            {u"tags"_s, QJsonArray{u"big"_s, u"Track %1"_s.arg(n % 7)}},
            {u"date"_s, u"2025-08-%1T%2:00:00+02:00"_s.arg(1 + n % 4, 2, 10, QLatin1Char('0'))
                            .arg(10 + n % 12, 2, 10, QLatin1Char('0'))},
            {u"duration"_s, 1800},
            {u"conference_url"_s, QString(base + u"conferences/big"_s)}};
        QJsonObject answer = event;
        answer.insert(
            u"recordings"_s,
            QJsonArray{
                QJsonObject{{u"recording_url"_s, u"https://cdn.example.org/big/%1.webm"_s.arg(n)},
                            {u"mime_type"_s, u"video/webm"_s},
                            {u"language"_s, n % 2 ? u"eng"_s : u"deu-eng"_s},
                            {u"height"_s, 1080}},
                QJsonObject{{u"recording_url"_s, u"https://cdn.example.org/big/%1.flv"_s.arg(n)},
                            {u"mime_type"_s, u"video/x-flv"_s},
                            {u"language"_s, u"eng"_s}}});
        m_server->addData(u"/public/events/"_s + guid,
                          QJsonDocument(answer).toJson(QJsonDocument::Compact));
        events.append(event);
    }
    m_server->addData(u"/public/conferences/big"_s,
                      QJsonDocument(QJsonObject{{u"acronym"_s, u"big"_s},
                                                {u"title"_s, u"Big Conference"_s},
                                                {u"events"_s, events}})
                          .toJson(QJsonDocument::Compact));
    // Kept copies are the offline test's subject: 10,000 files here would only slow it.
    m_client = std::make_unique<MediaCccClient>(m_access.get(), QString());
    m_client->setApiBase(m_server->url(u"/public/"_s));
    auto import = startImport(u"big"_s);
    QSignalSpy updated(import.get(), &MediaCccImport::catalogUpdated);
    QSignalSpy progress(import.get(), &MediaCccImport::progress);
    const MediaCccImportResult result = run(*import);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, count);
    QCOMPARE(result.recordings, count + count / 2);
    QCOMPARE(result.catalog->sessions.size(), count);
    verifyReopens(*result.catalog);
    QCOMPARE(result.catalog->pillars.size(), 7);
    QCOMPARE(result.catalog->days.size(), 4);
    // Every event reported progress; the catalog was republished far less often.
    QCOMPARE(progress.count(), count + 1);
    QVERIFY2(updated.count() < count / 50, qPrintable(QString::number(updated.count())));
    // One warning an event would be 5,000 lines: the list is capped.
    QVERIFY(result.problems.size() <= 200);
    QVERIFY2(result.problems.constFirst().contains(u"is of the unknown type 'video/x-flv'"_s),
             qPrintable(result.problems.constFirst()));
    QVERIFY(result.problems.constFirst().startsWith(u"Event 'Talk "_s));
}

QTEST_GUILESS_MAIN(TestMediaCccImport)
#include "tst_mediacccimport.moc"
