#include "icontint.h"

#include <QPainter>
#include <QPalette>

namespace fa {

QIcon iconInTextColour(const QIcon &icon, const QPalette &palette, int side)
{
    QIcon tinted;
    const std::pair<QIcon::Mode, QColor> modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::ButtonText)},
        {QIcon::Active, palette.color(QPalette::Active, QPalette::ButtonText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::ButtonText)},
    };
    // Two sizes, so that a high-density screen gets sharp marks too.
    for (int scale : {1, 2}) {
        const QPixmap shape = icon.pixmap(QSize(side, side) * scale);
        for (const auto &[mode, colour] : modes) {
            QPixmap pixmap = shape;
            QPainter painter(&pixmap);
            // Keep the icon's shape (its alpha), fill it with the colour.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), colour);
            painter.end();
            tinted.addPixmap(pixmap, mode);
        }
    }
    return tinted;
}

} // namespace fa
