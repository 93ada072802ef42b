#include "mediaengine.h"

#include "httprangedevice.h"
#include "playbackerrors.h"
#include "webaddress.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaMetaData>
#include <QVideoFrame>
#include <QVideoSink>

#include <utility>

namespace fa {

// One line per start that needed the late re-seek (bench_playback counts them).
Q_LOGGING_CATEGORY(lcStart, "fa.playback.start", QtInfoMsg)

MediaEngine::MediaEngine(QObject *parent)
    : QObject(parent)
    , m_startCheck(new QTimer(this))
{
    m_startCheck->setSingleShot(true);
    m_startCheck->setInterval(startCheckMs);
    connect(m_startCheck, &QTimer::timeout, this, &MediaEngine::checkStart);
}

MediaEngine::~MediaEngine()
{
    // Before the device it may be reading from.
    delete m_player;
    m_player = nullptr;
}

void MediaEngine::setVideoOutput(QObject *output)
{
    m_videoOutputMaker = nullptr;
    m_videoOutput = output;
    if (m_player)
        m_player->setVideoOutput(output);
}

void MediaEngine::setVideoOutputMaker(VideoOutputMaker maker)
{
    if (m_player) {
        setVideoOutput(maker ? maker() : nullptr);
        return;
    }
    m_videoOutput = nullptr;
    m_videoOutputMaker = std::move(maker);
}

void MediaEngine::prepare()
{
    ensurePlayer();
}

void MediaEngine::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setVolume(m_volume);
    m_audio->setMuted(m_muted);
    m_player->setAudioOutput(m_audio);
    if (m_videoOutputMaker)
        m_videoOutput = std::exchange(m_videoOutputMaker, nullptr)();
    if (m_videoOutput)
        m_player->setVideoOutput(m_videoOutput.data());
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaEngine::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaEngine::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaEngine::onPlayerError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaEngine::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaEngine::durationChanged);
    connect(m_player, &QMediaPlayer::tracksChanged, this, &MediaEngine::applyAudioTrack);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (m_unloading)
            return;
        Q_EMIT seekableChanged(seekable);
        if (seekable)
            applyPendingSeek();
    });
}

void MediaEngine::open(const ResolvedSource &source, Milliseconds start, bool autoplay,
                       int audioTrack)
{
    // Until the new media is there nothing is reported or tracked.
    m_source = source;
    m_pendingSeek = start;
    m_playWhenReady = autoplay;
    m_audioTrack = audioTrack;
    m_failure = Failure::None;
    m_error = LiveText();
    if (m_source.isLocalFile() && !QFileInfo(m_source.url.toLocalFile()).isFile()) {
        m_pendingSeek.reset();
        replaceSource({});
        const ResolvedSource missing = m_source;
        fail(Failure::MissingFile,
             LiveText([missing] { return PlaybackErrors::missingFile(missing); }));
        return;
    }
    ensurePlayer();
    setState(State::Loading);
    m_player->setPlaybackRate(m_rate);
    replaceSource(m_source.url);
}

void MediaEngine::close()
{
    m_source = ResolvedSource();
    m_pendingSeek.reset();
    m_playWhenReady = false;
    m_failure = Failure::None;
    m_error = LiveText();
    replaceSource({});
    setState(State::Empty);
}

bool MediaEngine::isLoaded() const
{
    return m_player && m_source.mode == ResolvedSource::Mode::InProcess && m_state != State::Failed
           && m_player->mediaStatus() != QMediaPlayer::NoMedia
           && m_player->mediaStatus() != QMediaPlayer::InvalidMedia;
}

bool MediaEngine::hasSettledPosition() const
{
    if (!m_player || m_pendingSeek || m_state == State::Failed
        || m_source.mode != ResolvedSource::Mode::InProcess)
        return false;
    const QMediaPlayer::MediaStatus media = m_player->mediaStatus();
    return media != QMediaPlayer::NoMedia && media != QMediaPlayer::LoadingMedia
           && media != QMediaPlayer::InvalidMedia && media != QMediaPlayer::EndOfMedia;
}

Milliseconds MediaEngine::position() const
{
    if (m_pendingSeek)
        return *m_pendingSeek;
    return m_player && m_player->mediaStatus() != QMediaPlayer::NoMedia ? m_player->position() : 0;
}

Milliseconds MediaEngine::duration() const
{
    return m_player ? m_player->duration() : 0;
}

bool MediaEngine::isSeekable() const
{
    return m_player && m_player->isSeekable();
}

void MediaEngine::play()
{
    if (!m_player || m_source.mode != ResolvedSource::Mode::InProcess || m_state == State::Failed)
        return;
    m_playWhenReady = true;
    if (!m_pendingSeek)
        m_player->play();
}

void MediaEngine::pause()
{
    m_playWhenReady = false;
    if (m_player && !m_pendingSeek)
        m_player->pause();
}

void MediaEngine::stop()
{
    m_playWhenReady = false;
    if (m_player && !m_pendingSeek)
        m_player->stop();
}

