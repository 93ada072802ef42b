#pragma once

#include "downloaditem.h"

#include <QList>
#include <QString>

namespace fa {

// The finished downloads of a folder, kept in a small JSON file beside them so
// that they are found again after a restart. Addresses are stored without
// user name and password.
class DownloadIndex
{
public:
    static constexpr auto fileName = "downloads.json";

    // Finished items whose file still exists.
    static QList<DownloadItem> load(const QString &folder);
    static bool save(const QString &folder, const QList<DownloadItem> &finished);
};

} // namespace fa
