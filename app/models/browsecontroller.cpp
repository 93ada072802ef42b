#include "browsecontroller.h"

#include "facetmodel.h"
#include "largebuffer.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"
#include "userdatastore.h"

namespace fa {

BrowseController::BrowseController(QObject *parent)
    : QObject(parent)
    , m_sessions(new SessionListModel(this))
    , m_proxy(new SessionFilterProxy(m_sessions, this))
    , m_days(new FacetModel(FacetModel::Kind::Days, this))
    , m_pillars(new FacetModel(FacetModel::Kind::Pillars, this))
    , m_speakers(new FacetModel(FacetModel::Kind::Speakers, this))
{
    connect(m_pillars, &FacetModel::checkToggled, this, &BrowseController::setPillarChecked);
}

void BrowseController::setCatalog(CatalogPtr catalog)
{
    m_sessions->setCatalog(catalog);
    m_days->setCatalog(catalog);
    m_pillars->setCatalog(catalog);
    m_speakers->setCatalog(catalog);
    const QSet<QString> favourites =
        m_userData && catalog ? m_userData->favourites(catalog->event.id) : QSet<QString>();
    m_sessions->setFavourites(favourites);
    m_filter = SessionFilter();
    m_filter.favourites = favourites;
    apply();
    // Reading and indexing a large catalog free tens of megabytes in small
    // blocks that glibc would keep resident: give them back now.
    if (catalog && catalog->sessions.size() >= largeCatalogSessions)
        returnFreedMemory();
}

void BrowseController::setUserData(UserDataStore *store)
{
    m_userData = store;
    connect(store, &UserDataStore::favouritesChanged, this, [this](const QString &catalogId) {
        const CatalogPtr current = catalog();
        if (current && current->event.id == catalogId)
            setFavourites(m_userData->favourites(catalogId));
    });
    if (const CatalogPtr current = catalog())
        setFavourites(store->favourites(current->event.id));
}

void BrowseController::toggleFavourite(const QString &sessionId)
{
    const CatalogPtr current = catalog();
    if (!m_userData || !current || !current->session(sessionId))
        return;
    m_userData->setFavourite(current->event.id, sessionId,
                             !m_userData->isFavourite(current->event.id, sessionId));
}

CatalogPtr BrowseController::catalog() const
{
    return m_sessions->catalog();
}

void BrowseController::setFilter(const SessionFilter &filter)
{
    const QSet<QString> favourites = m_filter.favourites;
    m_filter = filter;
    m_filter.favourites = favourites;
    const CatalogPtr &catalog = m_sessions->catalog();
    // Drop references the open catalog does not know (a filter restored from settings).
    if (catalog) {
        if (catalog->dayIndex(m_filter.dayId) < 0)
            m_filter.dayId.clear();
        if (catalog->speakerIndex(m_filter.speakerId) < 0)
            m_filter.speakerId.clear();
        for (auto it = m_filter.pillarIds.begin(); it != m_filter.pillarIds.end();) {
            if (catalog->pillarIndex(*it) < 0)
                it = m_filter.pillarIds.erase(it);
            else
                ++it;
        }
    }
    apply();
}

void BrowseController::setDay(const QString &dayId)
{
    if (dayId == m_filter.dayId)
        return;
    m_filter.dayId = dayId;
    apply();
}

void BrowseController::setPillarChecked(const QString &pillarId, bool checked)
{
    if (checked == m_filter.pillarIds.contains(pillarId))
        return;
    if (checked)
        m_filter.pillarIds.insert(pillarId);
    else
        m_filter.pillarIds.remove(pillarId);
    apply();
}

void BrowseController::setSpeaker(const QString &speakerId)
{
    if (speakerId == m_filter.speakerId)
        return;
    m_filter.speakerId = speakerId;
    apply();
}

void BrowseController::setSearchText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    apply();
}

void BrowseController::setFavouritesOnly(bool on)
{
    if (on == m_filter.favouritesOnly)
        return;
    m_filter.favouritesOnly = on;
    apply();
}

