#include "chapterlist.h"

#include "htmltext.h"
#include "subtitles/cuetimestamp.h"

#include <QRegularExpression>

namespace fa {

namespace {
QStringList splitLines(const QString &text)
{
    QString t = text;
    if (t.startsWith(QChar(0xfeff)))
        t.remove(0, 1);
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(u'\r', u'\n');
    return t.split(u'\n');
}
} // namespace

bool ChapterList::checkSize(const QString &text, ImportReport &report)
{
    if (text.size() <= maxTextSize)
        return true;
    // The line where the limit falls, so that a paste of the wrong thing can be found.
    const auto line = QStringView(text).left(maxTextSize).count(u'\n') + 1;
    report.fail(static_cast<int>(line),
                tr("the text is longer than %1 characters (it has %2): a chapter list is far "
                   "shorter; nothing was imported")
                    .arg(maxTextSize)
                    .arg(text.size()));
    return false;
}

QList<ImportedChapter> ChapterList::parseYouTube(const QString &text, ImportReport &report)
{
    report.format = QStringLiteral("youtube");
    if (!checkSize(text, report))
        return {};
    // An optional bullet or dash, the time (maybe in brackets), a separator, the title.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(?:[-\u2013\u2014\u2022*\u00b7\u25b6\u25ba>]\\s*)?[\\[(]?((?:\\d{1,2}:)?\\d{1,2}:"
        "\\d{2})[\\])]?\\s+(?:[-\u2013\u2014:|\u2022\u00b7]\\s*)?(\\S.*?)\\s*$"));
    // What starts like a chapter line but is not one is worth a warning, not silence.
    static const QRegularExpression startsWithTime(QStringLiteral(
        "^\\s*(?:[-\u2013\u2014\u2022*\u00b7\u25b6\u25ba>]\\s*)?[\\[(]?\\d{1,2}:\\d"));
    QList<ImportedChapter> chapters;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const auto m = pattern.match(lines[i]);
        if (!m.hasMatch()) {
            if (startsWithTime.match(lines[i]).hasMatch())
                report.warn(i + 1, tr("'%1' is not a chapter line: a chapter is a time such as "
                                      "1:02:30, a space, then its title")
                                       .arg(excerpt(lines[i])));
            else
                report.ignore(i + 1, tr("not a chapter: %1").arg(excerpt(lines[i])));
            continue;
        }
        const auto at = parseTimecode(m.captured(1));
        if (!at) {
            report.warn(i + 1, tr("'%1' is not a time").arg(m.captured(1)));
            continue;
        }
        if (chapters.size() == maxChapters) {
            report.fail(i + 1, tr("more than %1 chapters: nothing was imported").arg(maxChapters));
            return {};
        }
        chapters.append({*at, m.captured(2).simplified(), i + 1});
    }
    if (chapters.isEmpty()) {
        report.fail(0, tr("no chapter lines such as '0:00 Opening' found"));
        return chapters;
    }
    checkYouTubeRules(chapters, report);
    report.chapters = static_cast<int>(chapters.size());
    return chapters;
}

QString ChapterList::excerpt(const QString &line)
{
    const QString text = line.simplified();
    return text.size() <= 60 ? text : QString(text.left(59) + u'\u2026');
}

void ChapterList::checkYouTubeRules(const QList<ImportedChapter> &chapters, ImportReport &report)
{
    if (chapters.isEmpty())
        return;
    if (chapters.first().at != 0)
        report.warn(chapters.first().line,
                    tr("the first chapter starts at %1; YouTube needs the first at 0:00")
                        .arg(formatTimecode(chapters.first().at)));
    for (qsizetype i = 1; i < chapters.size(); ++i) {
        const ImportedChapter &previous = chapters[i - 1];
        const ImportedChapter &current = chapters[i];
        if (current.at == previous.at) {
            report.warn(current.line, tr("%1 repeats the time of the previous chapter '%2'")
                                          .arg(formatTimecode(current.at), previous.title));
        } else if (current.at < previous.at) {
            report.warn(current.line,
                        tr("%1 does not come after the previous chapter (%2); "
                           "chapters must be in ascending order")
                            .arg(formatTimecode(current.at), formatTimecode(previous.at)));
        } else if (current.at - previous.at < 10000) {
            report.warn(previous.line,
                        tr("the chapter '%1' lasts %2 s; YouTube needs at least 10 s")
                            .arg(previous.title)
                            .arg((current.at - previous.at) / 1000.0));
        }
    }
    if (chapters.size() < 3)
        report.warn(chapters.last().line, tr("only %n chapter(s); YouTube needs at least 3",
                                             nullptr, static_cast<int>(chapters.size())));
}

