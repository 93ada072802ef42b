#pragma once

#include "catalog.h"
#include "playbackplanner.h"

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QAudioOutput;

namespace fa {

class HttpRangeDevice;
class UserDataStore;

// Plays a session: picks the recording (PlaybackPlanner), starts exactly at the
// session's chapter, follows chapters, remembers where the user was. The
// QMediaPlayer is created on first use because creating it starts GStreamer.
class PlayerController : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Idle,     // nothing chosen
        NoSource, // the recording has no source: offer to link one
        External, // plays in the browser (YouTube, web page)
        Loading,  // opening, or waiting to reach the start offset
        Paused,
        Playing,
        Error, // see errorString()
    };
    Q_ENUM(Status)

    // Opens an address outside the app; replaced in tests to capture it.
    using ExternalOpener = std::function<bool(const QUrl &)>;

    static constexpr Milliseconds previousChapterGrace = 3000;
    static constexpr int resumeSaveIntervalMs = 10000;
    // How long a start at an offset may take to show its first frame before the
    // seek is made again (see watchStart).
    static constexpr int startCheckMs = 700;

    explicit PlayerController(UserDataStore *store = nullptr, QObject *parent = nullptr);
    ~PlayerController() override;

    // A QVideoSink, QVideoWidget or QGraphicsVideoItem; may be set at any time.
    void setVideoOutput(QObject *output);
    void setExternalOpener(ExternalOpener opener);

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
    QString errorString() const { return m_error; }

    const CatalogPtr &catalog() const { return m_catalog; }
    // The session being played: the one whose chapter holds the position.
    QString sessionId() const { return m_sessionId; }
    QString language() const { return m_language; }
    const QList<PlaybackOption> &options() const { return m_options; }
    int currentOption() const { return m_optionIndex; }
    QString recordingId() const { return m_recordingId; }
    const ResolvedSource &source() const { return m_source; }

    Milliseconds position() const;
    Milliseconds duration() const;
    bool isSeekable() const;

    // Chapters of the current recording, ordered by offset.
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
    void ensurePlayer();
    void openOption(int index, Milliseconds start, bool autoplay);
    int optionIndex(const QString &recordingId) const;
    void applyPendingSeek();
    void startUnseekable();
    void watchSeek(Milliseconds target);
    void watchStart(Milliseconds target);
    void checkStart();
    void cancelStartCheck();
    void replaceSource(const QUrl &url);
    void setPlayerSource(const QUrl &url, HttpRangeDevice *device, quint64 generation);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void onPlaybackState(QMediaPlayer::PlaybackState state);
    void onPlayerError(QMediaPlayer::Error error, const QString &message);
    void onPosition(qint64 position);
    void updateChapter(Milliseconds position, bool crossing);
    void setStatus(Status status);
    void fail(const QString &message);
    void saveResume();
    QString catalogId() const;
    const PlaybackOption *option() const;

    UserDataStore *const m_store;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    HttpRangeDevice *m_device = nullptr; // what m_player reads, for http(s) sources
    QPointer<QObject> m_videoOutput;
    ExternalOpener m_opener;
    QTimer *const m_resumeTimer;
    QTimer *const m_startCheck; // a start at an offset not yet seen to show a frame

    CatalogPtr m_catalog;
    QString m_sessionId;
    QString m_language;
    QList<PlaybackOption> m_options;
    int m_optionIndex = -1;
    QString m_recordingId;
    ResolvedSource m_source;
    QList<ChapterEntry> m_chapters;
    int m_chapter = -1;

    Status m_status = Status::Idle;
    QString m_error;
    std::optional<Milliseconds> m_pendingSeek;
    bool m_playWhenReady = false;
    Milliseconds m_externalPosition = 0;
    bool m_seekUnsupported = false;
    bool m_unloading = false;
    std::optional<Milliseconds> m_seekCheck; // a stream seek not yet seen to work
    int m_seekCheckUpdates = 0;
    quint64 m_sourceGeneration = 0;
    Milliseconds m_startTarget = 0;
    bool m_startFrameSeen = false;
    QMetaObject::Connection m_startFrames;

    qreal m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace fa
