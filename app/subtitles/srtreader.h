#pragma once

#include "subtitles/subtitlereadresult.h"

#include <QCoreApplication>
#include <QStringView>

namespace fa {

// SubRip (.srt): numbered blocks of a timing line "00:00:01,000 --> 00:00:04,000"
// and text lines, separated by blank lines. Coordinates after the timing are
// ignored; the b, i, u and font tags players accept are read by CueText.
class SrtReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::SrtReader)

public:
    // True for a cue number line.
    static bool isCueNumber(QStringView line);
    // The cues in file order; malformed blocks are skipped and reported in result.
    static QList<Cue> readCues(QStringView text, SubtitleReadResult &result);
};

} // namespace fa
