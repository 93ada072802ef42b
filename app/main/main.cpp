#include "afterfirstpaint.h"
#include "appearance.h"
#include "archivesession.h"
#include "archivestate.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mediacccclient.h"
#include "networkaccess.h"
#include "photocache.h"
#include "playercontroller.h"
#include "preferences.h"
#include "remotecatalogloader.h"
#include "sessionlistpane.h"
#include "startrequest.h"
#include "subtitles/subtitleloader.h"
#include "subtitleselection.h"
#include "transcriptsearch.h"
#include "userdatastore.h"
#include "youtuberesolver.h"
#include "youtubestreams.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <string>
#include <vector>

namespace {
// Prints the time from main() to the window's first paint, then quits: the
// start-up benchmark runs the app with --startup-probe.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 ms = m_clock.elapsed();
            QTimer::singleShot(0, qApp, [ms] {
                QTextStream(stdout) << "first-paint-ms: " << ms << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // QGuiApplication takes "--session" for X11 session management out of argv;
    // ours means a catalog session, so parse a copy made before it does.
    const std::vector<std::string> rawArguments(argv, argv + argc);
    // No widget draws with OpenGL, and this keeps QVideoFrame::toImage() (the
    // video view's frames) on the CPU: without it Qt 6.4 makes an OpenGL QRhi
    // for the first frame, on the GUI thread (~0.5 s with Mesa's llvmpipe).
    QApplication::setAttribute(Qt::AA_ForceRasterWidgets);
    QApplication app(argc, argv);
    QStringList arguments;
    for (const std::string &argument : rawArguments)
        arguments.append(QString::fromLocal8Bit(argument));
    QApplication::setApplicationName(QStringLiteral("forum-archive"));
    QApplication::setApplicationDisplayName(QStringLiteral("Forum Archive"));
    QApplication::setApplicationVersion(QStringLiteral(FORUM_ARCHIVE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("forum-archive"));
    QApplication::setDesktopFileName(QStringLiteral("org.forumarchive.ForumArchive"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.forumarchive.ForumArchive.svg")));

    const fa::StartRequest request = fa::StartRequest::parse(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (request.outcome) {
    case fa::StartRequest::Outcome::ShowHelp: out << request.message; return 0;
    case fa::StartRequest::Outcome::ShowVersion:
        out << QApplication::applicationName() << u' ' << QApplication::applicationVersion()
            << Qt::endl;
        return 0;
    case fa::StartRequest::Outcome::Invalid: err << request.message << Qt::endl; return 2;
    case fa::StartRequest::Outcome::Run: break;
    }

    QSettings settings;
    // Before anything else touches the palette: System is the palette of now.
    fa::Appearance appearance(&settings);
    appearance.setPaletteSetter([](const QPalette &palette) { QApplication::setPalette(palette); });
    appearance.apply();
    fa::LanguageManager languages(&settings);
    if (!request.language.isEmpty())
        languages.setLanguage(request.language);
    else
        languages.applyInitialLanguage();

    fa::Preferences preferences(&settings);
    for (const QString &warning : preferences.warnings())
        err << warning << Qt::endl;

    fa::UserDataStore userData;
    fa::CatalogLibrary library;
    fa::BrowseController browse;
    browse.setUserData(&userData);
    library.open(fa::embeddedCatalogPath());

    fa::PlayerController player(&userData);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    fa::NetworkAccess network(cache + QStringLiteral("/http"));
    fa::RemoteCatalogLoader remoteCatalogs(&network);
    fa::DownloadManager downloads(&network,
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      + QStringLiteral("/materials"));
    // A downloaded recording plays from its copy, also without the network.
    player.setDownloadedFiles([&downloads](const QUrl &url) { return downloads.localPath(url); });
    fa::ChapterOverlay chapters(&userData);
    fa::PhotoCache photos(&network);
    // YouTube recordings play in the app through yt-dlp (a path set in
    // Preferences, else the one on PATH); without it they say what to install.
    fa::YouTubeStreams youTube(cache + QStringLiteral("/youtube"));
    youTube.resolver()->setProgramPath(preferences.ytDlpPath());
    QObject::connect(&preferences, &fa::Preferences::ytDlpPathChanged, youTube.resolver(),
                     &fa::YouTubeResolver::setProgramPath);
    player.setYouTubeStreams(&youTube);
    fa::SubtitleLoader subtitleFiles(&network);
    fa::SubtitleSelection subtitles(&player, &subtitleFiles, &userData, &settings);
    fa::TranscriptSearch transcripts(&subtitleFiles);
    fa::MediaCccClient mediaCcc(&network, cache + QStringLiteral("/media.ccc.de"));
    fa::ArchiveSession session({&library, &browse, &chapters, &userData, &player, &remoteCatalogs,
                                &languages, &subtitles, &transcripts, &mediaCcc});
    session.setMediaQuality(preferences.mediaQuality());
    QObject::connect(&preferences, &fa::Preferences::mediaQualityChanged, &session,
                     &fa::ArchiveSession::setMediaQuality);
    fa::MainWindow window({&session, &settings, &downloads, &photos, &preferences, &appearance});
    if (request.restore) {
        fa::ArchiveState::restore(session, settings);
        window.restoreLayout();
    }
    QString error;
    if (!request.apply(session, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (!request.startupProbe) {
        QTimer::singleShot(2000, &session, &fa::ArchiveSession::checkDueUpdates);
        // The media backend (GStreamer) starts once the window is on screen, not
        // before it (~50 ms, seconds on a first run); the first Play finds it ready.
        fa::AfterFirstPaint::run(&window, [&player] { player.engine()->prepare(); });
    } else {
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    }
    window.show();
    // --select: Enter plays the selected session, as after a click on it.
    if (!request.sessionId.isEmpty() && !request.playSession)
        window.sessionList()->setFocus(Qt::OtherFocusReason);
    return QApplication::exec();
}
