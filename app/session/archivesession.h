#pragma once

#include "catalog.h"
#include "catalogreader.h"
#include "livetext.h"
#include "remotecatalogloader.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

namespace fa {

class BrowseController;
class CatalogLibrary;
class ChapterOverlay;
class LanguageManager;
class MediaCccClient;
class MediaCccImport;
struct MediaCccImportResult;
class PlayerController;
class SubtitleSelection;
class TranscriptSearch;
class UserDataStore;

// The core objects a session of the app works with; owned by main().
struct ArchiveServices
{
    CatalogLibrary *library = nullptr;
    BrowseController *browse = nullptr;
    ChapterOverlay *chapters = nullptr;
    UserDataStore *userData = nullptr;
    PlayerController *player = nullptr;
    RemoteCatalogLoader *remoteCatalogs = nullptr;
    LanguageManager *languages = nullptr;
    SubtitleSelection *subtitles = nullptr;  // optional
    TranscriptSearch *transcripts = nullptr; // optional
    MediaCccClient *mediaCcc = nullptr;      // optional: media.ccc.de conferences
};

// What the app is doing, decided without any widget: which catalog is open
// and browsed (the library's current one with the user's edits), which
// session is selected, what plays when the user asks, which remote catalog is
// an offline copy. Every way of asking to play (button, key, double click,
// link, menu, command line) ends in play() with a recording id or none.
class ArchiveSession : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveSession(const ArchiveServices &services, QObject *parent = nullptr);
    ~ArchiveSession() override;

    const ArchiveServices &services() const { return m_services; }
    QString language() const;
    // The open catalog with the user's edits: what is listed, shown and played.
    CatalogPtr catalog() const;

    QString currentSessionId() const { return m_currentSession; }
    void setCurrentSession(const QString &sessionId);

    // A file, bundle folder or :/ resource, read now; an http(s) address is
    // fetched in the background. Problems are reported through problemsFound();
    // the open catalog stays when the new one is refused.
    bool openCatalog(const QString &location);
    void openRemoteCatalog(const QUrl &url, bool quiet = false);
    // The kept copy of a remote catalog, without the network.
    bool openKeptCopy(const QUrl &url);
    // Checks every open remote catalog whose last check is a day old.
    void checkDueUpdates();
    bool isFetching() const { return !m_fetching.isEmpty(); }
    // Why the current catalog is not fresh ("Offline copy from …"), in the
    // current language; empty when it is.
    QString notice() const;
    // Fetches the current remote catalog again (the notice's Retry).
    void retry();

    // A media.ccc.de conference or talk address (or another voctoweb
    // instance's): builds its catalog, usable while its recordings arrive.
    // False when the address is none of those.
    bool openMediaCcc(const QUrl &address);
    // Goes on with an import the media.ccc.de dialog started.
    void adoptImport(std::unique_ptr<MediaCccImport> import);
    // Stops the running import; what arrived stays open.
    void cancelImport();
    bool isImporting() const { return m_import != nullptr; }
    // How the files of media.ccc.de recordings are ordered: "hd-webm"…
    void setMediaQuality(const QString &quality) { m_mediaQuality = quality; }

    // Plays a session (the current one when empty) in recordingId, or in the
    // planner's default for the interface language when empty, at `at` or at
    // the session's chapter. False, with a message, when nothing can play.
    bool play(const QString &sessionId = {}, const QString &recordingId = {},
              std::optional<Milliseconds> at = {});
    // A moment of a recording of the open catalog (found in what was said):
    // the session is the one whose chapter holds it.
    bool playMoment(const QString &recordingId, Milliseconds at);
    // A "link to this moment" address, looked up in the open catalogs.
    bool openMomentLink(const QUrl &link);
    // Selects the session the player enters, when following playback.
    void setFollowPlayback(bool follow) { m_followPlayback = follow; }
    bool followsPlayback() const { return m_followPlayback; }

Q_SIGNALS:
    // The browsed catalog changed: another one was chosen, or the user edited it.
    void catalogChanged(fa::CatalogPtr catalog);
    void currentSessionChanged(const QString &sessionId);
    // Something started playing: the window shows its player.
    void playbackStarted();
    // A status message; timeoutMs 0 keeps it until the next.
    void message(const fa::LiveText &text, int timeoutMs);
    // A catalog could not be opened (refused) or opened with warnings.
    void problemsFound(const QString &shownName, const fa::CatalogProblems &problems, bool refused);
    // An address the user asked for could not be opened at all.
    void openFailed(const fa::LiveText &text);
    void noticeChanged();
    // Bytes of the catalog being fetched; total -1 when unknown, received -1 when done.
    void fetchProgress(qint64 received, qint64 total);
    // Each fetch that ended, after the catalog (if any) was opened.
    void fetchFinished(const QUrl &url, bool opened);
    // A media.ccc.de import started or ended (Cancel is offered meanwhile).
    void importingChanged(bool importing);

private:
    void onLibraryChanged();
    void onChaptersChanged();
    void onLanguageChanged(const QString &language);
    void onRemoteFinished(const RemoteCatalogResult &result);
    void onSessionEntered(const QString &sessionId);
    void onImportFinished(const MediaCccImportResult &result);
    void say(LiveText text, int timeoutMs = 5000);

    const ArchiveServices m_services;
    QString m_currentSession;
    CatalogPtr m_catalog;
    bool m_followPlayback = true;
    struct KeptCopy
    {
        RemoteCatalogResult::Notice kind = RemoteCatalogResult::Notice::None;
        QDateTime date;
    };
    QHash<QString, KeptCopy> m_keptCopies; // origin -> why it is not fresh
    QSet<QString> m_fetching;              // addresses being fetched
    QSet<QString> m_quietChecks;           // of those, checked without the user asking
    std::unique_ptr<MediaCccImport> m_import;
    QString m_mediaQuality;
    QHash<QString, QString> m_importNotices; // origin -> "Offline copy from …" of an import
};

} // namespace fa