QList<ImportedChapter> ChapterList::parseWebVtt(const QString &text, ImportReport &report)
{
    report.format = QStringLiteral("webvtt");
    QList<ImportedChapter> chapters;
    if (!checkSize(text, report))
        return chapters;
    const QStringList lines = splitLines(text);
    const QString header = lines.value(0);
    if (!(header == u"WEBVTT" || header.startsWith(u"WEBVTT ") || header.startsWith(u"WEBVTT\t"))) {
        report.fail(1, tr("a WebVTT file must start with the line WEBVTT"));
        return chapters;
    }
    qsizetype i = 1;
    // The header block runs up to the first blank line.
    while (i < lines.size() && !lines[i].trimmed().isEmpty())
        ++i;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const qsizetype blockStart = i;
        qsizetype end = i;
        while (end < lines.size() && !lines[end].trimmed().isEmpty())
            ++end;
        i = end;
        const QString first = lines[blockStart];
        if (first.startsWith(u"NOTE") || first == u"STYLE" || first == u"REGION")
            continue;
        qsizetype timing = blockStart;
        while (timing < end && !lines[timing].contains(u"-->"))
            ++timing;
        const int lineNumber = static_cast<int>(timing) + 1;
        if (timing == end || timing > blockStart + 1) {
            report.fail(static_cast<int>(blockStart) + 1,
                        tr("a cue needs a timing line such as 00:00:00.000 --> 00:01:00.000"));
            continue;
        }
        const QStringList parts = lines[timing].split(QStringLiteral("-->"));
        const QString startText = parts.value(0).trimmed();
        const QString endText = parts.value(1).trimmed().section(u' ', 0, 0);
        const auto start = parseCueTimestamp(startText, CueTimestampSyntax::WebVtt);
        const auto stop = parseCueTimestamp(endText, CueTimestampSyntax::WebVtt);
        if (!start || !stop) {
            report.fail(lineNumber, tr("'%1' is not a cue timing such as 00:00:00.000 --> "
                                       "00:01:00.000")
                                        .arg(lines[timing].trimmed()));
            continue;
        }
        if (*stop < *start)
            report.warn(lineNumber, tr("the cue ends before it starts"));
        const QString title =
            htmlToPlainText(lines.mid(timing + 1, end - timing - 1).join(u' ')).simplified();
        if (title.isEmpty())
            report.warn(lineNumber, tr("the cue has no text to name the chapter"));
        if (chapters.size() == maxChapters) {
            report.fail(lineNumber,
                        tr("more than %1 chapters: nothing was imported").arg(maxChapters));
            return {};
        }
        chapters.append({*start, title, lineNumber});
    }
    if (chapters.isEmpty() && report.ok())
        report.fail(0, tr("no cues found"));
    for (qsizetype k = 1; k < chapters.size(); ++k) {
        if (chapters[k].at == chapters[k - 1].at)
            report.warn(chapters[k].line, tr("%1 repeats the start of the previous cue")
                                              .arg(formatTimecode(chapters[k].at, true)));
        else if (chapters[k].at < chapters[k - 1].at)
            report.warn(chapters[k].line, tr("%1 comes before the previous cue (%2)")
                                              .arg(formatTimecode(chapters[k].at, true),
                                                   formatTimecode(chapters[k - 1].at, true)));
    }
    report.chapters = static_cast<int>(chapters.size());
    return chapters;
}

QString ChapterList::toYouTube(const QList<ImportedChapter> &chapters, const QString &startTitle)
{
    QString out;
    // YouTube shows no chapters unless the first starts at 0:00.
    if (!chapters.isEmpty() && chapters.first().at >= 1000)
        out += formatTimecode(0) + u' '
               + (startTitle.isEmpty() ? tr("Start") : startTitle.simplified()) + u'\n';
    for (const ImportedChapter &c : chapters)
        out += formatTimecode(c.at - c.at % 1000) + u' ' + c.title.simplified() + u'\n';
    return out;
}

QString ChapterList::vttTimestamp(Milliseconds ms)
{
    return formatVttTimestamp(ms);
}

QString ChapterList::toWebVtt(const QList<ImportedChapter> &chapters,
                              std::optional<Milliseconds> lastEnd)
{
    QString out = QStringLiteral("WEBVTT\n");
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const ImportedChapter &c = chapters[i];
        Milliseconds end = c.at + 1000;
        if (i + 1 < chapters.size())
            end = std::max(chapters[i + 1].at, c.at);
        else if (lastEnd && *lastEnd > c.at)
            end = *lastEnd;
        out += u'\n' + QString::number(i + 1) + u'\n' + vttTimestamp(c.at) + u" --> "
               + vttTimestamp(end) + u'\n' + c.title.simplified() + u'\n';
    }
    return out;
}

QList<ImportedChapter> ChapterList::fromCatalog(const Catalog &catalog, const QString &recordingId)
{
    QList<ImportedChapter> out;
    const Recording *recording = catalog.recording(recordingId);
    const QString language = recording ? recording->language : catalog.event.language;
    for (const ChapterEntry &entry : catalog.chaptersOf(recordingId)) {
        QString title = catalog.text(entry.chapter.title, language);
        if (title.isEmpty() && entry.sessionIndex >= 0)
            title = catalog.text(catalog.sessions[entry.sessionIndex].title, language);
        out.append({entry.chapter.at, title.simplified(), 0});
    }
    return out;
}

std::optional<Milliseconds> ChapterList::endOf(const Catalog &catalog, const QString &recordingId)
{
    const Recording *recording = catalog.recording(recordingId);
    if (recording && recording->duration)
        return recording->duration;
    const QList<ChapterEntry> entries = catalog.chaptersOf(recordingId);
    if (entries.isEmpty() || entries.last().sessionIndex < 0)
        return std::nullopt;
    const Session &last = catalog.sessions[entries.last().sessionIndex];
    if (last.duration)
        return entries.last().chapter.at + *last.duration;
    return std::nullopt;
}

} // namespace fa
