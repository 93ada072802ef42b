#include "archivesession.h"

#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "languagemanager.h"
#include "mediacccapi.h"
#include "mediacccclient.h"
#include "mediacccimport.h"
#include "mediaquality.h"
#include "momentlink.h"
#include "playercontroller.h"
#include "subtitleselection.h"
#include "transcriptsearch.h"
#include "userdatastore.h"
#include "webaddress.h"

#include <QDir>
#include <QTimer>

namespace fa {

namespace {
QString shownName(const QString &location)
{
    return location.startsWith(u':') ? ArchiveSession::tr("The built-in catalog")
                                     : QDir::toNativeSeparators(location);
}
} // namespace

ArchiveSession::ArchiveSession(const ArchiveServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connect(m_services.library, &CatalogLibrary::currentChanged, this,
            &ArchiveSession::onLibraryChanged);
    connect(m_services.chapters, &ChapterOverlay::changed, this,
            &ArchiveSession::onChaptersChanged);
    connect(m_services.languages, &LanguageManager::languageChanged, this,
            &ArchiveSession::onLanguageChanged);
    connect(m_services.remoteCatalogs, &RemoteCatalogLoader::finished, this,
            &ArchiveSession::onRemoteFinished);
    connect(m_services.remoteCatalogs, &RemoteCatalogLoader::progress, this,
            &ArchiveSession::fetchProgress);
    connect(m_services.player, &PlayerController::sessionEntered, this,
            &ArchiveSession::onSessionEntered);
    m_services.browse->setLanguage(language());
    m_services.library->setLanguage(language());
    if (m_services.subtitles)
        m_services.subtitles->setLanguage(language());
    if (m_services.transcripts)
        m_services.transcripts->setLanguage(language());
    onLibraryChanged();
}

ArchiveSession::~ArchiveSession() = default;

QString ArchiveSession::language() const
{
    return m_services.languages->language();
}

CatalogPtr ArchiveSession::catalog() const
{
    return m_catalog;
}

void ArchiveSession::setCurrentSession(const QString &sessionId)
{
    if (sessionId == m_currentSession)
        return;
    m_currentSession = sessionId;
    Q_EMIT currentSessionChanged(sessionId);
}

bool ArchiveSession::openCatalog(const QString &location)
{
    const QUrl address(location);
    if (isWebAddress(address)) {
        openRemoteCatalog(address);
        return true;
    }
    const CatalogLoadResult result = m_services.library->open(location);
    if (!result.ok()) {
        Q_EMIT problemsFound(shownName(location), result.problems, true);
        return false;
    }
    if (!result.problems.isEmpty())
        Q_EMIT problemsFound(shownName(location), result.problems, false);
    const QString name = shownName(location);
    say(LiveText([name] { return tr("Opened %1").arg(name); }), 4000);
    return true;
}

void ArchiveSession::openRemoteCatalog(const QUrl &url, bool quiet)
{
    if (openMediaCcc(url))
        return;
    const QString key = url.toString();
    if (quiet)
        m_quietChecks.insert(key);
    else
        m_quietChecks.remove(key);
    m_fetching.insert(key);
    const QString address = url.toDisplayString(QUrl::RemoveUserInfo);
    say(LiveText([address] { return tr("Fetching %1…").arg(address); }), 0);
    Q_EMIT fetchProgress(0, -1);
    m_services.remoteCatalogs->load(url);
}

bool ArchiveSession::openKeptCopy(const QUrl &url)
{
    // A conference reopens from its kept answers, also offline.
    if (openMediaCcc(url))
        return true;
    const RemoteCatalogResult copy = m_services.remoteCatalogs->openCachedCopy(url);
    if (!copy.catalog)
        return false;
    m_keptCopies.insert(copy.catalog->origin, {copy.noticeKind, copy.copyDate});
    m_services.library->add(copy.catalog);
    Q_EMIT noticeChanged();
    return true;
}

void ArchiveSession::checkDueUpdates()
{
    for (const QString &origin : m_services.library->origins()) {
        const QUrl url(origin);
        if (isWebAddress(url) && m_services.remoteCatalogs->isUpdateCheckDue(url))
            openRemoteCatalog(url, true);
    }
}

QString ArchiveSession::notice() const
{
    const CatalogPtr current = m_services.library->current();
    if (!current)
        return {};
    const auto kept = m_keptCopies.constFind(current->origin);
    if (kept != m_keptCopies.cend())
        return RemoteCatalogLoader::noticeText(kept->kind, kept->date);
    return m_importNotices.value(current->origin);
}

void ArchiveSession::retry()
{
    const CatalogPtr current = m_services.library->current();
    if (current && current->remote)
        openRemoteCatalog(QUrl(current->origin));
}

bool ArchiveSession::openMediaCcc(const QUrl &address)
{
    if (!m_services.mediaCcc)
        return false;
    const MediaCccTarget target =
        MediaCccApi::parseAddress(address, m_services.mediaCcc->api().base());
    if (!target.isValid())
        return false;
    auto import = std::make_unique<MediaCccImport>(m_services.mediaCcc);
    import->setLabelLanguage(language());
    if (!m_mediaQuality.isEmpty())
        import->setQuality(MediaQuality::fromString(m_mediaQuality));
    MediaCccImport *started = import.get();
    adoptImport(std::move(import));
    started->start(target);
    return true;
}

void ArchiveSession::adoptImport(std::unique_ptr<MediaCccImport> import)
{
    cancelImport();
    m_import = std::move(import);
    MediaCccImport *running = m_import.get();
    const auto show = [this](const CatalogPtr &catalog) {
        if (catalog)
            m_services.library->add(catalog);
    };
    connect(running, &MediaCccImport::conferenceLoaded, this, show);
    connect(running, &MediaCccImport::catalogUpdated, this, show);
    connect(running, &MediaCccImport::progress, this,
            [this](int done, int total) { Q_EMIT fetchProgress(done, total); });
    connect(running, &MediaCccImport::statusChanged, this,
            [this](const QString &text) { say(LiveText([text] { return text; }), 0); });
    connect(running, &MediaCccImport::eventFailed, this,
            [this](const QString &name, const QString &message) {
                say(LiveText([name, message] { return tr("%1: %2").arg(name, message); }), 8000);
            });
    connect(running, &MediaCccImport::finished, this, &ArchiveSession::onImportFinished);
    // Handed over already done (the dialog waited for it): finish now.
    if (!running->isRunning() && running->result().catalog)
        QTimer::singleShot(0, this, [this, running] {
            if (m_import.get() == running)
                onImportFinished(running->result());
        });
    else if (running->catalog())
        show(running->catalog());
    Q_EMIT importingChanged(true);
}

void ArchiveSession::cancelImport()
{
    if (!m_import)
        return;
    disconnect(m_import.get(), nullptr, this, nullptr);
    m_import->cancel();
    m_import.release()->deleteLater();
    Q_EMIT fetchProgress(-1, -1);
    Q_EMIT importingChanged(false);
}

void ArchiveSession::onImportFinished(const MediaCccImportResult &result)
{
    Q_EMIT fetchProgress(-1, -1);
    say(LiveText(), 0);
    if (result.catalog) {
        m_importNotices.insert(result.catalog->origin, result.notice);
        m_services.library->add(result.catalog);
        if (!result.focusSessionId.isEmpty())
            setCurrentSession(result.focusSessionId);
        Q_EMIT noticeChanged();
        const QString summary = result.summary();
        say(LiveText([summary] { return summary; }), 10000);
    } else if (!result.cancelled) {
        const QString error = result.error;
        Q_EMIT openFailed(LiveText([error] { return error; }));
    }
    if (m_import) {
        m_import.release()->deleteLater(); // we are inside its signal
        Q_EMIT importingChanged(false);
    }
}

void ArchiveSession::onRemoteFinished(const RemoteCatalogResult &result)
{
    const QString key = result.url.toString();
    m_fetching.remove(key);
    const bool quiet = m_quietChecks.remove(key);
    Q_EMIT fetchProgress(-1, -1);
    say(LiveText(), 0);
    if (!result.catalog) {
        if (!result.problems.isEmpty())
            Q_EMIT problemsFound(result.address, result.problems, true);
        else if (!quiet)
            Q_EMIT openFailed(LiveText([error = result.error] { return error; }));
        Q_EMIT fetchFinished(result.url, false);
        return;
    }
    if (result.fromCache)
        m_keptCopies.insert(result.catalog->origin, {result.noticeKind, result.copyDate});
    else
        m_keptCopies.remove(result.catalog->origin);
    const bool already = m_services.library->rowOfOrigin(result.catalog->origin) >= 0;
    if (!(quiet && result.notModified && already))
        m_services.library->add(result.catalog);
    Q_EMIT noticeChanged();

    if (result.fromCache && hasErrors(result.problems)) {
        // A new version with problems was refused; the good copy stays open.
        Q_EMIT problemsFound(result.address, result.problems, true);
    } else if (!result.error.isEmpty() && !quiet) {
        // The kept copy opened instead: the notice says so and offers Retry;
        // the reason is worth a status message, not a box in the way.
        say(LiveText([error = result.error] { return error; }), 10000);
    }
    const QString address = result.address;
    if (result.notModified) {
        say(LiveText([address] { return tr("%1 is up to date.").arg(address); }), 5000);
    } else if (result.hadPrevious && !result.fromCache) {
        const CatalogDiff changes = result.changes;
        say(LiveText([address, changes] {
                return tr("%1 updated: %2").arg(address, changes.summary());
            }),
            10000);
    }
    Q_EMIT fetchFinished(result.url, true);
}

bool ArchiveSession::play(const QString &sessionId, const QString &recordingId,
                          std::optional<Milliseconds> at)
{
    const QString id = sessionId.isEmpty() ? m_currentSession : sessionId;
    const CatalogPtr catalog = m_catalog;
    if (!catalog || !catalog->session(id))
        return false;
    if (!m_services.player->playSession(catalog, id, language(), recordingId, at)) {
        say(LiveText([] { return tr("This session has no recording in the catalog."); }));
        return false;
    }
    Q_EMIT playbackStarted();
    return true;
}

bool ArchiveSession::playMoment(const QString &recordingId, Milliseconds at)
{
    if (!m_catalog || !m_services.player->playRecording(m_catalog, recordingId, at, language()))
        return false;
    setCurrentSession(m_services.player->sessionId());
    Q_EMIT playbackStarted();
    return true;
}

bool ArchiveSession::openMomentLink(const QUrl &link)
{
    CatalogLibrary *library = m_services.library;
    for (int row = 0; row < library->rowCount(); ++row) {
        const auto target = MomentLink::parse(*library->at(row), link, m_services.userData);
        if (!target)
            continue;
        library->setCurrent(row);
        if (!target->sessionId.isEmpty())
            setCurrentSession(target->sessionId);
        // Through the chooser, with the link's recording: a session's own
        // recording or the day's, whichever the link names.
        const bool started =
            target->sessionId.isEmpty()
                ? m_services.player->playRecording(m_catalog, target->recordingId, target->offset,
                                                   language())
                : m_services.player->playSession(m_catalog, target->sessionId, language(),
                                                 target->recordingId, target->offset);
        if (started)
            Q_EMIT playbackStarted();
        return started;
    }
    const QString shown = link.toDisplayString();
    say(LiveText([shown] { return tr("No open catalog has a recording at %1.").arg(shown); }),
        8000);
    return false;
}

void ArchiveSession::onLibraryChanged()
{
    const CatalogPtr previous = m_catalog;
    const CatalogPtr current = m_services.library->current();
    if (current)
        m_services.chapters->setCatalog(current);
    const CatalogPtr edited = m_services.chapters->effectiveCatalog();
    m_catalog = edited && current && edited->event.id == current->event.id
                        && edited->origin == current->origin
                    ? edited
                    : current;
    // A newer version of the same catalog (recordings arriving, a refresh)
    // keeps the user's filter and selection.
    const bool sameOrigin = previous && m_catalog && previous->origin == m_catalog->origin;
    const SessionFilter filter = m_services.browse->filter();
    m_services.browse->setCatalog(m_catalog);
    if (sameOrigin)
        m_services.browse->setFilter(filter);
    if (m_services.transcripts)
        m_services.transcripts->setCatalog(m_catalog);
    if (!sameOrigin || !m_catalog->session(m_currentSession))
        setCurrentSession(QString());
    Q_EMIT catalogChanged(m_catalog);
    Q_EMIT noticeChanged();
}

void ArchiveSession::onChaptersChanged()
{
    const CatalogPtr current = m_services.library->current();
    const CatalogPtr edited = m_services.chapters->effectiveCatalog();
    // While another catalog is being switched to, onLibraryChanged() decides.
    if (!current || !edited || !m_catalog || edited->origin != current->origin
        || m_catalog->origin != current->origin || edited == m_catalog)
        return;
    // The same catalog, edited: the user's filter and selection stay.
    m_catalog = edited;
    const SessionFilter filter = m_services.browse->filter();
    m_services.browse->setCatalog(m_catalog);
    m_services.browse->setFilter(filter);
    if (!m_catalog->session(m_currentSession))
        setCurrentSession(QString());
    Q_EMIT catalogChanged(m_catalog);
}

void ArchiveSession::onLanguageChanged(const QString &language)
{
    m_services.browse->setLanguage(language);
    m_services.library->setLanguage(language);
    m_services.player->setLanguage(language);
    if (m_services.subtitles)
        m_services.subtitles->setLanguage(language);
    if (m_services.transcripts)
        m_services.transcripts->setLanguage(language);
    Q_EMIT noticeChanged();
}

void ArchiveSession::onSessionEntered(const QString &sessionId)
{
    const CatalogPtr catalog = m_services.player->catalog();
    const Session *session = catalog ? catalog->session(sessionId) : nullptr;
    if (!session)
        return;
    say(LiveText([this, catalog, sessionId] {
            const Session *entered = catalog->session(sessionId);
            return tr("Now playing: %1").arg(catalog->text(entered->title, language()));
        }),
        6000);
    if (m_followPlayback && catalog == m_catalog)
        setCurrentSession(sessionId);
}

void ArchiveSession::say(LiveText text, int timeoutMs)
{
    Q_EMIT message(text, timeoutMs);
}

} // namespace fa
