#pragma once

#include <QStyledItemDelegate>

namespace fa {

// Paints the non-text columns of the session list: the favourite star, the
// pillar colour markers and the recording marker.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fa
