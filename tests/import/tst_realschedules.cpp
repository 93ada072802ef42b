#include "importtesthelpers.h"
#include "scheduleimport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// Real published schedules from ../shared/schedules (see its README for the counts).
namespace {
QString schedule(const QString &name)
{
    return QStringLiteral(FA_SHARED_SCHEDULES_DIR "/") + name;
}

// Event titles read independently of the importer, for "no event lost, titles intact".
QStringList sourceTitles(const QByteArray &data, bool json)
{
    QStringList titles;
    if (json) {
        const QJsonObject conference = QJsonDocument::fromJson(data)
                                           .object()
                                           .value(u"schedule")
                                           .toObject()
                                           .value(u"conference")
                                           .toObject();
        for (const QJsonValue &day : conference.value(u"days").toArray()) {
            const QJsonObject rooms = day.toObject().value(u"rooms").toObject();
            for (const QJsonValue &room : rooms) {
                for (const QJsonValue &event : room.toArray())
                    titles.append(event.toObject().value(u"title").toString().simplified());
            }
        }
    } else {
        static const QRegularExpression pattern(
            QStringLiteral("<event [^>]*>.*?<title>(.*?)</title>"),
            QRegularExpression::DotMatchesEverythingOption);
        auto it = pattern.globalMatch(QString::fromUtf8(data));
        while (it.hasNext()) {
            QString t = it.next().captured(1);
            t.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
            t.replace(u"&apos;"_s, u"'"_s);
            static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
            for (auto m = numeric.match(t); m.hasMatch(); m = numeric.match(t)) {
                const char32_t code =
                    m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
                t.replace(m.capturedStart(), m.capturedLength(), QString::fromUcs4(&code, 1));
            }
            t.replace(u"&amp;"_s, u"&"_s);
            titles.append(t.simplified());
        }
    }
    titles.sort();
    return titles;
}

ImportResult importShared(const QString &name)
{
    const QByteArray data = readAll(schedule(name));
    return ScheduleImport::importSchedule(data, ScheduleImport::detect(name, data));
}

int countWarnings(const ImportReport &report, const QString &text)
{
    int n = 0;
    for (const ImportMessage &m : report.warnings)
        n += m.message.contains(text) ? 1 : 0;
    return n;
}
} // namespace

class TestRealSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void counts_data();
    void counts();
    void fosdemSpotCheck();
    void congressEdgeCases();
    void debconfUtcDates();
    void campJson();
};

void TestRealSchedules::init()
{
    if (!QDir(QStringLiteral(FA_SHARED_SCHEDULES_DIR)).exists())
        QSKIP("the shared schedules folder (../shared/schedules beside the checkout) is "
              "missing; real-schedule import tests skipped");
}

void TestRealSchedules::counts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("rooms");
    QTest::addColumn<int>("pillars");
    QTest::addColumn<int>("recordings");
    QTest::addColumn<QString>("timeZone");
    // Pillars are distinct non-empty track names after whitespace is simplified.
    QTest::newRow("fosdem-2020") << u"fosdem-2020.schedule.xml"_s << 2 << 872 << 35 << 71 << 726
                                 << u"Europe/Brussels"_s;
    QTest::newRow("36c3-merged") << u"36c3-merged.schedule.xml"_s << 4 << 1351 << 92 << 30 << 8
                                 << u"UTC+01"_s;
    QTest::newRow("debconf23") << u"debconf23.schedule.xml"_s << 8 << 117 << 5 << 12 << 0
                               << u"Asia/Kolkata"_s;
    QTest::newRow("camp2019") << u"camp2019.schedule.json"_s << 5 << 79 << 2 << 7 << 1
                              << u"Europe/Berlin"_s;
}

