#pragma once

#include "catalog.h"
#include "catalogindex.h"

#include <QByteArrayList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fa {

// What the user chose to see. A value class: copy it, compare it, test it alone.
class SessionFilter
{
public:
    QString dayId;            // empty: every day
    QSet<QString> pillarIds;  // empty: every pillar; else sessions with any of them
    QString speakerId;        // empty: every speaker
    QString text;             // free text, every word must match somewhere
    bool favouritesOnly = false;
    QSet<QString> favourites; // session ids, consulted when favouritesOnly

    bool isEmpty() const;
    // Words of the search text, folded once; call after changing text.
    void prepare();
    bool matches(const Catalog &catalog, const CatalogIndex &index, int session) const;

    // The same filter without one of its criteria: facet counts use these.
    SessionFilter withoutDay() const;
    SessionFilter withoutPillars() const;
    SessionFilter withoutSpeaker() const;

    bool operator==(const SessionFilter &other) const;

private:
    QByteArrayList m_words; // folded, UTF-8 like the index
};

} // namespace fa
