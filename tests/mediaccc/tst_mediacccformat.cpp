#include "catalogreader.h"
#include "catalogwriter.h"
#include "mediacccapi.h"
#include "mediaccccatalogbuilder.h"
#include "mediacccfixture.h"
#include "mediaccclanguage.h"
#include "mediacccreader.h"
#include "mediaccctags.h"
#include "mediaquality.h"
#include "scheduleimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
MediaCccEventAnswer fixtureEvent(int n)
{
    const auto read = MediaCccReader::readEvent(
        MediaCccFixture::served(u"events/"_s + MediaCccFixture::guid(n) + u".json"_s),
        QString::number(n));
    return read.value.value_or(MediaCccEventAnswer());
}

MediaCccConferenceAnswer fixtureConference()
{
    return MediaCccReader::readConference(MediaCccFixture::served(u"conference-tcc24.json"_s),
                                          u"tcc24"_s)
        .value.value_or(MediaCccConferenceAnswer());
}

Catalog fixtureSchedule()
{
    const QByteArray data = MediaCccFixture::served(u"schedule-tcc24.xml"_s);
    ImportResult imported = ScheduleImport::importSchedule(data, ImportFormat::Frab);
    return imported.catalog.value_or(Catalog());
}

// Builds the whole fixture conference with every event's recordings.
Catalog buildFixture(const Catalog *schedule, const MediaQuality &quality = {})
{
    MediaCccBuildOptions options;
    options.quality = quality;
    const MediaCccCatalogBuilder builder(fixtureConference(), schedule, options);
    QHash<QString, MediaCccEventMedia> media;
    for (int i = 0; i < builder.events().size(); ++i) {
        const int n = builder.events().at(i).guid.right(2).toInt();
        media.insert(builder.sessionId(i), builder.convert(i, fixtureEvent(n).recordings));
    }
    return builder.build(media);
}

// The catalog as the app would open it from its JSON.
CatalogLoadResult reopen(const Catalog &catalog)
{
    CatalogReadOptions options;
    options.remote = true;
    return CatalogReader::readData(CatalogWriter::toData(catalog), options);
}

MediaCccRecording row(const QString &mime, const QString &language, const QString &url,
                      int height = 0)
{
    MediaCccRecording r;
    r.mimeType = mime;
    r.language = language;
    r.recordingUrl = url;
    r.height = height;
    r.folder = mime.startsWith(u"video"_s) ? u"webm-hd"_s : u"mp3"_s;
    r.filename = QUrl(url).fileName();
    return r;
}
} // namespace

class TestMediaCccFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data();
    void addresses();
    void apiUrls();
    void languages_data();
    void languages();
    void audioTracks();
    void readerReadsFixture();
    void readerRefuses_data();
    void readerRefuses();
    void readerWarnsAboutFields();
    void qualityOrder_data();
    void qualityOrder();
    void twoLanguageFile();
    void threeLanguageFile();
    void separateLanguageFiles();
    void subtitlesSlidesAndStreams();
    void badRowsAreNamed();
    void withSchedule();
    void withoutSchedule();
    void tagsRule();
    void deterministic();
    void conferenceWithoutEvents();
};

