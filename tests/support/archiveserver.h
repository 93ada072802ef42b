#pragma once

// A folder bundle published as a static web server would: every file under
// the folder at the same path under a prefix of the test server.
#include "httptestserver.h"

#include <QDir>
#include <QDirIterator>
#include <QStringList>

namespace fa::test {

// Returns the paths served ("/archive/catalog.json", ...).
inline QStringList serveFolder(HttpTestServer &server, const QString &folder,
                               const QString &prefix = QStringLiteral("/"), bool honourRange = true)
{
    QStringList served;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString path = prefix + root.relativeFilePath(file);
        server.addFile(path, file, honourRange);
        served.append(path);
    }
    return served;
}

} // namespace fa::test
