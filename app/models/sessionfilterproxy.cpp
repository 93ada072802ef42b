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
}

void SessionFilterProxy::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    m_filter.prepare();
    invalidateRowsFilter();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_sessions->catalog())
        return false;
    return m_filter.matches(*m_sessions->catalog(), m_sessions->catalogIndex(), sourceRow);
}

} // namespace fa
