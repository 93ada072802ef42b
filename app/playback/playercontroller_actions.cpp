// PlayerController's state getters and the user's actions on it: transport,
// seeking, chapters, speed, volume, language, resume and links.
#include "playercontroller.h"

#include "momentlink.h"
#include "playbackerrors.h"
#include "userdatastore.h"

#include <QAudioOutput>

#include <cmath>

namespace fa {

Milliseconds PlayerController::position() const
{
    if (m_pendingSeek)
        return *m_pendingSeek;
    if (m_source.mode == ResolvedSource::Mode::InProcess && m_player
        && m_player->mediaStatus() != QMediaPlayer::NoMedia)
        return m_player->position();
    return m_externalPosition;
}

Milliseconds PlayerController::duration() const
{
    if (m_player && m_player->duration() > 0)
        return m_player->duration();
    const Recording *recording = m_catalog ? m_catalog->recording(m_recordingId) : nullptr;
    return recording && recording->duration ? *recording->duration : 0;
}

bool PlayerController::isSeekable() const
{
    return m_player && m_player->isSeekable();
}

Milliseconds PlayerController::resumePosition(const QString &recordingId) const
{
    return m_store && m_catalog ? m_store->resumePosition(catalogId(), recordingId) : -1;
}

QUrl PlayerController::momentLink() const
{
    return MomentLink::build(m_source, position());
}

QUrl PlayerController::externalUrl() const
{
    return PlaybackPlanner::urlAt(m_source, position());
}

void PlayerController::play()
{
    if (m_source.mode == ResolvedSource::Mode::External) {
        openExternally();
        return;
    }
    if (!m_player || m_source.mode != ResolvedSource::Mode::InProcess || m_status == Status::Error)
        return;
    m_playWhenReady = true;
    if (!m_pendingSeek)
        m_player->play();
}

void PlayerController::pause()
{
    m_playWhenReady = false;
    if (m_player && !m_pendingSeek)
        m_player->pause();
}

void PlayerController::togglePlayPause()
{
    if (m_status == Status::Playing || (m_status == Status::Loading && m_playWhenReady))
        pause();
    else
        play();
}

void PlayerController::stop()
{
    saveResume();
    m_playWhenReady = false;
    if (m_player && !m_pendingSeek)
        m_player->stop();
}

void PlayerController::setPosition(Milliseconds position)
{
    const Milliseconds length = duration();
    position = qMax<Milliseconds>(0, length > 0 ? qMin(position, length) : position);
    if (m_source.mode != ResolvedSource::Mode::InProcess || !m_player) {
        m_externalPosition = position;
        updateChapter(position, true);
        Q_EMIT positionChanged(position);
        return;
    }
    if (m_pendingSeek) {
        m_pendingSeek = position; // applied once the media is seekable
        updateChapter(position, true);
        return;
    }
    if (!m_player->isSeekable())
        return;
    cancelStartCheck(); // the user's seek replaces the start's
    updateChapter(position, true);
    // Before the seek: the backend reports the new position at once, and the
    // check of an earlier seek would take it for a dropped one.
    watchSeek(position);
    m_player->setPosition(position);
}

void PlayerController::seekRelative(Milliseconds delta)
{
    setPosition(position() + delta);
}

void PlayerController::jumpToChapter(int index)
{
    if (index >= 0 && index < m_chapters.size())
        setPosition(m_chapters[index].chapter.at);
}

void PlayerController::nextChapter()
{
    jumpToChapter(m_chapter + 1);
}

void PlayerController::previousChapter()
{
    if (m_chapter < 0)
        return;
    if (position() - m_chapters[m_chapter].chapter.at > previousChapterGrace || m_chapter == 0)
        jumpToChapter(m_chapter);
    else
        jumpToChapter(m_chapter - 1);
}

QList<qreal> PlayerController::playbackRates()
{
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
}

void PlayerController::setPlaybackRate(qreal rate)
{
    const QList<qreal> rates = playbackRates();
    qreal nearest = rates.first();
    for (qreal r : rates) {
        if (std::abs(r - rate) < std::abs(nearest - rate))
            nearest = r;
    }
    if (qFuzzyCompare(nearest, m_rate))
        return;
    m_rate = nearest;
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    Q_EMIT playbackRateChanged(m_rate);
}

void PlayerController::faster()
{
    const QList<qreal> rates = playbackRates();
    const qsizetype i = rates.indexOf(m_rate);
    if (i >= 0 && i + 1 < rates.size())
        setPlaybackRate(rates[i + 1]);
}

void PlayerController::slower()
{
    const QList<qreal> rates = playbackRates();
    const qsizetype i = rates.indexOf(m_rate);
    if (i > 0)
        setPlaybackRate(rates[i - 1]);
}

void PlayerController::setVolume(float volume)
{
    volume = qBound(0.0f, volume, 1.0f);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_audio)
        m_audio->setVolume(volume);
    Q_EMIT volumeChanged(volume);
}

void PlayerController::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
    Q_EMIT mutedChanged(muted);
}

void PlayerController::selectRecording(const QString &recordingId)
{
    const int index = optionIndex(recordingId);
    if (!m_catalog || index < 0 || index == m_optionIndex)
        return;
    const PlaybackOption *current = option();
    // The same place within the session: per-session recordings start at 0.
    const Milliseconds within = current ? qMax<Milliseconds>(0, position() - current->offset) : 0;
    const bool autoplay =
        m_status == Status::Playing || (m_status == Status::Loading && m_playWhenReady);
    Milliseconds start = m_options[index].offset + within;
    const Recording *target = m_catalog->recording(m_options[index].recordingId);
    if (target && target->duration && start >= *target->duration)
        start = m_options[index].offset;
    openOption(index, start, autoplay);
}

void PlayerController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_catalog || m_sessionId.isEmpty())
        return;
    m_options = PlaybackPlanner::options(*m_catalog, m_sessionId, language);
    m_optionIndex = optionIndex(m_recordingId);
    Q_EMIT optionsChanged();
}

void PlayerController::resume()
{
    const Milliseconds at = resumePosition(m_recordingId);
    if (at >= 0)
        setPosition(at);
}

bool PlayerController::openExternally()
{
    const QUrl url = externalUrl();
    if (url.isEmpty())
        return false;
    if (!m_opener || !m_opener(url)) {
        fail(PlaybackErrors::openExternallyFailed(url));
        return false;
    }
    Q_EMIT openedExternally(url);
    return true;
}

void PlayerController::linkRecording(const QString &link)
{
    if (!m_store || !m_catalog || m_recordingId.isEmpty() || m_optionIndex < 0)
        return;
    m_store->setRecordingLink(catalogId(), m_recordingId, link);
    const Milliseconds start = m_options[m_optionIndex].offset;
    m_recordingId.clear(); // reopen even though the recording is the same
    openOption(m_optionIndex, start, true);
}

} // namespace fa
