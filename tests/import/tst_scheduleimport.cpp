#include "catalogbuilder.h"
#include "htmltext.h"
#include "importtesthelpers.h"
#include "schedulecommon.h"
#include "scheduleimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
const QString openingId = u"11111111-0000-0000-0000-000000000001"_s;

ImportResult importFixtureFile(const QString &name)
{
    const QByteArray data = readAll(importFixture(name));
    return ScheduleImport::importSchedule(data, ScheduleImport::detect(name, data));
}
} // namespace

class TestScheduleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishMovesTextsToTheEventLanguage();
    void edgeCasesCounts();
    void nestedTitleNeverOverwritesEvent();
    void linksBecomeRecordingsAndMaterials();
    void duplicateIdsKeptWithWarning();
    void afterMidnightStaysOnItsDay();
    void utcDateInConferenceZone();
    void speakersDeduplicated();
    void htmlToPlainText_data();
    void htmlToPlainText();
    void edgeCasesValidate();
    void malformed_data();
    void malformed();
    void garbageNeverCrashes();
    void fileOverTheSizeCapRefused();
    void detect_data();
    void detect();
    void timeZoneOption();
    void durations_data();
    void durations();
};

void TestScheduleImport::edgeCasesCounts()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY2(r.catalog, qPrintable(describe(r.report.errors)));
    QCOMPARE(r.report.days, 2);
    QCOMPARE(r.report.sessions, 5);
    QCOMPARE(r.report.pillars, 2);
    QCOMPARE(r.report.rooms, 2);
    QCOMPARE(r.report.recordings, 1);
    QCOMPARE(r.report.skipped.value(u"<foo>"_s), 1);
    QCOMPARE(r.report.skipped.value(u"<generator>"_s), 1);
    QCOMPARE(r.catalog->event.id, u"edge24"_s);
    QCOMPARE(r.catalog->event.timeZone, QTimeZone("Europe/Paris"));
    QCOMPARE(r.catalog->event.language, u"fr"_s); // the only language the events state
    QVERIFY(r.report.summary().contains(u"sessions: 5"));
}

void TestScheduleImport::nestedTitleNeverOverwritesEvent()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Session *s = r.catalog->session(openingId);
    QVERIFY(s);
    QCOMPARE(r.catalog->text(s->title, u"en"_s), u"Opening of the Forum"_s);
    QCOMPARE(s->kind, u"keynote"_s);
    QCOMPARE(s->pillarIds, QStringList{u"finance"_s});
    QCOMPARE(r.catalog->text(s->note, u"en"_s), u"Room: Main Hall"_s);
    QCOMPARE(s->duration, 45 * 60 * 1000);
}

void TestScheduleImport::linksBecomeRecordingsAndMaterials()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Session *s = r.catalog->session(openingId);
    QCOMPARE(s->chapters.size(), 1);
    const Recording *rec = r.catalog->recording(s->chapters.first().recordingId);
    QVERIFY(rec);
    QCOMPARE(rec->kind, Recording::Kind::Session);
    QCOMPARE(rec->language, u"fr"_s);
    QCOMPARE(rec->sources.size(), 2);
    QCOMPARE(rec->sources[0].url, QUrl(u"https://video.example.org/opening.webm"_s));
    QCOMPARE(rec->sources[1].url, QUrl(u"https://video.example.org/opening.mp4"_s));

    QCOMPARE(s->materials.size(), 2);
    QCOMPARE(s->materials[0].kind, u"link"_s);
    QCOMPARE(r.catalog->text(s->materials[0].title, u"fr"_s), u"Event page"_s);
    // A relative attachment resolves against base_url; its nested title names it.
    QCOMPARE(s->materials[1].url, QUrl(u"https://example.org/attachments/slides.pdf"_s));
    QCOMPARE(r.catalog->text(s->materials[1].title, u"fr"_s), u"Nested attachment title"_s);
    QCOMPARE(s->materials[1].kind, u"slides"_s);
}

