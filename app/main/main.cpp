#include "browsecontroller.h"
#include "catalogreader.h"
#include "knowncatalogs.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("forum-archive"));
    QApplication::setApplicationDisplayName(QStringLiteral("Forum Archive"));
    QApplication::setApplicationVersion(QStringLiteral(FORUM_ARCHIVE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("forum-archive"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QApplication::translate("main", "Open this catalog file, folder bundle or address."),
                                           QStringLiteral("PATH"));
    parser.addOption(catalogOption);
    parser.process(app);

    const QString path = parser.isSet(catalogOption) ? parser.value(catalogOption)
                                                     : fa::embeddedCatalogPath();
    const fa::CatalogLoadResult result = fa::CatalogReader::readPath(path);
    if (!result.ok()) {
        QTextStream err(stderr);
        for (const auto &problem : result.problems)
            err << problem.toString() << '\n';
        return 1;
    }
    fa::BrowseController browse;
    browse.setCatalog(result.catalog);
    fa::MainWindow window(&browse);
    window.show();
    return QApplication::exec();
}
