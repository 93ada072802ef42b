#include "sessiondelegate.h"

#include "colorcontrast.h"
#include "roles.h"
#include "sessionlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace fa {

namespace {
// outline: the colour of the star's edge, which a filled star needs when its
// own colour would not stand out from the background.
void drawStar(QPainter *painter, const QRectF &box, bool filled, const QColor &color,
              const QColor &outline)
{
    QPainterPath star;
    const QPointF c = box.center();
    const double outer = std::min(box.width(), box.height()) / 2.0 - 1.0;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
        i == 0 ? star.moveTo(p) : star.lineTo(p);
    }
    star.closeSubpath();
    painter->setPen(QPen(outline, 1.2));
    painter->setBrush(filled ? QBrush(color) : Qt::NoBrush);
    painter->drawPath(star);
}

void drawPlayMark(QPainter *painter, const QRectF &box, const QColor &color)
{
    const double s = std::min(box.width(), box.height()) * 0.5;
    const QPointF c = box.center();
    const QPolygonF triangle{QPointF(c.x() - s * 0.4, c.y() - s * 0.5),
                             QPointF(c.x() + s * 0.55, c.y()),
                             QPointF(c.x() - s * 0.4, c.y() + s * 0.5)};
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(triangle);
}
} // namespace

void SessionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const int column = index.column();
    if (column == SessionListModel::TitleColumn || column == SessionListModel::WhenColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    // Coloured marks stand out from light and dark lists alike: those that
    // would not get an edge in the text colour.
    const auto edge = [&](const QColor &mark) {
        return ColorContrast::needsOutline(mark, background) ? text : mark;
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(opt.rect).adjusted(4, 4, -4, -4);
    const double side = std::min(box.width(), box.height());
    const QRectF square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    switch (column) {
    case SessionListModel::FavouriteColumn: {
        const bool favourite = index.data(IsFavouriteRole).toBool();
        const QColor color = favourite ? QColor(0xd9, 0x9a, 0x06)
                                       : QColor(text.red(), text.green(), text.blue(), 90);
        // The empty star is a faint hint on purpose; the filled one carries the meaning.
        drawStar(painter, square.adjusted(1, 1, -1, -1), favourite, color,
                 favourite ? edge(color) : color);
        break;
    }
    case SessionListModel::RecordingColumn:
        if (index.data(HasRecordingRole).toBool())
            drawPlayMark(painter, square, text);
        break;
    case SessionListModel::PillarsColumn: {
        const QStringList colors = index.data(PillarColorsRole).toStringList();
        const double d = std::min(10.0, box.height());
        double x = box.left();
        for (const QString &name : colors) {
            const QColor color = name.isEmpty() ? text : QColor(name);
            const QColor outline = edge(color);
            painter->setPen(outline == color ? QPen(Qt::NoPen) : QPen(outline, 1.0));
            painter->setBrush(color);
            painter->drawEllipse(QRectF(x + 0.5, box.center().y() - d / 2 + 0.5, d - 1, d - 1));
            x += d + 4;
        }
        break;
    }
    default: break;
    }
    painter->restore();
}

QSize SessionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

bool SessionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip && isElided(option, index)) {
        // The full text first; the cell's own tooltip (a title's summary) below it.
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString more = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(event->globalPos(),
                           more.isEmpty() ? text : text + QStringLiteral("\n\n") + more,
                           view->viewport(), option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool SessionDelegate::isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column != SessionListModel::TitleColumn && column != SessionListModel::WhenColumn)
        return false;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return false;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The room the style draws the text in, less the margins it keeps on both sides.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return QFontMetrics(opt.font).horizontalAdvance(opt.text) > textRect.width() - 2 * margin;
}

} // namespace fa