void TestScheduleImport::duplicateIdsKeptWithWarning()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    QVERIFY(r.catalog->session(openingId + u"-2"));
    QCOMPARE(r.catalog->text(r.catalog->session(openingId + u"-2")->title, u"en"_s),
             u"Duplicate guid"_s);
    QVERIFY(r.catalog->session(u"200"_s));
    QCOMPARE(r.catalog->text(r.catalog->session(u"200-2"_s)->title, u"en"_s), u"Closing"_s);
    QList<int> lines;
    for (const ImportMessage &m : r.report.warnings) {
        if (m.message.contains(u"duplicate id"))
            lines.append(m.line);
    }
    QCOMPARE(lines, (QList<int>{53, 76}));
}

void TestScheduleImport::afterMidnightStaysOnItsDay()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Session *s = r.catalog->session(u"101"_s);
    QVERIFY(s);
    QCOMPARE(s->dayId, u"day-1"_s);
    QCOMPARE(s->start, QDateTime(QDate(2024, 5, 15), QTime(1, 30), QTimeZone("Europe/Paris")));
}

void TestScheduleImport::utcDateInConferenceZone()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Session *s = r.catalog->session(openingId + u"-2");
    QCOMPARE(s->start, QDateTime(QDate(2024, 5, 14), QTime(14, 0), QTimeZone("Europe/Paris")));
    const CatalogLoadResult back = writeAndRead(*r.catalog);
    QVERIFY(back.ok());
    QCOMPARE(back.catalog->session(openingId + u"-2")
                 ->start.toTimeZone(QTimeZone("Europe/Paris"))
                 .time(),
             QTime(14, 0));
}

void TestScheduleImport::speakersDeduplicated()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    QCOMPARE(r.report.speakers, 3);
    const Session *night = r.catalog->session(u"101"_s);
    const Session *opening = r.catalog->session(openingId);
    // "Ada Example" by name only is the person with id 7.
    QCOMPARE(night->speakers.first().speakerId, opening->speakers.first().speakerId);
    QCOMPARE(r.catalog->speaker(opening->speakers.first().speakerId)->name, u"Ada Example"_s);
    const Session *dup = r.catalog->session(openingId + u"-2");
    QCOMPARE(dup->speakers.size(), 2);
    QCOMPARE(r.catalog->speaker(dup->speakers[1].speakerId)->name, u"Carla Ñúñez"_s);
}

void TestScheduleImport::finishMovesTextsToTheEventLanguage()
{
    ImportReport report;
    CatalogBuilder builder(report);
    const int day = builder.addDay(QDate(2024, 5, 2), {}, {});
    LocalizedText title = CatalogBuilder::text(u"Über – Titel"_s);
    title.set(u"fr"_s, u"Titre"_s);
    title.set(u"de"_s, u"replaced"_s);
    builder.event().title = title;
    Session session;
    session.dayId = builder.day(day).id;
    session.title = CatalogBuilder::text(u"Vortrag"_s);
    session.summary.set(u"en"_s, u"stays in English"_s);
    builder.addSession(session, u"de"_s, 1);

    const Catalog catalog = builder.finish();
    QCOMPARE(catalog.event.language, u"de"_s);
    QCOMPARE(catalog.event.title.languages(), (QStringList{u"de"_s, u"fr"_s}));
    QCOMPARE(catalog.event.title.text(u"de"_s, u"de"_s), u"Über – Titel"_s);
    QCOMPARE(catalog.event.title.text(u"fr"_s, u"de"_s), u"Titre"_s);
    QCOMPARE(catalog.sessions.size(), 1);
    QCOMPARE(catalog.sessions[0].title.languages(), QStringList{u"de"_s});
    QCOMPARE(catalog.sessions[0].title.text(u"de"_s, u"de"_s), u"Vortrag"_s);
    QCOMPARE(catalog.sessions[0].summary.languages(), QStringList{u"en"_s});
    QVERIFY(catalog.sessions[0].note.isEmpty());
}

