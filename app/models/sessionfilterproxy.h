#pragma once

#include "sessionfilter.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace fa {

class SessionListModel;

// Shows the sessions a SessionFilter accepts; the decision is the filter's.
// One pass over the catalog records which criteria each session fails: the
// proxy accepts the sessions that fail none, and the facet counts read the
// same record instead of filtering again.
class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterProxy(SessionListModel *source, QObject *parent = nullptr);

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // SessionFilter::failures() of every session of the catalog, in catalog order.
    const std::vector<unsigned> &failures() const { return m_failures; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void recordFailures();

    SessionListModel *const m_sessions;
    SessionFilter m_filter;
    std::vector<unsigned> m_failures;
};

} // namespace fa
