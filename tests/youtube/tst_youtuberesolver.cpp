#include "fakeytdlp.h"
#include "youtuberesolver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;
using Kind = YouTubeFailure::Kind;

// yt-dlp run as a child process: how it is called, and every way it can fail,
// each with its own message. The program is tests/support/fake-yt-dlp.
class TestYouTubeResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsTheProgramWithAnArgumentList();
    void foundOnPath();
    void notInstalled();
    void configuredLocationMissing();
    void couldNotStart();
    void errorLinesInFull_data();
    void errorLinesInFull();
    void failureWithoutErrorLine();
    void timesOutAndStopsTheProgram();
    void unreadableAnswer();
    void answerTooLarge();
    void noFormatWithAudioAndVideo();
    void separateStreamsOnly();
    void streamAddressNotHttp();
    void notYouTubeNeverRunsTheProgram_data();
    void notYouTubeNeverRunsTheProgram();
    void oneRunPerVideo();
    void cancelStopsTheProgram();

private:
    // Waits for the one answer of a resolve; fails the test on the other signal.
    YouTubeFailure failureOf(const QUrl &address);
    static QStringList childProcessNames();

    std::unique_ptr<FakeYtDlp> m_fake;
    std::unique_ptr<YouTubeResolver> m_resolver;
    const QUrl m_address{u"https://www.youtube.com/watch?v=Gf2022Day1x&t=90"_s};
};

void TestYouTubeResolver::init()
{
    m_fake = std::make_unique<FakeYtDlp>();
    m_fake->answerWith(FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s),
                                          QDateTime::currentDateTimeUtc().addSecs(21600)));
    m_resolver = std::make_unique<YouTubeResolver>();
    m_resolver->setProgramPath(m_fake->program());
    m_resolver->setPlugins(GStreamerPlugins::withNames(
        {u"libav"_s, u"isomp4"_s, u"matroska"_s, u"vpx"_s, u"opus"_s, u"vorbis"_s}));
}

void TestYouTubeResolver::cleanup()
{
    m_resolver.reset();
    m_fake.reset();
}

// The names of this process's children (Linux /proc).
QStringList TestYouTubeResolver::childProcessNames()
{
    QStringList names;
    const QString parent = QString::number(getpid());
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile stat(it.next() + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromUtf8(stat.readAll());
        const qsizetype close = line.lastIndexOf(u')');
        const QStringList after = line.mid(close + 2).split(u' ');
        // state ppid ...: a zombie counts too, it was not reaped
        if (after.size() > 1 && after.at(1) == parent)
            names << line.mid(line.indexOf(u'(') + 1, close - line.indexOf(u'(') - 1);
    }
    return names;
}

YouTubeFailure TestYouTubeResolver::failureOf(const QUrl &address)
{
    QSignalSpy failed(m_resolver.get(), &YouTubeResolver::failed);
    QSignalSpy resolved(m_resolver.get(), &YouTubeResolver::resolved);
    m_resolver->resolve(address);
    // Never from within resolve(): the caller has shown "Finding…" first.
    if (failed.size() != 0 || resolved.size() != 0) {
        QTest::qFail("answered from within resolve()", __FILE__, __LINE__);
        return {};
    }
    if (!failed.wait(20000)) {
        QTest::qFail("no failed() signal", __FILE__, __LINE__);
        return {};
    }
    if (resolved.size() != 0 || failed.size() != 1)
        QTest::qFail("more than one answer", __FILE__, __LINE__);
    return failed.first().first().value<YouTubeFailure>();
}

