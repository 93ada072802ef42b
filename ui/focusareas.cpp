#include "focusareas.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace fa {

namespace {
bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled();
}

int depth(const QWidget *widget)
{
    int d = 0;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        ++d;
    return d;
}
} // namespace

FocusAreas::FocusAreas(QWidget *window)
    : QObject(window)
    , nextAction(new QAction(window))
    , previousAction(new QAction(window))
    , m_window(window)
{
    nextAction->setObjectName(QStringLiteral("nextAreaAction"));
    nextAction->setShortcut(QKeySequence(Qt::Key_F6));
    previousAction->setObjectName(QStringLiteral("previousAreaAction"));
    previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction *action : {nextAction, previousAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(nextAction, &QAction::triggered, this, &FocusAreas::next);
    connect(previousAction, &QAction::triggered, this, &FocusAreas::previous);
}

void FocusAreas::add(QWidget *area, QWidget *entry)
{
    m_areas.append(Area{area, entry});
}

int FocusAreas::owner(const QWidget *widget) const
{
    // The innermost area wins: the search field belongs to the search, not the list.
    int found = -1;
    int foundDepth = -1;
    for (int i = 0; i < m_areas.size(); ++i) {
        const QWidget *area = m_areas[i].widget;
        if (widget && (area == widget || area->isAncestorOf(widget)) && depth(area) > foundDepth) {
            found = i;
            foundDepth = depth(area);
        }
    }
    return found;
}

int FocusAreas::current() const
{
    return owner(QApplication::focusWidget());
}

QWidget *FocusAreas::entryOf(int area) const
{
    const Area &a = m_areas[area];
    if (a.entry && takesTabFocus(a.entry))
        return a.entry;
    // Focus-chain order is Tab order, so this is where Tab would enter the area.
    QWidget *w = m_window;
    do {
        if (owner(w) == area && takesTabFocus(w) && !w->focusProxy())
            return w;
        w = w->nextInFocusChain();
    } while (w && w != m_window);
    return nullptr;
}

void FocusAreas::move(int step)
{
    const int count = static_cast<int>(m_areas.size());
    if (count == 0)
        return;
    int area = current();
    if (area < 0)
        area = step > 0 ? -1 : count;
    for (int tried = 0; tried < count; ++tried) {
        area = (area + step + count) % count;
        if (QWidget *entry = entryOf(area)) {
            entry->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void FocusAreas::chainTabOrder()
{
    // Walks the window's focus chain once and regroups its widgets by area,
    // keeping each area's own order; widgets of no area (docks) follow.
    QList<QWidget *> ordered;
    QWidget *w = m_window->nextInFocusChain();
    while (w && w != m_window) {
        // A pane that hands its focus to a child (the list pane) is a stop of
        // Tab too: left out of place it would pull Tab back into its area.
        const QWidget *target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if ((target->focusPolicy() & Qt::TabFocus) && owner(w) >= 0)
            ordered.append(w);
        w = w->nextInFocusChain();
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [this](QWidget *a, QWidget *b) { return owner(a) < owner(b); });
    for (qsizetype i = 1; i < ordered.size(); ++i)
        QWidget::setTabOrder(ordered[i - 1], ordered[i]);
}

} // namespace fa
