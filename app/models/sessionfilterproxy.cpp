#include "sessionfilterproxy.h"

#include "roles.h"
#include "sessionlistmodel.h"

namespace fa {

SessionFilterProxy::SessionFilterProxy(SessionListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sessions(source)
{
    setSourceModel(source);
    setSortRole(SortKeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Favourites change through the model; the filter must see them.
    setDynamicSortFilter(true);
    // A new catalog invalidates the record before the proxy asks about its rows.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_failures.clear(); });
}

void SessionFilterProxy::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    m_filter.prepare();
    recordFailures();
    invalidateRowsFilter();
}

void SessionFilterProxy::recordFailures()
{
    m_failures.clear();
    const CatalogPtr &catalog = m_sessions->catalog();
    if (!catalog)
        return;
    const CatalogIndex &index = m_sessions->catalogIndex();
    const int count = static_cast<int>(catalog->sessions.size());
    m_failures.resize(static_cast<std::size_t>(count));
    for (int row = 0; row < count; ++row)
        m_failures[static_cast<std::size_t>(row)] = m_filter.failures(*catalog, index, row);
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_sessions->catalog())
        return false;
    // A favourite toggled since the last pass changes the answer for that row only.
    if (m_filter.favouritesOnly || static_cast<std::size_t>(sourceRow) >= m_failures.size())
        return m_filter.matches(*m_sessions->catalog(), m_sessions->catalogIndex(), sourceRow);
    return m_failures[static_cast<std::size_t>(sourceRow)] == 0;
}

bool SessionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Time and title keys are plain numbers: compare them without a QVariant
    // (and, for titles, a collator) per call.
    if (left.column() == SessionListModel::WhenColumn && m_sessions->catalog())
        return m_sessions->catalogIndex().timeRank(left.row())
               < m_sessions->catalogIndex().timeRank(right.row());
    if (left.column() == SessionListModel::TitleColumn && m_sessions->catalog())
        return m_sessions->titleRank(left.row()) < m_sessions->titleRank(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fa
