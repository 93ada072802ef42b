#include "chapterimport.h"

#include "chapterlist.h"

namespace fa {

ChapterEdits ChapterImportPreview::applyTo(ChapterEdits edits) const
{
    if (!ok())
        return edits;
    QList<StoredChapter> list;
    list.reserve(chapters.size());
    for (qsizetype i = 0; i < chapters.size(); ++i)
        list.append({chapters[i].at, chapters[i].title, sessionFor(i)});
    edits.chapters.insert(recordingId, list);
    for (const ChapterMatch &m : match.matches)
        edits.offsets[recordingId].insert(m.sessionId, m.chapter.at);
    for (const AddedSession &a : additions) {
        if (!edits.addedSession(a.id))
            edits.added.append(a);
    }
    return edits;
}

namespace {
void appendMessages(QString &out, const QString &heading, const QList<ImportMessage> &messages,
                    int total)
{
    out += heading + u'\n';
    for (const ImportMessage &m : messages)
        out += u"  " + m.toString() + u'\n';
    if (total > messages.size())
        out += u"  "
               + ChapterImportPreview::tr("… and %n more", nullptr,
                                          static_cast<int>(total - messages.size()))
               + u'\n';
}
} // namespace

QString ChapterImportPreview::text() const
{
    QString out;
    out += tr("format: %1").arg(report.format) + u'\n';
    out += dayTitle.isEmpty() ? tr("recording: %1").arg(recordingId) + u'\n'
                              : tr("recording: %1 (%2)").arg(recordingId, dayTitle) + u'\n';
    out += tr("chapters: %1").arg(chapters.size()) + u'\n';
    appendMessages(out, tr("warnings: %1").arg(report.warnings.size()), report.warnings,
                   static_cast<int>(report.warnings.size()));
    if (report.ignoredTotal > 0)
        appendMessages(out, tr("lines that are no chapter, left out: %1").arg(report.ignoredTotal),
                       report.ignored, report.ignoredTotal);
    if (!report.ok()) {
        appendMessages(out, tr("errors: %1").arg(report.errors.size()), report.errors,
                       static_cast<int>(report.errors.size()));
        out += tr("Nothing was imported.") + u'\n';
        return out;
    }
    out += match.summary();
    if (options.addSessions) {
        out += tr("sessions to add: %1").arg(additions.size()) + u'\n';
        for (qsizetype i = 0; i < additions.size(); ++i)
            out += u"  "
                   + tr("line %1: %2 %3")
                         .arg(additionLines[i])
                         .arg(formatTimecode(additions[i].at),
                              additions[i].title.text({}, {}).simplified())
                   + u" -> " + additions[i].id + u'\n';
    }
    return out;
}

ChapterImportPreview ChapterImport::preview(const Catalog &catalog, const QString &recordingId,
                                            const QString &text, ImportFormat format,
                                            const ChapterImportOptions &options,
                                            const ChapterEdits &existing)
{
    ImportReport report;
    QList<ImportedChapter> chapters;
    if (format == ImportFormat::YouTube) {
        chapters = ChapterList::parseYouTube(text, report);
    } else if (format == ImportFormat::WebVtt) {
        chapters = ChapterList::parseWebVtt(text, report);
    } else {
        report.format = ScheduleImport::formatName(format);
        report.fail(0, tr("'%1' is not a chapter format").arg(report.format));
    }
    if (!report.ok())
        chapters.clear(); // nothing half-imported
    return preview(catalog, recordingId, chapters, report, options, existing);
}

ChapterImportPreview ChapterImport::preview(const Catalog &catalog, const QString &recordingId,
                                            const QList<ImportedChapter> &chapters,
                                            const ImportReport &parseReport,
                                            const ChapterImportOptions &options,
                                            const ChapterEdits &existing)
{
    ChapterImportPreview p;
    p.recordingId = recordingId;
    p.options = options;
    p.report = parseReport;
    p.chapters = chapters;
    const Recording *recording = catalog.recording(recordingId);
    if (!recording) {
        p.report.fail(0, tr("the catalog has no recording '%1'").arg(recordingId));
        return p;
    }
    if (const Day *day = catalog.day(recording->dayId);
        day && recording->kind == Recording::Kind::Day) {
        p.dayId = day->id;
        p.dayTitle = catalog.text(day->title, catalog.event.language);
        if (p.dayTitle.isEmpty())
            p.dayTitle = tr("Day %1").arg(catalog.dayIndex(day->id) + 1);
    }
    if (!p.report.ok())
        return p;
    if (chapters.isEmpty())
        p.report.fail(0, tr("no chapters to import"));
    if (recording->duration) {
        for (const ImportedChapter &c : chapters) {
            if (c.at > *recording->duration)
                p.report.fail(c.line, tr("%1 is past the end of recording '%2' (%3)")
                                          .arg(formatTimecode(c.at), recordingId,
                                               formatTimecode(*recording->duration)));
        }
    }
    if (options.addSessions && !p.canAddSessions())
        p.report.fail(0, tr("chapters become sessions of the day of a day recording; '%1' is "
                            "not one")
                             .arg(recordingId));
    if (!p.report.ok())
        return p;

    p.match = ChapterMatcher::match(catalog, recordingId, chapters);
    // The matcher lists matched and unmatched chapters each in input order.
    p.sessionIds.reserve(chapters.size());
    QList<qsizetype> unmatched;
    for (qsizetype i = 0, next = 0; i < chapters.size(); ++i) {
        const bool matched = next < p.match.matches.size()
                             && p.match.matches[next].chapter.line == chapters[i].line
                             && p.match.matches[next].chapter == chapters[i];
        p.sessionIds.append(matched ? p.match.matches[next++].sessionId : QString());
        if (!matched)
            unmatched.append(i);
    }
    if (!options.addSessions)
        return p;
    ChapterEdits reserved = existing;
    for (qsizetype i : std::as_const(unmatched)) {
        const ImportedChapter &c = chapters[i];
        if (c.title.isEmpty()) {
            p.report.warn(c.line, tr("a chapter without a title does not become a session"));
            continue;
        }
        AddedSession added;
        added.id = reserved.newSessionId(catalog, recordingId, c.at);
        added.recordingId = recordingId;
        added.at = c.at;
        added.title = LocalizedText(catalog.event.language, c.title);
        reserved.added.append(added);
        p.additions.append(added);
        p.additionLines.append(c.line);
        p.sessionIds[i] = added.id;
    }
    return p;
}

} // namespace fa
