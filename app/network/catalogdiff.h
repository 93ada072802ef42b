#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace fa {

// What changed between two versions of a catalog, by session id.
struct CatalogDiff
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogDiff)

public:
    QStringList added;
    QStringList removed;
    QStringList changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    // "2 sessions added, 1 changed", or a sentence saying nothing changed.
    QString summary() const;
};

// Sessions added, removed, or whose own data (times, texts, speakers, chapters,
// materials) differ. Ids keep the order of the catalog they come from.
CatalogDiff diffCatalogs(const Catalog &before, const Catalog &after);

} // namespace fa
