#include "wrappingrows.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace fa {

namespace {
constexpr int groupSpacing = 8;
}

WrappingRows::WrappingRows(Qt::Alignment alignment, QWidget *parent)
    : QWidget(parent)
    , m_alignment(alignment)
    , m_column(new QVBoxLayout(this))
{
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(2);
    // This widget says how narrow it can be; the layout must not pin it to one row.
    m_column->setSizeConstraint(QLayout::SetNoConstraint);
}

void WrappingRows::addGroup(std::initializer_list<QWidget *> widgets, QWidget *stretching)
{
    auto *box = new QHBoxLayout;
    box->setSpacing(4);
    for (QWidget *widget : widgets) {
        const bool hidden = widget->isHidden();
        widget->setParent(this);
        widget->setVisible(!hidden);
        box->addWidget(widget, widget == stretching ? 1 : 0);
    }
    m_groups.append({box, stretching});
    arrange(width() > 0 && isVisible() ? width() : QWIDGETSIZE_MAX, true);
}

void WrappingRows::rearrange()
{
    arrange(isVisible() ? width() : QWIDGETSIZE_MAX, true);
}

QSize WrappingRows::minimumSizeHint() const
{
    int width = 0;
    int rowHeight = 0;
    for (const Group &group : m_groups) {
        if (group.box->isEmpty())
            continue;
        width = std::max(width, group.box->minimumSize().width());
        rowHeight = std::max(rowHeight, group.box->minimumSize().height());
    }
    const int rows = rowCount();
    return {width, rows * rowHeight + std::max(0, rows - 1) * m_column->spacing()};
}

QSize WrappingRows::sizeHint() const
{
    int width = 0;
    for (const Group &group : m_groups) {
        if (!group.box->isEmpty())
            width += (width > 0 ? groupSpacing : 0) + group.box->sizeHint().width();
    }
    return {width, minimumSizeHint().height()};
}

bool WrappingRows::event(QEvent *event)
{
    // A widget of a group was shown or hidden: the rows may change.
    if (event->type() == QEvent::LayoutRequest)
        arrange(isVisible() ? width() : QWIDGETSIZE_MAX, false);
    return QWidget::event(event);
}

void WrappingRows::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width(), false);
}

void WrappingRows::arrange(int width, bool force)
{
    QList<int> shown;
    for (int i = 0; i < m_groups.size(); ++i) {
        // A group taken out of its row is not told when its widgets change.
        m_groups.at(i).box->invalidate();
        if (!m_groups.at(i).box->isEmpty())
            shown.append(i);
    }
    QList<int> starts;
    int used = 0;
    for (int n = 0; n < shown.size(); ++n) {
        const int needed = m_groups.at(shown.at(n)).box->minimumSize().width();
        if (starts.isEmpty() || used + groupSpacing + needed > width) {
            starts.append(n);
            used = needed;
        } else {
            used += groupSpacing + needed;
        }
    }
    if (!force && starts == m_rowStarts && shown == m_shown)
        return;
    m_rowStarts = starts;
    m_shown = shown;
    // Take the groups out of the old rows first: a row deletes what it holds.
    while (QLayoutItem *row = m_column->takeAt(0)) {
        if (QLayout *rowLayout = row->layout()) {
            while (QLayoutItem *item = rowLayout->takeAt(0)) {
                if (QLayout *box = item->layout())
                    box->setParent(nullptr);
                else
                    delete item;
            }
        }
        delete row;
    }
    for (const Group &group : std::as_const(m_groups))
        group.box->setParent(nullptr);
    // Hidden groups stay in the last row, so that showing a widget later finds its place.
    QList<QHBoxLayout *> rows;
    for (int r = 0; r < std::max<qsizetype>(1, starts.size()); ++r)
        rows.append(new QHBoxLayout);
    QList<bool> stretches(rows.size(), false);
    for (int i = 0; i < m_groups.size(); ++i) {
        const qsizetype n = shown.indexOf(i);
        int r = int(rows.size()) - 1;
        if (n >= 0) {
            while (r > 0 && starts.at(r) > n)
                --r;
        }
        const Group &group = m_groups.at(i);
        const bool stretching = group.stretching && !group.stretching->isHidden();
        if (m_alignment & Qt::AlignHCenter && rows.at(r)->isEmpty())
            rows.at(r)->addStretch(1);
        rows.at(r)->addLayout(group.box, stretching ? 1 : 0);
        stretches[r] = stretches[r] || stretching;
    }
    for (int r = 0; r < rows.size(); ++r) {
        rows.at(r)->setSpacing(groupSpacing);
        if (!stretches.at(r))
            rows.at(r)->addStretch(1);
        m_column->addLayout(rows.at(r));
    }
    // Place the widgets now: a layout request handled later would leave the old
    // places (overlapping groups) on screen for a moment.
    m_column->activate();
    updateGeometry();
}

} // namespace fa
