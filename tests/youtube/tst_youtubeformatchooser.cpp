#include "fakeytdlp.h"
#include "gstreamerplugins.h"
#include "youtubeformatchooser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// Which stream of yt-dlp's list the player gets, depending on the GStreamer
// plugins installed; and how those plugins are found.
class TestYouTubeFormatChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data();
    void choice();
    void singleStreamWithoutList();
    void selectorAsksForOneStreamWithBoth();
    void pluginsAreFilesInTheFolders();
    void searchFolders_data();
    void searchFolders();
    void detectFollowsTheEnvironment();

private:
    static YouTubeFormat parse(const QString &spec);
};

// "id|ext|protocol|vcodec|acodec|height|tbr[|url]"
YouTubeFormat TestYouTubeFormatChooser::parse(const QString &spec)
{
    const QStringList f = spec.split(u'|');
    YouTubeFormat format;
    format.formatId = f.value(0);
    format.ext = f.value(1);
    format.protocol = f.value(2);
    format.vcodec = f.value(3);
    format.acodec = f.value(4);
    format.height = f.value(5).toInt();
    format.tbr = f.value(6).toDouble();
    format.url =
        QUrl(f.size() > 7 ? f.at(7)
                          : u"https://rr1.googlevideo.com/videoplayback?itag="_s + format.formatId);
    return format;
}

void TestYouTubeFormatChooser::choice_data()
{
    QTest::addColumn<QStringList>("plugins");
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<QString>("expected"); // format id, or failure kind and detail

    const QStringList all = {u"libav"_s, u"isomp4"_s, u"matroska"_s,
                             u"vpx"_s,   u"opus"_s,   u"vorbis"_s};
    const QStringList withHls = all + QStringList{u"hls"_s};
    const QStringList good = {u"isomp4"_s, u"matroska"_s, u"vpx"_s, u"opus"_s, u"vorbis"_s};

    const QString audio = u"140|m4a|https|none|mp4a.40.2|0|129"_s;
    const QString video1080 = u"137|mp4|https|avc1.640028|none|1080|4000"_s;
    const QString mp4360 = u"18|mp4|https|avc1.42001E|mp4a.40.2|360|500"_s;
    const QString hls360 = u"93|mp4|m3u8_native|avc1.4D401E|mp4a.40.2|360|1000"_s;
    const QString hls720 = u"95|mp4|m3u8_native|avc1.64001F|mp4a.40.2|720|2700"_s;
    const QString webm360 = u"43|webm|https|vp8.0|vorbis|360|600"_s;
    const QString av1080 = u"399x|mp4|https|av01.0.08M.08|mp4a.40.2|1080|2000"_s;

    QTest::newRow("the one progressive stream with both")
        << all << QStringList{audio, video1080, mp4360} << u"18"_s;
    QTest::newRow("HLS is higher when its demuxer is installed")
        << withHls << QStringList{audio, video1080, hls360, mp4360, hls720} << u"95"_s;
    QTest::newRow("HLS is passed over without its demuxer")
        << all << QStringList{audio, video1080, hls360, mp4360, hls720} << u"18"_s;
    QTest::newRow("progressive before HLS of the same height")
        << withHls << QStringList{hls360, mp4360} << u"18"_s;
    QTest::newRow("progressive before HLS, listed first")
        << withHls << QStringList{mp4360, hls360} << u"18"_s;
    QTest::newRow("without gstreamer1.0-libav the WebM")
        << good << QStringList{mp4360, webm360} << u"43"_s;
    QTest::newRow("same height: the higher bit rate")
        << all << QStringList{webm360, mp4360} << u"43"_s;
    QTest::newRow("AV1 passed over without a decoder")
        << all << QStringList{mp4360, av1080} << u"18"_s;
    QTest::newRow("AV1 with dav1d")
        << all + QStringList{u"dav1d"_s} << QStringList{mp4360, av1080} << u"399x"_s;
    QTest::newRow("DASH segments are not a stream")
        << all << QStringList{u"d|mp4|http_dash_segments|avc1.64001F|mp4a.40.2|720|9"_s, mp4360}
        << u"18"_s;
    QTest::newRow("other protocols are not a stream")
        << all << QStringList{u"f|mp4|ftp|avc1.64001F|mp4a.40.2|720|9"_s, mp4360} << u"18"_s;
    QTest::newRow("unknown codec")
        << all << QStringList{u"x|mp4|https|xyz1.2|mp4a.40.2|720|9"_s, mp4360} << u"18"_s;
    QTest::newRow("codecs not stated")
        << all << QStringList{u"x|mp4|https|||720|9"_s, mp4360} << u"18"_s;
    QTest::newRow("a file address is skipped for an http one")
        << all
        << QStringList{u"18|mp4|https|avc1.42001E|mp4a.40.2|720|500|file:///etc/passwd"_s, webm360}
        << u"43"_s;

    QTest::newRow("only separate streams")
        << all << QStringList{audio, video1080} << u"NoPlayableFormat:"_s;
    QTest::newRow("MP4 without its demuxer") << QStringList{u"libav"_s} << QStringList{mp4360}
                                             << u"NoPlayableFormat:gstreamer1.0-plugins-good"_s;
    QTest::newRow("H.264 without gstreamer1.0-libav")
        << good << QStringList{audio, mp4360, hls360}
        << u"NoPlayableFormat:gstreamer1.0-libav,gstreamer1.0-plugins-bad"_s;
    QTest::newRow("only HLS, no demuxer")
        << all << QStringList{hls360, hls720} << u"NoPlayableFormat:gstreamer1.0-plugins-bad"_s;
    QTest::newRow("only a file address")
        << all << QStringList{u"18|mp4|https|avc1.42001E|mp4a.40.2|360|500|file:///etc/passwd"_s}
        << u"StreamNotHttp:file"_s;
    QTest::newRow("only an rtmp address")
        << all << QStringList{u"18|mp4|https|avc1.42001E|mp4a.40.2|360|500|rtmp://h/live"_s}
        << u"StreamNotHttp:rtmp"_s;
}

