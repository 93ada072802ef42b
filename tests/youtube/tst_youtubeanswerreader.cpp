#include "fakeytdlp.h"
#include "youtubeanswerreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// yt-dlp's answer read into what the player needs, and refused when it is not
// one the player can use.
class TestYouTubeAnswerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheFixture();
    void hlsChosenWhenItsDemuxerIsInstalled();
    void expiry_data();
    void expiry();
    void topLevelStreamWhenThereIsNoList();
    void refusals_data();
    void refusals();
    void chaptersWithoutEndsAndOutOfOrder();
    void cacheFormRoundTripsAndIsValidated();

private:
    std::variant<YouTubeVideo, YouTubeFailure> read(const QByteArray &json,
                                                    const QStringList &plugins = {}) const;
    QJsonObject fixtureObject() const;

    const QUrl m_address{u"https://youtu.be/Gf2022Day1x?t=90"_s};
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QStringList m_plugins;
};

void TestYouTubeAnswerReader::initTestCase()
{
    QVERIFY(!FakeYtDlp::fixture().isEmpty());
    m_plugins = {u"libav"_s, u"isomp4"_s, u"matroska"_s, u"vpx"_s, u"opus"_s, u"vorbis"_s};
}

std::variant<YouTubeVideo, YouTubeFailure>
TestYouTubeAnswerReader::read(const QByteArray &json, const QStringList &plugins) const
{
    const YouTubeFormatChooser chooser(
        GStreamerPlugins::withNames(plugins.isEmpty() ? m_plugins : plugins));
    return YouTubeAnswerReader::read(json, chooser, u"Gf2022Day1x"_s, m_address, m_now);
}

QJsonObject TestYouTubeAnswerReader::fixtureObject() const
{
    return QJsonDocument::fromJson(
               FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s), m_now.addSecs(21600)))
        .object();
}

void TestYouTubeAnswerReader::readsTheFixture()
{
    const QByteArray json =
        FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s), m_now.addSecs(21600));
    const auto answer = read(json);
    if (const auto *failure = std::get_if<YouTubeFailure>(&answer))
        QFAIL(qPrintable(failure->message()));
    const YouTubeVideo video = std::get<YouTubeVideo>(answer);
    QCOMPARE(video.id, u"Gf2022Day1x"_s);
    QCOMPARE(video.title, u"Global Forum on ASGM 2022 - Day 1"_s);
    QCOMPARE(video.uploader, u"planetGOLD"_s);
    QCOMPARE(video.language, u"en"_s);
    QCOMPARE(video.duration, std::optional<Milliseconds>(12000));
    QCOMPARE(video.resolvedAt, m_now);

    QCOMPARE(video.stream.formatId, u"18"_s);
    QCOMPARE(video.stream.height, 360);
    QCOMPARE(video.stream.ext, u"mp4"_s);
    QCOMPARE(video.stream.protocol, u"https"_s);
    QCOMPARE(video.stream.url.host(), u"rr3.googlevideo.com"_s);
    QVERIFY(video.stream.url.query().contains(u"itag=18"_s));
    QCOMPARE(video.expires, m_now.addSecs(21600));

    const QList<YouTubeChapter> chapters = {
        {0, 4000, u"Opening"_s}, {4000, 8000, u"Session 1"_s}, {8000, 12000, u"Session 2"_s}};
    QCOMPARE(video.chapters, chapters);

    // vtt and srt only; json3 and ttml are not kept.
    QStringList tracks;
    for (const YouTubeSubtitle &s : video.subtitles) {
        tracks << s.language + u'/' + s.ext + u'/' + s.name + (s.automatic ? u"/auto"_s : u""_s);
        QCOMPARE(s.url.host(), u"www.youtube.com"_s);
    }
    QCOMPARE(tracks, QStringList({u"en/vtt/English"_s, u"en/srt/English"_s, u"fr/vtt/French"_s,
                                  u"es/vtt/Spanish (auto-generated)/auto"_s}));
}

void TestYouTubeAnswerReader::hlsChosenWhenItsDemuxerIsInstalled()
{
    const QByteArray json =
        FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s), m_now.addSecs(21600));
    const auto answer = read(json, m_plugins + QStringList{u"hls"_s});
    QVERIFY(std::holds_alternative<YouTubeVideo>(answer));
    const YouTubeVideo video = std::get<YouTubeVideo>(answer);
    QCOMPARE(video.stream.formatId, u"95"_s);
    QCOMPARE(video.stream.height, 720);
    QCOMPARE(video.stream.protocol, u"m3u8_native"_s);
    QVERIFY(video.stream.url.path().endsWith(u"/index.m3u8"_s));
    // HLS manifests carry their expiry in the path.
    QCOMPARE(video.expires, m_now.addSecs(21600));
}

