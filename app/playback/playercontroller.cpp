#include "playercontroller.h"

#include "httprangedevice.h"
#include "momentlink.h"
#include "playbackerrors.h"
#include "userdatastore.h"

#include <QAudioOutput>
#include <QDesktopServices>
#include <QFileInfo>

#include <cmath>

namespace fa {

PlayerController::PlayerController(UserDataStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_resumeTimer(new QTimer(this))
    , m_startCheck(new QTimer(this))
{
    m_resumeTimer->setInterval(resumeSaveIntervalMs);
    connect(m_resumeTimer, &QTimer::timeout, this, &PlayerController::saveResume);
    m_startCheck->setSingleShot(true);
    m_startCheck->setInterval(startCheckMs);
    connect(m_startCheck, &QTimer::timeout, this, &PlayerController::checkStart);
}

PlayerController::~PlayerController()
{
    saveResume();
    // Before the device it may be reading from.
    delete m_player;
    m_player = nullptr;
}

void PlayerController::setVideoOutput(QObject *output)
{
    m_videoOutput = output;
    if (m_player)
        m_player->setVideoOutput(output);
}

void PlayerController::setExternalOpener(ExternalOpener opener)
{
    m_opener = std::move(opener);
}

void PlayerController::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setVolume(m_volume);
    m_audio->setMuted(m_muted);
    m_player->setAudioOutput(m_audio);
    if (m_videoOutput)
        m_player->setVideoOutput(m_videoOutput.data());
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerController::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            &PlayerController::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerController::onPlayerError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerController::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlayerController::durationChanged);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (m_unloading)
            return;
        Q_EMIT seekableChanged(seekable);
        if (seekable)
            applyPendingSeek();
    });
}

bool PlayerController::playSession(CatalogPtr catalog, const QString &sessionId,
                                   const QString &language, const QString &recordingId,
                                   std::optional<Milliseconds> at)
{
    if (!catalog || !catalog->session(sessionId))
        return false;
    const QList<PlaybackOption> options = PlaybackPlanner::options(*catalog, sessionId, language);
    if (options.isEmpty())
        return false;
    int index = 0; // the planner puts the default first
    if (!recordingId.isEmpty()) {
        const auto found =
            std::find_if(options.cbegin(), options.cend(),
                         [&](const PlaybackOption &o) { return o.recordingId == recordingId; });
        if (found == options.cend())
            return false;
        index = int(found - options.cbegin());
    }
    saveResume();
    const bool sameCatalog = catalog == m_catalog;
    m_catalog = std::move(catalog);
    m_language = language;
    m_sessionId = sessionId;
    m_options = options;
    if (!sameCatalog)
        m_recordingId.clear(); // same id in another catalog is another recording
    openOption(index, at.value_or(options.at(index).offset), true);
    return true;
}

bool PlayerController::playRecording(CatalogPtr catalog, const QString &recordingId,
                                     Milliseconds at, const QString &language)
{
    if (!catalog || !catalog->recording(recordingId))
        return false;
    QString sessionId = MomentLink::sessionAt(*catalog, recordingId, at);
    if (sessionId.isEmpty()) {
        // Before the first chapter: the first session the recording holds.
        for (const ChapterEntry &entry : catalog->chaptersOf(recordingId)) {
            if (entry.sessionIndex >= 0) {
                sessionId = catalog->sessions.at(entry.sessionIndex).id;
                break;
            }
        }
    }
    return !sessionId.isEmpty()
           && playSession(std::move(catalog), sessionId, language, recordingId, at);
}

int PlayerController::optionIndex(const QString &recordingId) const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options[i].recordingId == recordingId)
            return i;
    }
    return -1;
}

void PlayerController::openOption(int index, Milliseconds start, bool autoplay)
{
    const PlaybackOption chosen = m_options.at(index);
    const Recording *recording = m_catalog->recording(chosen.recordingId);
    const bool sameRecording = chosen.recordingId == m_recordingId;
    m_optionIndex = index;
    Q_EMIT optionsChanged();

    // Another chapter of the loaded recording: a seek, no reload.
    if (sameRecording && m_player && m_source.mode == ResolvedSource::Mode::InProcess
        && m_status != Status::Error && m_player->mediaStatus() != QMediaPlayer::NoMedia
        && m_player->mediaStatus() != QMediaPlayer::InvalidMedia) {
        m_playWhenReady = autoplay || m_playWhenReady;
        updateChapter(start, false);
        setPosition(start);
        if (autoplay)
            play();
        return;
    }

    saveResume();
    // Until the new media is there nothing is saved, reported or tracked.
    m_pendingSeek = start;
    m_recordingId = chosen.recordingId;
    m_chapters = m_catalog->chaptersOf(m_recordingId);
    m_chapter = -1;
    const QString link = m_store && recording->sources.isEmpty()
                             ? m_store->recordingLink(catalogId(), m_recordingId)
                             : QString();
    m_source = PlaybackPlanner::resolveSource(*m_catalog, *recording, link);
    m_error.clear();
    m_seekUnsupported = false;
    m_playWhenReady = autoplay;
    m_externalPosition = start;
    updateChapter(start, false);
    Q_EMIT recordingChanged(m_recordingId);
    if (m_source.mode != ResolvedSource::Mode::InProcess)
        m_pendingSeek.reset();

    switch (m_source.mode) {
    case ResolvedSource::Mode::None:
        replaceSource({});
        setStatus(Status::NoSource);
        return;
    case ResolvedSource::Mode::External:
        replaceSource({});
        setStatus(Status::External);
        if (autoplay)
            openExternally();
        return;
    case ResolvedSource::Mode::InProcess: break;
    }
    if (m_source.isLocalFile() && !QFileInfo(m_source.url.toLocalFile()).isFile()) {
        m_pendingSeek.reset();
        replaceSource({});
        fail(PlaybackErrors::missingFile(m_source));
        return;
    }
    ensurePlayer();
    setStatus(Status::Loading);
    m_player->setPlaybackRate(m_rate);
    replaceSource(m_source.url);
}

