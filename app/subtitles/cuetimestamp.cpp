#include "subtitles/cuetimestamp.h"

namespace fa {

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Exactly count ASCII digits; their value.
std::optional<int> fixedDigits(QStringView text, qsizetype count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}
} // namespace

std::optional<Milliseconds> parseCueTimestamp(QStringView text, CueTimestampSyntax syntax,
                                              bool *pastLimit)
{
    if (pastLimit)
        *pastLimit = false;
    // The fraction: always three digits after the last separator.
    const qsizetype dot = syntax == CueTimestampSyntax::Srt
                              ? std::max(text.lastIndexOf(u','), text.lastIndexOf(u'.'))
                              : text.lastIndexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const auto millis = fixedDigits(text.sliced(dot + 1), 3);
    const QStringView clock = text.first(dot);
    const qsizetype lastColon = clock.lastIndexOf(u':');
    if (!millis || lastColon < 0)
        return std::nullopt;
    const auto seconds = fixedDigits(clock.sliced(lastColon + 1), 2);
    const QStringView rest = clock.first(lastColon);
    const qsizetype hourColon = rest.lastIndexOf(u':');
    const auto minutes = fixedDigits(rest.sliced(hourColon + 1), 2);
    if (!seconds || !minutes || *seconds > 59 || *minutes > 59)
        return std::nullopt;
    qint64 hours = 0;
    if (hourColon >= 0) {
        const QStringView hourText = rest.first(hourColon);
        if (hourText.isEmpty())
            return std::nullopt;
        for (QChar c : hourText) {
            if (!isAsciiDigit(c))
                return std::nullopt;
            // Checked digit by digit: a long run of digits must not overflow.
            hours = hours * 10 + (c.unicode() - u'0');
            if (hours > maxCueHours) {
                if (pastLimit)
                    *pastLimit = true;
                return std::nullopt;
            }
        }
    }
    return ((hours * 60 + *minutes) * 60 + *seconds) * 1000 + *millis;
}

std::optional<CueTiming> parseCueTiming(QStringView line, CueTimestampSyntax syntax,
                                        bool *pastLimit)
{
    const qsizetype arrow = line.indexOf(u"-->");
    if (arrow < 0)
        return std::nullopt;
    QStringView after = line.sliced(arrow + 3).trimmed();
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i].isSpace()) {
            after = after.first(i);
            break;
        }
    }
    bool startPast = false;
    bool endPast = false;
    const auto start = parseCueTimestamp(line.first(arrow).trimmed(), syntax, &startPast);
    const auto end = parseCueTimestamp(after, syntax, &endPast);
    if (pastLimit)
        *pastLimit = startPast || endPast;
    if (!start || !end)
        return std::nullopt;
    return CueTiming{*start, *end};
}

QString formatVttTimestamp(Milliseconds ms)
{
    const qint64 hours = ms / 3600000;
    const qint64 minutes = ms / 60000 % 60;
    const qint64 seconds = ms / 1000 % 60;
    return QString::number(hours).rightJustified(2, u'0') + u':'
           + QString::number(minutes).rightJustified(2, u'0') + u':'
           + QString::number(seconds).rightJustified(2, u'0') + u'.'
           + QString::number(ms % 1000).rightJustified(3, u'0');
}

} // namespace fa
