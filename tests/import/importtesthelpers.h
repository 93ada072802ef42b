#pragma once

#include "catalogreader.h"
#include "catalogwriter.h"
#include "importreport.h"

#include <QFile>
#include <QStringList>

namespace fa::test {

inline QString importFixture(const QString &name)
{
    return QStringLiteral(FA_FIXTURES_DIR "/import/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString describe(const QList<ImportMessage> &messages)
{
    QStringList lines;
    for (const ImportMessage &m : messages)
        lines.append(m.toString());
    return lines.join(u'\n');
}

inline QString describe(const CatalogProblems &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

// Written with CatalogWriter and read back as the app reads catalogs.
inline CatalogLoadResult writeAndRead(const Catalog &catalog)
{
    return CatalogReader::readData(CatalogWriter::toData(catalog), {});
}

} // namespace fa::test
