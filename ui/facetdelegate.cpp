#include "facetdelegate.h"

#include "colorcontrast.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace fa {

void FacetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = QString::number(index.data(CountRole).toInt());
    const QFontMetrics metrics(opt.font);
    const int countWidth = metrics.horizontalAdvance(count) + 12;

    // Leave room on the right for the count, then let the style draw the rest.
    QStyleOptionViewItem textOpt = opt;
    textOpt.rect.setRight(opt.rect.right() - countWidth);
    const QString color = index.data(ColorRole).toString();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!color.isEmpty()) {
        const QColor fill(color);
        const QColor background =
            opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        // An edge in the text colour for a dot that would not stand out by itself.
        const bool outlined = ColorContrast::needsOutline(fill, background);
        const int d = std::min(opt.rect.height() - 10, 12);
        QPixmap dot(d * 2, d * 2);
        dot.setDevicePixelRatio(2.0);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(fill);
        p.setPen(outlined ? QPen(text, 1.0) : QPen(Qt::NoPen));
        p.drawEllipse(QRectF(1, 1, d - 2, d - 2));
        p.end();
        textOpt.icon = QIcon(dot);
        textOpt.decorationSize = QSize(d, d);
        textOpt.features |= QStyleOptionViewItem::HasDecoration;
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    textOpt.backgroundBrush = Qt::NoBrush;
    textOpt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);
    // The focus frame spans the whole row, count included, so the keyboard's row shows.
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.backgroundColor = opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }

    QColor countColor = text;
    countColor.setAlphaF(0.65f);
    painter->save();
    painter->setPen(countColor);
    painter->drawText(opt.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

QSize FacetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    // The count and the colour dot are drawn beside what the style measured.
    const QString count = QString::number(index.data(CountRole).toInt());
    int extra = option.fontMetrics.horizontalAdvance(count) + 12;
    if (!index.data(ColorRole).toString().isEmpty())
        extra += std::min(size.height() - 10, 12) + 4;
    size.setWidth(size.width() + extra);
    return size;
}

} // namespace fa
