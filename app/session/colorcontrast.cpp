#include "colorcontrast.h"

#include <algorithm>
#include <cmath>

namespace fa::ColorContrast {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &color, const QColor &background)
{
    const QColor fg = color.toRgb();
    const QColor bg = background.toRgb();
    const float a = fg.alphaF();
    return QColor::fromRgbF(fg.redF() * a + bg.redF() * (1 - a),
                            fg.greenF() * a + bg.greenF() * (1 - a),
                            fg.blueF() * a + bg.blueF() * (1 - a));
}

bool needsOutline(const QColor &mark, const QColor &background)
{
    return contrastRatio(over(mark, background), background) < markMinimum;
}

QColor withContrast(const QColor &color, const QColor &background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    QColor hsl = color.toHsl();
    const bool darken = relativeLuminance(background) >= 0.5;
    // Lightness in steps of 2 %: at the latest black or white has it.
    for (int step = 0; step < 50 && contrastRatio(hsl, background) < minimum; ++step) {
        const float lightness = std::clamp(hsl.lightnessF() + (darken ? -0.02f : 0.02f), 0.f, 1.f);
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness, hsl.alphaF());
    }
    return hsl.toRgb();
}

} // namespace fa::ColorContrast
