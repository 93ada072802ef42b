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

    // "exact", "ignoring case and accents", "similar, 88%".
    QString howText() const;
};

// Why a chapter names no session, and which session came closest.
struct ChapterMiss
{
    enum class Why {
        NothingClose, // no session scored the threshold
        Ambiguous,    // two sessions scored within the margin of each other
        Taken,        // its session was matched by a chapter that names it better
    };
    ImportedChapter chapter;
    Why why = Why::NothingClose;
    QString nearestSessionId; // empty when no session shares anything with it
    double nearestScore = 0;
    QString otherSessionId; // Ambiguous: the second; Taken: empty
    int takenByLine = 0;    // Taken: the line of the chapter that has the session

    QString explanation() const;
};

struct ChapterMatchResult
{
    ChapterOffsets overlay;
    QList<ChapterMatch> matches;
    QList<ImportedChapter> unmatchedChapters;
    QList<ChapterMiss> misses;     // one per unmatched chapter, in the same order
    QStringList unmatchedSessions; // sessions of the recording's day without a chapter

    QString summary() const;
};

// Matches imported chapter titles to the sessions of a recording's day. The rule,
// in order, each session taken once:
//  1. exact: the chapter's title is one of the session's titles (any language);
//  2. folded: equal once case, accents and punctuation are ignored, also against
//     the title without its remarks in brackets ("Finance (Day 1 topic)" is
//     "Finance");
//  3. fuzzy: the similarity score (0–1, see similarity()) of the best session is
//     at least the threshold and no other session comes within `margin` of it
//     (else the chapter is ambiguous). When several chapters name one session,
//     the earliest of those within `margin` of the best score is where it starts.
// A chapter that does not clearly name a session stays unmatched, with the reason.
class ChapterMatcher
{
    Q_DECLARE_TR_FUNCTIONS(fa::ChapterMatcher)

public:
    static constexpr double defaultThreshold = 0.75;
    static constexpr double margin = 0.05;

    static ChapterMatchResult match(const Catalog &catalog, const QString &recordingId,
                                    const QList<ImportedChapter> &chapters,
                                    double threshold = defaultThreshold);
    // The catalog with each overlay entry as the session's chapter in the recording.
    static Catalog apply(const Catalog &catalog, const QString &recordingId,
                         const ChapterOffsets &overlay);
    // How well a chapter title names a session title, 0 (nothing alike) to 1 (the
    // same once case, accents and punctuation are ignored): the best of
    //  - the edit similarity (1 − edit distance / length of the longer),
    //  - the share of words in common (Dice: 2 × common / (words of both)),
    //  - 0.75 + 0.25 × (title words / chapter words) when the chapter holds every
    //    word of a title of at least 4 letters ("Session 3 – Access to finance"
    //    names "Access to finance").
    static double similarity(const QString &chapterTitle, const QString &sessionTitle);
    // The title without remarks in brackets: "Finance (Day 1 topic)" -> "Finance".
    static QString withoutRemarks(const QString &title);
};

} // namespace fa