void TestScheduleImport::htmlToPlainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << u"<p>One &amp; two.</p><p>Three<br/>four</p>"_s
                                << u"One & two.\n\nThree\nfour"_s;
    QTest::newRow("list") << u"<ul>\n<li>a</li>\n<li>b</li></ul>"_s << u"• a\n• b"_s;
    QTest::newRow("plain with CRLF")
        << u"Line one\r\n\r\n\r\nLine two  \r\n"_s << u"Line one\n\nLine two"_s;
    QTest::newRow("comparison is not a tag") << u"a < b and <b>bold</b>"_s << u"a < b and bold"_s;
    QTest::newRow("markdown kept") << u"# Title\n\n* item"_s << u"# Title\n\n* item"_s;
    QTest::newRow("numeric entity") << u"<p>caf&#233; &#x2013; ok</p>"_s << u"café – ok"_s;
    QTest::newRow("plain unchanged") << u"One\ntwo\n\nthree"_s << u"One\ntwo\n\nthree"_s;
    QTest::newRow("white lines are blank")
        << u"\n  a\t\n \t \n\n\n  b \u00a0\n\n"_s << u"  a\n\n  b"_s;
    QTest::newRow("lone CR") << u"a\rb\r\rc"_s << u"a\nb\n\nc"_s;
    QTest::newRow("html lines trimmed")
        << u"<p>  a  \n   b</p>\n  <div> c</div>"_s << u"a b\n\nc"_s;
}

void TestScheduleImport::htmlToPlainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(fa::htmlToPlainText(input), expected);
}

void TestScheduleImport::edgeCasesValidate()
{
    const ImportResult r = importFixtureFile(u"edge-cases.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Session *s = r.catalog->session(openingId);
    QCOMPARE(r.catalog->text(s->summary, u"fr"_s),
             u"Welcome words\n\nFirst paragraph & more.\n\nSecond\nline.\n\n• one\n• two"_s);
    const CatalogLoadResult back = writeAndRead(*r.catalog);
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QVERIFY2(back.problems.isEmpty(), qPrintable(describe(back.problems)));
}

void TestScheduleImport::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("xml") << u"malformed.schedule.xml"_s << 8 << u"malformed XML"_s;
    QTest::newRow("json") << u"malformed.schedule.json"_s << 6 << u"malformed JSON"_s;
}

void TestScheduleImport::malformed()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, text);
    const ImportResult r = importFixtureFile(file);
    QVERIFY(!r.catalog);
    QCOMPARE(r.report.errors.size(), 1);
    QCOMPARE(r.report.errors.first().line, line);
    QVERIFY2(r.report.errors.first().message.contains(text),
             qPrintable(r.report.errors.first().message));
    QVERIFY(r.report.errors.first().toString().startsWith(u"line " + QString::number(line)));
}

void TestScheduleImport::garbageNeverCrashes()
{
    const QByteArray edge = readAll(importFixture(u"edge-cases.schedule.xml"_s));
    // Every truncation of a valid file either imports or fails with a line number.
    for (qsizetype cut = 0; cut < edge.size(); cut += 97) {
        const ImportResult r = ScheduleImport::importSchedule(edge.left(cut), ImportFormat::Frab);
        if (!r.catalog) {
            QVERIFY(!r.report.errors.isEmpty());
            QVERIFY(r.report.errors.first().line > 0 || !r.report.errors.first().where.isEmpty()
                    || cut < 60);
        }
    }
    const QList<QByteArray> inputs = {
        "{}",   "[]",       "{\"schedule\": 3}",
        "<a/>", "\x00\x01", "{\"schedule\":{\"conference\":{\"days\":[1,{}]}}}"};
    for (const QByteArray &input : inputs) {
        for (ImportFormat f : {ImportFormat::Frab, ImportFormat::ScheduleJson}) {
            const ImportResult r = ScheduleImport::importSchedule(input, f);
            QVERIFY(!r.catalog || writeAndRead(*r.catalog).ok());
        }
    }
}