void TestMediaCccFormat::addresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("apiBase");
    const int conference = int(MediaCccTarget::Kind::Conference);
    const int event = int(MediaCccTarget::Kind::Event);
    const int none = int(MediaCccTarget::Kind::None);
    QTest::newRow("conference page")
        << u"https://media.ccc.de/c/38c3"_s << conference << u"38c3"_s << QString();
    QTest::newRow("conference page with tag")
        << u"https://media.ccc.de/c/38c3/Security"_s << conference << u"38c3"_s << QString();
    QTest::newRow("talk page") << u"https://media.ccc.de/v/38c3-1234-a-talk#t=12"_s << event
                               << u"38c3-1234-a-talk"_s << QString();
    QTest::newRow("api conference")
        << u"https://api.media.ccc.de/public/conferences/38c3"_s << conference << u"38c3"_s
        << u"https://api.media.ccc.de/public/"_s;
    QTest::newRow("api event")
        << u"https://api.media.ccc.de/public/events/a0c0ffee-0000-4000-8000-000000000001"_s << event
        << u"a0c0ffee-0000-4000-8000-000000000001"_s << u"https://api.media.ccc.de/public/"_s;
    QTest::newRow("another instance")
        << u"http://127.0.0.1:8080/media/public/conferences/gpn22.json"_s << conference
        << u"gpn22"_s << u"http://127.0.0.1:8080/media/public/"_s;
    QTest::newRow("acronym") << u" gpn22 "_s << conference << u"gpn22"_s << QString();
    QTest::newRow("without scheme")
        << u"media.ccc.de/c/ds24"_s << conference << u"ds24"_s << QString();
    QTest::newRow("browse page") << u"https://media.ccc.de/b/congress"_s << none << QString()
                                 << QString();
    QTest::newRow("ftp") << u"ftp://media.ccc.de/c/38c3"_s << none << QString() << QString();
    QTest::newRow("other site") << u"https://example.org/c/38c3"_s << none << QString()
                                << QString();
    QTest::newRow("two words") << u"two words"_s << none << QString() << QString();
    QTest::newRow("path climbing")
        << u"https://media.ccc.de/c/.."_s << none << QString() << QString();
}

void TestMediaCccFormat::addresses()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, apiBase);
    const MediaCccTarget target = MediaCccApi::parseInput(input);
    QCOMPARE(int(target.kind), kind);
    QCOMPARE(target.id, id);
    QCOMPARE(target.apiBase.toString(), apiBase);
}

void TestMediaCccFormat::apiUrls()
{
    const MediaCccApi api;
    QCOMPARE(api.conferencesUrl().toString(), u"https://api.media.ccc.de/public/conferences"_s);
    QCOMPARE(api.conferenceUrl(u"38c3"_s).toString(),
             u"https://api.media.ccc.de/public/conferences/38c3"_s);
    const MediaCccApi local(QUrl(u"http://127.0.0.1:1234/public"_s));
    QCOMPARE(local.eventUrl(u"abc-1"_s).toString(), u"http://127.0.0.1:1234/public/events/abc-1"_s);
    // Below a configured base any path shape is an API address.
    const MediaCccTarget target = MediaCccApi::parseAddress(
        QUrl(u"http://127.0.0.1:1234/voc/conferences/x1"_s), QUrl(u"http://127.0.0.1:1234/voc/"_s));
    QCOMPARE(target.kind, MediaCccTarget::Kind::Conference);
    QCOMPARE(target.id, u"x1"_s);
}

void TestMediaCccFormat::languages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("deu") << u"deu"_s << u"de"_s;
    QTest::newRow("ger (bibliographic)") << u"ger"_s << u"de"_s;
    QTest::newRow("eng") << u"eng"_s << u"en"_s;
    QTest::newRow("fra") << u"fra"_s << u"fr"_s;
    QTest::newRow("fre") << u"fre"_s << u"fr"_s;
    QTest::newRow("spa") << u"spa"_s << u"es"_s;
    QTest::newRow("ita") << u"ita"_s << u"it"_s;
    QTest::newRow("por") << u"por"_s << u"pt"_s;
    QTest::newRow("rus") << u"rus"_s << u"ru"_s;
    QTest::newRow("jpn") << u"jpn"_s << u"ja"_s;
    QTest::newRow("chi") << u"chi"_s << u"zh"_s;
    QTest::newRow("ara") << u"ara"_s << u"ar"_s;
    QTest::newRow("pol") << u"pol"_s << u"pl"_s;
    QTest::newRow("nld") << u"nld"_s << u"nl"_s;
    QTest::newRow("gsw") << u"gsw"_s << u"de-CH"_s;
    QTest::newRow("sgn") << u"sgn"_s << u"sgn"_s;
    QTest::newRow("swg") << u"swg"_s << u"swg"_s;
    QTest::newRow("upper case") << u"ENG"_s << u"en"_s;
    QTest::newRow("639-1 given") << u"fr"_s << u"fr"_s;
    QTest::newRow("orig") << u"orig"_s << QString();
    QTest::newRow("und") << u"und"_s << QString();
    QTest::newRow("unknown") << u"xyz"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("word") << u"english"_s << QString();
    QTest::newRow("digits") << u"e1g"_s << QString();
}

