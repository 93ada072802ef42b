// An archive folder published on a web server, opened by its address as a new
// user would: the sample archive served from 127.0.0.1, then the server gone.
#include "archiveserver.h"
#include "archivesession.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "frameprobe.h"
#include "languagemanager.h"
#include "materialaccess.h"
#include "networkaccess.h"
#include "playercontroller.h"
#include "remotecatalogloader.h"
#include "sessionpresenter.h"
#include "userdatastore.h"

#include <QMediaFormat>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
// The app's core objects, as main() builds them, without a window.
struct Archive
{
    explicit Archive(const QString &folder)
        : settings(folder + u"/settings.ini"_s, QSettings::IniFormat)
        , languages(&settings)
        , userData(folder + u"/data"_s)
        , player(&userData)
        , remoteCatalogs(&network, folder + u"/catalog-cache"_s)
        , downloads(&network, folder + u"/downloads"_s)
        , chapters(&userData)
        , materials(&downloads, [this](const QUrl &url) {
            opened.append(url);
            return true;
        })
    {
        network.setTimeout(3000);
        languages.setLanguage(u"en"_s);
        browse.setUserData(&userData);
        player.setMuted(true);
        player.setDownloadedFiles([this](const QUrl &url) { return downloads.localPath(url); });
        session = std::make_unique<ArchiveSession>(ArchiveServices{
            &library, &browse, &chapters, &userData, &player, &remoteCatalogs, &languages});
    }

    // Opens an address and waits for the fetch to end; true when a catalog opened.
    bool open(const QUrl &address)
    {
        QSignalSpy fetched(session.get(), &ArchiveSession::fetchFinished);
        session->openCatalog(address.toString());
        if (!fetched.wait(15000))
            return false;
        return fetched.first().at(1).toBool();
    }

    QSettings settings;
    LanguageManager languages;
    UserDataStore userData;
    PlayerController player;
    NetworkAccess network;
    RemoteCatalogLoader remoteCatalogs;
    DownloadManager downloads;
    ChapterOverlay chapters;
    CatalogLibrary library;
    BrowseController browse;
    QList<QUrl> opened;
    MaterialAccess materials;
    std::unique_ptr<ArchiveSession> session;
};

const QColor green(u"#2fad43"_s); // day-1-en, 30–60 s: session s2
} // namespace

class TestWebArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void publishedFolderOpensAndWorksOffline();
    void noticeOffersRetry();
    void refusedPathsNamed();

private:
    // Plays s2 through the session and checks its first frame: 0:30, green.
    void playS2(Archive &archive, FrameProbe &probe);

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestWebArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty()) {
        if (qEnvironmentVariable("CI") == u"true")
            QFAIL("No multimedia backend: install gstreamer1.0-plugins-base and -good.");
        QSKIP("No multimedia backend on this machine (Qt Multimedia decodes no format); install "
              "the GStreamer plugins (gstreamer1.0-plugins-base, -good) to run these tests.");
    }
}

void TestWebArchive::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestWebArchive::playS2(Archive &archive, FrameProbe &probe)
{
    probe.arm();
    QVERIFY(archive.session->play(u"s2"_s));
    QCOMPARE(archive.player.recordingId(), u"day-1-en"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        probe.caught(),
        qPrintable(u"status %1, error “%2”"_s.arg(int(archive.player.status()))
                       .arg(archive.player.errorString())),
        20000);
    QVERIFY2(*probe.startMs >= 30000 && *probe.startMs < 31000,
             qPrintable(QString::number(*probe.startMs)));
    QVERIFY2(FrameProbe::near(probe.centre, green), qPrintable(probe.centre.name()));
}