void TestYouTubeResolver::runsTheProgramWithAnArgumentList()
{
    QCOMPARE(m_resolver->timeout(), std::chrono::milliseconds(30000));
    // A shell would split this path, run the $(…) and expand the *.
    QTemporaryDir dir;
    const QString odd = dir.filePath(u"with space; $(touch pwned) *"_s);
    QVERIFY(QDir().mkpath(odd));
    const QString program = odd + u"/yt-dlp"_s;
    QVERIFY(QFile::copy(m_fake->program(), program));
    QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner));
    m_resolver->setProgramPath(program);

    QSignalSpy started(m_resolver.get(), &YouTubeResolver::started);
    QSignalSpy resolved(m_resolver.get(), &YouTubeResolver::resolved);
    QSignalSpy failed(m_resolver.get(), &YouTubeResolver::failed);
    m_resolver->resolve(QUrl(u"https://youtu.be/Gf2022Day1x?t=90&list=PL0123456789"_s));
    QCOMPARE(resolved.size(), 0);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), u"Gf2022Day1x"_s);
    QVERIFY(resolved.wait(20000));
    QCOMPARE(failed.size(), 0);
    const YouTubeVideo video = resolved.first().first().value<YouTubeVideo>();
    QCOMPARE(video.id, u"Gf2022Day1x"_s);
    QCOMPARE(video.stream.formatId, u"18"_s);
    QCOMPARE(video.chapters.size(), 3);

    const QList<QStringList> calls = m_fake->calls();
    QCOMPARE(calls.size(), 1);
    // The address is one argument, after "--", without time or playlist.
    const QStringList expected = {u"--ignore-config"_s,
                                  u"--no-playlist"_s,
                                  u"--no-warnings"_s,
                                  u"-J"_s,
                                  u"-f"_s,
                                  u"best[acodec!=none][vcodec!=none][protocol^=http]/best*"_s,
                                  u"--"_s,
                                  u"https://www.youtube.com/watch?v=Gf2022Day1x"_s};
    QCOMPARE(calls.first(), expected);
    QCOMPARE(m_resolver->argumentsFor(u"Gf2022Day1x"_s), expected);
    QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    QVERIFY(!QFile::exists(odd + u"/pwned"_s));
    QVERIFY(!QFile::exists(u"pwned"_s));
}

void TestYouTubeResolver::foundOnPath()
{
    m_resolver->setProgramPath(QString());
    ScopedEnv path("PATH", QFile::encodeName(m_fake->binDir()));
    QSignalSpy resolved(m_resolver.get(), &YouTubeResolver::resolved);
    m_resolver->resolve(m_address);
    QVERIFY(resolved.wait(20000));
    QCOMPARE(m_fake->callCount(), 1);
}

void TestYouTubeResolver::notInstalled()
{
    m_resolver->setProgramPath(QString());
    QTemporaryDir empty;
    ScopedEnv path("PATH", QFile::encodeName(empty.path()));
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::NotInstalled);
    QCOMPARE(failure.videoId, u"Gf2022Day1x"_s);
    QCOMPARE(failure.message(), u"yt-dlp is not installed. Install the Debian package yt-dlp, "
                                "or set its location in File → Preferences."_s);
    QCOMPARE(m_fake->callCount(), 0);
}

void TestYouTubeResolver::configuredLocationMissing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"yt-dlp"_s);
    m_resolver->setProgramPath(missing);
    // Not replaced by another yt-dlp on PATH: the user chose this one.
    ScopedEnv path("PATH", QFile::encodeName(m_fake->binDir()));
    YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::NotInstalled);
    QCOMPARE(failure.programPath, missing);
    QVERIFY2(failure.message().contains(missing), qPrintable(failure.message()));
    QVERIFY(failure.message().contains(u"Preferences"_s));

    // A file that is there but may not be run is not a program either.
    QFile notExecutable(missing);
    QVERIFY(notExecutable.open(QIODevice::WriteOnly));
    notExecutable.write("#!/bin/sh\n");
    notExecutable.close();
    failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::NotInstalled);
    QCOMPARE(m_fake->callCount(), 0);
}

void TestYouTubeResolver::couldNotStart()
{
    QTemporaryDir dir;
    const QString program = dir.filePath(u"yt-dlp"_s);
    QFile file(program);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/nonexistent/interpreter\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    m_resolver->setProgramPath(program);
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::CouldNotStart);
    QCOMPARE(failure.programPath, program);
    QVERIFY(!failure.detail.isEmpty());
    QVERIFY2(failure.message().contains(program), qPrintable(failure.message()));
    QVERIFY(!m_resolver->isResolving(u"Gf2022Day1x"_s));
}

