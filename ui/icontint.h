#pragma once

#include <QIcon>

class QPalette;

namespace fa {

// An icon of the style (drawn for light backgrounds, faint on dark ones) in
// the palette's button-text colour, and in its disabled text colour when
// disabled: it then reads on whatever background the palette gives buttons.
QIcon iconInTextColour(const QIcon &icon, const QPalette &palette, int side);

} // namespace fa
