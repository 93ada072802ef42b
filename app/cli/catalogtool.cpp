#include "catalogtool.h"

#include "catalogindex.h"
#include "catalogreader.h"
#include "importcommands.h"
#include "remotevalidation.h"
#include "sessionfilter.h"
#include "webaddress.h"

#include <QCommandLineParser>
#include <QLocale>

namespace fa {

namespace {
// A parser for one sub-command; returns false (after printing) on usage errors.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                  QTextStream &err, bool &helpShown)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CatalogTool::tr("Show this help."));
    parser.addOption(help);
    helpShown = false;
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        helpShown = true;
        return true;
    }
    return true;
}
} // namespace

CatalogTool::CatalogTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString CatalogTool::mainHelp() const
{
    return tr("Usage: forum-archive-catalog COMMAND [OPTIONS] PATH\n"
              "\n"
              "Checks and inspects Forum Archive catalogs. PATH is a catalog .json file\n"
              "or a folder bundle holding catalog.json.\n"
              "\n"
              "Commands:\n"
              "  validate PATH   report every problem; exit 0 when valid, 1 when not\n"
              "  validate URL    the same for a catalog published at an http(s) address,\n"
              "                  and check that every address it names answers\n"
              "  stats PATH      count days, sessions, speakers, pillars and recordings\n"
              "  list PATH       one line per session: id, day, start, title\n"
              "  import INPUT -o OUT.json\n"
              "                  turn a frab schedule.xml or schedule.json into a catalog, or\n"
              "                  add YouTube or WebVTT chapters to one (--catalog, --recording)\n"
              "  export-chapters PATH --recording ID --format youtube|webvtt\n"
              "                  print the chapters of a recording\n"
              "\n"
              "Run 'forum-archive-catalog COMMAND --help' for the options of a command.\n"
              "Options: --help, --version\n");
}

int CatalogTool::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << u'\n';
    m_err << mainHelp();
    m_err.flush();
    return UsageError;
}

int CatalogTool::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(tr("No command given."));
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + command);

    int code = UsageError;
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << mainHelp();
        code = Success;
    } else if (command == u"--version" || command == u"-v") {
        m_out << "forum-archive-catalog " << FORUM_ARCHIVE_VERSION << u'\n';
        code = Success;
    } else if (command == u"validate") {
        code = validate(rest);
    } else if (command == u"stats") {
        code = stats(rest);
    } else if (command == u"list") {
        code = list(rest);
    } else if (command == u"import") {
        code = ImportCommands(m_out, m_err).import(rest);
    } else if (command == u"export-chapters") {
        code = ImportCommands(m_out, m_err).exportChapters(rest);
    } else {
        code = usage(tr("Unknown command '%1'.").arg(command));
    }
    m_out.flush();
    m_err.flush();
    return code;
}

namespace {
// Loads PATH for a command; prints problems (errors, and warnings when asked).
CatalogLoadResult loadForCommand(const QString &path, QTextStream &err, bool printWarnings)
{
    CatalogLoadResult result = CatalogReader::readPath(path);
    for (const CatalogProblem &problem : result.problems) {
        if (problem.isError() || printWarnings)
            err << (problem.isError() ? QString() : CatalogTool::tr("warning: "))
                << problem.toString() << u'\n';
    }
    return result;
}
} // namespace

std::optional<int> CatalogTool::parsePathCommand(QCommandLineParser &parser,
                                                 const QStringList &arguments,
                                                 const QString &command)
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Catalog file or bundle folder."));
    bool helpShown = false;
    if (!parseCommand(parser, arguments, m_out, m_err, helpShown))
        return UsageError;
    if (helpShown)
        return Success;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("%1 needs exactly one PATH.").arg(command));
    return std::nullopt;
}