bool MediaEngine::seek(Milliseconds position)
{
    if (m_pendingSeek) {
        m_pendingSeek = position; // applied once the media is seekable
        return true;
    }
    if (!m_player || !m_player->isSeekable())
        return false;
    cancelStartCheck(); // the user's seek replaces the start's
    // Before the seek: the backend reports the new position at once, and the
    // check of an earlier seek would take it for a dropped one.
    watchSeek(position);
    m_player->setPosition(position);
    return true;
}

void MediaEngine::setPlaybackRate(qreal rate)
{
    m_rate = rate;
    if (m_player)
        m_player->setPlaybackRate(rate);
}

void MediaEngine::setVolume(float volume)
{
    m_volume = volume;
    if (m_audio)
        m_audio->setVolume(volume);
}

void MediaEngine::setMuted(bool muted)
{
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
}

void MediaEngine::setAudioTrack(int track)
{
    m_audioTrack = track;
    applyAudioTrack();
}

int MediaEngine::audioTrack() const
{
    return m_player ? m_player->activeAudioTrack() : -1;
}

void MediaEngine::applyAudioTrack()
{
    // The tracks are known once the media is loaded; tracksChanged calls again.
    if (!m_player || m_audioTrack < 0 || m_audioTrack >= m_player->audioTracks().size())
        return;
    if (m_player->activeAudioTrack() != m_audioTrack)
        m_player->setActiveAudioTrack(m_audioTrack);
}

void MediaEngine::applyPendingSeek()
{
    if (!m_player || !m_pendingSeek || m_player->source() != m_source.url)
        return;
    const Milliseconds target = *m_pendingSeek;
    if (!m_player->isSeekable()) {
        if (target > 0)
            return; // wait for seekableChanged(true), or startUnseekable()
    } else if (target > 0) {
        watchSeek(target);
        m_player->setPosition(target);
    }
    m_pendingSeek.reset();
    applyAudioTrack();
    if (m_playWhenReady) {
        m_player->play();
        if (target > 0 && m_player->isSeekable())
            watchStart(target);
    } else if (m_state == State::Loading) {
        setState(State::Paused);
    }
}

void MediaEngine::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (m_unloading)
        return;
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        if (m_player->isSeekable()) {
            applyPendingSeek();
        } else if (m_pendingSeek) {
            // The backend reports seekability right after loading; decide once it had the chance.
            QMetaObject::invokeMethod(this, &MediaEngine::startUnseekable, Qt::QueuedConnection);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        if (m_device && m_device->hasFailed())
            break; // cut short by the network: not watched to the end
        Q_EMIT ended();
        break;
    default: break;
    }
}

void MediaEngine::startUnseekable()
{
    if (!m_player || !m_pendingSeek || m_player->isSeekable() || m_player->source() != m_source.url)
        return;
    if (*m_pendingSeek == 0) {
        applyPendingSeek();
        return;
    }
    // Playing from the start instead would silently land in the wrong session.
    const Milliseconds target = *m_pendingSeek;
    m_pendingSeek.reset();
    m_player->stop();
    const ResolvedSource source = m_source;
    fail(Failure::Seeking,
         LiveText([source, target] { return PlaybackErrors::seekingUnsupported(source, target); }));
}

void MediaEngine::onPlaybackState(QMediaPlayer::PlaybackState state)
{
    if (m_unloading || m_state == State::Failed)
        return;
    switch (state) {
    case QMediaPlayer::PlayingState: setState(State::Playing); break;
    case QMediaPlayer::PausedState:
    case QMediaPlayer::StoppedState:
        if (m_state == State::Playing || (m_state == State::Loading && !m_pendingSeek))
            setState(State::Paused);
        break;
    }
}

void MediaEngine::onPlayerError(QMediaPlayer::Error error, const QString &message)
{
    if (m_unloading || error == QMediaPlayer::NoError
        || m_source.mode != ResolvedSource::Mode::InProcess)
        return;
    // "Internal data stream error" follows the seeking or read error and says less.
    if (m_state == State::Failed
        && (m_failure == Failure::Seeking || (m_device && m_device->hasFailed())))
        return;
    const Failure failure = PlaybackErrors::isSeekingUnsupported(message) ? Failure::Seeking
                            : error == QMediaPlayer::NetworkError         ? Failure::Network
                                                                          : Failure::Media;
    m_pendingSeek.reset();
    const ResolvedSource source = m_source;
    fail(failure, LiveText([error, message, source] {
             return PlaybackErrors::fromPlayer(error, message, source);
         }));
}

void MediaEngine::onPosition(qint64 position)
{
    // Before the pending seek the backend reports 0: not where the user is.
    if (m_unloading || m_pendingSeek)
        return;
    if (m_seekCheck) {
        // Qt 6.4 drops some seeks on streams without a word: the backend then
        // reports positions from where it was, and the session would be wrong.
        const Milliseconds target = *m_seekCheck;
        if (position + 1000 < target) {
            m_seekCheck.reset();
            m_player->stop();
            const ResolvedSource source = m_source;
            fail(Failure::Seeking, LiveText([source, target] {
                     return PlaybackErrors::seekingUnsupported(source, target);
                 }));
            return;
        }
        if (++m_seekCheckUpdates >= 5)
            m_seekCheck.reset();
    }
    Q_EMIT positionChanged(position);
}

