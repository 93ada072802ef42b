#pragma once

#include "subtitles/cuetimestamp.h"
#include "subtitles/subtitlereadresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace fa {

// Reads WebVTT and SRT subtitle files, telling them apart by their content.
// Input is outside data: it must be UTF-8, is capped in size and number of
// cues, and every problem is reported with its line.
class SubtitleReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::SubtitleReader)

public:
    // Real subtitle files are far smaller (a ten-hour WebVTT file is about 1 MiB).
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;
    // About 28 hours at one cue per second; bounds memory for files of tiny cues.
    static constexpr int maxCues = 100000;

    // format Unknown: told by the content.
    static SubtitleReadResult readData(const QByteArray &data,
                                       SubtitleFormat format = SubtitleFormat::Unknown);
    // Files over maxFileSize are refused from their size, without reading them.
    static SubtitleReadResult readFile(const QString &path,
                                       SubtitleFormat format = SubtitleFormat::Unknown);
    // Unknown when the text is neither.
    static SubtitleFormat detect(QStringView text);

    // For the format readers: the lines of a text, whatever its line ends.
    static QList<QStringView> splitLines(QStringView text);
    // A line that separates blocks: empty or only white space.
    static bool isBlank(QStringView line) { return line.trimmed().isEmpty(); }
    // A timing line's text for a message, shortened when long.
    static QString quoted(QStringView line);
    // What became of one cue block.
    enum class CueBlock { Read, Skipped, CueLimit };
    // For the format readers: the cue whose timing line is lines[timing] and whose
    // text runs to lines[end - 1], appended to cues. A timing line that does not
    // parse is reported, with badTiming(the quoted line) unless only its hours
    // were too many, and the cue skipped; at maxCues nothing more is read.
    static CueBlock readCueBlock(const QList<QStringView> &lines, qsizetype timing, qsizetype end,
                                 CueTimestampSyntax syntax,
                                 QString (*badTiming)(const QString &quoted), QList<Cue> &cues,
                                 SubtitleReadResult &result);
    // The problem reported when a file reaches maxCues.
    static SubtitleProblem tooManyCues(int line);
    // The message for data over maxFileSize.
    static QString tooLarge(qint64 size);
    // The offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype invalidUtf8Offset(QByteArrayView data);

private:
    // Checks and orders what a format reader found: cues that end before they
    // start are dropped, out-of-order and overlapping cues reported once each.
    static void finish(QList<Cue> cues, SubtitleReadResult &result);
};

} // namespace fa
