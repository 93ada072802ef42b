#pragma once

#include "conferencefilter.h"

#include <QSortFilterProxyModel>

namespace fa {

// Shows the conferences a ConferenceFilter accepts; the decision is the filter's.
class ConferenceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConferenceFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const ConferenceFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConferenceFilter m_filter;
};

} // namespace fa
