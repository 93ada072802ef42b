#pragma once

#include <QStringList>

class QListView;
class QWidget;

namespace fa::test {

// What a reader of large text would find wrong in a laid-out window, one line each:
// a label or button whose text does not fit its widget, widgets of one layout that
// overlap, a widget that reaches outside its parent, a list row lower than a line
// of its text. Widgets inside a scroll area's viewport may reach outside it (they
// scroll), and hidden widgets are not looked at.
QStringList layoutProblems(const QWidget *root);

// The rows of a filter list (days, pillars) whose title the list cuts: the width a
// title is drawn in is what the style leaves of the row once the count, the tick
// box and the colour marker have their room.
QStringList elidedFacetTexts(const QListView *view);

} // namespace fa::test
