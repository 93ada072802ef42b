#pragma once

#include "catalog.h"
#include "livetext.h"
#include "mediaengine.h"
#include "playbackplanner.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace fa {

class UserDataStore;
class YouTubePlayback;
class YouTubeStreams;
class YouTubeVideo;

// Plays a session: opens the recording the planner chose (or the one asked
// for by id) at the session's chapter, follows the chapters, remembers where
// the user was. The media itself is the engine's; YouTube addresses become
// streams through yt-dlp when it is available.
class PlayerController : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Idle,      // nothing chosen
        NoSource,  // the recording has no source: offer to link one
        External,  // plays in the browser (web page, or YouTube without yt-dlp)
        Resolving, // asking yt-dlp for the stream of a YouTube recording
        Loading,   // opening, or waiting to reach the start offset
        Paused,
        Playing,
        Error, // see errorString()
    };
    Q_ENUM(Status)

    // Opens an address outside the app; replaced in tests to capture it.
    using ExternalOpener = std::function<bool(const QUrl &)>;

    static constexpr Milliseconds previousChapterGrace = 3000;
    static constexpr int resumeSaveIntervalMs = 10000;

    explicit PlayerController(UserDataStore *store = nullptr, QObject *parent = nullptr);
    ~PlayerController() override;

    // A QVideoSink, QVideoWidget or QGraphicsVideoItem; may be set at any time.
    void setVideoOutput(QObject *output);
    // The output made when the media player is (see MediaEngine).
    void setVideoOutputMaker(MediaEngine::VideoOutputMaker maker);
    void setExternalOpener(ExternalOpener opener);
    // YouTube recordings play in the app through these; without, in the browser.
    void setYouTubeStreams(YouTubeStreams *streams);
    // Finished downloads: a recording whose address was downloaded plays from
    // its copy, also without the network (the download manager's localPath()).
    void setDownloadedFiles(PlaybackPlanner::DownloadedFiles downloaded);
    MediaEngine *engine() const { return m_engine; }

    // Opens the session's recording (recordingId, or the planner's default for
    // `language` when empty) at the session's chapter, or at `at` when given
    // (an offset into the recording), and plays. False when the session has no
    // such recording.
    bool playSession(CatalogPtr catalog, const QString &sessionId, const QString &language,
                     const QString &recordingId = {}, std::optional<Milliseconds> at = {});
    // Opens a recording at an offset (moment links, --at); the session is the
    // one whose chapter holds the offset.
    bool playRecording(CatalogPtr catalog, const QString &recordingId, Milliseconds at,
                       const QString &language);

    Status status() const { return m_status; }
    bool isPlaying() const { return m_status == Status::Playing; }
    // In the current language, also after a switch.
    QString errorString() const { return m_error.toString(); }

    const CatalogPtr &catalog() const { return m_catalog; }
    // The session being played: the one whose chapter holds the position.
    QString sessionId() const { return m_sessionId; }
    QString language() const { return m_language; }
    const QList<PlaybackOption> &options() const { return m_options; }
    int currentOption() const { return m_optionIndex; }
    QString recordingId() const { return m_recordingId; }
    const ResolvedSource &source() const { return m_source; }
    // The title the video's publisher gave it (YouTube), empty when unknown.
    QString mediaTitle() const { return m_mediaTitle; }
    // Subtitles the media's publisher offers beside the catalog's (YouTube).
    const QList<SubtitleFile> &mediaSubtitles() const { return m_mediaSubtitles; }

    Milliseconds position() const;
    Milliseconds duration() const;
    bool isSeekable() const;

    // Every chapter of the current recording, ordered by offset.
    const QList<ChapterEntry> &chapters() const { return m_chapters; }
    int currentChapter() const { return m_chapter; }

    qreal playbackRate() const { return m_rate; }
    static QList<qreal> playbackRates();
    float volume() const { return m_volume; }
    bool isMuted() const { return m_muted; }

    // Stored position in a recording of the current catalog, -1 when none.
    Milliseconds resumePosition(const QString &recordingId) const;
    // The source's own address at the current position; empty without a source.
    QUrl momentLink() const;
    // The source's address at the position, as openExternally() would open it.
    QUrl externalUrl() const;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void setPosition(Milliseconds position);
    void seekRelative(Milliseconds delta);
    void nextChapter();
    void previousChapter();
    void jumpToChapter(int index);
    void setPlaybackRate(qreal rate); // snapped to the nearest of playbackRates()
    void faster();
    void slower();
    void setVolume(float volume); // 0…1
    void setMuted(bool muted);
    void toggleMuted() { setMuted(!m_muted); }
    // Another recording of the session, at the same place within the session.
    void selectRecording(const QString &recordingId);
    // Relabels the options; does not change the recording.
    void setLanguage(const QString &language);
    // Jumps to the stored position of the current recording.
    void resume();
    // Opens the source outside the app at the current position.
    bool openExternally();
    // Stops asking yt-dlp; the recording can then be opened in the browser.
    void cancelResolving();
    // Stores the user's file path or address for the current recording and opens it.
    void linkRecording(const QString &link);

Q_SIGNALS:
    void statusChanged(fa::PlayerController::Status status);
    void errorOccurred(const QString &message);
    void positionChanged(qint64 position);
    void durationChanged(qint64 duration);
    void seekableChanged(bool seekable);
    void recordingChanged(const QString &recordingId); // also chapters() and source()
    void optionsChanged();                             // options() and currentOption()
    void currentChapterChanged(int index);
    // Playback crossed into another session's chapter (not on the initial jump).
    void sessionEntered(const QString &sessionId);
    void playbackRateChanged(qreal rate);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    void openedExternally(const QUrl &url);

private:
    void openOption(int index, Milliseconds start, bool autoplay);
    int optionIndex(const QString &recordingId) const;
    bool playsInProcess() const;
    void onEngineState(MediaEngine::State state);
    void onEngineFailed(MediaEngine::Failure failure, const LiveText &message);
    void onEnginePosition(qint64 position);
    void onStreamReady(const YouTubeVideo &video);
    void updateChapter(Milliseconds position, bool crossing);
    void setStatus(Status status);
    void fail(const LiveText &message);
    void saveResume();
    QString catalogId() const;

    UserDataStore *const m_store;
    MediaEngine *const m_engine;
    YouTubePlayback *const m_youTube;
    ExternalOpener m_opener;
    PlaybackPlanner::DownloadedFiles m_downloaded;
    QTimer *const m_resumeTimer;

    CatalogPtr m_catalog;
    QString m_sessionId;
    QString m_language;
    QList<PlaybackOption> m_options;
    int m_optionIndex = -1;
    QString m_recordingId;
    ResolvedSource m_source;
    QString m_mediaTitle;
    QList<SubtitleFile> m_mediaSubtitles;
    QList<ChapterEntry> m_chapters;
    int m_chapter = -1;

    Status m_status = Status::Idle;
    LiveText m_error;
    bool m_playWhenReady = false; // while resolving: play once the stream is there
    Milliseconds m_externalPosition = 0;

    qreal m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace fa
