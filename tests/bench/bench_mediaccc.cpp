// Building a catalog from a media.ccc.de conference of 1,000 events with 8,000
// recording rows (and its frab schedule). Target: <= 1 s of CPU apart from
// network waits. Run: build/<dir>/tests/bench/bench_mediaccc [-iterations N]
#include "catalogreader.h"
#include "catalogwriter.h"
#include "httptestserver.h"
#include "mediaccccatalogbuilder.h"
#include "mediacccclient.h"
#include "mediacccimport.h"
#include "mediacccreader.h"
#include "networkaccess.h"
#include "scheduleimport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int eventCount = 1000;
constexpr int days = 4;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

QString guid(int n)
{
    return u"c0000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

QString when(int n)
{
    const int day = n % days;
    const int slot = (n / days) % 14;
    return u"2024-12-%1T%2:%3:00+01:00"_s.arg(27 + day)
        .arg(10 + slot, 2, 10, QLatin1Char('0'))
        .arg(n % 2 ? 30 : 0, 2, 10, QLatin1Char('0'));
}

QJsonObject event(int n, const QString &base)
{
    const bool german = n % 3 == 0;
    return {{u"guid"_s, guid(n)},
            {u"title"_s, u"Vortrag über Thema Nummer %1 – eine längere Überschrift"_s.arg(n)},
            {u"subtitle"_s, u"Untertitel %1"_s.arg(n)},
            {u"slug"_s, u"bench-%1-vortrag"_s.arg(n)},
            {u"description"_s, u"Eine Beschreibung mit mehreren Sätzen. "_s.repeated(12)},
            {u"original_language"_s, german ? u"deu"_s : u"eng"_s},
            {u"persons"_s, QJsonArray{u"Person %1"_s.arg(n % 700), u"Person %1"_s.arg(n % 311)}},
            {u"tags"_s, QJsonArray{u"bench24"_s, u"2024"_s, u"Track %1"_s.arg(n % 9),
                                   u"Saal %1"_s.arg(n % 6)}},
            {u"date"_s, when(n)},
            {u"release_date"_s, u"2024-12-31"_s},
            {u"duration"_s, 2400},
            {u"link"_s, u"https://events.example.org/bench/%1"_s.arg(n)},
            {u"frontend_link"_s, u"https://media.ccc.de/v/bench-%1-vortrag"_s.arg(n)},
            {u"url"_s, QString(base + u"events/"_s + guid(n))},
            {u"conference_url"_s, QString(base + u"conferences/bench24"_s)}};
}

QJsonObject row(int n, const QString &folder, const QString &mime, const QString &language,
                int height)
{
    const QString name = u"bench-%1-%2-%3"_s.arg(n).arg(language, folder);
    return {{u"recording_url"_s, u"https://cdn.example.org/bench/%1/%2"_s.arg(folder, name)},
            {u"filename"_s, name},
            {u"mime_type"_s, mime},
            {u"language"_s, language},
            {u"folder"_s, folder},
            {u"high_quality"_s, height >= 720},
            {u"width"_s, height ? height * 16 / 9 : QJsonValue()},
            {u"height"_s, height ? QJsonValue(height) : QJsonValue()},
            {u"length"_s, 2400},
            {u"size"_s, 300}};
}

// Eight rows an event: four videos with two audio tracks, four sound-only files.
QByteArray eventAnswer(int n, const QString &base)
{
    const QString both = n % 3 == 0 ? u"deu-eng"_s : u"eng-deu"_s;
    QJsonObject answer = event(n, base);
    answer.insert(u"recordings"_s, QJsonArray{row(n, u"webm-hd"_s, u"video/webm"_s, both, 1080),
                                              row(n, u"webm-sd"_s, u"video/webm"_s, both, 576),
                                              row(n, u"h264-hd"_s, u"video/mp4"_s, both, 1080),
                                              row(n, u"h264-sd"_s, u"video/mp4"_s, both, 576),
                                              row(n, u"mp3"_s, u"audio/mpeg"_s, u"deu"_s, 0),
                                              row(n, u"mp3"_s, u"audio/mpeg"_s, u"eng"_s, 0),
                                              row(n, u"opus"_s, u"audio/opus"_s, u"deu"_s, 0),
                                              row(n, u"opus"_s, u"audio/opus"_s, u"eng"_s, 0)});
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QByteArray conferenceAnswer(const QString &base, const QString &scheduleUrl)
{
    QJsonArray events;
    for (int n = 0; n < eventCount; ++n)
        events.append(event(n, base));
    return QJsonDocument(QJsonObject{{u"acronym"_s, u"bench24"_s},
                                     {u"title"_s, u"Benchmark Congress 2024"_s},
                                     {u"slug"_s, u"congress/bench"_s},
                                     {u"schedule_url"_s, scheduleUrl},
                                     {u"events"_s, events}})
        .toJson(QJsonDocument::Compact);
}

QByteArray schedule()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><conference>"
                     "<acronym>bench24</acronym><title>Benchmark Congress</title>"
                     "<start>2024-12-27</start><end>2024-12-30</end>"
                     "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n";
    for (int day = 0; day < days; ++day) {
        xml += QStringLiteral(
                   "<day index=\"%1\" date=\"2024-12-%2\" start=\"2024-12-%2T10:00:00+01:00\" "
                   "end=\"2024-12-%3T03:00:00+01:00\"><room name=\"Saal 1\">\n")
                   .arg(day + 1)
                   .arg(27 + day)
                   .arg(28 + day)
                   .toUtf8();
        for (int n = day; n < eventCount; n += days) {
            xml += QStringLiteral("<event guid=\"%1\" id=\"%2\"><date>%3</date><duration>00:40"
                                  "</duration><room>Saal 1</room><title>Talk %2</title><track>"
                                  "Track %4</track><type>Talk</type><language>en</language>"
                                  "<persons><person id=\"%5\">Person %5</person></persons>"
                                  "</event>\n")
                       .arg(guid(n))
                       .arg(n)
                       .arg(when(n))
                       .arg(n % 9)
                       .arg(n % 700)
                       .toUtf8();
        }
        xml += "</room></day>\n";
    }
    return xml + "</schedule>\n";
}
// Sessions the schedule placed (they have its room note).
int builtScheduled(const Catalog &catalog)
{
    return int(std::count_if(catalog.sessions.cbegin(), catalog.sessions.cend(),
                             [](const Session &s) { return !s.note.isEmpty(); }));
}
} // namespace

