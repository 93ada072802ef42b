#pragma once

#include "livetext.h"
#include "playbackplanner.h"

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAudioOutput;

namespace fa {

class HttpRangeDevice;

// One media source played in-process, started exactly at an offset: owns the
// QMediaPlayer (created on first use, since creating it starts GStreamer),
// feeds http(s) sources through a Range device, keeps the start offset until
// the media can seek, and says plainly what went wrong. Knows nothing of
// catalogs or sessions.
class MediaEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Paused, Playing, Failed };
    Q_ENUM(State)
    enum class Failure {
        None,
        MissingFile,
        Refused, // the server refused the address (HTTP 4xx): maybe expired
        Network,
        Seeking, // the source cannot seek to the start offset
        Media,
    };

    // How long a start at an offset may take to show its first frame before the
    // seek is made again (see watchStart).
    static constexpr int startCheckMs = 700;

    explicit MediaEngine(QObject *parent = nullptr);
    ~MediaEngine() override;

    // A QVideoSink, QVideoWidget or QGraphicsVideoItem; may be set at any time.
    void setVideoOutput(QObject *output);
    // Makes the video output when the player is made (the first open(), or
    // prepare()), or now when it is there. A QVideoSink starts Qt's media backend
    // (GStreamer) as it is constructed, which a window does not need to show.
    // Replaces the output and the maker set before; setVideoOutput() replaces it.
    using VideoOutputMaker = std::function<QObject *()>;
    void setVideoOutputMaker(VideoOutputMaker maker);
    // Creates the player now rather than on the first open().
    void prepare();

    // Opens an in-process source at `start`; plays once there when autoplay.
    // audioTrack: the file's audio track to hear, -1 for its default.
    void open(const ResolvedSource &source, Milliseconds start, bool autoplay, int audioTrack = -1);
    // Unloads the media (for a source that does not play in-process).
    void close();
    const ResolvedSource &source() const { return m_source; }

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    LiveText errorText() const { return m_error; }
    // The media is loaded and usable: seeks go straight to the player.
    bool isLoaded() const;
    // Loaded, not waiting for the start offset, not failed: its position is real.
    bool hasSettledPosition() const;
    Milliseconds position() const;
    Milliseconds duration() const;
    bool isSeekable() const;
    bool willPlay() const { return m_playWhenReady; }

    void play();
    void pause();
    void stop();
    // False when the media cannot seek there (not seekable, nothing loaded).
    bool seek(Milliseconds position);
    void setPlaybackRate(qreal rate);
    void setVolume(float volume);
    void setMuted(bool muted);
    void setAudioTrack(int track);
    int audioTrack() const;

Q_SIGNALS:
    void stateChanged(fa::MediaEngine::State state);
    void failed(fa::MediaEngine::Failure failure, const fa::LiveText &message);
    // Not while the start offset is pending: the backend reports 0 then.
    void positionChanged(qint64 position);
    void durationChanged(qint64 duration);
    void seekableChanged(bool seekable);
    void ended();

private:
    void ensurePlayer();
    void applyPendingSeek();
    void applyAudioTrack();
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
    void setState(State state);
    void fail(Failure failure, LiveText message);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    HttpRangeDevice *m_device = nullptr; // what m_player reads, for http(s) sources
    QPointer<QObject> m_videoOutput;
    VideoOutputMaker m_videoOutputMaker; // until the player is made
    QTimer *const m_startCheck;          // a start at an offset not yet seen to show a frame

    ResolvedSource m_source;
    State m_state = State::Empty;
    Failure m_failure = Failure::None;
    LiveText m_error;
    std::optional<Milliseconds> m_pendingSeek;
    bool m_playWhenReady = false;
    bool m_unloading = false;
    int m_audioTrack = -1;
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
