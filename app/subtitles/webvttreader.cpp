#include "subtitles/webvttreader.h"

#include "subtitles/cuetimestamp.h"
#include "subtitles/subtitlereader.h"

namespace fa {

namespace {
// "NOTE", "STYLE" or "REGION" alone or followed by white space.
bool startsBlock(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword)
           && (line.size() == keyword.size() || line[keyword.size()] == u' '
               || line[keyword.size()] == u'\t');
}
} // namespace

bool WebVttReader::hasHeader(QStringView firstLine)
{
    return startsBlock(firstLine, u"WEBVTT");
}

QList<Cue> WebVttReader::readCues(QStringView text, SubtitleReadResult &result)
{
    result.format = SubtitleFormat::WebVtt;
    QList<Cue> cues;
    const QList<QStringView> lines = SubtitleReader::splitLines(text);
    if (lines.isEmpty() || !hasHeader(lines.first())) {
        result.error = tr("The file is not WebVTT: its first line must be WEBVTT.");
        return cues;
    }
    const qsizetype count = lines.size();
    const auto skipBlock = [&](qsizetype i) {
        while (i < count && !SubtitleReader::isBlank(lines[i]))
            ++i;
        return i;
    };
    // The header runs to the first blank line; a timing line in it starts the first cue.
    qsizetype i = 1;
    while (i < count && !SubtitleReader::isBlank(lines[i]) && !lines[i].contains(u"-->"))
        ++i;
    while (i < count) {
        while (i < count && SubtitleReader::isBlank(lines[i]))
            ++i;
        if (i >= count)
            break;
        const QStringView first = lines[i];
        if (startsBlock(first, u"NOTE") || startsBlock(first, u"STYLE")
            || startsBlock(first, u"REGION")) {
            i = skipBlock(i);
            continue;
        }
        // An optional cue id, then the timing line.
        const qsizetype timing = first.contains(u"-->") ? i : i + 1;
        if (timing >= count || SubtitleReader::isBlank(lines[timing])
            || !lines[timing].contains(u"-->")) {
            result.problems.append({int(i) + 1, tr("this block has no timing line such as "
                                                   "00:01:02.500 --> 00:01:05.000; skipped")});
            ++result.skippedCues;
            i = skipBlock(i);
            continue;
        }
        // The text runs to a blank line, or to a timing line: a cue without the
        // blank line before it still starts there, as the WebVTT parser does.
        qsizetype end = timing + 1;
        while (end < count && !SubtitleReader::isBlank(lines[end]) && !lines[end].contains(u"-->"))
            ++end;
        const auto block = SubtitleReader::readCueBlock(
            lines, timing, end, CueTimestampSyntax::WebVtt,
            [](const QString &quoted) {
                return tr("'%1' is not a cue timing such as 00:01:02.500 --> 00:01:05.000; the "
                          "cue is skipped")
                    .arg(quoted);
            },
            cues, result);
        if (block == SubtitleReader::CueBlock::CueLimit)
            break;
        i = end;
    }
    return cues;
}

} // namespace fa