class BenchMediaCcc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildFromAnswers();
    void importFromServer();

private:
    QString m_base = u"http://127.0.0.1:9/public/"_s;
    QByteArray m_conference;
    QByteArray m_schedule;
    QList<QByteArray> m_events;
};

void BenchMediaCcc::initTestCase()
{
    m_schedule = schedule();
    m_conference = conferenceAnswer(m_base, u"http://127.0.0.1:9/schedule.xml"_s);
    for (int n = 0; n < eventCount; ++n)
        m_events.append(eventAnswer(n, m_base));
    qInfo("conference %lld KiB, schedule %lld KiB, events %d of ~%lld KiB",
          qlonglong(m_conference.size() / 1024), qlonglong(m_schedule.size() / 1024), eventCount,
          qlonglong(m_events.constFirst().size() / 1024));
}

// Everything the import does with the answers: read, join by guid, build.
void BenchMediaCcc::buildFromAnswers()
{
    std::optional<Catalog> built;
    QBENCHMARK
    {
        const auto conference = MediaCccReader::readConference(m_conference, u"bench24"_s);
        ImportResult imported = ScheduleImport::importSchedule(m_schedule, ImportFormat::Frab);
        const MediaCccCatalogBuilder builder(*conference.value, &*imported.catalog, {});
        QHash<QString, MediaCccEventMedia> media;
        for (int i = 0; i < eventCount; ++i) {
            const auto answer = MediaCccReader::readEvent(m_events.at(i), QString::number(i));
            media.insert(builder.sessionId(i), builder.convert(i, answer.value->recordings));
        }
        built = builder.build(media);
    }
    QCOMPARE(built->recordings.size(), 2 * eventCount);
    QCOMPARE(builtScheduled(*built), eventCount);
    const CatalogLoadResult check = CatalogReader::readData(CatalogWriter::toData(*built), {});
    QVERIFY(check.ok());
    QVERIFY(check.warnings().isEmpty());
}

// The whole import against the in-process server, with kept copies on disk:
// CPU of the application's thread (QNetworkAccessManager and the server run
// in threads of their own) and of the whole process.
void BenchMediaCcc::importFromServer()
{
    HttpTestServer server;
    const QString base = server.url(u"/public/"_s).toString();
    server.addData(u"/schedule.xml"_s, m_schedule, "application/xml");
    server.addData(u"/public/conferences/bench24"_s,
                   conferenceAnswer(base, server.url(u"/schedule.xml"_s).toString()));
    for (int n = 0; n < eventCount; ++n)
        server.addData(u"/public/events/"_s + guid(n), eventAnswer(n, base));
    QTemporaryDir cache;
    NetworkAccess access;
    MediaCccClient client(&access, cache.path());
    client.setApiBase(QUrl(base));
    MediaCccImport import(&client);
    QSignalSpy finished(&import, &MediaCccImport::finished);
    MediaCccTarget target;
    target.kind = MediaCccTarget::Kind::Conference;
    target.id = u"bench24"_s;

    QElapsedTimer wall;
    wall.start();
    const double thread = threadCpuMs();
    const double process = processCpuMs();
    import.start(target);
    QVERIFY(finished.wait(120000));
    const double threadUsed = threadCpuMs() - thread;
    const double processUsed = processCpuMs() - process;
    QVERIFY(import.result().ok());
    QCOMPARE(import.result().recordings, 2 * eventCount);
    qInfo("import of %d events, %d rows: app thread CPU %.0f ms, process CPU %.0f ms (server "
          "included), wall %lld ms",
          eventCount, 8 * eventCount, threadUsed, processUsed, qlonglong(wall.elapsed()));
}

QTEST_GUILESS_MAIN(BenchMediaCcc)
#include "bench_mediaccc.moc"
