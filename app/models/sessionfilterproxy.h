#pragma once

#include "sessionfilter.h"

#include <QSortFilterProxyModel>

namespace fa {

class SessionListModel;

// Shows the sessions a SessionFilter accepts; the decision is the filter's.
class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterProxy(SessionListModel *source, QObject *parent = nullptr);

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SessionListModel *const m_sessions;
    SessionFilter m_filter;
};

} // namespace fa