void TestRealSchedules::counts()
{
    QFETCH(QString, file);
    QFETCH(int, days);
    QFETCH(int, sessions);
    QFETCH(int, rooms);
    QFETCH(int, pillars);
    QFETCH(int, recordings);
    QFETCH(QString, timeZone);
    const QByteArray data = readAll(schedule(file));
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const ImportResult r = importShared(file);
    QVERIFY2(r.catalog, qPrintable(describe(r.report.errors)));
    QCOMPARE(r.report.days, days);
    QCOMPARE(r.catalog->days.size(), days);
    QCOMPARE(r.report.sessions, sessions);
    QCOMPARE(r.catalog->sessions.size(), sessions);
    QCOMPARE(r.report.rooms, rooms);
    QCOMPARE(r.report.pillars, pillars);
    QCOMPARE(r.report.recordings, recordings);
    QCOMPARE(QString::fromUtf8(r.catalog->event.timeZone.id()), timeZone);

    QStringList imported;
    for (const Session &s : r.catalog->sessions)
        imported.append(r.catalog->text(s.title, r.catalog->event.language));
    imported.sort();
    QCOMPARE(imported, sourceTitles(data, file.endsWith(u".json")));

    for (const Session &s : r.catalog->sessions) {
        QVERIFY2(s.start.isValid(), qPrintable(s.id));
        QVERIFY2(!r.catalog->text(s.summary, u"en"_s).contains(u"<p>"), qPrintable(s.id));
        QVERIFY2(!r.catalog->text(s.summary, u"en"_s).contains(u'\r'), qPrintable(s.id));
    }

    const CatalogLoadResult back = writeAndRead(*r.catalog);
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QVERIFY2(back.problems.isEmpty(), qPrintable(describe(back.problems)));
    QCOMPARE(back.catalog->sessions.size(), sessions);
}

