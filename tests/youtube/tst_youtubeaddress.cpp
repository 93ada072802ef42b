#include "youtubeaddress.h"

#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

// Which addresses may reach yt-dlp, and what it is given for them.
class TestYouTubeAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void videoIdAndResolvable_data();
    void videoIdAndResolvable();
    void canonicalIsTheWatchPageOfTheIdOnly();
    void canonicalRefusesMalformedIds();
};

void TestYouTubeAddress::videoIdAndResolvable_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("videoId");
    QTest::addColumn<bool>("resolvable");

    const QString id = u"Gf2022Day1x"_s;
    // Forms YouTube uses for one video.
    QTest::newRow("watch") << u"https://www.youtube.com/watch?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("watch, bare host") << u"https://youtube.com/watch?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("watch, mobile") << u"https://m.youtube.com/watch?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("watch, trailing slash")
        << u"https://www.youtube.com/watch/?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("watch with time and playlist")
        << u"https://www.youtube.com/watch?v=Gf2022Day1x&t=1h2m3s&list=PL0123456789&index=4"_s << id
        << true;
    QTest::newRow("watch with v= after other items")
        << u"https://www.youtube.com/watch?feature=share&v=Gf2022Day1x"_s << id << true;
    QTest::newRow("short link") << u"https://youtu.be/Gf2022Day1x"_s << id << true;
    QTest::newRow("short link with time") << u"https://youtu.be/Gf2022Day1x?t=90"_s << id << true;
    QTest::newRow("embed") << u"https://www.youtube.com/embed/Gf2022Day1x?start=30"_s << id << true;
    QTest::newRow("embed, no-cookie")
        << u"https://www.youtube-nocookie.com/embed/Gf2022Day1x"_s << id << true;
    QTest::newRow("embed, bare no-cookie")
        << u"https://youtube-nocookie.com/embed/Gf2022Day1x"_s << id << true;
    QTest::newRow("shorts") << u"https://www.youtube.com/shorts/Gf2022Day1x"_s << id << true;
    QTest::newRow("live") << u"https://www.youtube.com/live/Gf2022Day1x?si=abc"_s << id << true;
    QTest::newRow("host in capitals")
        << u"https://WWW.YouTube.COM/watch?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("scheme in capitals")
        << u"HTTPS://www.youtube.com/watch?v=Gf2022Day1x"_s << id << true;
    QTest::newRow("id starting with a dash")
        << u"https://youtu.be/-bcdefghijk"_s << u"-bcdefghijk"_s << true;

    // A video, but not in a form that may be handed to a program.
    QTest::newRow("http") << u"http://www.youtube.com/watch?v=Gf2022Day1x"_s << id << false;
    QTest::newRow("port") << u"https://www.youtube.com:8443/watch?v=Gf2022Day1x"_s << id << false;
    QTest::newRow("user info") << u"https://user:pw@www.youtube.com/watch?v=Gf2022Day1x"_s << id
                               << false;

    // Not a YouTube video.
    QTest::newRow("other host") << u"https://example.org/watch?v=Gf2022Day1x"_s << QString()
                                << false;
    QTest::newRow("look-alike suffix")
        << u"https://www.youtube.com.example.org/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("look-alike prefix")
        << u"https://notyoutube.com/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("other subdomain")
        << u"https://music.youtube.com/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("file") << u"file:///home/u/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("ftp") << u"ftp://www.youtube.com/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("playlist page")
        << u"https://www.youtube.com/playlist?list=PL0123456789"_s << QString() << false;
    QTest::newRow("channel") << u"https://www.youtube.com/@planetGOLD"_s << QString() << false;
    QTest::newRow("watch without v")
        << u"https://www.youtube.com/watch?list=PL01"_s << QString() << false;
    QTest::newRow("two v items") << u"https://www.youtube.com/watch?v=Gf2022Day1x&v=aaaaaaaaaaa"_s
                                 << QString() << false;
    QTest::newRow("id too short") << u"https://youtu.be/Gf2022Day1"_s << QString() << false;
    QTest::newRow("id too long") << u"https://youtu.be/Gf2022Day1xx"_s << QString() << false;
    QTest::newRow("id with a bad character")
        << u"https://youtu.be/Gf2022Day1%3B"_s << QString() << false;
    QTest::newRow("id with an option")
        << u"https://www.youtube.com/watch?v=--exec=rm%20x"_s << QString() << false;
    QTest::newRow("short link with more path")
        << u"https://youtu.be/Gf2022Day1x/extra"_s << QString() << false;
    QTest::newRow("embed without id") << u"https://www.youtube.com/embed/"_s << QString() << false;
    QTest::newRow("watch on the short host")
        << u"https://youtu.be/watch?v=Gf2022Day1x"_s << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestYouTubeAddress::videoIdAndResolvable()
{
    QFETCH(QString, address);
    QFETCH(QString, videoId);
    QFETCH(bool, resolvable);
    const QUrl url(address);
    QCOMPARE(YouTubeAddress::videoId(url), videoId);
    QCOMPARE(YouTubeAddress::isResolvable(url), resolvable);
    if (resolvable) {
        QCOMPARE(YouTubeAddress::canonical(videoId).toString(),
                 u"https://www.youtube.com/watch?v="_s + videoId);
    }
}

void TestYouTubeAddress::canonicalIsTheWatchPageOfTheIdOnly()
{
    // Whatever form and parameters, the same video is asked for the same way.
    const QUrl a(u"https://youtu.be/Gf2022Day1x?t=90"_s);
    const QUrl b(u"https://www.youtube.com/watch?v=Gf2022Day1x&list=PL0123&index=2&t=5"_s);
    QCOMPARE(YouTubeAddress::canonical(YouTubeAddress::videoId(a)),
             YouTubeAddress::canonical(YouTubeAddress::videoId(b)));
    const QUrl canonical = YouTubeAddress::canonical(u"Gf2022Day1x"_s);
    QCOMPARE(canonical.toString(QUrl::FullyEncoded),
             u"https://www.youtube.com/watch?v=Gf2022Day1x"_s);
    QVERIFY(YouTubeAddress::isResolvable(canonical));
}

void TestYouTubeAddress::canonicalRefusesMalformedIds()
{
    QVERIFY(YouTubeAddress::canonical(QString()).isEmpty());
    QVERIFY(YouTubeAddress::canonical(u"short"_s).isEmpty());
    QVERIFY(YouTubeAddress::canonical(u"Gf2022 ay1x"_s).isEmpty());
    QVERIFY(YouTubeAddress::canonical(u"Gf2022Day1x&list=x"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestYouTubeAddress)
#include "tst_youtubeaddress.moc"
