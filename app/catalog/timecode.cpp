#include "timecode.h"

#include <array>

#include <cmath>

namespace fa {

namespace {
// 100 days: far past any real recording, small enough to never overflow.
constexpr double maxSeconds = 100.0 * 24 * 3600;

std::optional<double> parseSecondsField(QStringView field, bool allowFraction)
{
    if (field.isEmpty())
        return std::nullopt;
    int dots = 0;
    for (QChar c : field) {
        if (c == u'.') {
            if (!allowFraction || ++dots > 1)
                return std::nullopt;
        } else if (!c.isDigit() || c.unicode() > 0x7f) {
            return std::nullopt;
        }
    }
    if (field.startsWith(u'.') || field.endsWith(u'.'))
        return std::nullopt;
    if (dots == 0 && field.size() <= 9) {
        // Whole numbers, nearly every field: no locale-aware conversion needed.
        int whole = 0;
        for (QChar c : field)
            whole = whole * 10 + (c.unicode() - u'0');
        return whole;
    }
    bool ok = false;
    const double value = field.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}
} // namespace

std::optional<Milliseconds> timecodeFromSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > maxSeconds)
        return std::nullopt;
    return static_cast<Milliseconds>(std::llround(seconds * 1000.0));
}

std::optional<Milliseconds> parseTimecode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // At most three fields: kept on the stack, as this runs for every offset of a catalog.
    std::array<QStringView, 3> parts;
    qsizetype count = 0;
    for (qsizetype from = 0;;) {
        const qsizetype colon = trimmed.indexOf(u':', from);
        if (count == qsizetype(parts.size()))
            return std::nullopt;
        parts[std::size_t(count++)] =
            trimmed.sliced(from, (colon < 0 ? trimmed.size() : colon) - from);
        if (colon < 0)
            break;
        from = colon + 1;
    }

    double total = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        const auto value = parseSecondsField(parts[std::size_t(i)], last);
        if (!value)
            return std::nullopt;
        // Every field after the first is a sexagesimal digit pair.
        const QStringView part = parts[std::size_t(i)];
        if (i > 0 && (*value >= 60 || part.indexOf(u'.') == 1 || part.size() < 2))
            return std::nullopt;
        total = total * 60 + *value;
    }
    return timecodeFromSeconds(total);
}

QString formatTimecode(Milliseconds ms, bool keepMillis)
{
    const bool negative = ms < 0;
    qint64 rest = negative ? -ms : ms;
    const qint64 millis = rest % 1000;
    rest /= 1000;
    const qint64 seconds = rest % 60;
    rest /= 60;
    const qint64 minutes = rest % 60;
    const qint64 hours = rest / 60;

    QString out = negative ? QStringLiteral("-") : QString();
    if (hours > 0)
        out += QString::number(hours) + u':' + QString::number(minutes).rightJustified(2, u'0');
    else
        out += QString::number(minutes);
    out += u':' + QString::number(seconds).rightJustified(2, u'0');
    if (keepMillis && millis != 0)
        out += u'.' + QString::number(millis).rightJustified(3, u'0');
    return out;
}

} // namespace fa
