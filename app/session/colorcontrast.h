#pragma once

#include <QColor>

namespace fa::ColorContrast {

// Contrast as WCAG 2 measures it. Text needs 4.5:1 against its background;
// marks that carry meaning (dots, stars, chapter ticks) need 3:1.
constexpr double textMinimum = 4.5;
constexpr double markMinimum = 3.0;

// Relative luminance of the colour's RGB (alpha ignored), 0 for black to 1 for white.
double relativeLuminance(const QColor &color);
// From 1 (the same luminance) to 21 (black on white); symmetric in its arguments.
double contrastRatio(const QColor &a, const QColor &b);
// The colour seen where a translucent colour lies over an opaque background.
QColor over(const QColor &color, const QColor &background);
// True when a mark in this colour needs an outline to stand out from the background.
bool needsOutline(const QColor &mark, const QColor &background);
// The colour itself when it has the contrast, else the same hue made darker
// (on a light background) or lighter (on a dark one) until it has.
QColor withContrast(const QColor &color, const QColor &background, double minimum);

} // namespace fa::ColorContrast
