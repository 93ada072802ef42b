#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fa {

// Per-session facts precomputed once per catalog so that a filter pass does no
// text processing: folded search text over every language, recording presence.
// The search text keeps each distinct folded word once, in UTF-8: a search word
// holds no space, so it is inside the text exactly when it is inside one of its
// words, and the three languages of a session share many words. This halves
// the index and the bytes a filter pass scans.
class CatalogIndex
{
public:
    CatalogIndex() = default;
    explicit CatalogIndex(const Catalog &catalog);

    const QByteArray &searchText(int session) const { return m_searchText[session]; }
    bool hasRecording(int session) const { return m_hasRecording[session]; }
    // Position in day order, then start time, then catalog order: a numeric
    // sort key, so that sorting by time builds no string per comparison.
    int timeRank(int session) const { return m_timeRank[session]; }
    int sessionCount() const { return static_cast<int>(m_searchText.size()); }

private:
    void rankByTime(const Catalog &catalog);

    QList<QByteArray> m_searchText;
    QList<bool> m_hasRecording;
    QList<int> m_timeRank;
};

} // namespace fa
