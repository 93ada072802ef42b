#pragma once

#include "subtitles/subtitledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fa {

enum class SubtitleFormat { Unknown, WebVtt, Srt };

// Something in a subtitle file that was skipped or doubtful, with its line.
struct SubtitleProblem
{
    int line = 0; // 1-based; 0 when it concerns the whole file
    QString message;

    QString toString() const;
};

// What reading a subtitle file gave: the cues, or why there are none.
struct SubtitleReadResult
{
    Q_DECLARE_TR_FUNCTIONS(fa::SubtitleReadResult)

public:
    SubtitleFormat format = SubtitleFormat::Unknown;
    SubtitleDocument document;
    QString error; // why the file could not be read at all; empty when it could
    QList<SubtitleProblem> problems;
    int skippedCues = 0;

    bool ok() const { return error.isEmpty(); }
    // The error, or the first problems and how many more there are; empty when
    // there is nothing to say. One message for a status bar or a dialog.
    QString summary(int maxProblems = 3) const;
};

} // namespace fa
