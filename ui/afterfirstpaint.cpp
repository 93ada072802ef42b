#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace fa {

void AfterFirstPaint::run(QWidget *widget, std::function<void()> work)
{
    new AfterFirstPaint(widget, std::move(work));
}

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::function<void()> work)
    : QObject(widget)
    , m_widget(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && m_work) {
        m_widget->removeEventFilter(this);
        // Queued: the paint, and the flush of the window's picture, end first.
        QTimer::singleShot(0, m_widget, std::exchange(m_work, nullptr));
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fa
