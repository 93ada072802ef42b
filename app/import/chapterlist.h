#pragma once

#include "catalog.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fa {

struct ImportedChapter
{
    Milliseconds at = 0;
    QString title;
    int line = 0; // where it was in the input; 0 for chapters that came from a catalog

    bool operator==(const ImportedChapter &o) const { return at == o.at && title == o.title; }
};

// Chapter lists as text: YouTube description lines ("1:02:30 Finance") and WebVTT.
class ChapterList
{
    Q_DECLARE_TR_FUNCTIONS(fa::ChapterList)

public:
    // Longer text is refused whole: no chapter list comes near it, a paste that
    // long is something else.
    static constexpr qsizetype maxTextSize = 1024 * 1024;
    static constexpr qsizetype maxChapters = 2000;

    // Lines that are not chapters (the rest of a description) are left out and
    // listed in report.ignored; lines that start like a chapter but are none are
    // warnings. YouTube's rules are checked and every violation reported with its line.
    static QList<ImportedChapter> parseYouTube(const QString &text, ImportReport &report);
    // Malformed cues are errors with their line number.
    static QList<ImportedChapter> parseWebVtt(const QString &text, ImportReport &report);
    // First at 0:00, ascending, each at least 10 s long, at least 3 of them.
    static void checkYouTubeRules(const QList<ImportedChapter> &chapters, ImportReport &report);

    // Starts with a "0:00 startTitle" line when the first chapter does not start
    // at 0:00, as YouTube needs; the title defaults to "Start".
    static QString toYouTube(const QList<ImportedChapter> &chapters,
                             const QString &startTitle = {});
    // lastEnd is where the last cue ends; one second after its start when unknown.
    static QString toWebVtt(const QList<ImportedChapter> &chapters,
                            std::optional<Milliseconds> lastEnd = std::nullopt);

    // The chapters of a recording, titled by the chapter or else its session.
    static QList<ImportedChapter> fromCatalog(const Catalog &catalog, const QString &recordingId);
    // Where the last chapter of a recording ends, when the catalog knows it.
    static std::optional<Milliseconds> endOf(const Catalog &catalog, const QString &recordingId);

    static QString vttTimestamp(Milliseconds ms);

private:
    static bool checkSize(const QString &text, ImportReport &report);
    // A line as quoted in a message: simplified and cut to a readable length.
    static QString excerpt(const QString &line);
};

} // namespace fa
