#include "batchheap.h"
#include "catalogtool.h"
#include "languagemanager.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    fa::BatchHeap::prepare();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("forum-archive-catalog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUM_ARCHIVE_VERSION));
    // Messages in the user's language (fr, es), English plurals otherwise.
    fa::LanguageManager languages(nullptr);
    languages.applyInitialLanguage();
    QTextStream out(stdout);
    QTextStream err(stderr);
    fa::CatalogTool tool(out, err);
    return tool.run(QCoreApplication::arguments());
}