void TestYouTubeAnswerReader::expiry_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("lifetime");
    QTest::newRow("expire=") << u"expire=%1&itag=18"_s << qint64(6 * 3600);
    QTest::newRow("absent") << u"itag=18"_s << YouTubeVideo::defaultLifetimeSeconds;
    QTest::newRow("not a number") << u"expire=soon"_s << YouTubeVideo::defaultLifetimeSeconds;
    QTest::newRow("not a time") << u"expire=12"_s << YouTubeVideo::defaultLifetimeSeconds;
    QTest::newRow("years ahead is not believed")
        << u"expire=99999999999"_s << YouTubeVideo::longestLifetimeSeconds;
}

void TestYouTubeAnswerReader::expiry()
{
    QFETCH(QString, query);
    QFETCH(qint64, lifetime);
    QJsonObject root = fixtureObject();
    root.remove(u"formats"_s);
    const QString url = u"https://rr3.googlevideo.com/videoplayback?"_s
                        + QString(query).replace(
                            u"%1"_s, QString::number(m_now.addSecs(6 * 3600).toSecsSinceEpoch()));
    root.insert(u"url"_s, url);
    const auto answer = read(QJsonDocument(root).toJson());
    QVERIFY(std::holds_alternative<YouTubeVideo>(answer));
    QCOMPARE(std::get<YouTubeVideo>(answer).expires, m_now.addSecs(lifetime));
}

void TestYouTubeAnswerReader::topLevelStreamWhenThereIsNoList()
{
    QJsonObject root = fixtureObject();
    root.remove(u"formats"_s);
    const auto answer = read(QJsonDocument(root).toJson());
    QVERIFY(std::holds_alternative<YouTubeVideo>(answer));
    QCOMPARE(std::get<YouTubeVideo>(answer).stream.formatId, u"18"_s);

    root.insert(u"formats"_s, QJsonArray()); // an empty list says no more
    QVERIFY(std::holds_alternative<YouTubeVideo>(read(QJsonDocument(root).toJson())));
}

void TestYouTubeAnswerReader::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<YouTubeFailure::Kind>("kind");
    QTest::addColumn<QString>("detail");

    using Kind = YouTubeFailure::Kind;
    QJsonObject root = fixtureObject();
    const auto text = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };

    QTest::newRow("empty") << QByteArray("\n") << Kind::Unreadable << u"it is empty"_s;
    QTest::newRow("not JSON") << QByteArray("<html>Sign in</html>") << Kind::Unreadable
                              << u"not JSON"_s;
    QTest::newRow("cut short") << text(root).left(300) << Kind::Unreadable << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << Kind::Unreadable << u"not a JSON object"_s;

    QJsonObject other = root;
    other.insert(u"id"_s, u"aaaaaaaaaaa"_s);
    QTest::newRow("another video") << text(other) << Kind::Unreadable << u"aaaaaaaaaaa"_s;
    QJsonObject noId = root;
    noId.remove(u"id"_s);
    QTest::newRow("no id") << text(noId) << Kind::Unreadable << u"“id”"_s;
    QJsonObject playlist = root;
    playlist.insert(u"_type"_s, u"playlist"_s);
    QTest::newRow("a playlist") << text(playlist) << Kind::Unreadable << u"playlist"_s;
    QJsonObject badFormats = root;
    badFormats.insert(u"formats"_s, u"18"_s);
    QTest::newRow("formats not a list") << text(badFormats) << Kind::Unreadable << u"“formats”"_s;

    QJsonObject merged = root;
    merged.remove(u"formats"_s);
    merged.remove(u"url"_s);
    merged.insert(u"requested_formats"_s, QJsonArray{QJsonObject{{u"format_id"_s, u"137"_s}},
                                                     QJsonObject{{u"format_id"_s, u"140"_s}}});
    QTest::newRow("requested_formats only")
        << text(merged) << Kind::SeparateStreamsOnly << QString();
    QJsonObject nothing = merged;
    nothing.remove(u"requested_formats"_s);
    QTest::newRow("no stream at all")
        << text(nothing) << Kind::Unreadable << u"no stream address"_s;

    QJsonObject separate = root;
    QJsonArray onlySeparate;
    for (const QJsonValue &f : root.value(u"formats"_s).toArray()) {
        const QJsonObject o = f.toObject();
        if (o.value(u"vcodec"_s) == u"none"_s || o.value(u"acodec"_s) == u"none"_s)
            onlySeparate.append(o);
    }
    separate.insert(u"formats"_s, onlySeparate);
    QTest::newRow("no format with both") << text(separate) << Kind::NoPlayableFormat << QString();

    QTest::newRow("stream address not http")
        << FakeYtDlp::fixture(QUrl(u"file:///tmp"_s), m_now.addSecs(600)) << Kind::StreamNotHttp
        << u"file"_s;
    QJsonObject topLevelFtp = root;
    topLevelFtp.remove(u"formats"_s);
    topLevelFtp.insert(u"url"_s, u"ftp://example.org/v.mp4"_s);
    QTest::newRow("top-level stream not http")
        << text(topLevelFtp) << Kind::StreamNotHttp << u"ftp"_s;
}