void TestYouTubeFormatChooser::choice()
{
    QFETCH(QStringList, plugins);
    QFETCH(QStringList, formats);
    QFETCH(QString, expected);

    QList<YouTubeFormat> list;
    for (const QString &spec : formats)
        list.append(parse(spec));
    const YouTubeFormatChooser chooser(GStreamerPlugins::withNames(plugins));
    const auto choice = chooser.choose(list);
    QString got;
    if (const auto *format = std::get_if<YouTubeFormat>(&choice)) {
        got = format->formatId;
    } else {
        const YouTubeFailure &failure = std::get<YouTubeFailure>(choice);
        if (failure.kind == YouTubeFailure::Kind::NoPlayableFormat)
            got = u"NoPlayableFormat:"_s + failure.packages.join(u',');
        else if (failure.kind == YouTubeFailure::Kind::StreamNotHttp)
            got = u"StreamNotHttp:"_s + failure.detail;
        else
            got = u"other failure: "_s + failure.message();
        QVERIFY(!failure.message().isEmpty());
    }
    QCOMPARE(got, expected);
}

void TestYouTubeFormatChooser::singleStreamWithoutList()
{
    const YouTubeFormatChooser chooser(GStreamerPlugins::withNames({u"vpx"_s}));
    // An answer that does not describe its stream is taken as it is.
    YouTubeFormat bare;
    bare.url = QUrl(u"https://media.example.org/v.webm"_s);
    QVERIFY(std::holds_alternative<YouTubeFormat>(chooser.accept(bare)));

    YouTubeFormat videoOnly = bare;
    videoOnly.acodec = u"none"_s;
    const auto refused = chooser.accept(videoOnly);
    QVERIFY(std::holds_alternative<YouTubeFailure>(refused));
    QCOMPARE(std::get<YouTubeFailure>(refused).kind, YouTubeFailure::Kind::NoPlayableFormat);

    YouTubeFormat local = bare;
    local.url = QUrl(u"file:///etc/passwd"_s);
    const auto notHttp = chooser.accept(local);
    QVERIFY(std::holds_alternative<YouTubeFailure>(notHttp));
    QCOMPARE(std::get<YouTubeFailure>(notHttp).kind, YouTubeFailure::Kind::StreamNotHttp);

    YouTubeFormat h264 = bare;
    h264.ext = u"mp4"_s;
    h264.vcodec = u"avc1.42001E"_s;
    const auto undecodable = chooser.accept(h264);
    QVERIFY(std::holds_alternative<YouTubeFailure>(undecodable));
    QCOMPARE(std::get<YouTubeFailure>(undecodable).packages,
             QStringList({u"gstreamer1.0-plugins-good"_s, u"gstreamer1.0-libav"_s}));
}

void TestYouTubeFormatChooser::selectorAsksForOneStreamWithBoth()
{
    const YouTubeFormatChooser without(GStreamerPlugins::withNames({u"libav"_s}));
    QVERIFY(!without.canPlayHls());
    QCOMPARE(without.selector(), u"best[acodec!=none][vcodec!=none][protocol^=http]/best*"_s);
    const YouTubeFormatChooser with(GStreamerPlugins::withNames({u"libav"_s, u"hls"_s}));
    QVERIFY(with.canPlayHls());
    QCOMPARE(with.selector(), u"best[acodec!=none][vcodec!=none][protocol^=http]"
                              "/best[acodec!=none][vcodec!=none][protocol^=m3u8]/best*"_s);
}