void BrowseController::clearFilters()
{
    SessionFilter cleared;
    cleared.favourites = m_filter.favourites;
    if (cleared == m_filter)
        return;
    m_filter = cleared;
    apply();
}

void BrowseController::setFavourites(const QSet<QString> &favourites)
{
    m_sessions->setFavourites(favourites);
    if (favourites == m_filter.favourites)
        return;
    m_filter.favourites = favourites;
    if (m_filter.favouritesOnly)
        apply();
}

void BrowseController::setLanguage(const QString &language)
{
    m_sessions->setLanguage(language);
    m_days->setLanguage(language);
    m_pillars->setLanguage(language);
    m_speakers->setLanguage(language);
}

void BrowseController::retranslate()
{
    m_sessions->retranslate();
    m_days->retranslate();
    m_pillars->retranslate();
    m_speakers->retranslate();
}

int BrowseController::visibleCount() const
{
    return m_proxy->rowCount();
}

int BrowseController::totalCount() const
{
    return m_sessions->rowCount();
}

QString BrowseController::countText() const
{
    const int total = totalCount();
    const int visible = visibleCount();
    // A catalog built from a summary knows topics, not sessions: say what they are.
    const CatalogPtr current = catalog();
    const bool topics = current && !current->sessions.isEmpty()
                        && std::all_of(current->sessions.cbegin(), current->sessions.cend(),
                                       [](const Session &s) { return s.kind == u"topic"; });
    if (topics)
        return visible == total ? tr("%n topic(s)", nullptr, total)
                                : tr("%1 of %n topic(s)", nullptr, total).arg(visible);
    return visible == total ? tr("%n session(s)", nullptr, total)
                            : tr("%1 of %n session(s)", nullptr, total).arg(visible);
}

void BrowseController::apply()
{
    m_filter.prepare();
    m_proxy->setFilter(m_filter);
    m_pillars->setChecked(m_filter.pillarIds);
    updateCounts();
    Q_EMIT filterChanged();
}

void BrowseController::updateCounts()
{
    const CatalogPtr &catalog = m_sessions->catalog();
    if (!catalog)
        return;
    // The proxy has just recorded which criteria every session fails.
    const std::vector<unsigned> &failures = m_proxy->failures();
    if (failures.size() != static_cast<std::size_t>(catalog->sessions.size()))
        return;

    QList<int> dayCounts(catalog->days.size(), 0);
    QList<int> pillarCounts(catalog->pillars.size(), 0);
    QList<int> speakerCounts(catalog->speakers.size(), 0);
    int dayTotal = 0;
    int speakerTotal = 0;
    // A session counts for a facet when it passes every criterion but that
    // facet's own: one pass, each criterion evaluated once per session.
    const auto passesAllBut = [](unsigned failed, unsigned criterion) {
        return (failed & ~criterion) == 0;
    };
    for (int row = 0; row < catalog->sessions.size(); ++row) {
        const unsigned failed = failures[static_cast<std::size_t>(row)];
        if (failed != 0 && (failed & (failed - 1)) != 0)
            continue;
        const Session &session = catalog->sessions[row];
        if (passesAllBut(failed, SessionFilter::DayCriterion)) {
            ++dayTotal;
            const int day = catalog->dayIndex(session.dayId);
            if (day >= 0)
                ++dayCounts[day];
        }
        if (passesAllBut(failed, SessionFilter::PillarsCriterion)) {
            for (const QString &pillar : session.pillarIds) {
                const int p = catalog->pillarIndex(pillar);
                if (p >= 0)
                    ++pillarCounts[p];
            }
        }
        if (passesAllBut(failed, SessionFilter::SpeakerCriterion)) {
            ++speakerTotal;
            for (const SessionSpeaker &ref : session.speakers) {
                const int s = catalog->speakerIndex(ref.speakerId);
                if (s >= 0)
                    ++speakerCounts[s];
            }
        }
    }
    m_days->setCounts(dayCounts, dayTotal);
    m_pillars->setCounts(pillarCounts, 0);
    m_speakers->setCounts(speakerCounts, speakerTotal);
}

} // namespace fa
