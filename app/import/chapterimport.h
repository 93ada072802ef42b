#pragma once

#include "chapteredits.h"
#include "chaptermatcher.h"
#include "importreport.h"
#include "scheduleimport.h"

#include <QCoreApplication>

namespace fa {

struct ChapterImportOptions
{
    // Unmatched chapters of a day recording become sessions of its day.
    bool addSessions = false;
};

// What importing a chapter list into a recording will do, computed before
// anything changes: every chapter with its line and offset, the session it
// names and how it matched (or why none), the sessions it adds, and the
// problems found. The command line prints text(); the import dialog shows it;
// both apply it with applyTo().
struct ChapterImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(fa::ChapterImportPreview)

public:
    QString recordingId;
    QString dayId;    // the recording's day; empty for a session recording
    QString dayTitle; // in the event's language, e.g. "Day 1"
    ChapterImportOptions options;
    ImportReport report;             // format, warnings, ignored lines, errors: all with lines
    QList<ImportedChapter> chapters; // every chapter, in input order
    ChapterMatchResult match;
    QList<AddedSession> additions; // with options.addSessions
    QList<int> additionLines;      // the input line of each addition
    QStringList sessionIds;        // per chapter: the session it names (matched or added)

    // False when there are errors: then nothing may be applied.
    bool ok() const { return report.ok() && !chapters.isEmpty(); }
    bool canAddSessions() const { return !dayId.isEmpty(); }
    // The session chapters[index] will name: matched, added, or empty.
    QString sessionFor(qsizetype index) const { return sessionIds.value(index); }
    // The preview as lines of text; keeps the lines scripts read
    // ("matched chapters: N", "unmatched chapters: N").
    QString text() const;
    // The edits with this import applied: the recording's chapter list replaced,
    // matched sessions placed at their chapters, added sessions appended.
    ChapterEdits applyTo(ChapterEdits edits) const;
};

// Builds the preview of a chapter import; the one place that decides it.
class ChapterImport
{
    Q_DECLARE_TR_FUNCTIONS(fa::ChapterImport)

public:
    // Parses text as YouTube description lines or WebVTT and previews it.
    // existing: edits already made, whose added-session ids must stay unique.
    static ChapterImportPreview preview(const Catalog &catalog, const QString &recordingId,
                                        const QString &text, ImportFormat format,
                                        const ChapterImportOptions &options,
                                        const ChapterEdits &existing = {});
    // Previews chapters already parsed; parseReport carries the parser's findings.
    static ChapterImportPreview preview(const Catalog &catalog, const QString &recordingId,
                                        const QList<ImportedChapter> &chapters,
                                        const ImportReport &parseReport,
                                        const ChapterImportOptions &options,
                                        const ChapterEdits &existing = {});
};

} // namespace fa