void TestWebArchive::publishedFolderOpensAndWorksOffline()
{
    auto server = std::make_unique<HttpTestServer>();
    QVERIFY(server->isListening());
    serveFolder(*server, QStringLiteral(FA_SAMPLE_DIR), u"/forum/"_s);
    const QUrl folder = server->url(u"/forum/"_s);
    const QUrl day1 = server->url(u"/forum/media/day-1.webm"_s);
    const QUrl day2 = server->url(u"/forum/media/day-2.webm"_s);
    const QUrl slides = server->url(u"/forum/materials/s2-slides.pdf"_s);

    Archive archive(m_folder->path());
    FrameProbe probe;
    archive.player.setVideoOutput(probe.sink);
    probe.skipWhile = [&] { return archive.player.status() == PlayerController::Status::Loading; };

    // The folder's address opens the catalog.json in it, every path resolved beside it.
    QSignalSpy failed(archive.session.get(), &ArchiveSession::openFailed);
    QSignalSpy problems(archive.session.get(), &ArchiveSession::problemsFound);
    QVERIFY(archive.open(folder));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(problems.size(), 0);
    CatalogPtr catalog = archive.session->catalog();
    QVERIFY(catalog && catalog->remote);
    QCOMPARE(catalog->event.id, u"sample-forum"_s);
    QCOMPARE(catalog->origin, server->url(u"/forum/catalog.json"_s).toString());
    QVERIFY(archive.session->notice().isEmpty());
    const QString frenchTitle = catalog->text(catalog->session(u"s2"_s)->title, u"fr"_s);
    QVERIFY(!frenchTitle.isEmpty());

    // s2 streams from the server at 0:30, seeking through Range requests.
    playS2(archive, probe);
    QCOMPARE(archive.player.source().url, day1);
    bool ranged = false;
    for (const HttpTestRequest &r : server->requests(day1.path()))
        ranged = ranged || !r.header("range").isEmpty();
    QVERIFY(ranged);

    // The session's material is downloaded, then opened from the download.
    const SessionView view = SessionPresenter::present(*catalog, u"s2"_s, u"en"_s);
    QCOMPARE(view.materials.size(), 1);
    const SessionView::Material material = view.materials.first();
    QVERIFY(!material.isLocal);
    QCOMPARE(QUrl(material.location), slides);
    QSignalSpy finished(&archive.downloads, &DownloadManager::finished);
    const auto openMaterial = [&] {
        return archive.materials.open(material.location, material.isLocal, material.title.text,
                                      material.sha256);
    };
    QCOMPARE(openMaterial().outcome, MaterialAccess::Outcome::Downloading);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(openMaterial().outcome, MaterialAccess::Outcome::Opened);
    QCOMPARE(archive.opened.last(), QUrl::fromLocalFile(archive.downloads.localPath(slides)));

    // The day's recording is downloaded too.
    const QUrl recording =
        PlaybackPlanner::downloadAddress(*catalog, *catalog->recording(u"day-1-en"_s));
    QCOMPARE(recording, day1);
    archive.downloads.enqueue({recording, u"Day 1"_s, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QVERIFY(!archive.downloads.localPath(day1).isEmpty());

    archive.userData.setFavourite(catalog->event.id, u"s2"_s, true);
    archive.userData.setNote(catalog->event.id, u"s2"_s, u"Ask about microcredit"_s);
    archive.player.stop();

    // The server is gone: the offline copy opens, quietly, with a notice.
    server.reset();
    QVERIFY(archive.open(folder));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(problems.size(), 0);
    catalog = archive.session->catalog();
    QVERIFY(catalog);
    QVERIFY2(archive.session->notice().startsWith(u"Offline copy from"_s),
             qPrintable(archive.session->notice()));
    QCOMPARE(catalog->text(catalog->session(u"s2"_s)->title, u"fr"_s), frenchTitle);
    QVERIFY(!catalog->chaptersOf(u"day-1-en"_s).isEmpty());
    QVERIFY(archive.userData.isFavourite(catalog->event.id, u"s2"_s));
    QCOMPARE(archive.userData.note(catalog->event.id, u"s2"_s), u"Ask about microcredit"_s);

    // The downloaded recording plays from its copy, at the same place.
    playS2(archive, probe);
    QVERIFY(archive.player.source().isLocalFile());
    QCOMPARE(archive.player.source().downloadedFrom, day1);
    QCOMPARE(archive.player.momentLink().adjusted(QUrl::RemoveFragment), day1);

    // The downloaded material opens from its file.
    archive.opened.clear();
    QCOMPARE(openMaterial().outcome, MaterialAccess::Outcome::Opened);
    QCOMPARE(archive.opened.size(), 1);

    // What needs the server says so, naming the address.
    archive.player.stop();
    QVERIFY(archive.session->play(u"s4"_s));
    QTRY_COMPARE_WITH_TIMEOUT(archive.player.status(), PlayerController::Status::Error, 20000);
    QVERIFY2(archive.player.errorString().contains(day2.toDisplayString()),
             qPrintable(archive.player.errorString()));
    const SessionView s3 = SessionPresenter::present(*catalog, u"s3"_s, u"en"_s);
    QCOMPARE(s3.materials.size(), 1);
    QSignalSpy downloadFailed(&archive.downloads, &DownloadManager::failed);
    QCOMPARE(archive.materials
                 .open(s3.materials.first().location, false, s3.materials.first().title.text, {})
                 .outcome,
             MaterialAccess::Outcome::Downloading);
    QTRY_COMPARE_WITH_TIMEOUT(downloadFailed.size(), 1, 15000);
    const QString why = downloadFailed.first().at(1).toString();
    QVERIFY2(why.contains(u"/forum/materials/s3-slides.md"_s), qPrintable(why));
}

void TestWebArchive::noticeOffersRetry()
{
    HttpTestServer server;
    QVERIFY(server.isListening());
    serveFolder(server, QStringLiteral(FA_SAMPLE_DIR), u"/forum/"_s);
    const QUrl address = server.url(u"/forum/catalog.json"_s);

    Archive archive(m_folder->path());
    QVERIFY(archive.open(address));
    QVERIFY(archive.session->notice().isEmpty());

    // The server fails: the kept copy stays open and a notice says so; no box
    // (openFailed) is asked for.
    server.addStatus(address.path(), 503);
    QSignalSpy notices(archive.session.get(), &ArchiveSession::noticeChanged);
    QSignalSpy failed(archive.session.get(), &ArchiveSession::openFailed);
    QSignalSpy fetched(archive.session.get(), &ArchiveSession::fetchFinished);
    archive.session->retry();
    QVERIFY(fetched.wait(15000));
    QVERIFY(fetched.first().at(1).toBool());
    QCOMPARE(failed.size(), 0);
    QVERIFY(notices.size() >= 1);
    QVERIFY2(archive.session->notice().startsWith(u"Offline copy from"_s),
             qPrintable(archive.session->notice()));
    QVERIFY(archive.session->catalog()->session(u"s2"_s));

    // Retry once the server is back: the notice goes.
    server.addFile(address.path(), QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    fetched.clear();
    archive.session->retry();
    QVERIFY(fetched.wait(15000));
    QVERIFY(fetched.first().at(1).toBool());
    QVERIFY(archive.session->notice().isEmpty());
    QCOMPARE(server.requestCount(address.path()), 3);
}

void TestWebArchive::refusedPathsNamed()
{
    // A published catalog that points at this machine is refused, each path named.
    QFile sample(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray data = sample.readAll();
    data.replace("\"media/day-1.webm\"", "\"/home/organiser/day-1.webm\"");
    data.replace("\"media/s2-fr.webm\"", "\"file:///home/organiser/s2-fr.webm\"");
    data.replace("\"materials/s2-slides.pdf\"", "\"../private/s2-slides.pdf\"");
    HttpTestServer server;
    QVERIFY(server.isListening());
    server.addData(u"/forum/catalog.json"_s, data);

    Archive archive(m_folder->path());
    QSignalSpy problems(archive.session.get(), &ArchiveSession::problemsFound);
    QVERIFY(!archive.open(server.url(u"/forum/"_s)));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().at(2).toBool()); // refused
    const auto found = problems.first().at(1).value<CatalogProblems>();
    QStringList lines;
    for (const CatalogProblem &p : found)
        lines.append(p.toString());
    QCOMPARE(found.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"recordings[0].sources[0].path: a catalog loaded from the "
                                    "network cannot refer to the local file"_s),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(1).startsWith(u"recordings[2].sources[0].path: a catalog loaded from the "
                                    "network cannot refer to the local file"_s),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(
        lines.at(2).startsWith(u"sessions[1].materials[0].path: '../private/s2-slides.pdf' leads "
                               "outside the catalog's folder on its server"_s),
        qPrintable(lines.join(u'\n')));
}

QTEST_MAIN(TestWebArchive)
#include "tst_webarchive.moc"
