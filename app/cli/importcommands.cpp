#include "importcommands.h"

#include "catalogreader.h"
#include "catalogtool.h"
#include "catalogwriter.h"
#include "chapterimport.h"
#include "chapterlist.h"
#include "mediaccccommand.h"
#include "scheduleimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace fa {

namespace {
void printErrors(const ImportReport &report, QTextStream &err)
{
    for (const ImportMessage &m : report.errors)
        err << ImportCommands::tr("error: %1").arg(m.toString()) << u'\n';
}

void printProblems(const CatalogProblems &problems, QTextStream &err)
{
    for (const CatalogProblem &p : problems) {
        if (p.isError())
            err << p.toString() << u'\n';
    }
}

// Parses a sub-command line; nullopt means "return this code".
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  ImportCommands::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return CatalogTool::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return CatalogTool::Success;
    }
    return std::nullopt;
}
} // namespace

int ImportCommands::usage(const QString &problem, const QString &help)
{
    m_err << problem << u'\n' << help;
    return CatalogTool::UsageError;
}

int ImportCommands::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a frab schedule.xml, a schedule.json, YouTube description chapters or "
           "WebVTT chapters. Chapters need --catalog and --recording: every chapter becomes "
           "a chapter of the recording, and each is matched to a session of the recording's "
           "day by title: exactly, then ignoring case, accents, punctuation and remarks in "
           "brackets, then by a similarity score of at least %1% that no other session comes "
           "close to. A chapter that names no session clearly stays unmatched; with "
           "--add-sessions it becomes a session of the day. A media.ccc.de conference or "
           "talk address (https://media.ccc.de/c/ACRONYM) imports the conference with its "
           "recordings.")
            .arg(qRound(ChapterMatcher::defaultThreshold * 100)));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 tr("The file to import, or a media.ccc.de address."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("frab, schedule-json, youtube or webvtt (default: "
                                       "detected)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption base(QStringLiteral("catalog"),
                                  tr("Catalog that chapters are added to."),
                                  QStringLiteral("BASE"));
    const QCommandLineOption recording(QStringLiteral("recording"),
                                       tr("Recording id the chapters belong to."),
                                       QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the catalog (without it, only the "
                                       "summary is printed)."),
                                    QStringLiteral("OUT.json"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
                                  tr("Time zone for a schedule that names none, e.g. "
                                     "Europe/Brussels."),
                                  QStringLiteral("ZONE"));
    const QCommandLineOption addSessions(
        QStringLiteral("add-sessions"),
        tr("Chapters: add each unmatched chapter as a session of the recording's day."));
    const QCommandLineOption api(QStringLiteral("api"),
                                 tr("media.ccc.de addresses: the public/ API base of another "
                                    "voctoweb instance (default: "
                                    "https://api.media.ccc.de/public/)."),
                                 QStringLiteral("BASE"));
    const QCommandLineOption quality(QStringLiteral("quality"),
                                     tr("media.ccc.de addresses: the files preferred, hd-webm "
                                        "(default), hd-mp4, sd-webm or sd-mp4."),
                                     QStringLiteral("QUALITY"));
    parser.addOptions({format, base, recording, output, zone, addSessions, api, quality});
    if (const auto code = parse(parser, arguments, m_out, m_err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one INPUT."), parser.helpText());

    if (const QString address = parser.positionalArguments().constFirst();
        MediaCccCommand::handles(address, parser.value(api)))
        return MediaCccCommand(m_out, m_err)
            .run(address, parser.value(api), parser.value(output), parser.value(quality));
    if (parser.isSet(api) || parser.isSet(quality))
        return usage(tr("--api and --quality need a media.ccc.de conference or talk address."),
                     parser.helpText());

    ImportOptions options;
    if (parser.isSet(zone)) {
        options.timeZone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.timeZone.isValid())
            return usage(tr("'%1' is not a known time zone.").arg(parser.value(zone)),
                         parser.helpText());
    }
    ImportFormat kind = ImportFormat::Unknown;
    if (parser.isSet(format)) {
        kind = ScheduleImport::formatFromName(parser.value(format));
        if (kind == ImportFormat::Unknown)
            return usage(tr("--format must be frab, schedule-json, youtube or webvtt."),
                         parser.helpText());
    }
    const bool chapters =
        kind == ImportFormat::YouTube || kind == ImportFormat::WebVtt || parser.isSet(base);
    if (chapters && (!parser.isSet(base) || !parser.isSet(recording)))
        return usage(tr("Chapters need --catalog BASE and --recording ID."), parser.helpText());

    const QString input = parser.positionalArguments().constFirst();
    ImportReport readReport;
    const auto data = ScheduleImport::readFile(input, readReport);
    if (!data) {
        printErrors(readReport, m_err);
        return CatalogTool::Failure;
    }
    if (kind == ImportFormat::Unknown)
        kind = ScheduleImport::detect(input, *data);

    std::optional<Catalog> result;
    if (ScheduleImport::isChapterFormat(kind)) {
        if (!chapters)
            return usage(tr("Chapters need --catalog BASE and --recording ID."), parser.helpText());
        const CatalogLoadResult loaded = CatalogReader::readPath(parser.value(base));
        if (!loaded.ok()) {
            printProblems(loaded.problems, m_err);
            return CatalogTool::Failure;
        }
        const QString recordingId = parser.value(recording);
        if (!loaded.catalog->recording(recordingId)) {
            m_err << tr("error: the catalog has no recording '%1'").arg(recordingId) << u'\n';
            return CatalogTool::Failure;
        }
        ChapterImportOptions chapterOptions;
        chapterOptions.addSessions = parser.isSet(addSessions);
        const ChapterImportPreview preview = ChapterImport::preview(
            *loaded.catalog, recordingId, QString::fromUtf8(*data), kind, chapterOptions);
        if (!preview.ok()) {
            printErrors(preview.report, m_err);
            return CatalogTool::Failure;
        }
        m_out << preview.text();
        const qsizetype unmatched = preview.match.unmatchedChapters.size();
        if (!chapterOptions.addSessions && unmatched > 0 && preview.canAddSessions())
            m_out << tr("--add-sessions adds the %n unmatched chapter(s) as sessions of %1.",
                        nullptr, static_cast<int>(unmatched))
                         .arg(preview.dayTitle)
                  << u'\n';
        result = preview.applyTo({}).applyTo(*loaded.catalog);
        m_out.flush(); // the summary before any warning, in a terminal too
        if (parser.isSet(output)
            && QFileInfo(parser.value(output)).absoluteDir().canonicalPath()
                   != loaded.catalog->baseDir)
            m_err << tr("warning: the output is in another folder than the catalog; its "
                        "relative paths resolve from the new folder")
                  << u'\n';
    } else {
        ImportResult imported = ScheduleImport::importSchedule(*data, kind, options);
        if (!imported.report.ok()) {
            printErrors(imported.report, m_err);
            return CatalogTool::Failure;
        }
        m_out << tr("format: %1").arg(imported.report.format) << u'\n' << imported.report.summary();
        result = std::move(imported.catalog);
    }

    // What is written must open again: check it the way the app will, and write
    // these very bytes.
    const QByteArray json = CatalogWriter::toData(*result);
    const CatalogLoadResult check = CatalogReader::readData(json, {});
    if (!check.ok()) {
        m_err << tr("error: the imported catalog does not validate:") << u'\n';
        printProblems(check.problems, m_err);
        return CatalogTool::Failure;
    }
    if (parser.isSet(output)) {
        QString error;
        if (!CatalogWriter::writeData(json, parser.value(output), &error)) {
            m_err << tr("error: cannot write %1: %2").arg(parser.value(output), error) << u'\n';
            return CatalogTool::Failure;
        }
        m_out << tr("written: %1").arg(parser.value(output)) << u'\n';
    }
    return CatalogTool::Success;
}

int ImportCommands::exportChapters(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the chapters of a recording as YouTube "
                                        "description lines or as WebVTT."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Catalog file or bundle folder."));
    const QCommandLineOption recording(QStringLiteral("recording"), tr("Recording id."),
                                       QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("youtube or webvtt."),
                                    QStringLiteral("FORMAT"), QStringLiteral("youtube"));
    parser.addOptions({recording, format});
    if (const auto code = parse(parser, arguments, m_out, m_err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("export-chapters needs exactly one PATH."), parser.helpText());
    if (!parser.isSet(recording))
        return usage(tr("export-chapters needs --recording ID."), parser.helpText());
    const ImportFormat kind = ScheduleImport::formatFromName(parser.value(format));
    if (!ScheduleImport::isChapterFormat(kind))
        return usage(tr("--format must be youtube or webvtt."), parser.helpText());

    const CatalogLoadResult loaded =
        CatalogReader::readPath(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        printProblems(loaded.problems, m_err);
        return CatalogTool::Failure;
    }
    const Catalog &catalog = *loaded.catalog;
    const QString recordingId = parser.value(recording);
    if (!catalog.recording(recordingId)) {
        m_err << tr("error: the catalog has no recording '%1'").arg(recordingId) << u'\n';
        return CatalogTool::Failure;
    }
    const QList<ImportedChapter> list = ChapterList::fromCatalog(catalog, recordingId);
    if (list.isEmpty()) {
        m_err << tr("error: recording '%1' has no chapters").arg(recordingId) << u'\n';
        return CatalogTool::Failure;
    }
    ImportReport check;
    if (kind == ImportFormat::YouTube) {
        const QString text = ChapterList::toYouTube(list);
        m_out << text;
        // What YouTube would object to, read back from what was printed (its lines).
        ChapterList::parseYouTube(text, check);
    } else {
        const std::optional<Milliseconds> end = ChapterList::endOf(catalog, recordingId);
        const QString text = ChapterList::toWebVtt(list, end);
        m_out << text;
        ChapterList::parseWebVtt(text, check);
        if (!end)
            check.warn(0, tr("the length of recording '%1' is not known: the last cue ends one "
                             "second after it starts")
                              .arg(recordingId));
    }
    // The chapters first and whole, then the warnings, each on a line of its own.
    m_out.flush();
    for (const ImportMessage &w : std::as_const(check.warnings))
        m_err << tr("warning: %1").arg(w.toString()) << u'\n';
    return CatalogTool::Success;
}

} // namespace fa