int CatalogTool::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a catalog and reports every problem as 'path: message' on standard error.\n"
           "PATH may be an http(s) address: the catalog is read from it (an address ending\n"
           "in / names its catalog.json), and every address it names, relative paths\n"
           "resolved against the catalog's address, is asked for with a HEAD request; each\n"
           "one that does not answer is reported by its JSON path."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Longest wait for an answer, in seconds (default %1).")
                                         .arg(RemoteValidation::defaultTimeoutSeconds),
                                     QStringLiteral("SECONDS"),
                                     QString::number(RemoteValidation::defaultTimeoutSeconds));
    parser.addOption(timeout);
    if (const auto done = parsePathCommand(parser, arguments, QStringLiteral("validate")))
        return *done;

    const QString path = parser.positionalArguments().first();
    const QUrl address(path);
    if (isWebAddress(address)) {
        bool valid = false;
        const int seconds = parser.value(timeout).toInt(&valid);
        if (!valid || seconds < 1 || seconds > 3600)
            return usage(tr("--timeout must be a number of seconds from 1 to 3600."));
        return RemoteValidation(m_out, m_err).run(address, seconds);
    }
    const CatalogLoadResult result = loadForCommand(path, m_err, true);
    if (!result.ok()) {
        m_err << tr("%n error(s) found.", nullptr, static_cast<int>(result.errors().size()))
              << u'\n';
        return Failure;
    }
    //: %1 is "%n session(s)"
    m_out << tr("valid: %1, %n warning(s)", nullptr, static_cast<int>(result.warnings().size()))
                 .arg(tr("%n session(s)", nullptr, int(result.catalog->sessions.size())))
          << u'\n';
    return Success;
}

int CatalogTool::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Counts the parts of a catalog."));
    if (const auto done = parsePathCommand(parser, arguments, QStringLiteral("stats")))
        return *done;

    const CatalogLoadResult result =
        loadForCommand(parser.positionalArguments().first(), m_err, false);
    if (!result.ok())
        return Failure;
    const Catalog &c = *result.catalog;
    // Fixed keys: scripts read these lines.
    m_out << "days: " << c.days.size() << u'\n' << "sessions: " << c.sessions.size() << u'\n'
          << "speakers: " << c.speakers.size() << u'\n' << "pillars: " << c.pillars.size() << u'\n'
          << "recordings: " << c.recordings.size() << u'\n';
    return Success;
}

int CatalogTool::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the sessions that match the filters, one per "
                                        "line: id, day, start, title (tab-separated)."));
    const QCommandLineOption day(QStringLiteral("day"), tr("Only sessions of this day id."),
                                 QStringLiteral("ID"));
    const QCommandLineOption pillar(QStringLiteral("pillar"),
                                    tr("Only sessions with this pillar id (repeatable: any of)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption speaker(
        QStringLiteral("speaker"), tr("Only sessions with this speaker id."), QStringLiteral("ID"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only sessions whose texts contain every word."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the titles: en, fr or es."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOptions({day, pillar, speaker, search, language});
    if (const auto done = parsePathCommand(parser, arguments, QStringLiteral("list")))
        return *done;
    const QString lang = parser.value(language);
    if (lang != u"en" && lang != u"fr" && lang != u"es")
        return usage(tr("--language must be en, fr or es."));

    const CatalogLoadResult result =
        loadForCommand(parser.positionalArguments().first(), m_err, false);
    if (!result.ok())
        return Failure;
    const Catalog &catalog = *result.catalog;

    SessionFilter filter;
    filter.dayId = parser.value(day);
    const QStringList pillars = parser.values(pillar);
    filter.pillarIds = QSet<QString>(pillars.cbegin(), pillars.cend());
    filter.speakerId = parser.value(speaker);
    filter.text = parser.value(search);
    filter.prepare();

    const CatalogIndex index(catalog);
    for (int row = 0; row < catalog.sessions.size(); ++row) {
        if (!filter.matches(catalog, index, row))
            continue;
        const Session &s = catalog.sessions[row];
        const QString start = s.start.isValid() ? s.start.toString(u"yyyy-MM-ddTHH:mm") : QString();
        m_out << s.id << u'\t' << s.dayId << u'\t' << start << u'\t'
              << catalog.text(s.title, lang).simplified() << u'\n';
    }
    return Success;
}

} // namespace fa
