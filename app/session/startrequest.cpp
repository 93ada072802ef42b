#include "startrequest.h"

#include "archivesession.h"
#include "momentlink.h"
#include "webaddress.h"

#include <QCommandLineParser>
#include <QTimer>

#include <memory>

namespace fa {

StartRequest StartRequest::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browse an event's sessions and watch their recordings."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           tr("Open this catalog file or folder bundle."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Interface language: en, fr or es."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                         tr("Print the milliseconds to the first paint and quit."));
    const QCommandLineOption freshOption(
        QStringLiteral("no-restore"),
        tr("Do not reopen the catalogs and filters of the last run."));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           tr("Select this session of the catalog and play it."),
                                           QStringLiteral("ID"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        tr("Select this session of the catalog without playing it; Enter plays it."),
        QStringLiteral("ID"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        tr("With --session: start at this offset into the recording (seconds, M:SS or H:MM:SS)."),
        QStringLiteral("OFFSET"));
    parser.addOptions({catalogOption, languageOption, probeOption, freshOption, sessionOption,
                       selectOption, atOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 tr("A link to a moment of a recording, as copied in the player."),
                                 QStringLiteral("[link]"));

    StartRequest request;
    if (!parser.parse(arguments)) {
        request.outcome = Outcome::Invalid;
        request.message = parser.errorText();
        return request;
    }
    if (parser.isSet(help)) {
        request.outcome = Outcome::ShowHelp;
        request.message = parser.helpText();
        return request;
    }
    if (parser.isSet(version)) {
        request.outcome = Outcome::ShowVersion;
        return request;
    }
    request.language = parser.value(languageOption);
    request.catalog = parser.value(catalogOption);
    request.sessionId = parser.value(sessionOption);
    if (parser.isSet(selectOption)) {
        if (parser.isSet(sessionOption) || parser.isSet(atOption)) {
            request.outcome = Outcome::Invalid;
            request.message = tr("--select: not with --session or --at, which play the session.");
            return request;
        }
        request.sessionId = parser.value(selectOption);
        request.playSession = false;
    }
    request.restore = !parser.isSet(freshOption) && !parser.isSet(probeOption);
    request.startupProbe = parser.isSet(probeOption);
    if (parser.isSet(atOption)) {
        request.at = MomentLink::parseOffset(parser.value(atOption));
        if (!request.at) {
            request.outcome = Outcome::Invalid;
            request.message = tr("--at: '%1' is not a time such as 90, 1:30 or 1:02:30.")
                                  .arg(parser.value(atOption));
            return request;
        }
    }
    if (!parser.positionalArguments().isEmpty())
        request.link = QUrl::fromUserInput(parser.positionalArguments().first());
    return request;
}

bool StartRequest::apply(ArchiveSession &session, QString *error) const
{
    const QUrl address(catalog);
    const bool remote = isWebAddress(address);
    if (!catalog.isEmpty())
        session.openCatalog(catalog);

    if (!sessionId.isEmpty()) {
        const QString id = sessionId;
        const std::optional<Milliseconds> offset = at;
        const bool play = playSession;
        const auto start = [&session, id, offset, play] {
            const CatalogPtr opened = session.catalog();
            if (!opened || !opened->session(id))
                return false;
            session.setCurrentSession(id);
            if (!play)
                return true;
            // After the window's first paint: starting the player costs ~200 ms.
            QTimer::singleShot(0, &session,
                               [&session, id, offset] { session.play(id, {}, offset); });
            return true;
        };
        if (remote) {
            // The catalog arrives later; a failure is on screen already.
            auto waiting = std::make_shared<QMetaObject::Connection>();
            *waiting = QObject::connect(&session, &ArchiveSession::fetchFinished, &session,
                                        [start, address, waiting](const QUrl &url, bool opened) {
                                            if (url != address)
                                                return; // an update check of another catalog
                                            QObject::disconnect(*waiting);
                                            if (opened)
                                                start();
                                        });
            return true;
        }
        if (!start()) {
            if (error)
                *error = playSession
                             ? tr("--session: the open catalog has no session '%1'.").arg(id)
                             : tr("--select: the open catalog has no session '%1'.").arg(id);
            return false;
        }
        return true;
    }
    if (link.isValid() && !link.isEmpty()) {
        const QUrl moment = link;
        QTimer::singleShot(0, &session, [&session, moment] { session.openMomentLink(moment); });
    }
    return true;
}

} // namespace fa
