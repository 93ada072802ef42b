#include "knowncatalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fa {

QString embeddedCatalogPath()
{
    return QStringLiteral(":/catalogs/global-forum-2022.json");
}

QString sampleArchivePath()
{
    QStringList candidates;
    if (QCoreApplication::instance()) {
        // <prefix>/bin/forum-archive -> <prefix>/share/forum-archive/sample-archive
        candidates.append(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("../share/forum-archive/sample-archive")));
    }
    candidates.append(QStringLiteral(FORUM_ARCHIVE_INSTALLED_SAMPLE_DIR));
    candidates.append(QStringLiteral(FORUM_ARCHIVE_SOURCE_SAMPLE_DIR));
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("catalog.json"))))
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace fa
