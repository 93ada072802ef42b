#include "subtitles/subtitlereader.h"

#include "subtitles/cuetext.h"
#include "subtitles/cuetimestamp.h"
#include "subtitles/srtreader.h"
#include "subtitles/webvttreader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace fa {

namespace {
QString byteHex(char byte)
{
    return QStringLiteral("0x")
           + QString::number(static_cast<unsigned char>(byte), 16)
                 .toUpper()
                 .rightJustified(2, u'0');
}
} // namespace

qsizetype SubtitleReader::invalidUtf8Offset(QByteArrayView data)
{
    const auto *const bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Lead byte: length and the range its first continuation byte must be in,
        // which rules out overlong forms, surrogates and code points past U+10FFFF.
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

QString SubtitleReader::tooLarge(qint64 size)
{
    const QLocale locale;
    return tr("The file is %1; subtitle files larger than %2 are not read.")
        .arg(locale.formattedDataSize(size, 1), locale.formattedDataSize(maxFileSize, 1));
}

SubtitleProblem SubtitleReader::tooManyCues(int line)
{
    return {line, tr("only the first %1 cues are read; the rest of the file is skipped")
                      .arg(QLocale().toString(maxCues))};
}

SubtitleReader::CueBlock SubtitleReader::readCueBlock(const QList<QStringView> &lines,
                                                      qsizetype timing, qsizetype end,
                                                      CueTimestampSyntax syntax,
                                                      QString (*badTiming)(const QString &quoted),
                                                      QList<Cue> &cues, SubtitleReadResult &result)
{
    const int lineNumber = int(timing) + 1;
    bool pastLimit = false;
    const auto times = parseCueTiming(lines[timing], syntax, &pastLimit);
    if (!times) {
        const QString quotedLine = quoted(lines[timing]);
        result.problems.append(
            {lineNumber, pastLimit ? tr("'%1' is later than %2 hours; the cue is skipped")
                                         .arg(quotedLine)
                                         .arg(maxCueHours)
                                   : badTiming(quotedLine)});
        ++result.skippedCues;
        return CueBlock::Skipped;
    }
    if (cues.size() == maxCues) {
        result.problems.append(tooManyCues(lineNumber));
        return CueBlock::CueLimit;
    }
    const QStringView body = end > timing + 1
                                 ? QStringView(lines[timing + 1].begin(), lines[end - 1].end())
                                 : QStringView();
    CueText cueText = CueText::parse(body, syntax == CueTimestampSyntax::Srt ? CueMarkup::Srt
                                                                             : CueMarkup::WebVtt);
    cues.append({times->start, times->end, std::move(cueText.lines), cueText.voice,
                 cueText.language, lineNumber});
    return CueBlock::Read;
}

QString SubtitleReader::quoted(QStringView line)
{
    constexpr qsizetype longest = 60;
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() <= longest)
        return trimmed.toString();
    return trimmed.first(longest).toString() + QChar(0x2026);
}

QList<QStringView> SubtitleReader::splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

SubtitleFormat SubtitleReader::detect(QStringView text)
{
    const QList<QStringView> lines = splitLines(text);
    if (!lines.isEmpty() && WebVttReader::hasHeader(lines.first()))
        return SubtitleFormat::WebVtt;
    qsizetype i = 0;
    while (i < lines.size() && isBlank(lines[i]))
        ++i;
    if (i >= lines.size())
        return SubtitleFormat::Unknown;
    if (SrtReader::isCueNumber(lines[i]) && i + 1 < lines.size())
        ++i;
    if (parseCueTiming(lines[i], CueTimestampSyntax::Srt))
        return SubtitleFormat::Srt;
    return SubtitleFormat::Unknown;
}

