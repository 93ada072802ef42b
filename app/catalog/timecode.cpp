#include "timecode.h"

#include <QList>

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
    const QList<QStringView> parts = trimmed.split(u':');
    if (parts.size() > 3)
        return std::nullopt;

    double total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        const auto value = parseSecondsField(parts[i], last);
        if (!value)
            return std::nullopt;
        // Every field after the first is a sexagesimal digit pair.
        if (i > 0 && (*value >= 60 || parts[i].indexOf(u'.') == 1 || parts[i].size() < 2))
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