void TestMediaCccFormat::languages()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(MediaCccLanguage::toCatalogCode(code).value_or(QString()), expected);
}

void TestMediaCccFormat::audioTracks()
{
    QCOMPARE(MediaCccLanguage::audioTracks(u"deu-eng"_s).value(), (QStringList{u"de"_s, u"en"_s}));
    QCOMPARE(MediaCccLanguage::audioTracks(u"deu-eng-fra"_s).value(),
             (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
    QCOMPARE(MediaCccLanguage::audioTracks(u"gsw-eng"_s).value(),
             (QStringList{u"de-CH"_s, u"en"_s}));
    QVERIFY(MediaCccLanguage::audioTracks(QString()).value().isEmpty());
    QVERIFY(!MediaCccLanguage::audioTracks(u"deu-orig"_s));
    QVERIFY(!MediaCccLanguage::audioTracks(u"deu-"_s));
}

void TestMediaCccFormat::readerReadsFixture()
{
    const auto list =
        MediaCccReader::readConferenceList(MediaCccFixture::served(u"conferences.json"_s));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.value->size(), 4);
    QVERIFY2(list.warnings.isEmpty(), qPrintable(list.warnings.join(u'\n')));

    const auto read = MediaCccReader::readConference(
        MediaCccFixture::served(u"conference-tcc24.json"_s), u"tcc24"_s);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
    const MediaCccConferenceAnswer &answer = *read.value;
    QCOMPARE(answer.conference.acronym, u"tcc24"_s);
    QCOMPARE(answer.conference.title, u"Test Chaos Congress 2024 – Ümlaut Édition"_s);
    QCOMPARE(answer.conference.slug, u"congress/2024"_s);
    QCOMPARE(answer.events.size(), MediaCccFixture::events);
    const MediaCccEvent &first = answer.events.constFirst();
    QCOMPARE(first.guid, MediaCccFixture::guid(1));
    QCOMPARE(first.persons, QStringList{u"Anna Müller"_s});
    QCOMPARE(first.duration, 2400);
    QCOMPARE(first.date, QDateTime::fromString(u"2024-12-27T11:00:00+01:00"_s, Qt::ISODate));
    QCOMPARE(first.date.offsetFromUtc(), 3600);

    const MediaCccEventAnswer event = fixtureEvent(21);
    QCOMPARE(event.recordings.size(), 4 + 3 * 2);
    QCOMPARE(event.recordings.constFirst().language, u"deu-eng-fra"_s);
    QCOMPARE(event.recordings.constFirst().height, 1080);
}

void TestMediaCccFormat::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray conference = MediaCccFixture::served(u"conference-tcc24.json"_s);
    QTest::newRow("empty") << QByteArray("  \n")
                           << u"The answer for conference 'tcc24' is empty."_s;
    QTest::newRow("truncated") << conference.left(conference.size() / 2)
                               << u"The answer for conference 'tcc24' is not valid JSON"_s;
    QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>")
                          << u"The answer for conference 'tcc24' is not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << u"The answer for conference 'tcc24' is not a JSON object."_s;
    QTest::newRow("no events") << QByteArray(R"({"acronym": "tcc24", "events": null})")
                               << u"The answer for conference 'tcc24' has no \"events\" list."_s;
}

void TestMediaCccFormat::readerRefuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto read = MediaCccReader::readConference(data, u"tcc24"_s);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.startsWith(message), qPrintable(read.error));

    const auto event = MediaCccReader::readEvent(data, u"Breaking Smart Meters"_s);
    QVERIFY(!event.ok());
    QVERIFY2(event.error.contains(u"event 'Breaking Smart Meters'"_s), qPrintable(event.error));

    const QByteArray big(MediaCccReader::maxEventSize + 1, ' ');
    const auto tooBig = MediaCccReader::readEvent(big, u"Big"_s);
    QVERIFY(tooBig.error.contains(u"larger than the limit"_s));
}

