#pragma once

#include "catalog.h"
#include "chapterlist.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QMap>

namespace fa {

// Where each session starts in one recording: session id -> offset. The app
// keeps such an overlay in user data instead of rewriting the catalog.
using ChapterOffsets = QMap<QString, Milliseconds>;

struct ChapterMatch
{
    enum class How { Exact, Folded, Fuzzy };
    ImportedChapter chapter;
    QString sessionId;
    How how = How::Exact;
    double score = 1.0;
};

struct ChapterMatchResult
{
    ChapterOffsets overlay;
    QList<ChapterMatch> matches;
    QList<ImportedChapter> unmatchedChapters;
    QStringList unmatchedSessions; // sessions of the recording's day without a chapter
    QList<ImportMessage> warnings;

    QString summary() const;
};

// Matches imported chapter titles to sessions: exactly, then ignoring case and
// accents, then by the best similarity above a threshold.
class ChapterMatcher
{
    Q_DECLARE_TR_FUNCTIONS(fa::ChapterMatcher)

public:
    static constexpr double defaultThreshold = 0.6;

    static ChapterMatchResult match(const Catalog &catalog, const QString &recordingId,
                                    const QList<ImportedChapter> &chapters,
                                    double threshold = defaultThreshold);
    // The catalog with each overlay entry as the session's chapter in the recording.
    static Catalog apply(const Catalog &catalog, const QString &recordingId,
                         const ChapterOffsets &overlay);
    // 0 (nothing alike) to 1 (the same once case, accents and punctuation are ignored).
    static double similarity(const QString &a, const QString &b);
};

} // namespace fa
