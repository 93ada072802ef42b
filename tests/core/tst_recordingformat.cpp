// A recording's own chapters, its subtitles, its audio track and the details
// of its sources: read, checked, written back, and merged with the sessions'
// placements into one chapter list.
#include "catalogreader.h"
#include "catalogwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
// A one-day catalog whose recording and sessions the tests fill in.
QJsonObject baseCatalog(const QJsonObject &recording, const QJsonArray &sessions = {})
{
    return QJsonObject{
        {u"format"_s, u"forum-archive-catalog"_s},
        {u"version"_s, 1},
        {u"event"_s, QJsonObject{{u"id"_s, u"e"_s},
                                 {u"title"_s, u"E"_s},
                                 {u"startDate"_s, u"2024-01-01"_s},
                                 {u"endDate"_s, u"2024-01-01"_s}}},
        {u"days"_s, QJsonArray{QJsonObject{{u"id"_s, u"d1"_s}, {u"date"_s, u"2024-01-01"_s}}}},
        {u"recordings"_s, QJsonArray{recording}},
        {u"sessions"_s, sessions},
    };
}

QJsonObject dayRecording(const QJsonObject &extra = {})
{
    QJsonObject r{{u"id"_s, u"r1"_s},
                  {u"kind"_s, u"day"_s},
                  {u"day"_s, u"d1"_s},
                  {u"language"_s, u"en"_s},
                  {u"duration"_s, u"2:00:00"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        r.insert(it.key(), it.value());
    return r;
}

QJsonObject session(const QString &id, const QString &title, const QJsonArray &chapters = {})
{
    QJsonObject s{{u"id"_s, id}, {u"day"_s, u"d1"_s}, {u"title"_s, title}};
    if (!chapters.isEmpty())
        s.insert(u"chapters"_s, chapters);
    return s;
}

CatalogLoadResult read(const QJsonObject &catalog)
{
    return CatalogReader::readData(QJsonDocument(catalog).toJson(), {});
}

QString describe(const CatalogProblems &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}
} // namespace

class TestRecordingFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownChaptersAreRead();
    void errors_data();
    void errors();
    void roundTrip();
    void sessionLanguage();
    void chapterListMergesPlacements();
    void namedChapterPlacesSession();
    void existingCatalogsReadUnchanged();
};

void TestRecordingFormat::ownChaptersAreRead()
{
    const QJsonArray chapters{
        QJsonObject{{u"at"_s, 0}, {u"title"_s, u"Welcome"_s}},
        QJsonObject{{u"at"_s, u"1:02:03"_s},
                    {u"title"_s, QJsonObject{{u"en"_s, u"Panel"_s}, {u"fr"_s, u"Table ronde"_s}}},
                    {u"session"_s, u"s1"_s}},
    };
    const QJsonArray subtitles{
        QJsonObject{{u"language"_s, u"fr"_s}, {u"path"_s, u"subs/r1.fr.vtt"_s}},
        QJsonObject{{u"language"_s, u"en"_s},
                    {u"url"_s, u"https://example.org/r1.en.vtt"_s},
                    {u"kind"_s, u"captions"_s},
                    {u"machine"_s, true}},
    };
    const QJsonArray sources{
        QJsonObject{{u"url"_s, u"https://cdn.example.org/r1.webm"_s},
                    {u"mimeType"_s, u"video/webm"_s},
                    {u"height"_s, 1080}},
        QJsonObject{{u"url"_s, u"https://cdn.example.org/r1.opus"_s}, {u"audioOnly"_s, true}}};
    const CatalogLoadResult result = read(baseCatalog(dayRecording({{u"chapters"_s, chapters},
                                                                    {u"subtitles"_s, subtitles},
                                                                    {u"sources"_s, sources},
                                                                    {u"audioTrack"_s, 1}}),
                                                      {session(u"s1"_s, u"Panel"_s)}));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Recording *r = result.catalog->recording(u"r1"_s);
    QVERIFY(r);
    QCOMPARE(r->chapters.size(), 2);
    QCOMPARE(r->chapters[1].at, Milliseconds(3723000));
    QCOMPARE(r->chapters[1].title.text(u"fr"_s, u"en"_s), u"Table ronde"_s);
    QCOMPARE(r->chapters[1].sessionId, u"s1"_s);
    QVERIFY(r->chapters[0].sessionId.isEmpty());
    QCOMPARE(r->audioTrack, 1);
    QCOMPARE(r->subtitles.size(), 2);
    QCOMPARE(r->subtitles[0].path, u"subs/r1.fr.vtt"_s);
    QCOMPARE(r->subtitles[0].kind, SubtitleFile::Kind::Subtitles);
    QVERIFY(!r->subtitles[0].machine);
    QCOMPARE(r->subtitles[1].kind, SubtitleFile::Kind::Captions);
    QVERIFY(r->subtitles[1].machine);
    QCOMPARE(r->sources[0].mimeType, u"video/webm"_s);
    QCOMPARE(r->sources[0].height, 1080);
    QVERIFY(!r->sources[0].audioOnly);
    QVERIFY(r->sources[1].audioOnly);
}

