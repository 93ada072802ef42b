#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace fa {

// Runs work once a widget has been painted for the first time, from the event
// loop just after that paint: what the first picture does not need (starting
// the media backend, an icon theme lookup) waits until the picture is on
// screen. Nothing runs when the widget goes before it is painted.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *widget, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::function<void()> work);

    QWidget *const m_widget;
    std::function<void()> m_work;
};

} // namespace fa