void TestYouTubeResolver::errorLinesInFull_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("default") << QByteArray()
                             << QStringList{u"ERROR: [youtube] XXXXXXXXXXX: Video unavailable"_s};
    const QString terminated = u"ERROR: [youtube] Gf2022Day1x: Video unavailable. This video is "
                               "no longer available because the YouTube account associated "
                               "with this video has been terminated."_s;
    QTest::newRow("two errors after a warning")
        << (u"WARNING: [youtube] unable to extract initial data\n"_s + terminated
            + u"\nERROR: Unable to download webpage: HTTP Error 429: Too Many Requests\n"_s)
               .toUtf8()
        << QStringList{terminated,
                       u"ERROR: Unable to download webpage: HTTP Error 429: Too Many Requests"_s};
}

void TestYouTubeResolver::errorLinesInFull()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(QStringList, lines);
    m_fake->failWith(stderrText);
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::ProgramFailed);
    QCOMPARE(failure.exitCode, 1);
    QCOMPARE(failure.lines, lines);
    for (const QString &line : lines)
        QVERIFY2(failure.message().contains(line), qPrintable(failure.message()));
    QVERIFY(!failure.message().contains(u"WARNING"_s));
}

void TestYouTubeResolver::failureWithoutErrorLine()
{
    m_fake->setMode("no-such-mode"); // the stand-in exits 2 with its own complaint
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::ProgramFailed);
    QCOMPARE(failure.exitCode, 2);
    QCOMPARE(failure.lines,
             QStringList{u"fake-yt-dlp: unknown FAKE_YTDLP_MODE \"no-such-mode\""_s});
    QVERIFY(failure.message().contains(failure.lines.first()));
}

void TestYouTubeResolver::timesOutAndStopsTheProgram()
{
    m_fake->sleepFor(60);
    m_resolver->setTimeout(std::chrono::milliseconds(1500));
    QElapsedTimer clock;
    clock.start();
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::TimedOut);
    QVERIFY(clock.elapsed() >= 1400);
    QVERIFY(clock.elapsed() < 15000);
    QCOMPARE(failure.timeoutSeconds, 2);
    QVERIFY2(failure.message().contains(u"within 2 second"_s), qPrintable(failure.message()));
    QVERIFY(failure.message().contains(m_address.toDisplayString()));
    // Killed and reaped, not left sleeping.
    QTRY_VERIFY_WITH_TIMEOUT(!childProcessNames().contains(u"sleep"_s), 5000);
}

void TestYouTubeResolver::unreadableAnswer()
{
    m_fake->printGarbage();
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::Unreadable);
    QVERIFY2(failure.detail.startsWith(u"not JSON"_s), qPrintable(failure.detail));
    QVERIFY(failure.message().contains(failure.detail));
}

void TestYouTubeResolver::answerTooLarge()
{
    m_resolver->setMaxAnswerBytes(100);
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::Unreadable);
    QVERIFY2(failure.detail.contains(u"larger than 100 bytes"_s), qPrintable(failure.detail));
}

void TestYouTubeResolver::noFormatWithAudioAndVideo()
{
    m_fake->answerWith(FakeYtDlp::fixture(QUrl(u"https://rr3.googlevideo.com"_s),
                                          QDateTime::currentDateTimeUtc().addSecs(600)));
    m_resolver->setPlugins(GStreamerPlugins::withNames({u"isomp4"_s, u"vpx"_s}));
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::NoPlayableFormat);
    QCOMPARE(failure.packages,
             QStringList({u"gstreamer1.0-libav"_s, u"gstreamer1.0-plugins-bad"_s}));
    QVERIFY2(failure.message().contains(u"gstreamer1.0-libav"_s), qPrintable(failure.message()));
    QVERIFY(failure.message().contains(u"no single stream with both audio and video"_s));
}