void TestMediaCccFormat::readerWarnsAboutFields()
{
    const QByteArray data = R"({"acronym": "x", "events": [
        {"guid": "g1", "title": 5, "persons": "Ada", "duration": -3, "date": "yesterday"},
        {"title": "No id"},
        {"guid": "G1", "title": "Repeated"},
        "text",
        {"slug": "only-slug", "title": "Slug only", "link": "ftp://example.org/x"}]})";
    const auto read = MediaCccReader::readConference(data, u"x"_s);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->events.size(), 2);
    QCOMPARE(read.value->events.at(1).key(), u"only-slug"_s);
    const QString warnings = read.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"events[0].title: expected a string"_s), qPrintable(warnings));
    QVERIFY(warnings.contains(u"events[0].persons: expected a list of strings"_s));
    QVERIFY(warnings.contains(u"events[0].duration: expected a number"_s));
    QVERIFY(warnings.contains(u"events[0].date: 'yesterday' is not a date and time"_s));
    QVERIFY(warnings.contains(u"events[1]: event 'No id' has neither guid nor slug"_s));
    QVERIFY(warnings.contains(u"events[2]: event 'Repeated' repeats the guid G1"_s));
    QVERIFY(warnings.contains(u"events[3]: not an object"_s));
    QVERIFY(warnings.contains(u"events[4].link: 'ftp://example.org/x' is not an http"_s));
}

void TestMediaCccFormat::qualityOrder_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("hd-webm") << u"hd-webm"_s
                             << QStringList{u"webm1080"_s, u"mp41080"_s, u"webm576"_s,
                                            u"mp4576"_s,   u"opus"_s,    u"mp3"_s};
    QTest::newRow("hd-mp4") << u"hd-mp4"_s << QStringList{u"mp41080"_s, u"webm1080"_s, u"mp4576"_s,
                                                          u"webm576"_s, u"mp3"_s,      u"opus"_s};
    QTest::newRow("sd-webm") << u"sd-webm"_s
                             << QStringList{u"webm576"_s, u"mp4576"_s, u"webm1080"_s,
                                            u"mp41080"_s, u"opus"_s,   u"mp3"_s};
    QTest::newRow("sd-mp4") << u"sd-mp4"_s << QStringList{u"mp4576"_s,   u"webm576"_s, u"mp41080"_s,
                                                          u"webm1080"_s, u"mp3"_s,     u"opus"_s};
}

void TestMediaCccFormat::qualityOrder()
{
    QFETCH(QString, quality);
    QFETCH(QStringList, order);
    bool ok = false;
    const MediaQuality setting = MediaQuality::fromString(quality, &ok);
    QVERIFY(ok);
    QCOMPARE(setting.toString(), quality);
    const auto source = [](const QString &name, const QString &mime, int height) {
        Source s;
        s.url = QUrl(u"https://cdn.example.org/"_s + name);
        s.mimeType = mime;
        s.height = height;
        s.audioOnly = mime.startsWith(u"audio"_s);
        return s;
    };
    QList<Source> sources = {
        source(u"mp3"_s, u"audio/mpeg"_s, 0),     source(u"webm576"_s, u"video/webm"_s, 576),
        source(u"opus"_s, u"audio/opus"_s, 0),    source(u"mp41080"_s, u"video/mp4"_s, 1080),
        source(u"mp4576"_s, u"video/mp4"_s, 576), source(u"webm1080"_s, u"video/webm"_s, 1080)};
    setting.order(sources);
    QStringList names;
    for (const Source &s : std::as_const(sources))
        names.append(s.url.fileName());
    QCOMPARE(names, order);
    QVERIFY(!MediaQuality::fromString(u"uhd-webm"_s, &ok).toString().isEmpty());
    QVERIFY(!ok);
}

