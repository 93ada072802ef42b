#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace fa {

// The main window's areas in reading order (filters, search, list, details,
// player): F6 and Shift+F6 move between them, and Tab follows the same order.
// An area inside another (the search field in the list pane) is its own area.
class FocusAreas : public QObject
{
    Q_OBJECT

public:
    explicit FocusAreas(QWidget *window);

    // entry: where focus lands when it is focusable; else the area's first
    // focusable widget.
    void add(QWidget *area, QWidget *entry = nullptr);
    // Chains the areas' focusable widgets so that Tab runs through them in order.
    void chainTabOrder();
    // The area that holds the focus, -1 when none does.
    int current() const;
    void next() { move(1); }
    void previous() { move(-1); }

    QAction *const nextAction;
    QAction *const previousAction;

private:
    struct Area
    {
        QWidget *widget;
        QWidget *entry;
    };
    int owner(const QWidget *widget) const;
    QWidget *entryOf(int area) const;
    void move(int step);

    QWidget *const m_window;
    QList<Area> m_areas;
};

} // namespace fa