void TestYouTubeResolver::separateStreamsOnly()
{
    m_fake->answerWith(R"({"id": "Gf2022Day1x", "title": "t", "requested_formats": [
        {"format_id": "137", "url": "https://rr3.googlevideo.com/v", "vcodec": "avc1", "acodec": "none"},
        {"format_id": "140", "url": "https://rr3.googlevideo.com/a", "vcodec": "none", "acodec": "mp4a.40.2"}]})");
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::SeparateStreamsOnly);
    QVERIFY(failure.message().contains(u"separate video and audio"_s));
}

void TestYouTubeResolver::streamAddressNotHttp()
{
    m_fake->answerWith(FakeYtDlp::fixture(QUrl(u"file:///home/someone"_s),
                                          QDateTime::currentDateTimeUtc().addSecs(600)));
    const YouTubeFailure failure = failureOf(m_address);
    QCOMPARE(failure.kind, Kind::StreamNotHttp);
    QCOMPARE(failure.detail, u"file"_s);
    QVERIFY(failure.message().contains(u"not http or https"_s));
}

void TestYouTubeResolver::notYouTubeNeverRunsTheProgram_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("http") << u"http://www.youtube.com/watch?v=Gf2022Day1x"_s;
    QTest::newRow("other host") << u"https://example.org/watch?v=Gf2022Day1x"_s;
    QTest::newRow("look-alike") << u"https://www.youtube.com.example.org/watch?v=Gf2022Day1x"_s;
    QTest::newRow("local file") << u"file:///tmp/Gf2022Day1x.webm"_s;
    QTest::newRow("option-like id") << u"https://www.youtube.com/watch?v=--exec=true"_s;
    QTest::newRow("playlist") << u"https://www.youtube.com/playlist?list=PL0123456789"_s;
    QTest::newRow("port") << u"https://www.youtube.com:444/watch?v=Gf2022Day1x"_s;
}

void TestYouTubeResolver::notYouTubeNeverRunsTheProgram()
{
    QFETCH(QString, address);
    const YouTubeFailure failure = failureOf(QUrl(address));
    QCOMPARE(failure.kind, Kind::NotYouTube);
    QVERIFY2(failure.message().contains(QUrl(address).toDisplayString()),
             qPrintable(failure.message()));
    QCOMPARE(m_fake->callCount(), 0);
}

void TestYouTubeResolver::oneRunPerVideo()
{
    m_fake->sleepFor(60);
    QSignalSpy started(m_resolver.get(), &YouTubeResolver::started);
    QSignalSpy failed(m_resolver.get(), &YouTubeResolver::failed);
    m_resolver->resolve(m_address);
    m_resolver->resolve(QUrl(u"https://youtu.be/Gf2022Day1x"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->callCount(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(m_fake->callCount(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(m_resolver->isResolving(u"Gf2022Day1x"_s));
    m_resolver->cancelAll();
    QCOMPARE(failed.size(), 1);
}

void TestYouTubeResolver::cancelStopsTheProgram()
{
    m_fake->sleepFor(60);
    QSignalSpy failed(m_resolver.get(), &YouTubeResolver::failed);
    QSignalSpy resolved(m_resolver.get(), &YouTubeResolver::resolved);
    m_resolver->resolve(m_address);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->callCount(), 1, 10000);
    m_resolver->cancel(u"Gf2022Day1x"_s);
    QCOMPARE(failed.size(), 1);
    const YouTubeFailure failure = failed.first().first().value<YouTubeFailure>();
    QCOMPARE(failure.kind, Kind::Cancelled);
    QVERIFY(failure.message().contains(m_address.toDisplayString()));
    QVERIFY(!m_resolver->isResolving(u"Gf2022Day1x"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!childProcessNames().contains(u"sleep"_s), 5000);
    QTest::qWait(200);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(resolved.size(), 0);
}

QTEST_GUILESS_MAIN(TestYouTubeResolver)
#include "tst_youtuberesolver.moc"