void TestRealSchedules::fosdemSpotCheck()
{
    const ImportResult r = importShared(u"fosdem-2020.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Catalog &c = *r.catalog;
    QCOMPARE(r.report.speakers, 841);
    const Session *kernel = c.session(u"10715"_s);
    QVERIFY(kernel);
    QCOMPARE(c.text(kernel->title, u"en"_s),
             u"The Linux Kernel: We have to finish this thing one day ;)"_s);
    QCOMPARE(kernel->dayId, u"day-1"_s);
    QCOMPARE(kernel->start,
             QDateTime(QDate(2020, 2, 1), QTime(10, 0), QTimeZone("Europe/Brussels")));
    QCOMPARE(kernel->duration, 50 * 60 * 1000);
    QCOMPARE(kernel->kind, u"keynote"_s);
    QCOMPARE(kernel->pillarIds, QStringList{u"keynotes"_s});
    QCOMPARE(c.text(kernel->note, u"en"_s), u"Room: Janson"_s);
    QVERIFY(c.text(kernel->summary, u"en"_s)
                .startsWith(u"Solving big problems in small steps for more than two decades\n\n"
                            "Today's Linux kernel"_s));
    QCOMPARE(kernel->chapters.size(), 1);
    const Recording *rec = c.recording(kernel->chapters.first().recordingId);
    QCOMPARE(rec->sources.size(), 2);
    QCOMPARE(rec->sources[0].url,
             QUrl(u"https://video.fosdem.org/2020/Janson/linux_kernel.webm"_s));
    QCOMPARE(rec->sources[0].kind, Source::Kind::Media);
    QCOMPARE(rec->language, u"en"_s);
    bool slides = false;
    for (const Material &m : kernel->materials)
        slides = slides || (m.kind == u"slides" && m.url.path().endsWith(u".pdf"));
    QVERIFY(slides);
    // Stray whitespace around a title is gone, the rest intact.
    QCOMPARE(c.text(c.session(u"10218"_s)->title, u"en"_s),
             u"Docker Security considerations & Incident Analysis"_s);
    QVERIFY(describe(r.report.warnings).contains(u"Europe/Brussels"));
}

void TestRealSchedules::congressEdgeCases()
{
    const ImportResult r = importShared(u"36c3-merged.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Catalog &c = *r.catalog;
    // Three duplicate guids: every event is kept, under a unique id, with a warning.
    QCOMPARE(countWarnings(r.report, u"duplicate id"_s), 3);
    const Session *first = c.session(u"81f5f0c4-3d35-522c-8f1c-c8825b92f00a"_s);
    const Session *second = c.session(u"81f5f0c4-3d35-522c-8f1c-c8825b92f00a-2"_s);
    QVERIFY(first && second);
    QCOMPARE(first->start.toTimeZone(c.event.timeZone).time(), QTime(16, 10));
    QCOMPARE(second->start.toTimeZone(c.event.timeZone).time(), QTime(17, 15));

    // Events after midnight stay on the conference day they are listed under.
    int afterMidnight = 0;
    for (const Session &s : c.sessions) {
        const Day *day = c.day(s.dayId);
        if (s.start.toTimeZone(c.event.timeZone).date() > day->date) {
            ++afterMidnight;
            QVERIFY(s.start.toTimeZone(c.event.timeZone).time() < QTime(11, 0));
        }
    }
    QCOMPARE(afterMidnight, 46);
    const Session *jeopardy = c.session(u"d1b8ed3f-2c22-47d2-9aca-0f9d3cf48eb8"_s);
    QCOMPARE(c.text(jeopardy->title, u"en"_s), u"Hacker Jeopardy"_s);
    QCOMPARE(jeopardy->dayId, u"day-1"_s);
    QCOMPARE(jeopardy->start, QDateTime(QDate(2019, 12, 28), QTime(0, 50), QTimeZone(3600)));
    QCOMPARE(jeopardy->duration, 2 * 3600 * 1000);

    const Session *solder = c.session(u"f5da4ae5-d1f2-4768-98e0-8db20483dc6d"_s);
    QCOMPARE(solder->duration, (12 * 60 + 59) * 60 * 1000);
    QCOMPARE(c.text(c.session(u"3aae5c0a-9c9b-483a-8c09-b4402d749a82"_s)->title, u"en"_s),
             u"The Case for Scale in Cyber Security"_s);

    bool hangul = false;
    for (const Session &s : c.sessions)
        hangul = hangul || c.text(s.title, u"en"_s) == u"오방색 Five Colour 김밥 Gimbab Varieties";
    QVERIFY(hangul);
    QVERIFY(c.event.languages.contains(u"de"_s));
    QVERIFY(r.report.skipped.value(u"<answers>"_s) > 0);
    QCOMPARE(r.report.skipped.value(u"<logo>"_s), 1351);
}

void TestRealSchedules::debconfUtcDates()
{
    const ImportResult r = importShared(u"debconf23.schedule.xml"_s);
    QVERIFY(r.catalog);
    const Catalog &c = *r.catalog;
    const Session *opening = c.session(u"455d075f-48c0-2ec2-24b3-f5add30c383a"_s);
    QVERIFY(opening);
    QCOMPARE(c.text(opening->title, u"en"_s), u"Opening Ceremony"_s);
    // <date> 05:00 UTC is 10:30 in Kolkata, the <start> the file gives.
    QCOMPARE(opening->start,
             QDateTime(QDate(2023, 9, 10), QTime(10, 30), QTimeZone("Asia/Kolkata")));
    QCOMPARE(opening->dayId, u"day-1"_s);
    QCOMPARE(c.day(u"day-1"_s)->date, QDate(2023, 9, 9));
    QCOMPARE(opening->duration, 20 * 60 * 1000);
    QCOMPARE(opening->kind, u"Long talk (45 minutes)"_s);
    QCOMPARE(c.speaker(opening->speakers.first().speakerId)->name, u"Sruthi Chandran"_s);
    QCOMPARE(c.event.startDate, QDate(2023, 9, 9));
    int perDay[8] = {};
    for (const Session &s : c.sessions)
        ++perDay[c.dayIndex(s.dayId)];
    const int expected[8] = {20, 17, 19, 4, 11, 19, 19, 8};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(perDay[i], expected[i]);
}

void TestRealSchedules::campJson()
{
    const ImportResult r = importShared(u"camp2019.schedule.json"_s);
    QVERIFY(r.catalog);
    const Catalog &c = *r.catalog;
    QCOMPARE(r.report.format, u"schedule-json"_s);
    const Session *opening = c.session(u"a0a0fcfe-b7fb-46e3-84b6-97a5406016b4"_s);
    QVERIFY(opening);
    QCOMPARE(c.text(opening->title, u"en"_s), u"Opening Ceremony"_s);
    QCOMPARE(opening->start,
             QDateTime(QDate(2019, 8, 21), QTime(11, 0), QTimeZone("Europe/Berlin")));
    QCOMPARE(opening->duration, 30 * 60 * 1000);
    QCOMPARE(c.text(opening->note, u"en"_s), u"Room: Curie"_s);
    QStringList names;
    for (const SessionSpeaker &s : opening->speakers)
        names.append(c.speaker(s.speakerId)->name);
    QCOMPARE(names, (QStringList{u"jinxx"_s, u"smtw"_s}));
    // Relative attachment paths resolve against base_url.
    int resolved = 0;
    for (const Session &s : c.sessions) {
        for (const Material &m : s.materials)
            resolved += m.url.toString().startsWith(
                            u"https://fahrplan.events.ccc.de/system/event_attachments/")
                            ? 1
                            : 0;
    }
    QVERIFY(resolved >= 5);
    QCOMPARE(r.report.skipped.value(u"do_not_record"_s), 79);
}

QTEST_GUILESS_MAIN(TestRealSchedules)
#include "tst_realschedules.moc"
