#include "importtesthelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestCatalogWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void plainStringsAndOmittedFields();
    void everyFieldLaidOutAsQJsonDocument();
    void writeFile();
};

void TestCatalogWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("valid fixture") << QStringLiteral(FA_FIXTURES_DIR "/catalogs/valid.json");
    QTest::newRow("embedded 2022 catalog")
        << QStringLiteral(FA_SOURCE_DIR "/resources/catalogs/global-forum-2022.json");
    QTest::newRow("sample archive") << QStringLiteral(FA_SAMPLE_DIR "/catalog.json");
    QTest::newRow("chapter base") << importFixture(u"base-catalog.json"_s);
}

void TestCatalogWriter::roundTrip()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP(qPrintable(u"not there yet: "_s + path));
    const CatalogLoadResult first = CatalogReader::readPath(path);
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));

    // Read from the same folder so that relative paths resolve alike.
    CatalogReadOptions options;
    options.baseDir = first.catalog->baseDir;
    const QByteArray written = CatalogWriter::toData(*first.catalog);
    const CatalogLoadResult second = CatalogReader::readData(written, options);
    QVERIFY2(second.ok(), qPrintable(describe(second.problems)));
    QVERIFY2(second.problems.isEmpty(), qPrintable(describe(second.problems)));

    const Catalog &a = *first.catalog;
    const Catalog &b = *second.catalog;
    QCOMPARE(CatalogWriter::toData(b), written);
    // Keys sorted and laid out as QJsonDocument does it: files written by earlier
    // versions (through QJsonDocument) compare equal.
    QCOMPARE(QJsonDocument::fromJson(written).toJson(QJsonDocument::Indented), written);
    QCOMPARE(b.event.id, a.event.id);
    QCOMPARE(b.event.title, a.event.title);
    QCOMPARE(b.event.timeZone, a.event.timeZone);
    QCOMPARE(b.days.size(), a.days.size());
    QCOMPARE(b.sessions.size(), a.sessions.size());
    QCOMPARE(b.speakers.size(), a.speakers.size());
    QCOMPARE(b.recordings.size(), a.recordings.size());
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        QCOMPARE(b.sessions[i].id, a.sessions[i].id);
        QCOMPARE(b.sessions[i].title, a.sessions[i].title);
        QCOMPARE(b.sessions[i].start, a.sessions[i].start);
        QCOMPARE(b.sessions[i].duration, a.sessions[i].duration);
        QCOMPARE(b.sessions[i].chapters.size(), a.sessions[i].chapters.size());
        for (qsizetype c = 0; c < a.sessions[i].chapters.size(); ++c)
            QCOMPARE(b.sessions[i].chapters[c].at, a.sessions[i].chapters[c].at);
        QCOMPARE(b.sessions[i].materials.size(), a.sessions[i].materials.size());
    }
    for (qsizetype i = 0; i < a.recordings.size(); ++i) {
        QCOMPARE(b.recordings[i].duration, a.recordings[i].duration);
        QCOMPARE(b.recordings[i].sources.size(), a.recordings[i].sources.size());
    }
}

void TestCatalogWriter::plainStringsAndOmittedFields()
{
    Catalog c;
    c.event.id = u"e"_s;
    c.event.language = u"fr"_s;
    c.event.title = LocalizedText(u"fr"_s, u"Forum"_s);
    c.event.startDate = c.event.endDate = QDate(2024, 5, 14);
    c.days.append({u"d1"_s, QDate(2024, 5, 14), {}, {}, {}, {}});
    Session s;
    s.id = u"s1"_s;
    s.dayId = u"d1"_s;
    s.title = LocalizedText(u"en"_s, u"Opening"_s);
    s.duration = 90500;
    c.sessions.append(s);
    c.buildIndex();

    const QJsonObject json = CatalogWriter::toJson(c);
    QCOMPARE(json.value(u"event").toObject().value(u"title").toString(), u"Forum"_s);
    const QJsonObject session = json.value(u"sessions").toArray().first().toObject();
    QCOMPARE(session.value(u"title").toObject().value(u"en").toString(), u"Opening"_s);
    QCOMPARE(session.value(u"duration").toString(), u"1:30.500"_s);
    QVERIFY(!session.contains(u"summary"));
    QVERIFY(!session.contains(u"chapters"));
    QVERIFY(!json.contains(u"speakers"));
    QVERIFY2(writeAndRead(c).ok(), qPrintable(describe(writeAndRead(c).problems)));
}

