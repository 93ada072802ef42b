#pragma once

#include <QStyledItemDelegate>

namespace fa {

// Paints the non-text columns of the session list: the favourite star, the
// pillar colour markers and the recording marker. A text cut off by its
// column shows in full as the cell's tooltip.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace fa
