#include "chapterslider.h"

#include "timecode.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

namespace fa {

ChapterSlider::ChapterSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
    setPageStep(10000);
    setSingleStep(5000);
}

void ChapterSlider::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    update();
}

QString ChapterSlider::titleAt(qint64 value) const
{
    QString title;
    for (const Mark &mark : m_marks) {
        if (mark.at <= value)
            title = mark.title;
    }
    return title;
}

int ChapterSlider::xForValue(qint64 value) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return groove.left() + handle.width() / 2
           + QStyle::sliderPositionFromValue(minimum(), maximum(), static_cast<int>(value), span);
}

qint64 ChapterSlider::valueAtX(int x) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return QStyle::sliderValueFromPosition(minimum(), maximum(),
                                           x - groove.left() - handle.width() / 2, span);
}

void ChapterSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_marks.isEmpty() || maximum() <= minimum())
        return;
    QPainter painter(this);
    // Drawn on the window's background, in its text colour: readable in light and dark.
    QColor color = palette().color(QPalette::WindowText);
    color.setAlphaF(0.8f);
    painter.setPen(QPen(color, 2));
    const int top = height() / 2 - 7;
    const int bottom = height() / 2 + 7;
    for (const Mark &mark : m_marks) {
        if (mark.at <= minimum() || mark.at > maximum())
            continue;
        const int x = xForValue(mark.at);
        painter.drawLine(x, top, x, top + 4);
        painter.drawLine(x, bottom - 4, x, bottom);
    }
}

bool ChapterSlider::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 value = valueAtX(help->pos().x());
        const QString title = titleAt(value);
        const QString time = formatTimecode(value);
        QToolTip::showText(help->globalPos(),
                           title.isEmpty() ? time : time + QStringLiteral(" — ") + title, this);
        return true;
    }
    return QSlider::event(event);
}

void ChapterSlider::mousePressEvent(QMouseEvent *event)
{
    // A click on the bar jumps there, rather than stepping a page.
    if (event->button() == Qt::LeftButton && maximum() > minimum()) {
        const qint64 value = valueAtX(event->position().toPoint().x());
        setValue(static_cast<int>(value));
        Q_EMIT sliderMoved(static_cast<int>(value));
        Q_EMIT sliderReleased();
    }
    QSlider::mousePressEvent(event);
}

} // namespace fa
