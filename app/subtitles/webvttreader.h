#pragma once

#include "subtitles/subtitlereadresult.h"

#include <QCoreApplication>
#include <QStringView>

namespace fa {

// WebVTT (https://www.w3.org/TR/webvtt1/): the WEBVTT header, cues with an
// optional id, a timing line whose cue settings are ignored, and cue text whose
// markup CueText reads. NOTE, STYLE and REGION blocks are skipped.
class WebVttReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::WebVttReader)

public:
    // True when the first line is the WebVTT signature.
    static bool hasHeader(QStringView firstLine);
    // The cues in file order. Malformed blocks are skipped and reported in result,
    // which gets an error when the text is not WebVTT at all.
    static QList<Cue> readCues(QStringView text, SubtitleReadResult &result);
};

} // namespace fa