void TestMediaCccFormat::twoLanguageFile()
{
    const MediaCccEventAnswer answer = fixtureEvent(1);
    const MediaCccEventMedia media = MediaCccRecordings::convert(
        answer.event, answer.recordings, answer.event.guid, MediaQuality(), u"en"_s);
    QVERIFY2(media.warnings.isEmpty(), qPrintable(media.warnings.join(u'\n')));
    QCOMPARE(media.recordings.size(), 2);
    const Recording &german = media.recordings.at(0);
    const Recording &english = media.recordings.at(1);
    QCOMPARE(german.id, MediaCccFixture::guid(1) + u"-de"_s);
    QCOMPARE(german.language, u"de"_s);
    QCOMPARE(german.audioTrack, 0);
    QCOMPARE(english.id, MediaCccFixture::guid(1) + u"-en"_s);
    QCOMPARE(english.language, u"en"_s);
    QCOMPARE(english.audioTrack, 1);
    QCOMPARE(english.kind, Recording::Kind::Session);
    QCOMPARE(english.duration.value_or(0), 2400 * 1000);
    // The same video files serve both languages; sound-only files are per language.
    QCOMPARE(german.sources.size(), 6);
    QCOMPARE(english.sources.size(), 6);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(german.sources.at(i).url, english.sources.at(i).url);
    QCOMPARE(english.sources.at(0).mimeType, u"video/webm"_s);
    QCOMPARE(english.sources.at(0).height, 1080);
    QVERIFY(english.sources.at(4).audioOnly);
    QVERIFY(english.sources.at(5).audioOnly);
    QVERIFY(english.sources.at(4).url.fileName().contains(u"-eng-"_s));
    QVERIFY(!english.sources.at(3).audioOnly);
    QCOMPARE(english.sources.at(0).kind, Source::Kind::Media);

    // English first, German interpretation on the second track.
    const MediaCccEventAnswer reverse = fixtureEvent(19);
    const MediaCccEventMedia reversed = MediaCccRecordings::convert(
        reverse.event, reverse.recordings, reverse.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(reversed.recordings.at(0).language, u"en"_s);
    QCOMPARE(reversed.recordings.at(0).audioTrack, 0);
    QCOMPARE(reversed.recordings.at(1).language, u"de"_s);
    QCOMPARE(reversed.recordings.at(1).audioTrack, 1);
}

void TestMediaCccFormat::threeLanguageFile()
{
    const MediaCccEventAnswer answer = fixtureEvent(21);
    const MediaCccEventMedia media = MediaCccRecordings::convert(
        answer.event, answer.recordings, answer.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(media.recordings.size(), 3);
    QStringList languages;
    QList<int> tracks;
    for (const Recording &r : media.recordings) {
        languages.append(r.language);
        tracks.append(r.audioTrack);
    }
    QCOMPARE(languages, (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
    QCOMPARE(tracks, (QList<int>{0, 1, 2}));
    QCOMPARE(media.recordings.at(2).sources.size(), 4 + 2);
}

void TestMediaCccFormat::separateLanguageFiles()
{
    const MediaCccEventAnswer answer = fixtureEvent(22);
    const MediaCccEventMedia media = MediaCccRecordings::convert(
        answer.event, answer.recordings, answer.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(media.recordings.size(), 2);
    QCOMPARE(media.recordings.at(0).language, u"en"_s);
    QCOMPARE(media.recordings.at(1).language, u"fr"_s);
    // Files with one audio track need no track number.
    QCOMPARE(media.recordings.at(0).audioTrack, -1);
    QCOMPARE(media.recordings.at(1).audioTrack, -1);
    QVERIFY(media.recordings.at(1).sources.constFirst().url.fileName().contains(u"-fra-"_s));
}

void TestMediaCccFormat::subtitlesSlidesAndStreams()
{
    const MediaCccEventAnswer subtitled = fixtureEvent(23);
    const MediaCccEventMedia subs = MediaCccRecordings::convert(
        subtitled.event, subtitled.recordings, subtitled.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(subs.recordings.size(), 1);
    const QList<SubtitleFile> &files = subs.recordings.constFirst().subtitles;
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).language, u"en"_s);
    QCOMPARE(files.at(1).language, u"de"_s);
    QCOMPARE(files.at(2).language, u"fr"_s);
    QVERIFY(files.at(2).url.path().endsWith(u".srt"_s));

    const MediaCccEventAnswer slides = fixtureEvent(24);
    const MediaCccEventMedia withSlides = MediaCccRecordings::convert(
        slides.event, slides.recordings, slides.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(withSlides.recordings.size(), 1);
    QCOMPARE(withSlides.recordings.constFirst().sources.size(), 4 + 2);
    QCOMPARE(withSlides.materials.size(), 2);
    QCOMPARE(withSlides.materials.at(0).kind, u"slides"_s);
    QCOMPARE(withSlides.materials.at(0).language, u"en"_s);
    QVERIFY(withSlides.materials.at(0).url.path().endsWith(u".pdf"_s));
    QCOMPARE(withSlides.materials.at(1).title.text(u"en"_s, u"en"_s), u"Slides (video)"_s);

    const MediaCccEventAnswer streamed = fixtureEvent(29);
    const MediaCccEventMedia streams = MediaCccRecordings::convert(
        streamed.event, streamed.recordings, streamed.event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(streams.streams, 2);
    QVERIFY(streams.warnings.isEmpty());
    const QList<Source> &sources = streams.recordings.constFirst().sources;
    QCOMPARE(sources.size(), 4 + 1 + 2);
    // AV1 comes after every other video of its size.
    QCOMPARE(sources.at(2).mimeType, u"video/webm;codecs=av01"_s);
}

void TestMediaCccFormat::badRowsAreNamed()
{
    MediaCccEvent event;
    event.guid = u"g-1"_s;
    event.title = u"Broken Talk"_s;
    event.originalLanguage = u"eng"_s;
    const QList<MediaCccRecording> rows = {
        row(u"video/webm"_s, u"eng"_s, u"https://cdn.example.org/good.webm"_s, 1080),
        row(u"video/x-flv"_s, u"eng"_s, u"https://cdn.example.org/old.flv"_s),
        row(u"video/mp4"_s, u"eng"_s, u"ftp://cdn.example.org/talk.mp4"_s),
        row(u"video/mp4"_s, u"javascript:alert(1)"_s, u"https://cdn.example.org/js.mp4"_s),
        row(u"audio/mpeg"_s, u"orig"_s, u"https://cdn.example.org/orig.mp3"_s),
        row(u"text/vtt"_s, u"deu-eng"_s, u"https://cdn.example.org/two.vtt"_s),
        row(u"video/webm"_s, u"eng-deu"_s, u"https://cdn.example.org/other-order.webm"_s, 576),
        row(u"video/webm"_s, u"deu-eng"_s, u"https://cdn.example.org/best-order.webm"_s, 1080),
    };
    const MediaCccEventMedia media =
        MediaCccRecordings::convert(event, rows, event.guid, MediaQuality(), u"en"_s);
    const QString warnings = media.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"Event 'Broken Talk': file 'old.flv' is of the unknown type "
                               "'video/x-flv'"_s),
             qPrintable(warnings));
    QVERIFY(warnings.contains(u"file 'talk.mp4' has no http or https address "
                              "('ftp://cdn.example.org/talk.mp4')"_s));
    QVERIFY(warnings.contains(u"file 'js.mp4' has the unknown language code"_s));
    QVERIFY(warnings.contains(u"file 'orig.mp3' has the unknown language code 'orig'"_s));
    QVERIFY(warnings.contains(u"subtitles 'two.vtt' need one language"_s));
    // Files that disagree on the track of a language: the best one decides.
    QVERIFY(warnings.contains(u"file 'other-order.webm' carries en on audio track 1"_s));
    QCOMPARE(media.recordings.size(), 2);
    const Recording &english = media.recordings.at(0);
    QCOMPARE(english.language, u"en"_s);
    QCOMPARE(english.audioTrack, 1);
    QCOMPARE(english.sources.size(), 2); // good.webm (one track) and best-order.webm
}

void TestMediaCccFormat::withSchedule()
{
    const Catalog schedule = fixtureSchedule();
    QCOMPARE(schedule.sessions.size(), 30); // 29 of the events and one of its own
    const Catalog catalog = buildFixture(&schedule);
    const CatalogLoadResult loaded = reopen(catalog);
    QVERIFY2(loaded.ok(),
             qPrintable(loaded.problems.isEmpty() ? QString()
                                                  : loaded.problems.constFirst().toString()));
    QVERIFY(loaded.warnings().isEmpty());
    const Catalog &c = *loaded.catalog;
    QCOMPARE(c.sessions.size(), MediaCccFixture::events);
    QCOMPARE(c.recordings.size(), MediaCccFixture::recordings);
    QCOMPARE(c.event.id, u"tcc24"_s);
    QCOMPARE(c.event.language, u"en"_s); // 16 of the 30 talks are held in English
    QCOMPARE(c.event.languages, (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
    QCOMPARE(c.event.timeZone.id(), QByteArray("Europe/Berlin"));
    QCOMPARE(c.event.startDate, QDate(2024, 12, 27));
    QCOMPARE(c.event.endDate, QDate(2024, 12, 29));
    QCOMPARE(c.days.size(), 3);
    QVERIFY(!c.session(u"a0c0ffee-0000-4000-8000-000000000031"_s)); // only in the schedule

    // Joined by guid: the schedule's day, room and track.
    const Session *first = c.session(MediaCccFixture::guid(1));
    QVERIFY(first);
    QCOMPARE(first->dayId, u"day-1"_s);
    QCOMPARE(first->start, QDateTime(QDate(2024, 12, 27), QTime(11, 0), c.event.timeZone));
    QCOMPARE(c.text(first->note, u"en"_s), u"Room: Saal 1"_s);
    QCOMPARE(first->pillarIds, QStringList{u"security"_s});
    QCOMPARE(first->kind, u"Talk"_s);
    QCOMPARE(first->chapters.size(), 2);
    QCOMPARE(first->chapters.at(0).recordingId, MediaCccFixture::guid(1) + u"-de"_s);
    QCOMPARE(first->chapters.at(0).at, 0);
    QCOMPARE(first->materials.size(), 2);
    QCOMPARE(first->materials.at(0).url.host(), u"media.ccc.de"_s);
    QCOMPARE(c.text(first->title, u"de"_s), u"Sicherheit von Türschlössern"_s);
    QVERIFY(c.text(first->summary, u"de"_s).startsWith(u"Untertitel 1\n\nBeschreibung"_s));

    // After midnight: still the first day of the schedule.
    const Session *night = c.session(MediaCccFixture::guid(29));
    QCOMPARE(night->dayId, u"day-1"_s);
    QCOMPARE(night->start, QDateTime(QDate(2024, 12, 28), QTime(0, 30), c.event.timeZone));

    // Not in the schedule: its own date, its tags.
    const Session *lightning = c.session(MediaCccFixture::guid(30));
    QCOMPARE(lightning->dayId, u"day-3"_s);
    QCOMPARE(c.text(lightning->note, u"en"_s), u"Room: Stage HUFF"_s);
    QCOMPARE(lightning->pillarIds, QStringList{u"lightning-talks"_s});

    // Without recordings, still listed.
    for (const int n : {25, 26, 27}) {
        const Session *unreleased = c.session(MediaCccFixture::guid(n));
        QVERIFY(unreleased);
        QVERIFY(unreleased->chapters.isEmpty());
    }
    QCOMPARE(c.session(MediaCccFixture::guid(27))->speakers.size(), 0);

    // Unicode survives.
    const Session *unicode = c.session(MediaCccFixture::guid(28));
    QCOMPARE(c.text(unicode->title, u"de"_s), u"Über Ölfässer – 日本語のトーク 🚀"_s);
    QCOMPARE(c.speaker(unicode->speakers.at(1).speakerId)->name, u"山田 太郎"_s);
    // One person, one speaker.
    int anna = 0;
    for (const Speaker &s : c.speakers)
        anna += s.name == u"Anna Müller" ? 1 : 0;
    QCOMPARE(anna, 1);
    QCOMPARE(c.pillars.size(), 5);
}

void TestMediaCccFormat::withoutSchedule()
{
    const Catalog catalog = buildFixture(nullptr);
    const CatalogLoadResult loaded = reopen(catalog);
    QVERIFY2(loaded.ok(),
             qPrintable(loaded.problems.isEmpty() ? QString()
                                                  : loaded.problems.constFirst().toString()));
    const Catalog &c = *loaded.catalog;
    QCOMPARE(c.sessions.size(), MediaCccFixture::events);
    QCOMPARE(c.recordings.size(), MediaCccFixture::recordings);
    QCOMPARE(c.event.timeZone.offsetFromUtc(QDateTime::currentDateTimeUtc()), 3600);
    QCOMPARE(c.days.size(), 3);
    // Days from each event's date in its own offset: the talk after midnight
    // is on the next calendar day.
    const Session *night = c.session(MediaCccFixture::guid(29));
    QCOMPARE(c.day(night->dayId)->date, QDate(2024, 12, 28));
    QCOMPARE(night->start.time(), QTime(0, 30));
    const Session *first = c.session(MediaCccFixture::guid(1));
    QCOMPARE(first->pillarIds, QStringList{u"security"_s});
    QCOMPARE(c.text(first->note, u"en"_s), u"Room: Saal 1"_s);
    QStringList pillars;
    for (const Pillar &p : c.pillars)
        pillars.append(c.text(p.title, u"en"_s));
    QCOMPARE(pillars,
             (QStringList{u"Security"_s, u"Ethics, Society & Politics"_s, u"Hardware & Making"_s,
                          u"Art & Culture"_s, u"Lightning Talks"_s}));
}

void TestMediaCccFormat::tagsRule()
{
    const QStringList words = {u"38c3"_s, u"congress"_s, u"2024"_s};
    const QSet<QString> everywhere = {u"ccc"_s};
    QString room;
    const QStringList tracks =
        MediaCccTags::tracks({u"38C3"_s, u"2024"_s, u"12345"_s, u"Saal 1"_s, u"CCC"_s,
                              u"Security"_s, u"Hardware & Making"_s, u"security"_s, u" "_s},
                             words, everywhere, &room);
    QCOMPARE(tracks, (QStringList{u"Security"_s, u"Hardware & Making"_s}));
    QCOMPARE(room, u"Saal 1"_s);
}

void TestMediaCccFormat::deterministic()
{
    const Catalog schedule = fixtureSchedule();
    QCOMPARE(CatalogWriter::toData(buildFixture(&schedule)),
             CatalogWriter::toData(buildFixture(&schedule)));
    // The quality setting changes the order of sources, nothing else.
    MediaQuality sdMp4;
    sdMp4.resolution = MediaQuality::Resolution::SD;
    sdMp4.container = MediaQuality::Container::MP4;
    const Catalog sd = buildFixture(&schedule, sdMp4);
    const Recording *english = sd.recording(MediaCccFixture::guid(11) + u"-en"_s);
    QVERIFY(english);
    QCOMPARE(english->sources.constFirst().mimeType, u"video/mp4"_s);
    QCOMPARE(english->sources.constFirst().height, 576);
}

void TestMediaCccFormat::conferenceWithoutEvents()
{
    MediaCccConferenceAnswer empty;
    empty.conference.acronym = u"nothing24"_s;
    const MediaCccCatalogBuilder builder(empty, nullptr, {});
    QVERIFY(!builder.ok());
    QCOMPARE(builder.error(), u"The conference 'nothing24' has no events."_s);
}

QTEST_GUILESS_MAIN(TestMediaCccFormat)
#include "tst_mediacccformat.moc"
