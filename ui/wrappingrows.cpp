#include "wrappingrows.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace fa {

namespace {
constexpr int groupSpacing = 8;

bool holdsShownWidget(const QWidget *box)
{
    return !box->layout()->isEmpty();
}
} // namespace

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
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QWidget *widget : widgets) {
        const bool hidden = widget->isHidden();
        widget->setParent(box);
        widget->setVisible(!hidden);
        layout->addWidget(widget, widget == stretching ? 1 : 0);
    }
    // Showing or hiding one of its widgets reaches the group, not this widget.
    box->installEventFilter(this);
    m_groups.append(Group{box, stretching});
    arrange(width(), true);
}

QSize WrappingRows::minimumSizeHint() const
{
    int width = 0;
    int rowHeight = 0;
    for (const Group &group : m_groups) {
        if (!holdsShownWidget(group.box))
            continue;
        // A group is given its preferred width: its widgets are never squeezed.
        width = std::max(width, group.box->sizeHint().width());
        rowHeight = std::max(rowHeight, group.box->sizeHint().height());
    }
    const int rows = rowCount();
    return {width, rows * rowHeight + std::max(0, rows - 1) * m_column->spacing()};
}

QSize WrappingRows::sizeHint() const
{
    int width = 0;
    for (const Group &group : m_groups) {
        if (holdsShownWidget(group.box))
            width += (width > 0 ? groupSpacing : 0) + group.box->sizeHint().width();
    }
    return {width, minimumSizeHint().height()};
}

bool WrappingRows::event(QEvent *event)
{
    // A widget laid out while hidden is arranged for its width when it shows.
    if (event->type() == QEvent::Show)
        arrange(width(), false);
    return QWidget::event(event);
}

bool WrappingRows::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        arrange(width(), false);
    // A box first shown at its preferred width and then narrowed by its row
    // would keep its widgets where they were (Qt 6.4 skips a layout that is not
    // yet activated): place them in the box as it is now.
    if (event->type() == QEvent::Resize) {
        auto *box = static_cast<QWidget *>(watched);
        box->layout()->activate();
        box->layout()->setGeometry(box->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void WrappingRows::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width(), false);
}

void WrappingRows::arrange(int width, bool force)
{
    QList<int> shown;
    QList<int> widths;
    for (int i = 0; i < m_groups.size(); ++i) {
        // An activated layout follows every later resize of its box at once.
        m_groups.at(i).box->layout()->activate();
        if (holdsShownWidget(m_groups.at(i).box)) {
            shown.append(i);
            widths.append(m_groups.at(i).box->sizeHint().width());
        }
    }
    QList<int> starts;
    int used = 0;
    for (int n = 0; n < shown.size(); ++n) {
        if (starts.isEmpty() || used + groupSpacing + widths.at(n) > width) {
            starts.append(n);
            used = widths.at(n);
        } else {
            used += groupSpacing + widths.at(n);
        }
    }
    if (!force && starts == m_rowStarts && shown == m_shown && widths == m_widths)
        return;
    m_rowStarts = starts;
    m_shown = shown;
    m_widths = widths;

    // The rows hold the groups' boxes, which stay this widget's children.
    while (QLayoutItem *row = m_column->takeAt(0)) {
        if (QLayout *rowLayout = row->layout()) {
            while (QLayoutItem *item = rowLayout->takeAt(0))
                delete item;
        }
        delete row;
    }
    const qsizetype rowCount = std::max<qsizetype>(1, starts.size());
    QList<QHBoxLayout *> rows;
    for (qsizetype r = 0; r < rowCount; ++r) {
        auto *row = new QHBoxLayout;
        row->setSpacing(groupSpacing);
        rows.append(row);
    }
    QList<bool> stretches(rowCount, false);
    for (int i = 0; i < m_groups.size(); ++i) {
        const Group &group = m_groups.at(i);
        const qsizetype n = shown.indexOf(i);
        // A box whose widgets are all hidden stays out of the rows; it stays
        // visible itself, so that showing one of them reaches it and arranges again.
        if (n < 0)
            continue;
        qsizetype r = rowCount - 1;
        while (r > 0 && starts.at(r) > n)
            --r;
        const bool stretching = group.stretching && !group.stretching->isHidden();
        if ((m_alignment & Qt::AlignHCenter) && rows.at(r)->isEmpty())
            rows.at(r)->addStretch(1);
        rows.at(r)->addWidget(group.box, stretching ? 1 : 0);
        stretches[r] = stretches.at(r) || stretching;
    }
    for (qsizetype r = 0; r < rowCount; ++r) {
        if (!stretches.at(r))
            rows.at(r)->addStretch(1);
        m_column->addLayout(rows.at(r));
    }
    // Place the groups now: a layout request handled later would leave the old
    // places (overlapping groups) on screen for a moment.
    m_column->activate();
    updateGeometry();
}

} // namespace fa
