#include "catalogtool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forum-archive-catalog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUM_ARCHIVE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fa::CatalogTool tool(out, err);
    return tool.run(QCoreApplication::arguments());
}