void TestCatalogWriter::everyFieldLaidOutAsQJsonDocument()
{
    const QTimeZone zone("Europe/Brussels");
    const QString awkward = u"tab\t, quote \", backslash \\, \u00e9\u20ac\U0001F600, bell \a"_s;
    LocalizedText twoLanguages(u"en"_s, u"Title "_s + awkward);
    twoLanguages.set(u"fr"_s, u"Titre"_s);
    Catalog c;
    c.event.id = u"ev"_s;
    c.event.title = twoLanguages;
    c.event.subtitle = LocalizedText(u"en"_s, awkward);
    c.event.organizer = LocalizedText(u"fr"_s, u"Organisateur"_s);
    c.event.summary = LocalizedText(u"en"_s, u"Summary"_s);
    c.event.timeZone = zone;
    c.event.startDate = QDate(2024, 5, 6);
    c.event.endDate = QDate(2024, 5, 7);
    c.event.languages = {u"en"_s, u"fr"_s};
    c.event.isVirtual = true;
    c.event.links.append(
        {u"event-page"_s, twoLanguages, QUrl(u"https://example.org/a b"_s), u"fr"_s});
    c.pillars.append(
        {u"p1"_s, twoLanguages, LocalizedText(u"en"_s, u"About"_s), u"icon.svg"_s, u"#123456"_s});
    Day day;
    day.id = u"d1"_s;
    day.date = QDate(2024, 5, 6);
    day.title = LocalizedText(u"en"_s, u"Day one"_s);
    day.summary = twoLanguages;
    day.start = QDateTime(day.date, QTime(9, 0), zone);
    day.end = QDateTime(day.date, QTime(18, 0, 30), zone);
    c.days.append(day);
    c.speakers.append({u"s1"_s, u"Ana \"Quote\""_s, twoLanguages, LocalizedText(u"en"_s, u"Org"_s),
                       LocalizedText(u"en"_s, awkward), u"photos/ana.jpg"_s});
    Recording r;
    r.id = u"r1"_s;
    r.kind = Recording::Kind::Session;
    r.dayId = u"d1"_s;
    r.language = u"fr"_s;
    r.title = twoLanguages;
    r.duration = 3600500;
    r.audioTrack = 1;
    Source file;
    file.path = u"media/r1.webm"_s;
    file.mimeType = u"video/webm"_s;
    file.height = 720;
    Source page;
    page.kind = Source::Kind::Page;
    page.url = QUrl(u"https://example.org/r1.mp4"_s);
    page.audioOnly = true;
    r.sources = {file, page};
    r.chapters.append({61000, twoLanguages, u"x1"_s});
    SubtitleFile captions{u"en"_s, u"subs/r1.vtt"_s, {}, SubtitleFile::Kind::Captions, true};
    SubtitleFile remote{u"fr"_s, {}, QUrl(u"https://example.org/r1.fr.vtt"_s)};
    r.subtitles = {captions, remote};
    c.recordings.append(r);
    Session s;
    s.id = u"x1"_s;
    s.dayId = u"d1"_s;
    s.title = twoLanguages;
    s.summary = LocalizedText(u"en"_s, awkward);
    s.note = LocalizedText(u"en"_s, u"Room: A"_s);
    s.start = QDateTime(day.date, QTime(9, 30, 15), zone);
    s.duration = 1800000;
    s.kind = u"talk"_s;
    s.language = u"fr"_s;
    s.pillarIds = {u"p1"_s};
    s.speakers = {{u"s1"_s, {}}, {u"s1"_s, LocalizedText(u"en"_s, u"moderator"_s)}};
    s.chapters.append({u"r1"_s, 61000, twoLanguages, u"#abcdef"_s});
    Material slides;
    slides.title = twoLanguages;
    slides.path = u"slides/x1.pdf"_s;
    slides.language = u"en"_s;
    slides.size = 9007199254740993ll; // beyond a double's integers: written as QJsonValue would
    slides.sha256 = QByteArray(64, 'a');
    slides.kind = u"slides"_s;
    Material link;
    link.url = QUrl(u"https://example.org/x1"_s);
    link.size = 0;
    s.materials = {slides, link};
    c.sessions.append(s);
    Session night = s;
    night.id = u"x2"_s;
    night.start = QDateTime(day.date.addDays(1), QTime(1, 0), zone); // after midnight
    night.materials.clear();
    night.chapters.clear();
    night.speakers.clear();
    c.sessions.append(night);
    c.buildIndex();

    const QByteArray written = CatalogWriter::toData(c);
    QCOMPARE(QJsonDocument::fromJson(written).toJson(QJsonDocument::Indented), written);
    QCOMPARE(QJsonDocument(CatalogWriter::toJson(c)).toJson(QJsonDocument::Indented), written);
    for (const char *part : {"\"virtual\": true", "\"audioOnly\": true", "\"height\": 720",
                             "\"kind\": \"page\"", "\"machine\": true", "\"kind\": \"captions\"",
                             "\"audioTrack\": 1", "\"size\": 9007199254740992",
                             "\"start\": \"09:30:15\"", "\"start\": \"2024-05-07T01:00\"",
                             "\"end\": \"2024-05-06T18:00:30\"", "\"fr\": \"Titre\""})
        QVERIFY2(written.contains(part), part);
}

void TestCatalogWriter::writeFile()
{
    const CatalogLoadResult loaded = CatalogReader::readPath(importFixture(u"base-catalog.json"_s));
    QVERIFY(loaded.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    QString error;
    QVERIFY2(CatalogWriter::writeFile(*loaded.catalog, path, &error), qPrintable(error));
    QVERIFY(CatalogReader::readPath(path).ok());
    QVERIFY(
        !CatalogWriter::writeFile(*loaded.catalog, dir.filePath(u"missing/out.json"_s), &error));
    QVERIFY(!error.isEmpty());

    // writeData writes the given bytes as they are, atomically like writeFile.
    const QByteArray data = CatalogWriter::toData(*loaded.catalog);
    const QString dataPath = dir.filePath(u"data.json"_s);
    error.clear();
    QVERIFY2(CatalogWriter::writeData(data, dataPath, &error), qPrintable(error));
    QCOMPARE(readAll(dataPath), data);
    QCOMPARE(readAll(dataPath), readAll(path));
    QVERIFY(!CatalogWriter::writeData(data, dir.filePath(u"missing/data.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
