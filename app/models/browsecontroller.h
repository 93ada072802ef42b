#pragma once

#include "catalog.h"
#include "sessionfilter.h"

#include <QObject>

namespace fa {

class FacetModel;
class SessionFilterProxy;
class SessionListModel;
class UserDataStore;

// The browsing state of one open catalog: its session list, the filter, and
// the day/pillar/speaker lists with counts that follow the filter.
class BrowseController : public QObject
{
    Q_OBJECT

public:
    explicit BrowseController(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    CatalogPtr catalog() const;

    SessionListModel *sessions() const { return m_sessions; }
    SessionFilterProxy *visibleSessions() const { return m_proxy; }
    FacetModel *days() const { return m_days; }
    FacetModel *pillars() const { return m_pillars; }
    FacetModel *speakers() const { return m_speakers; }

    const SessionFilter &filter() const { return m_filter; }
    void setFilter(const SessionFilter &filter);
    void setDay(const QString &dayId);
    void setPillarChecked(const QString &pillarId, bool checked);
    void setSpeaker(const QString &speakerId);
    void setSearchText(const QString &text);
    void setFavouritesOnly(bool on);
    void clearFilters();

    void setFavourites(const QSet<QString> &favourites);
    // Favourites then follow the store for whichever catalog is open.
    void setUserData(UserDataStore *store);
    void toggleFavourite(const QString &sessionId);
    void setLanguage(const QString &language);
    void retranslate();

    int visibleCount() const;
    int totalCount() const;
    // "9 topics", "3 of 6 sessions": what the list shows, in the current language.
    QString countText() const;

Q_SIGNALS:
    void filterChanged();

private:
    void apply();
    void updateCounts();

    SessionListModel *const m_sessions;
    SessionFilterProxy *const m_proxy;
    FacetModel *const m_days;
    FacetModel *const m_pillars;
    FacetModel *const m_speakers;
    SessionFilter m_filter;
    UserDataStore *m_userData = nullptr;
};

} // namespace fa
