#include "textsize.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace fa {

namespace {
QSize neededAt(QWidget *window, int width)
{
    QLayout *layout = window->layout();
    if (!layout)
        return window->minimumSizeHint();
    layout->activate();
    const QSize minimum = layout->totalMinimumSize();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : 0;
    return {minimum.width(), std::max(minimum.height(), height)};
}

QSize room(const QWidget *window)
{
    const QScreen *screen = window->screen();
    return screen ? screen->availableGeometry().size() * 19 / 20
                  : QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}
} // namespace

void sizeToText(QWidget *window, int characters, int lines)
{
    const QFontMetrics metrics = window->fontMetrics();
    QSize size(metrics.averageCharWidth() * characters, metrics.lineSpacing() * lines);
    size = size.boundedTo(room(window));
    const QSize needed = neededAt(window, size.width());
    window->resize(size.expandedTo(needed));
}

void growToFitText(QWidget *window)
{
    const QSize needed = neededAt(window, window->width());
    if (needed.height() > window->height())
        window->resize(window->width(), std::min(needed.height(), room(window).height()));
}

} // namespace fa