SubtitleReadResult SubtitleReader::readData(const QByteArray &data, SubtitleFormat format)
{
    SubtitleReadResult result;
    if (data.size() > maxFileSize) {
        result.error = tooLarge(data.size());
        return result;
    }
    QByteArrayView bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error = tr("The file is UTF-16 text; subtitles must be UTF-8. Save the file as "
                          "UTF-8 and open it again.");
        return result;
    }
    if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0) {
        // Say where, never how it would look decoded some other way.
        const qsizetype offset = bad + (data.size() - bytes.size());
        const int line = int(bytes.first(bad).count('\n')) + 1;
        result.error = tr("The file is not UTF-8 text: the byte %1 at offset %2 (line %3) is not "
                          "valid UTF-8. Save the file as UTF-8 and open it again.")
                           .arg(byteHex(bytes[bad]))
                           .arg(offset)
                           .arg(line);
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    if (format == SubtitleFormat::Unknown)
        format = detect(text);
    QList<Cue> cues;
    switch (format) {
    case SubtitleFormat::WebVtt: cues = WebVttReader::readCues(text, result); break;
    case SubtitleFormat::Srt: cues = SrtReader::readCues(text, result); break;
    case SubtitleFormat::Unknown:
        result.error = tr("The file is neither WebVTT (starting with the line WEBVTT) nor SRT "
                          "(numbered cues timed like 00:00:01,000 --> 00:00:04,000).");
        return result;
    }
    if (result.ok())
        finish(std::move(cues), result);
    return result;
}

SubtitleReadResult SubtitleReader::readFile(const QString &path, SubtitleFormat format)
{
    SubtitleReadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("The file does not exist.");
        return result;
    }
    if (info.isDir()) {
        result.error = tr("This is a folder, not a subtitle file.");
        return result;
    }
    // Refused from its size: a huge file is never read into memory.
    if (info.size() > maxFileSize) {
        result.error = tooLarge(info.size());
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file cannot be read: %1.").arg(file.errorString());
        return result;
    }
    // The size can change between the look and the read (or be unknown, for a pipe).
    const QByteArray data = file.read(maxFileSize + 1);
    if (data.size() > maxFileSize) {
        result.error = tooLarge(std::max<qint64>(data.size(), file.size()));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("The file cannot be read: %1.").arg(file.errorString());
        return result;
    }
    return readData(data, format);
}

void SubtitleReader::finish(QList<Cue> cues, SubtitleReadResult &result)
{
    QList<Cue> kept;
    kept.reserve(cues.size());
    int firstUnordered = 0;
    Milliseconds lastStart = 0;
    for (Cue &cue : cues) {
        if (cue.end <= cue.start) {
            result.problems.append(
                {cue.line,
                 cue.end < cue.start
                     ? tr("the cue ends (%1) before it starts (%2); it is skipped")
                           .arg(formatVttTimestamp(cue.end), formatVttTimestamp(cue.start))
                     : tr("the cue ends as it starts (%1); it is skipped")
                           .arg(formatVttTimestamp(cue.start))});
            ++result.skippedCues;
            continue;
        }
        if (cue.start < lastStart && firstUnordered == 0)
            firstUnordered = cue.line;
        lastStart = cue.start;
        kept.append(std::move(cue));
    }
    result.document = SubtitleDocument(std::move(kept));
    if (firstUnordered > 0)
        result.problems.append(
            {firstUnordered, tr("this cue starts before the one above it; cues are shown by "
                                "their times, not their order in the file")});
    if (const int overlapping = result.document.overlappingCount(); overlapping > 0) {
        // Once for the file, at the first of them: overlaps are legal, only unusual.
        int firstLine = 0;
        Milliseconds endSoFar = 0;
        for (const Cue &cue : result.document.cues()) {
            if (cue.start < endSoFar && (firstLine == 0 || cue.line < firstLine))
                firstLine = cue.line;
            endSoFar = std::max(endSoFar, cue.end);
        }
        result.problems.append(
            {firstLine, tr("%n cue(s) start before an earlier cue has ended; they are shown "
                           "together",
                           nullptr, overlapping)});
    }
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const SubtitleProblem &a, const SubtitleProblem &b) { return a.line < b.line; });
}

} // namespace fa