void TestScheduleImport::fileOverTheSizeCapRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"schedule.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ScheduleImport::maxFileSize)); // sparse: costs no disk
    file.close();
    {
        ImportReport report;
        const std::optional<QByteArray> data = ScheduleImport::readFile(path, report);
        QVERIFY(report.ok());
        QVERIFY(data);
        QCOMPARE(data->size(), ScheduleImport::maxFileSize);
    }
    QVERIFY(file.resize(ScheduleImport::maxFileSize + 1));
    ImportReport report;
    QVERIFY(!ScheduleImport::readFile(path, report));
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().message, u"the file is larger than the limit of 64 MiB"_s);
}

void TestScheduleImport::detect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    QTest::newRow("xml suffix") << u"a.xml"_s << QByteArray("x") << int(ImportFormat::Frab);
    QTest::newRow("json suffix") << u"a.json"_s << QByteArray("x")
                                 << int(ImportFormat::ScheduleJson);
    QTest::newRow("vtt suffix") << u"a.vtt"_s << QByteArray("x") << int(ImportFormat::WebVtt);
    QTest::newRow("xml content") << u"schedule"_s << QByteArray("  <?xml?>")
                                 << int(ImportFormat::Frab);
    QTest::newRow("json content") << u"schedule"_s << QByteArray("\n{")
                                  << int(ImportFormat::ScheduleJson);
    QTest::newRow("webvtt content")
        << u"chapters.txt"_s << QByteArray("\xef\xbb\xbfWEBVTT\n") << int(ImportFormat::WebVtt);
    QTest::newRow("youtube text") << u"chapters.txt"_s << QByteArray("0:00 Opening")
                                  << int(ImportFormat::YouTube);
}

void TestScheduleImport::detect()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QCOMPARE(int(ScheduleImport::detect(name, data)), format);
}

void TestScheduleImport::timeZoneOption()
{
    const QByteArray xml = "<schedule><conference><title>T</title></conference>"
                           "<day index=\"1\" date=\"2024-01-02\"><room name=\"R\">"
                           "<event id=\"1\"><start>10:00</start><title>A</title></event>"
                           "</room></day></schedule>";
    const ImportResult guessed = ScheduleImport::importSchedule(xml, ImportFormat::Frab);
    QVERIFY(guessed.catalog);
    QCOMPARE(guessed.catalog->event.timeZone, QTimeZone::utc());
    QVERIFY(describe(guessed.report.warnings).contains(u"no time zone"));
    ImportOptions options;
    options.timeZone = QTimeZone("America/Lima");
    const ImportResult given = ScheduleImport::importSchedule(xml, ImportFormat::Frab, options);
    QVERIFY(given.catalog);
    QCOMPARE(given.catalog->sessions.first().start,
             QDateTime(QDate(2024, 1, 2), QTime(10, 0), QTimeZone("America/Lima")));
    QVERIFY(writeAndRead(*given.catalog).ok());
}

void TestScheduleImport::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milliseconds"); // -1: refused
    QTest::newRow("hh:mm") << u"00:45"_s << qint64(45 * 60 * 1000);
    QTest::newRow("h:mm:ss") << u" 1:02:03 "_s << qint64((3600 + 120 + 3) * 1000);
    QTest::newRow("d:hh:mm:ss") << u"1:00:00:10"_s << qint64((86400 + 10) * 1000);
    QTest::newRow("100 days") << u"2400:00"_s << qint64(100LL * 86400 * 1000);
    QTest::newRow("past 100 days") << u"2400:01"_s << qint64(-1);
    QTest::newRow("overflowing hours (fuzzing)") << u"31999999999999800:00"_s << qint64(-1);
    QTest::newRow("negative") << u"-1:00"_s << qint64(-1);
    QTest::newRow("one field") << u"45"_s << qint64(-1);
    QTest::newRow("letters") << u"aa:bb"_s << qint64(-1);
}

void TestScheduleImport::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, milliseconds);
    const std::optional<Milliseconds> parsed = ScheduleCommon::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), milliseconds);
}

QTEST_GUILESS_MAIN(TestScheduleImport)
#include "tst_scheduleimport.moc"