void PlayerController::applyPendingSeek()
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
    if (m_playWhenReady) {
        m_player->play();
        if (target > 0 && m_player->isSeekable())
            watchStart(target);
    } else if (m_status == Status::Loading)
        setStatus(Status::Paused);
}

void PlayerController::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (m_unloading)
        return;
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        if (m_player->isSeekable()) {
            applyPendingSeek();
        } else if (m_pendingSeek) {
            // The backend reports seekability right after loading; decide once it had the chance.
            QMetaObject::invokeMethod(this, &PlayerController::startUnseekable,
                                      Qt::QueuedConnection);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        if (m_device && m_device->hasFailed())
            break; // cut short by the network: not watched to the end
        if (m_store && m_catalog)
            m_store->setResumePosition(catalogId(), m_recordingId, -1);
        m_resumeTimer->stop();
        break;
    default: break;
    }
}

void PlayerController::startUnseekable()
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
    m_seekUnsupported = true;
    m_player->stop();
    fail(PlaybackErrors::seekingUnsupported(m_source, target));
}

void PlayerController::onPlaybackState(QMediaPlayer::PlaybackState state)
{
    if (m_unloading)
        return;
    if (m_status == Status::Error)
        return;
    switch (state) {
    case QMediaPlayer::PlayingState:
        m_resumeTimer->start();
        setStatus(Status::Playing);
        break;
    case QMediaPlayer::PausedState:
    case QMediaPlayer::StoppedState:
        m_resumeTimer->stop();
        if (m_player->mediaStatus() != QMediaPlayer::EndOfMedia)
            saveResume();
        if (m_status == Status::Playing || (m_status == Status::Loading && !m_pendingSeek))
            setStatus(Status::Paused);
        break;
    }
}

void PlayerController::onPlayerError(QMediaPlayer::Error error, const QString &message)
{
    if (m_unloading || error == QMediaPlayer::NoError
        || m_source.mode != ResolvedSource::Mode::InProcess)
        return;
    // "Internal data stream error" follows the seeking or read error and says less.
    if (m_status == Status::Error && (m_seekUnsupported || (m_device && m_device->hasFailed())))
        return;
    if (PlaybackErrors::isSeekingUnsupported(message))
        m_seekUnsupported = true;
    m_pendingSeek.reset();
    fail(PlaybackErrors::fromPlayer(error, message, m_source));
}

void PlayerController::onPosition(qint64 position)
{
    if (m_unloading)
        return;
    // Before the pending seek the backend reports 0: not where the user is.
    if (m_pendingSeek)
        return;
    if (m_seekCheck) {
        // Qt 6.4 drops some seeks on streams without a word: the backend then
        // reports positions from where it was, and the session would be wrong.
        const Milliseconds target = *m_seekCheck;
        if (position + 1000 < target) {
            m_seekCheck.reset();
            m_seekUnsupported = true;
            m_player->stop();
            fail(PlaybackErrors::seekingUnsupported(m_source, target));
            return;
        }
        if (++m_seekCheckUpdates >= 5)
            m_seekCheck.reset();
    }
    updateChapter(position, true);
    Q_EMIT positionChanged(position);
}

void PlayerController::watchSeek(Milliseconds target)
{
    if (m_source.isLocalFile())
        return;
    m_seekCheck = target;
    m_seekCheckUpdates = 0;
}

void PlayerController::updateChapter(Milliseconds position, bool crossing)
{
    int index = -1;
    for (int i = 0; i < m_chapters.size(); ++i) {
        if (m_chapters[i].chapter.at <= position)
            index = i;
        else
            break;
    }
    if (index == m_chapter)
        return;
    m_chapter = index;
    Q_EMIT currentChapterChanged(index);
    if (index < 0 || m_chapters[index].sessionIndex < 0)
        return;
    const QString sessionId = m_catalog->sessions.at(m_chapters[index].sessionIndex).id;
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_options = PlaybackPlanner::options(*m_catalog, sessionId, m_language);
    m_optionIndex = optionIndex(m_recordingId);
    Q_EMIT optionsChanged();
    if (crossing)
        Q_EMIT sessionEntered(sessionId);
}

void PlayerController::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void PlayerController::fail(const QString &message)
{
    m_resumeTimer->stop();
    m_error = message;
    setStatus(Status::Error);
    Q_EMIT errorOccurred(message);
}

QString PlayerController::catalogId() const
{
    return m_catalog ? m_catalog->event.id : QString();
}

const PlaybackOption *PlayerController::option() const
{
    return m_optionIndex >= 0 && m_optionIndex < m_options.size() ? &m_options[m_optionIndex]
                                                                  : nullptr;
}

void PlayerController::saveResume()
{
    if (!m_store || !m_catalog || !m_player || m_recordingId.isEmpty() || m_pendingSeek
        || m_source.mode != ResolvedSource::Mode::InProcess || m_status == Status::Error)
        return;
    const QMediaPlayer::MediaStatus media = m_player->mediaStatus();
    if (media == QMediaPlayer::NoMedia || media == QMediaPlayer::LoadingMedia
        || media == QMediaPlayer::InvalidMedia || media == QMediaPlayer::EndOfMedia)
        return;
    const Milliseconds at = m_player->position();
    if (m_store->resumePosition(catalogId(), m_recordingId) != at)
        m_store->setResumePosition(catalogId(), m_recordingId, at);
}

} // namespace fa
