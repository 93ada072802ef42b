#include "conferencefilterproxy.h"

#include "conferencelistmodel.h"

namespace fa {

ConferenceFilterProxy::ConferenceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ConferenceFilterProxy::setFilterText(const QString &text)
{
    m_filter = ConferenceFilter(text);
    invalidateRowsFilter();
}

bool ConferenceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.matches(index.data(ConferenceListModel::SearchTextRole).toString());
}

} // namespace fa
