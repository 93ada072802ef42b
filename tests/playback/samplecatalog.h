#pragma once

// The sample archive for the playback suites, and modified copies of it.
#include "catalogreader.h"

#include <QTest>

#include <functional>

namespace fa::test {

inline CatalogPtr sampleCatalog()
{
    const CatalogLoadResult result = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    if (!result.ok()) {
        QStringList lines;
        for (const CatalogProblem &p : result.problems)
            lines.append(p.toString());
        qWarning("sample archive: %s", qPrintable(lines.join(u'\n')));
    }
    return result.catalog;
}

// A copy of a catalog with a change applied (sources replaced, titles removed).
inline CatalogPtr modified(const CatalogPtr &catalog, const std::function<void(Catalog &)> &change)
{
    auto copy = std::make_shared<Catalog>(*catalog);
    change(*copy);
    copy->buildIndex();
    return copy;
}

inline Recording &recordingIn(Catalog &catalog, const QString &id)
{
    for (Recording &r : catalog.recordings) {
        if (r.id == id)
            return r;
    }
    qFatal("no recording %s", qPrintable(id));
}

inline Source urlSource(const QUrl &url)
{
    Source s;
    s.url = url;
    s.kind = inferSourceKind(url);
    return s;
}

} // namespace fa::test