void TestRecordingFormat::errors_data()
{
    QTest::addColumn<QJsonObject>("recordingFields");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const auto chapter = [](const QJsonObject &c) { return QJsonArray{c}; };
    QTest::newRow("chapter without offset")
        << QJsonObject{{u"chapters"_s, chapter({{u"title"_s, u"A"_s}})}}
        << u"recordings[0].chapters[0].at"_s << u"required"_s;
    QTest::newRow("chapter without title") << QJsonObject{{u"chapters"_s, chapter({{u"at"_s, 5}})}}
                                           << u"recordings[0].chapters[0].title"_s << u"required"_s;
    QTest::newRow("chapter past the end")
        << QJsonObject{{u"chapters"_s, chapter({{u"at"_s, u"3:00:00"_s}, {u"title"_s, u"A"_s}})}}
        << u"recordings[0].chapters[0].at"_s << u"beyond the end"_s;
    QTest::newRow("chapter naming an unknown session")
        << QJsonObject{{u"chapters"_s,
                        chapter({{u"at"_s, 1}, {u"title"_s, u"A"_s}, {u"session"_s, u"nope"_s}})}}
        << u"recordings[0].chapters[0].session"_s << u"unknown session 'nope'"_s;
    QTest::newRow("subtitles with path and url")
        << QJsonObject{{u"subtitles"_s,
                        QJsonArray{QJsonObject{{u"language"_s, u"fr"_s},
                                               {u"path"_s, u"a.vtt"_s},
                                               {u"url"_s, u"https://x.org/a.vtt"_s}}}}}
        << u"recordings[0].subtitles[0]"_s << u"exactly one"_s;
    QTest::newRow("subtitles in no language")
        << QJsonObject{{u"subtitles"_s, QJsonArray{QJsonObject{{u"path"_s, u"a.vtt"_s}}}}}
        << u"recordings[0].subtitles[0].language"_s << u"required"_s;
    QTest::newRow("subtitles of an unknown kind")
        << QJsonObject{{u"subtitles"_s, QJsonArray{QJsonObject{{u"language"_s, u"fr"_s},
                                                               {u"path"_s, u"a.vtt"_s},
                                                               {u"kind"_s, u"karaoke"_s}}}}}
        << u"recordings[0].subtitles[0].kind"_s << u"karaoke"_s;
    QTest::newRow("subtitles outside http")
        << QJsonObject{{u"subtitles"_s,
                        QJsonArray{QJsonObject{{u"language"_s, u"fr"_s},
                                               {u"url"_s, u"ftp://x.org/a.vtt"_s}}}}}
        << u"recordings[0].subtitles[0].url"_s << u"not an http"_s;
    QTest::newRow("negative audio track")
        << QJsonObject{{u"audioTrack"_s, -1}} << u"recordings[0].audioTrack"_s << u"whole number"_s;
    QTest::newRow("fractional audio track") << QJsonObject{{u"audioTrack"_s, 1.5}}
                                            << u"recordings[0].audioTrack"_s << u"whole number"_s;
    QTest::newRow("audio-only as text")
        << QJsonObject{{u"sources"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://x.org/a.opus"_s},
                                                             {u"audioOnly"_s, u"yes"_s}}}}}
        << u"recordings[0].sources[0].audioOnly"_s << u"true or false"_s;
}

