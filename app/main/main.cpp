#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "catalogreader.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sessionlistpane.h"
#include "userdatastore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

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
        QStringLiteral("language"), QApplication::translate("main", "Interface language: en, fr or es."),
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
    parser.addOptions({catalogOption, languageOption, probeOption, freshOption, sessionOption});
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

    fa::MainWindow window({&library, &browse, &userData, &languages, &settings});
    if (!parser.isSet(freshOption) && !parser.isSet(probeOption))
        window.restoreSession();
    if (parser.isSet(catalogOption))
        window.openCatalog(parser.value(catalogOption));

    if (parser.isSet(sessionOption))
        window.sessionList()->selectSession(parser.value(sessionOption));

    if (parser.isSet(probeOption))
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    window.show();
    return QApplication::exec();
}
