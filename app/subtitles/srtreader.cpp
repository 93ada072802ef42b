#include "subtitles/srtreader.h"

#include "subtitles/cuetimestamp.h"
#include "subtitles/subtitlereader.h"

namespace fa {

bool SrtReader::isCueNumber(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 9)
        return false;
    for (QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QList<Cue> SrtReader::readCues(QStringView text, SubtitleReadResult &result)
{
    result.format = SubtitleFormat::Srt;
    QList<Cue> cues;
    const QList<QStringView> lines = SubtitleReader::splitLines(text);
    const qsizetype count = lines.size();
    const auto isTiming = [](QStringView line) {
        return parseCueTiming(line, CueTimestampSyntax::Srt).has_value();
    };
    qsizetype i = 0;
    while (i < count) {
        while (i < count && SubtitleReader::isBlank(lines[i]))
            ++i;
        if (i >= count)
            break;
        // The cue number, then the timing line; files that leave out the number
        // are common enough to accept.
        qsizetype timing = i;
        if (!lines[i].contains(u"-->")) {
            if (i + 1 < count && isCueNumber(lines[i]) && lines[i + 1].contains(u"-->")) {
                timing = i + 1;
            } else {
                result.problems.append(
                    {int(i) + 1, tr("expected a cue number and a timing line such as "
                                    "00:00:01,000 --> 00:00:04,000; the block is skipped")});
                ++result.skippedCues;
                while (i < count && !SubtitleReader::isBlank(lines[i]))
                    ++i;
                continue;
            }
        }
        // The text runs to a blank line. A timing line inside it (a missing blank
        // line) starts the next cue, taking the number line before it along.
        qsizetype end = timing + 1;
        qsizetype next = end;
        while (end < count && !SubtitleReader::isBlank(lines[end])) {
            if (lines[end].contains(u"-->") && isTiming(lines[end])) {
                next = end;
                if (end - 1 > timing && isCueNumber(lines[end - 1]))
                    next = --end;
                break;
            }
            next = ++end;
        }
        const auto block = SubtitleReader::readCueBlock(
            lines, timing, end, CueTimestampSyntax::Srt,
            [](const QString &quoted) {
                return tr("'%1' is not a cue timing such as 00:00:01,000 --> 00:00:04,000; the "
                          "cue is skipped")
                    .arg(quoted);
            },
            cues, result);
        if (block == SubtitleReader::CueBlock::CueLimit)
            break;
        i = next;
    }
    if (cues.isEmpty() && result.skippedCues == 0)
        result.error = tr("The file has no SRT cues.");
    return cues;
}

} // namespace fa
