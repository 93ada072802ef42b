#pragma once

#include "catalog/timecode.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fa {

// Cue times past this many hours are refused: 100 days, the bound parseTimecode
// puts on catalog offsets, far past any recording and far from overflowing.
inline constexpr qint64 maxCueHours = 100 * 24;

enum class CueTimestampSyntax {
    WebVtt, // [H…:]MM:SS.mmm
    Srt,    // [H…:]MM:SS,mmm; a '.' before the milliseconds is accepted too
};

// One time of a cue timing line, already trimmed. Nothing when malformed; then
// pastLimit, when given, says whether it was only the hours that were too many.
std::optional<Milliseconds> parseCueTimestamp(QStringView text, CueTimestampSyntax syntax,
                                              bool *pastLimit = nullptr);

struct CueTiming
{
    Milliseconds start = 0;
    Milliseconds end = 0;
};

// A timing line "start --> end" followed by anything (WebVTT cue settings, SRT
// coordinates), which is ignored. pastLimit as above, for either time.
std::optional<CueTiming> parseCueTiming(QStringView line, CueTimestampSyntax syntax,
                                        bool *pastLimit = nullptr);

// HH:MM:SS.mmm, as WebVTT writes it.
QString formatVttTimestamp(Milliseconds ms);

} // namespace fa
