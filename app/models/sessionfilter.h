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
    QString dayId;           // empty: every day
    QSet<QString> pillarIds; // empty: every pillar; else sessions with any of them
    QString speakerId;       // empty: every speaker
    QString text;            // free text, every word must match somewhere
    bool favouritesOnly = false;
    QSet<QString> favourites; // session ids, consulted when favouritesOnly

    bool isEmpty() const;
    // Words of the search text, folded once; call after changing text.
    void prepare();
    bool matches(const Catalog &catalog, const CatalogIndex &index, int session) const;

    // Which criteria a session fails, so that facet counts (every criterion but
    // one) follow from a single pass. Once two criteria have failed the session
    // counts for no facet, so the costly text check is skipped: the mask then
    // holds at least two bits but not necessarily all.
    enum Criterion : unsigned {
        DayCriterion = 1U << 0,
        FavouritesCriterion = 1U << 1,
        PillarsCriterion = 1U << 2,
        SpeakerCriterion = 1U << 3,
        TextCriterion = 1U << 4,
    };
    unsigned failures(const Catalog &catalog, const CatalogIndex &index, int session) const;

    // The same filter without one of its criteria.
    SessionFilter withoutDay() const;
    SessionFilter withoutPillars() const;
    SessionFilter withoutSpeaker() const;

    bool operator==(const SessionFilter &other) const;

private:
    bool matchesPillars(const Session &session) const;
    bool matchesSpeaker(const Session &session) const;
    bool matchesText(const CatalogIndex &index, int session) const;

    // The sessions of one index that contain every search word: found once per
    // filter and index, then each session is one lookup.
    const CatalogIndex::SessionSet &textMatches(const CatalogIndex &index) const;

    QByteArrayList m_words; // folded, UTF-8 like the index
    mutable quint64 m_matchesSerial = 0;
    mutable CatalogIndex::SessionSet m_textMatches;
};

} // namespace fa