void TestRecordingFormat::errors()
{
    QFETCH(QJsonObject, recordingFields);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const CatalogLoadResult result =
        read(baseCatalog(dayRecording(recordingFields), {session(u"s1"_s, u"S"_s)}));
    QVERIFY(!result.ok());
    const CatalogProblems errors = result.errors();
    const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const CatalogProblem &p) {
        return p.where == where && p.message.contains(message);
    });
    QVERIFY2(found, qPrintable(describe(result.problems)));
}

void TestRecordingFormat::roundTrip()
{
    const QJsonArray chapters{
        QJsonObject{{u"at"_s, u"0:00"_s}, {u"title"_s, u"Bienvenue 🎉"_s}},
        QJsonObject{{u"at"_s, u"1:30:00"_s}, {u"title"_s, u"Panel"_s}, {u"session"_s, u"s1"_s}},
    };
    const QJsonArray subtitles{QJsonObject{{u"language"_s, u"es"_s},
                                           {u"url"_s, u"https://example.org/r1.es.srt"_s},
                                           {u"kind"_s, u"captions"_s},
                                           {u"machine"_s, true}}};
    const QJsonArray sources{QJsonObject{{u"url"_s, u"https://cdn.example.org/r1.mp4"_s},
                                         {u"mimeType"_s, u"video/mp4"_s},
                                         {u"height"_s, 576},
                                         {u"audioOnly"_s, false}}};
    const CatalogLoadResult first = read(baseCatalog(dayRecording({{u"chapters"_s, chapters},
                                                                   {u"subtitles"_s, subtitles},
                                                                   {u"sources"_s, sources},
                                                                   {u"audioTrack"_s, 0}}),
                                                     {session(u"s1"_s, u"Panel"_s)}));
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));
    const QByteArray written = CatalogWriter::toData(*first.catalog);
    const CatalogLoadResult second = CatalogReader::readData(written, {});
    QVERIFY2(second.ok(), qPrintable(describe(second.problems)));
    QCOMPARE(CatalogWriter::toData(*second.catalog), written);
    const Recording *r = second.catalog->recording(u"r1"_s);
    QCOMPARE(r->chapters.size(), 2);
    QCOMPARE(r->chapters[0].title.text(u"en"_s, u"en"_s), u"Bienvenue 🎉"_s);
    QCOMPARE(r->chapters[1].sessionId, u"s1"_s);
    QCOMPARE(r->subtitles.size(), 1);
    QVERIFY(r->subtitles[0].machine);
    QCOMPARE(r->audioTrack, 0);
    QCOMPARE(r->sources[0].height, 576);
    // A source that is not audio-only says nothing about it.
    QVERIFY(!written.contains("audioOnly"));
}

void TestRecordingFormat::sessionLanguage()
{
    QJsonObject german = session(u"s1"_s, u"Türschlösser"_s);
    german.insert(u"language"_s, u"de"_s);
    const CatalogLoadResult first = read(baseCatalog(dayRecording(), {german}));
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));
    QCOMPARE(first.catalog->session(u"s1"_s)->language, u"de"_s);
    const CatalogLoadResult second =
        CatalogReader::readData(CatalogWriter::toData(*first.catalog), {});
    QVERIFY(second.ok());
    QCOMPARE(second.catalog->session(u"s1"_s)->language, u"de"_s);

    german.insert(u"language"_s, u"German"_s);
    const CatalogLoadResult bad = read(baseCatalog(dayRecording(), {german}));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors().first().where, u"sessions[0].language"_s);
    QVERIFY(bad.errors().first().message.contains(u"German"_s));
}

