#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "catalogreader.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "momentlink.h"
#include "networkaccess.h"
#include "photocache.h"
#include "playercontroller.h"
#include "remotecatalogloader.h"
#include "sessionlistpane.h"
#include "userdatastore.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse an event's sessions and watch their recordings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QApplication::translate("main", "Open this catalog file or folder bundle."),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language: en, fr or es."),
        QStringLiteral("CODE"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QApplication::translate("main", "Print the milliseconds to the first paint and quit."));
    const QCommandLineOption freshOption(
        QStringLiteral("no-restore"),
        QApplication::translate("main", "Do not reopen the catalogs and filters of the last run."));
    const QCommandLineOption sessionOption(
        QStringLiteral("session"),
        QApplication::translate("main", "Select this session of the catalog and play it."),
        QStringLiteral("ID"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QApplication::translate("main", "With --session: start at this offset into the recording "
                                        "(seconds, M:SS or H:MM:SS)."),
        QStringLiteral("OFFSET"));
    parser.addOptions(
        {catalogOption, languageOption, probeOption, freshOption, sessionOption, atOption});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QApplication::translate("main",
                                "A link to a moment of a recording, as copied in the player."),
        QStringLiteral("[link]"));
    parser.process(arguments);

    QSettings settings;
    fa::LanguageManager languages(&settings);
    if (parser.isSet(languageOption))
        languages.setLanguage(parser.value(languageOption));
    else
        languages.applyInitialLanguage();

    fa::UserDataStore userData;
    fa::CatalogLibrary library;
    fa::BrowseController browse;
    browse.setUserData(&userData);
    browse.setLanguage(languages.language());
    library.setLanguage(languages.language());
    library.open(fa::embeddedCatalogPath());

    fa::PlayerController player(&userData);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    fa::NetworkAccess network(cache + QStringLiteral("/http"));
    fa::RemoteCatalogLoader remoteCatalogs(&network);
    fa::DownloadManager downloads(&network,
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      + QStringLiteral("/materials"));
    fa::ChapterOverlay chapters(&userData);
    fa::PhotoCache photos(&network);
    fa::MainWindow window({&library, &browse, &userData, &languages, &settings, &player,
                           &remoteCatalogs, &downloads, &chapters, &photos});
    if (!parser.isSet(freshOption) && !parser.isSet(probeOption))
        window.restoreSession();
    if (parser.isSet(catalogOption))
        window.openCatalog(parser.value(catalogOption));

    QTextStream err(stderr);
    std::optional<qint64> at;
    if (parser.isSet(atOption)) {
        at = fa::MomentLink::parseOffset(parser.value(atOption));
        if (!at) {
            err << QApplication::translate("main",
                                           "--at: '%1' is not a time such as 90, 1:30 or 1:02:30.")
                       .arg(parser.value(atOption))
                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(sessionOption)) {
        const QString id = parser.value(sessionOption);
        // Returns false when the open catalog lacks the session.
        const auto playSession = [&library, &window, &err, id, at] {
            const fa::CatalogPtr catalog = library.current();
            if (!catalog || !catalog->session(id)) {
                err << QApplication::translate("main",
                                               "--session: the open catalog has no session '%1'.")
                           .arg(id)
                    << Qt::endl;
                return false;
            }
            window.sessionList()->selectSession(id);
            // After the first paint: creating the media player starts GStreamer (~200 ms).
            QTimer::singleShot(0, &window, [&window, id, at] { window.playSession(id, {}, at); });
            return true;
        };
        const QUrl address(parser.value(catalogOption));
        if (address.scheme() == u"http" || address.scheme() == u"https") {
            // The catalog arrives later; the window has opened it by the time
            // finished() reaches this later connection. A failure is on screen already.
            QObject::connect(
                &remoteCatalogs, &fa::RemoteCatalogLoader::finished, &window,
                [playSession](const fa::RemoteCatalogResult &result) {
                    if (result.catalog)
                        playSession();
                },
                Qt::SingleShotConnection);
        } else if (!playSession()) {
            return 2;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        const QUrl link = QUrl::fromUserInput(parser.positionalArguments().first());
        QTimer::singleShot(0, &window, [&window, link] { window.openMomentLink(link); });
    }

    if (!parser.isSet(probeOption))
        QTimer::singleShot(2000, &window, &fa::MainWindow::checkDueUpdates);

    if (parser.isSet(probeOption))
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    window.show();
    return QApplication::exec();
}