void TestYouTubeFormatChooser::pluginsAreFilesInTheFolders()
{
    QTemporaryDir a;
    QTemporaryDir b;
    for (const QString &path : {a.filePath(u"libgsthls.so"_s), a.filePath(u"libgstvpx.so"_s),
                                a.filePath(u"libgstnotes.txt"_s), b.filePath(u"libgstlibav.so"_s),
                                b.filePath(u"README"_s)}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(b.path()).mkdir(u"libgstfolder.so"_s));
    const GStreamerPlugins plugins =
        GStreamerPlugins::inFolders({a.path(), b.path(), b.filePath(u"missing"_s)});
    QCOMPARE(plugins.names(), QStringList({u"hls"_s, u"libav"_s, u"vpx"_s}));
    QVERIFY(plugins.has(u"hls"_s));
    QVERIFY(!plugins.has(u"folder"_s));
}

void TestYouTubeFormatChooser::searchFolders_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QStringList>("first");     // the folders searched first, in order
    QTest::addColumn<bool>("installedToo");     // the system's installed folders follow

    QTest::newRow("defaults") << QStringList{u"HOME=/home/u"_s}
                              << QStringList{u"/home/u/.local/share/gstreamer-1.0/plugins"_s}
                              << true;
    QTest::newRow("XDG_DATA_HOME") << QStringList{u"HOME=/home/u"_s, u"XDG_DATA_HOME=/data"_s}
                                   << QStringList{u"/data/gstreamer-1.0/plugins"_s} << true;
    QTest::newRow("GST_PLUGIN_PATH adds")
        << QStringList{u"GST_PLUGIN_PATH=/a:/b"_s} << QStringList{u"/a"_s, u"/b"_s} << true;
    QTest::newRow("GST_PLUGIN_PATH_1_0 wins")
        << QStringList{u"GST_PLUGIN_PATH=/a"_s, u"GST_PLUGIN_PATH_1_0=/c"_s} << QStringList{u"/c"_s}
        << true;
    QTest::newRow("system path replaces")
        << QStringList{u"HOME=/home/u"_s, u"GST_PLUGIN_PATH=/a"_s, u"GST_PLUGIN_SYSTEM_PATH=/s"_s}
        << QStringList{u"/a"_s, u"/s"_s} << false;
    QTest::newRow("system path 1_0 wins")
        << QStringList{u"GST_PLUGIN_SYSTEM_PATH=/s"_s, u"GST_PLUGIN_SYSTEM_PATH_1_0=/t:/u"_s}
        << QStringList{u"/t"_s, u"/u"_s} << false;
    QTest::newRow("empty system path: none")
        << QStringList{u"GST_PLUGIN_SYSTEM_PATH_1_0="_s} << QStringList{} << false;
}

void TestYouTubeFormatChooser::searchFolders()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, first);
    QFETCH(bool, installedToo);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    const QStringList folders = GStreamerPlugins::searchFolders(environment);
    QCOMPARE(folders.mid(0, first.size()), first);
    QCOMPARE(folders.contains(u"/usr/lib/gstreamer-1.0"_s), installedToo);
    if (!installedToo)
        QCOMPARE(folders, first);
}

void TestYouTubeFormatChooser::detectFollowsTheEnvironment()
{
    QTemporaryDir system;
    QFile hls(system.filePath(u"libgsthls.so"_s));
    QVERIFY(hls.open(QIODevice::WriteOnly));
    hls.close();
    ScopedEnv noExtraFolders("GST_PLUGIN_PATH_1_0", QByteArray());
    {
        ScopedEnv path("GST_PLUGIN_SYSTEM_PATH_1_0", QFile::encodeName(system.path()));
        const GStreamerPlugins plugins = GStreamerPlugins::detect();
        QCOMPARE(plugins.names(), QStringList{u"hls"_s});
        QVERIFY(YouTubeFormatChooser(plugins).selector().contains(u"m3u8"_s));
    }
    QVERIFY(QFile::remove(hls.fileName()));
    ScopedEnv path("GST_PLUGIN_SYSTEM_PATH_1_0", QFile::encodeName(system.path()));
    QVERIFY(GStreamerPlugins::detect().names().isEmpty());
}

QTEST_GUILESS_MAIN(TestYouTubeFormatChooser)
#include "tst_youtubeformatchooser.moc"
