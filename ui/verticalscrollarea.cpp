#include "verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace fa {

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(true);
    setWidget(content);
    setFocusPolicy(Qt::NoFocus);
    // The content's minimum width changes with its texts (a language switch, a
    // catalog with longer track names): the column's must follow.
    content->installEventFilter(this);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::minimumSizeHint();
    const int frame = 2 * frameWidth();
    const int bar = verticalScrollBar()->sizeHint().width();
    return {content->minimumSizeHint().width() + bar + frame,
            QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    const QSize wanted = content->sizeHint();
    return {std::max(wanted.width() + 2 * frameWidth(), minimumSizeHint().width()),
            wanted.height() + 2 * frameWidth()};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace fa