void MediaEngine::watchSeek(Milliseconds target)
{
    if (m_source.isLocalFile())
        return;
    m_seekCheck = target;
    m_seekCheckUpdates = 0;
}

// Qt 6.4's GStreamer backend sometimes shows no frame at all when play()
// follows the seek made before playback began: the picture stays black and the
// position stops two seconds in (under X11, about one start in three). No
// signal tells when that seek is done, so the start is checked instead: with
// no frame shortly after it, the seek is made again, now while playing, which
// recovers.
void MediaEngine::watchStart(Milliseconds target)
{
    cancelStartCheck();
    m_startTarget = target;
    m_startFrameSeen = false;
    if (QVideoSink *sink = m_player->videoSink()) {
        m_startFrames =
            connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
                if (frame.isValid())
                    m_startFrameSeen = true;
            });
    }
    m_startCheck->start();
}

void MediaEngine::checkStart()
{
    disconnect(m_startFrames);
    if (m_startFrameSeen || !m_player || !m_player->hasVideo()
        || m_player->playbackState() != QMediaPlayer::PlayingState)
        return;
    qCInfo(lcStart, "no frame %d ms after the start at %lld ms: seeking again", startCheckMs,
           static_cast<long long>(m_startTarget));
    m_player->setPosition(m_startTarget);
}

void MediaEngine::cancelStartCheck()
{
    m_startCheck->stop();
    disconnect(m_startFrames);
}

void MediaEngine::replaceSource(const QUrl &url)
{
    cancelStartCheck();
    m_seekCheck.reset();
    const quint64 generation = ++m_sourceGeneration;
    if (!m_player)
        return;
    if (!isWebAddress(url)) {
        setPlayerSource(url, nullptr, generation);
        return;
    }
    // Given the address, Qt 6.4 cannot seek in WebM (see HttpRangeDevice); given
    // the device it can, as long as the server honours Range. Otherwise the
    // address goes to the backend, which then reports the stream unseekable.
    auto *device = new HttpRangeDevice(url, this);
    connect(device, &HttpRangeDevice::probed, this, [this, device, url, generation](bool ranged) {
        if (generation != m_sourceGeneration || !m_player) {
            device->deleteLater();
            return;
        }
        if (!ranged) {
            device->deleteLater();
            // Refused outright (an expired stream address answers 403): say so
            // rather than let the backend try the same address again.
            if (const int status = device->probeStatus(); status >= 400) {
                m_pendingSeek.reset();
                const ResolvedSource source = m_source;
                fail(Failure::Refused, LiveText([source, status] {
                         return PlaybackErrors::refused(source, status);
                     }));
                return;
            }
        }
        setPlayerSource(url, ranged ? device : nullptr, generation);
    });
    connect(device, &HttpRangeDevice::failed, this, [this, device](const QString &message) {
        if (device != m_device || m_state == State::Failed)
            return;
        m_pendingSeek.reset();
        const ResolvedSource source = m_source;
        fail(Failure::Network, LiveText([message, source] {
                 return PlaybackErrors::fromPlayer(QMediaPlayer::NetworkError, message, source);
             }));
    });
    device->start();
}

void MediaEngine::setPlayerSource(const QUrl &url, HttpRangeDevice *device, quint64 generation)
{
    const auto load = [this, url, device, generation] {
        if (generation != m_sourceGeneration) {
            if (device)
                device->deleteLater();
            return; // another source was chosen meanwhile
        }
        HttpRangeDevice *previous = m_device;
        m_device = device;
        // Unloading reports the old media as loaded and seekable once more: not ours.
        m_unloading = true;
        if (device)
            m_player->setSourceDevice(device, url);
        else
            m_player->setSource(url);
        m_unloading = false;
        if (previous)
            previous->deleteLater(); // the player read from it until now
    };
    if (m_player->mediaStatus() == QMediaPlayer::NoMedia) {
        load();
        return;
    }
    // With its sink in this thread (a plain QVideoSink, QVideoWidget), Qt 6.4's
    // renderer, torn down while it renders, can wait ~300 ms for this thread;
    // paused, and one turn of the event loop later, it mostly goes at once. The
    // app's view takes frames in a thread of its own (ThreadedVideoSink) and
    // never waits.
    m_unloading = true;
    m_player->pause();
    m_unloading = false;
    QTimer::singleShot(0, this, load);
}

void MediaEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MediaEngine::fail(Failure failure, LiveText message)
{
    m_failure = failure;
    m_error = std::move(message);
    setState(State::Failed);
    Q_EMIT failed(failure, m_error);
}

} // namespace fa
