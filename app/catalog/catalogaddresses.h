#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace fa {

// One thing a catalog names by address or by path, resolved (Catalog::address).
struct CatalogAddress
{
    QString where;      // its JSON path, e.g. sessions[1].materials[0].path
    QUrl url;           // file: or http(s); empty when the path leads nowhere
    bool media = false; // a recording's media, streamed: its server must answer Range requests
};

// Everything a catalog refers to, in the order of the document: the event's
// links, speakers' photos, recordings' sources and subtitles, sessions'
// materials. A catalog's lists keep the order of its JSON arrays, so the index
// in each path is the document's.
QList<CatalogAddress> catalogAddresses(const Catalog &catalog);

} // namespace fa