void TestRecordingFormat::chapterListMergesPlacements()
{
    // The publisher's chapters at 0, 10:00 and 20:00; s1 placed at 10:00 by its own
    // chapter (same offset: one entry), s2 at 15:00 (an entry of its own).
    const QJsonArray chapters{
        QJsonObject{{u"at"_s, 0}, {u"title"_s, u"Welcome"_s}},
        QJsonObject{{u"at"_s, u"10:00"_s}, {u"title"_s, u"Formalization, part 1"_s}},
        QJsonObject{{u"at"_s, u"20:00"_s}, {u"title"_s, u"Break"_s}},
    };
    const QJsonArray sessions{
        session(u"s1"_s, u"Formalization"_s,
                {QJsonObject{{u"recording"_s, u"r1"_s}, {u"at"_s, u"10:00"_s}}}),
        session(u"s2"_s, u"Finance"_s,
                {QJsonObject{{u"recording"_s, u"r1"_s}, {u"at"_s, u"15:00"_s}}}),
    };
    const CatalogLoadResult result =
        read(baseCatalog(dayRecording({{u"chapters"_s, chapters}}), sessions));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const QList<ChapterEntry> list = result.catalog->chaptersOf(u"r1"_s);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].chapter.at, Milliseconds(0));
    QCOMPARE(list[0].sessionIndex, -1);
    QCOMPARE(list[1].chapter.at, Milliseconds(600000));
    QCOMPARE(list[1].sessionIndex, 0);
    QCOMPARE(list[1].chapter.title.text(u"en"_s, u"en"_s), u"Formalization, part 1"_s);
    QCOMPARE(list[2].chapter.at, Milliseconds(900000));
    QCOMPARE(list[2].sessionIndex, 1);
    QCOMPARE(list[3].sessionIndex, -1);
}

void TestRecordingFormat::namedChapterPlacesSession()
{
    const QJsonArray chapters{
        QJsonObject{{u"at"_s, u"45:00"_s}, {u"title"_s, u"Markets"_s}, {u"session"_s, u"s1"_s}}};
    const CatalogLoadResult result =
        read(baseCatalog(dayRecording({{u"chapters"_s, chapters}}), {session(u"s1"_s, u"M"_s)}));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Session *s1 = result.catalog->session(u"s1"_s);
    QVERIFY(s1->chapters.isEmpty());
    const QList<Chapter> placed = result.catalog->placements(*s1);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed[0].recordingId, u"r1"_s);
    QCOMPARE(placed[0].at, Milliseconds(2700000));
    const QList<ChapterEntry> list = result.catalog->chaptersOf(u"r1"_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].sessionIndex, 0);
}

void TestRecordingFormat::existingCatalogsReadUnchanged()
{
    for (const QString &path :
         {QStringLiteral(FA_SAMPLE_DIR), QString::fromLatin1(CatalogReader::embeddedCatalog)}) {
        const CatalogLoadResult result = CatalogReader::readPath(path);
        QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
        QVERIFY2(result.warnings().isEmpty(), qPrintable(describe(result.warnings())));
        // Without chapters of their own, a recording's list is its sessions' placements.
        for (const Recording &recording : result.catalog->recordings) {
            qsizetype placed = 0;
            for (const Session &s : result.catalog->sessions) {
                placed +=
                    std::count_if(s.chapters.cbegin(), s.chapters.cend(),
                                  [&](const Chapter &c) { return c.recordingId == recording.id; });
            }
            QCOMPARE(result.catalog->chaptersOf(recording.id).size(), placed);
        }
    }
}

QTEST_GUILESS_MAIN(TestRecordingFormat)
#include "tst_recordingformat.moc"
