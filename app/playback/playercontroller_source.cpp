#include "playercontroller.h"

#include "httprangedevice.h"
#include "playbackerrors.h"
#include "webaddress.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

// Giving the player its source: local files and other addresses directly,
// http(s) recordings through a Range device when the server allows it.

namespace fa {

// Qt 6.4's GStreamer backend sometimes shows no frame at all when play()
// follows the seek made before playback began: the picture stays black and the
// position stops two seconds in (under X11, about one start in three). No
// signal tells when that seek is done, so the start is checked instead: with
// no frame shortly after it, the seek is made again, now while playing, which
// recovers.
void PlayerController::watchStart(Milliseconds target)
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

void PlayerController::checkStart()
{
    disconnect(m_startFrames);
    if (m_startFrameSeen || !m_player || !m_player->hasVideo()
        || m_player->playbackState() != QMediaPlayer::PlayingState)
        return;
    m_player->setPosition(m_startTarget);
}

void PlayerController::cancelStartCheck()
{
    m_startCheck->stop();
    disconnect(m_startFrames);
}

void PlayerController::replaceSource(const QUrl &url)
{
    cancelStartCheck();
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
        if (!ranged)
            device->deleteLater();
        setPlayerSource(url, ranged ? device : nullptr, generation);
    });
    connect(device, &HttpRangeDevice::failed, this, [this, device](const QString &message) {
        if (device != m_device || m_status == Status::Error)
            return;
        m_pendingSeek.reset();
        fail(PlaybackErrors::fromPlayer(QMediaPlayer::NetworkError, message, m_source));
    });
    device->start();
}

void PlayerController::setPlayerSource(const QUrl &url, HttpRangeDevice *device, quint64 generation)
{
    const auto load = [this, url, device, generation] {
        if (generation != m_sourceGeneration) {
            if (device)
                device->deleteLater();
            return; // another recording was chosen meanwhile
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
    // Qt 6.4's video sink, torn down while it renders, waits ~300 ms for this
    // thread; paused, and one turn of the event loop later, it goes at once.
    m_unloading = true;
    m_player->pause();
    m_unloading = false;
    QTimer::singleShot(0, this, load);
}

} // namespace fa
