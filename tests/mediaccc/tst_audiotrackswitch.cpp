#include "httptestserver.h"
#include "mediacccrecordings.h"

#include <QLocale>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// A file of media.ccc.de's "deu-eng" shape (tests/fixtures/mediaccc/media,
// made by make-two-tracks.sh): the player switches the active audio track of
// the same file, and each track says its language.
class TestAudioTrackSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesTrackOfOneFile();
    void catalogRecordingNamesItsTrack();

private:
    static QString media()
    {
        return QStringLiteral(FA_FIXTURES_DIR "/mediaccc/media/two-tracks.webm");
    }
    static QLocale::Language trackLanguage(const QMediaPlayer &player, int track)
    {
        return player.audioTracks()
            .value(track)
            .value(QMediaMetaData::Language)
            .value<QLocale::Language>();
    }
    static QString trackTitle(const QMediaPlayer &player, int track)
    {
        return player.audioTracks().value(track).value(QMediaMetaData::Title).toString();
    }
    // The active track's metadata: its title tag always; its language tag
    // where Qt reads it. Qt 6.4's GStreamer backend maps the language code
    // GStreamer reports (ISO 639-1, "de") as ISO 639-2 only and gets
    // AnyLanguage; later versions read both.
    static void checkActiveTrack(const QMediaPlayer &player, const QString &title,
                                 QLocale::Language language)
    {
        QCOMPARE(trackTitle(player, player.activeAudioTrack()), title);
        QVERIFY(player.audioTracks()
                    .value(player.activeAudioTrack())
                    .keys()
                    .contains(QMediaMetaData::Language));
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        QEXPECT_FAIL("", "Qt 6.4 GStreamer: language tags read as ISO 639-2 only", Continue);
#endif
        QCOMPARE(trackLanguage(player, player.activeAudioTrack()), language);
    }
    static bool waitLoaded(QMediaPlayer &player)
    {
        return QTest::qWaitFor(
                   [&] {
                       return player.mediaStatus() == QMediaPlayer::LoadedMedia
                              || player.mediaStatus() == QMediaPlayer::BufferedMedia
                              || player.mediaStatus() == QMediaPlayer::InvalidMedia;
                   },
                   15000)
               && player.mediaStatus() != QMediaPlayer::InvalidMedia;
    }
};

void TestAudioTrackSwitch::initTestCase()
{
    if (QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty()) {
        const char *why = "No multimedia backend (Qt Multimedia decodes no format): install "
                          "gstreamer1.0-plugins-base and -good.";
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(why);
        QSKIP(why);
    }
}

void TestAudioTrackSwitch::switchesTrackOfOneFile()
{
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    player.setSource(QUrl::fromLocalFile(media()));
    QVERIFY(waitLoaded(player));
    QTRY_COMPARE_WITH_TIMEOUT(player.audioTracks().size(), 2, 5000);
    QCOMPARE(trackTitle(player, 0), u"Deutsch"_s);
    QCOMPARE(trackTitle(player, 1), u"English"_s);
    QCOMPARE(player.activeAudioTrack(), 0);
    checkActiveTrack(player, u"Deutsch"_s, QLocale::German);

    player.setActiveAudioTrack(1);
    QTRY_COMPARE_WITH_TIMEOUT(player.activeAudioTrack(), 1, 5000);
    checkActiveTrack(player, u"English"_s, QLocale::English);
    // The same file plays on; only the sound changed.
    QCOMPARE(player.source(), QUrl::fromLocalFile(media()));

    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0, 10000);
    QCOMPARE(player.activeAudioTrack(), 1);
    player.setActiveAudioTrack(0);
    QTRY_COMPARE_WITH_TIMEOUT(player.activeAudioTrack(), 0, 5000);
    checkActiveTrack(player, u"Deutsch"_s, QLocale::German);
    QCOMPARE(player.audioTracks().size(), 2);
    QVERIFY(player.error() == QMediaPlayer::NoError);
    player.stop();
}

void TestAudioTrackSwitch::catalogRecordingNamesItsTrack()
{
    // Served as media.ccc.de serves it: over http, with Range.
    HttpTestServer server;
    server.addFile(u"/cdn/two-tracks.webm"_s, media());
    MediaCccEvent event;
    event.guid = u"g"_s;
    event.title = u"Talk"_s;
    event.originalLanguage = u"deu"_s;
    MediaCccRecording row;
    row.recordingUrl = server.url(u"/cdn/two-tracks.webm"_s).toString();
    row.mimeType = u"video/webm"_s;
    row.language = u"deu-eng"_s;
    row.height = 90;
    const MediaCccEventMedia media =
        MediaCccRecordings::convert(event, {row}, event.guid, MediaQuality(), u"en"_s);
    QCOMPARE(media.recordings.size(), 2);

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    player.setSource(media.recordings.at(0).sources.constFirst().url);
    QVERIFY(waitLoaded(player));
    QTRY_COMPARE_WITH_TIMEOUT(player.audioTracks().size(), 2, 5000);
    // English first, then German: each recording's track carries its language.
    const QHash<QString, std::pair<QString, QLocale::Language>> tagged = {
        {u"de"_s, {u"Deutsch"_s, QLocale::German}}, {u"en"_s, {u"English"_s, QLocale::English}}};
    for (const Recording &recording : {media.recordings.at(1), media.recordings.at(0)}) {
        QCOMPARE(recording.sources.constFirst().url, player.source());
        player.setActiveAudioTrack(recording.audioTrack);
        QTRY_COMPARE_WITH_TIMEOUT(player.activeAudioTrack(), recording.audioTrack, 5000);
        checkActiveTrack(player, tagged.value(recording.language).first,
                         tagged.value(recording.language).second);
    }
}

QTEST_GUILESS_MAIN(TestAudioTrackSwitch)
#include "tst_audiotrackswitch.moc"
