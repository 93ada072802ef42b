#pragma once

#include <QStyledItemDelegate>

namespace fa {

// Paints a facet row: a colour marker for pillars, the title, and the session
// count right-aligned in a muted colour.
class FacetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fa