void TestYouTubeAnswerReader::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(YouTubeFailure::Kind, kind);
    QFETCH(QString, detail);
    const auto answer = read(json);
    QVERIFY(std::holds_alternative<YouTubeFailure>(answer));
    const YouTubeFailure failure = std::get<YouTubeFailure>(answer);
    QCOMPARE(failure.kind, kind);
    QCOMPARE(failure.videoId, u"Gf2022Day1x"_s);
    QCOMPARE(failure.address, m_address);
    QVERIFY2(failure.detail.contains(detail), qPrintable(failure.detail));
    // Every message names the address it is about.
    QVERIFY2(failure.message().contains(m_address.toDisplayString()),
             qPrintable(failure.message()));
}

void TestYouTubeAnswerReader::chaptersWithoutEndsAndOutOfOrder()
{
    QJsonObject root = fixtureObject();
    root.insert(u"chapters"_s,
                QJsonArray{QJsonObject{{u"start_time"_s, 8.5}, {u"title"_s, u" Last "_s}},
                           QJsonObject{{u"start_time"_s, 0}, {u"title"_s, u"First"_s}},
                           QJsonObject{{u"start_time"_s, u"bad"_s}, {u"title"_s, u"Dropped"_s}},
                           QJsonObject{{u"start_time"_s, -3}, {u"title"_s, u"Negative"_s}}});
    const auto answer = read(QJsonDocument(root).toJson());
    QVERIFY(std::holds_alternative<YouTubeVideo>(answer));
    const QList<YouTubeChapter> expected = {{0, 8500, u"First"_s}, {8500, 12000, u"Last"_s}};
    QCOMPARE(std::get<YouTubeVideo>(answer).chapters, expected);

    root.insert(u"chapters"_s, QJsonValue::Null); // videos without chapters
    QVERIFY(std::get<YouTubeVideo>(read(QJsonDocument(root).toJson())).chapters.isEmpty());
}

void TestYouTubeAnswerReader::cacheFormRoundTripsAndIsValidated()
{
    const YouTubeVideo video = std::get<YouTubeVideo>(
        read(FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s), m_now.addSecs(600))));
    const std::optional<YouTubeVideo> back = YouTubeVideo::fromJson(video.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), video.toJson());
    QCOMPARE(back->stream.url, video.stream.url);
    QCOMPARE(back->expires, video.expires);
    QCOMPARE(back->chapters, video.chapters);
    QCOMPARE(back->subtitles, video.subtitles);
    QVERIFY(back->isFreshAt(m_now, 60));
    QVERIFY(!back->isFreshAt(m_now.addSecs(560), 60));

    QJsonObject local = video.toJson();
    QJsonObject stream = local.value(u"stream"_s).toObject();
    stream.insert(u"url"_s, u"file:///etc/passwd"_s);
    local.insert(u"stream"_s, stream);
    QVERIFY(!YouTubeVideo::fromJson(local));
    QJsonObject badId = video.toJson();
    badId.insert(u"id"_s, u"../../x"_s);
    QVERIFY(!YouTubeVideo::fromJson(badId));
    QJsonObject hugeDuration = video.toJson();
    hugeDuration.insert(u"duration_ms"_s, 1e300);
    QVERIFY(!YouTubeVideo::fromJson(hugeDuration));
    QJsonObject noExpiry = video.toJson();
    noExpiry.remove(u"expires"_s);
    QVERIFY(!YouTubeVideo::fromJson(noExpiry));
    QVERIFY(!YouTubeVideo::fromJson(QJsonObject()));
}

QTEST_GUILESS_MAIN(TestYouTubeAnswerReader)
#include "tst_youtubeanswerreader.moc"
