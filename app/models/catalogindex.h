#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace fa {

// Per-session facts precomputed once per catalog so that a filter pass does no
// text processing: folded search words over every language, recording presence.
// A search word holds no space, so it is inside a session's text exactly when
// it is inside one of the session's words. The index therefore keeps one
// dictionary of the catalog's distinct folded words (UTF-8) and, per word, the
// sessions that use it: a search scans the dictionary once, far smaller than
// all sessions' texts, then marks only the sessions of the words it found.
class CatalogIndex
{
public:
    // One flag per session, in catalog order.
    using SessionSet = std::vector<quint8>;

    CatalogIndex();
    explicit CatalogIndex(const Catalog &catalog);

    // Tells indexes apart for callers that cache a SessionSet (addresses get reused).
    quint64 serial() const { return m_serial; }
    // The sessions with a word that contains this folded search word.
    SessionSet sessionsContaining(QByteArrayView folded) const;
    int wordCount() const { return static_cast<int>(m_wordStart.size()) - 1; }

    bool hasRecording(int session) const { return m_hasRecording[session]; }
    // Position in day order, then start time, then catalog order: a numeric
    // sort key, so that sorting by time builds no string per comparison.
    int timeRank(int session) const { return m_timeRank[session]; }
    int sessionCount() const { return static_cast<int>(m_hasRecording.size()); }

private:
    void indexWords(const Catalog &catalog);
    void rankByTime(const Catalog &catalog);

    quint64 m_serial;
    // Every distinct word preceded by a space: word n is the bytes between
    // m_wordStart[n] + 1 and m_wordStart[n + 1].
    QByteArray m_dictionary;
    std::vector<quint32> m_wordStart;
    // Sessions using word n, in order: m_wordSessions[m_wordSessionStart[n] .. [n + 1])
    // holds the gaps between them, seven bits a byte (the first gap from -1).
    std::vector<quint32> m_wordSessionStart;
    std::vector<quint8> m_wordSessions;
    QList<bool> m_hasRecording;
    QList<int> m_timeRank;
};

} // namespace fa
