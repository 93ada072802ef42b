#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

namespace fa {

// Per-session facts precomputed once per catalog so that a filter pass does no
// text processing: folded search text over every language, recording presence.
class CatalogIndex
{
public:
    CatalogIndex() = default;
    explicit CatalogIndex(const Catalog &catalog);

    const QString &searchText(int session) const { return m_searchText[session]; }
    bool hasRecording(int session) const { return m_hasRecording[session]; }
    int sessionCount() const { return static_cast<int>(m_searchText.size()); }

private:
    QList<QString> m_searchText;
    QList<bool> m_hasRecording;
};

} // namespace fa
