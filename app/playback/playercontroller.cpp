#include "playercontroller.h"

#include "momentlink.h"
#include "playbackerrors.h"
#include "userdatastore.h"
#include "youtubefailure.h"
#include "youtubeplayback.h"

#include <QDesktopServices>

#include <cmath>

namespace fa {

PlayerController::PlayerController(UserDataStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(new MediaEngine(this))
    , m_youTube(new YouTubePlayback(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setInterval(resumeSaveIntervalMs);
    connect(m_resumeTimer, &QTimer::timeout, this, &PlayerController::saveResume);
    connect(m_engine, &MediaEngine::stateChanged, this, &PlayerController::onEngineState);
    connect(m_engine, &MediaEngine::failed, this, &PlayerController::onEngineFailed);
    connect(m_engine, &MediaEngine::positionChanged, this, &PlayerController::onEnginePosition);
    connect(m_engine, &MediaEngine::durationChanged, this, &PlayerController::durationChanged);
    connect(m_engine, &MediaEngine::seekableChanged, this, &PlayerController::seekableChanged);
    connect(m_engine, &MediaEngine::ended, this, [this] {
        if (m_store && m_catalog)
            m_store->setResumePosition(catalogId(), m_recordingId, -1);
        m_resumeTimer->stop();
    });
    connect(m_youTube, &YouTubePlayback::ready, this, &PlayerController::onStreamReady);
    connect(m_youTube, &YouTubePlayback::failed, this, &PlayerController::fail);
}

PlayerController::~PlayerController()
{
    saveResume();
}

void PlayerController::setVideoOutput(QObject *output)
{
    m_engine->setVideoOutput(output);
}

void PlayerController::setVideoOutputMaker(MediaEngine::VideoOutputMaker maker)
{
    m_engine->setVideoOutputMaker(std::move(maker));
}

void PlayerController::setExternalOpener(ExternalOpener opener)
{
    m_opener = std::move(opener);
}

void PlayerController::setYouTubeStreams(YouTubeStreams *streams)
{
    m_youTube->setStreams(streams);
}

void PlayerController::setDownloadedFiles(PlaybackPlanner::DownloadedFiles downloaded)
{
    m_downloaded = std::move(downloaded);
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

bool PlayerController::playsInProcess() const
{
    return m_engine->source().mode == ResolvedSource::Mode::InProcess;
}

void PlayerController::openOption(int index, Milliseconds start, bool autoplay)
{
    const PlaybackOption chosen = m_options.at(index);
    const Recording *recording = m_catalog->recording(chosen.recordingId);
    const QString link = m_store && recording->sources.isEmpty()
                             ? m_store->recordingLink(catalogId(), chosen.recordingId)
                             : QString();
    const ResolvedSource source =
        PlaybackPlanner::resolveSource(*m_catalog, *recording, link, m_downloaded);
    const bool sameRecording = chosen.recordingId == m_recordingId;
    // One file for several languages (media.ccc.de's deu-eng): another audio
    // track of the loaded file, not another file.
    const bool sameFile = source.mode == ResolvedSource::Mode::InProcess && m_engine->isLoaded()
                          && m_status != Status::Error && m_engine->source().url == source.url;
    m_optionIndex = index;
    Q_EMIT optionsChanged();
    if ((sameRecording || sameFile) && m_engine->isLoaded() && m_status != Status::Error) {
        if (!sameRecording) {
            saveResume();
            m_recordingId = chosen.recordingId;
            m_source = source;
            m_chapters = m_catalog->chaptersOf(m_recordingId);
            m_chapter = -1;
            m_engine->setAudioTrack(recording->audioTrack);
            Q_EMIT recordingChanged(m_recordingId);
        }
        m_playWhenReady = autoplay || m_playWhenReady;
        updateChapter(start, false);
        setPosition(start);
        if (autoplay)
            play();
        return;
    }

    saveResume();
    m_youTube->cancel();
    m_recordingId = chosen.recordingId;
    m_source = source;
    m_mediaTitle.clear();
    m_mediaSubtitles.clear();
    m_chapters = m_catalog->chaptersOf(m_recordingId);
    m_chapter = -1;
    m_error = LiveText();
    m_playWhenReady = autoplay;
    m_externalPosition = start;
    updateChapter(start, false);
    Q_EMIT recordingChanged(m_recordingId);

    switch (m_source.mode) {
    case ResolvedSource::Mode::None:
        m_engine->close();
        setStatus(Status::NoSource);
        return;
    case ResolvedSource::Mode::External:
        m_engine->close();
        if (m_youTube->accepts(m_source)) {
            setStatus(Status::Resolving);
            m_youTube->start(m_source.url);
            return;
        }
        setStatus(Status::External);
        if (autoplay)
            openExternally();
        return;
    case ResolvedSource::Mode::InProcess: break;
    }
    setStatus(Status::Loading);
    m_engine->open(m_source, start, autoplay, recording->audioTrack);
}

void PlayerController::onStreamReady(const YouTubeVideo &video)
{
    const Recording *recording = m_catalog ? m_catalog->recording(m_recordingId) : nullptr;
    if (!recording || m_status != Status::Resolving)
        return;
    m_mediaTitle = video.title;
    m_mediaSubtitles.clear();
    for (const YouTubeSubtitle &offered : video.subtitles) {
        SubtitleFile file;
        file.language = offered.language;
        file.url = offered.url;
        file.machine = offered.automatic;
        m_mediaSubtitles.append(file);
    }
    // The video's own chapters, as YouTube shows them, when the catalog has none.
    if (recording->chapters.isEmpty() && !video.chapters.isEmpty()) {
        QList<RecordingChapter> own;
        for (const YouTubeChapter &chapter : video.chapters) {
            RecordingChapter entry;
            entry.at = chapter.start;
            entry.title.set(m_catalog->event.language, chapter.title);
            own.append(entry);
        }
        m_chapters = m_catalog->chaptersOf(m_recordingId, own);
        m_chapter = -1;
        updateChapter(m_externalPosition, false);
    }
    Q_EMIT recordingChanged(m_recordingId); // chapters, title and subtitles of the video
    ResolvedSource stream;
    stream.mode = ResolvedSource::Mode::InProcess;
    stream.kind = Source::Kind::Media;
    stream.url = video.stream.url;
    stream.display = m_source.display; // errors name the address the user knows
    setStatus(Status::Loading);
    m_engine->open(stream, m_externalPosition, m_playWhenReady, recording->audioTrack);
}

void PlayerController::onEngineState(MediaEngine::State state)
{
    if (!playsInProcess() || m_status == Status::Error)
        return;
    switch (state) {
    case MediaEngine::State::Loading: setStatus(Status::Loading); break;
    case MediaEngine::State::Playing:
        m_resumeTimer->start();
        setStatus(Status::Playing);
        break;
    case MediaEngine::State::Paused:
        m_resumeTimer->stop();
        saveResume();
        setStatus(Status::Paused);
        break;
    case MediaEngine::State::Empty:
    case MediaEngine::State::Failed: break;
    }
}

void PlayerController::onEngineFailed(MediaEngine::Failure failure, const LiveText &message)
{
    // A YouTube stream address expires: refused, it is resolved once more and
    // playing goes on from where it was.
    const bool refused =
        failure == MediaEngine::Failure::Refused || failure == MediaEngine::Failure::Network;
    if (refused && m_youTube->video() && m_youTube->retry()) {
        setStatus(Status::Resolving);
        return;
    }
    fail(message);
}

void PlayerController::onEnginePosition(qint64 position)
{
    m_externalPosition = position;
    updateChapter(position, true);
    Q_EMIT positionChanged(position);
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

void PlayerController::fail(const LiveText &message)
{
    m_resumeTimer->stop();
    m_error = message;
    setStatus(Status::Error);
    Q_EMIT errorOccurred(message.toString());
}

QString PlayerController::catalogId() const
{
    return m_catalog ? m_catalog->event.id : QString();
}

void PlayerController::saveResume()
{
    if (!m_store || !m_catalog || m_recordingId.isEmpty() || m_status == Status::Error
        || !playsInProcess() || !m_engine->hasSettledPosition())
        return;
    const Milliseconds at = m_engine->position();
    if (m_store->resumePosition(catalogId(), m_recordingId) != at)
        m_store->setResumePosition(catalogId(), m_recordingId, at);
}

Milliseconds PlayerController::position() const
{
    // A stream refused before it played (an expired YouTube address) has no
    // position of its own: the browser and the copied address get the place
    // asked for, or the last one played.
    const bool stopped = m_status == Status::Error || m_status == Status::Resolving;
    return playsInProcess() && !stopped ? m_engine->position() : m_externalPosition;
}

Milliseconds PlayerController::duration() const
{
    if (playsInProcess() && m_engine->duration() > 0)
        return m_engine->duration();
    const Recording *recording = m_catalog ? m_catalog->recording(m_recordingId) : nullptr;
    if (recording && recording->duration)
        return *recording->duration;
    const auto &video = m_youTube->video();
    return video && video->duration ? *video->duration : 0;
}

bool PlayerController::isSeekable() const
{
    return playsInProcess() && m_engine->isSeekable();
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
    if (m_status == Status::Resolving) {
        m_playWhenReady = true;
        return;
    }
    if (!playsInProcess()) {
        if (m_source.mode == ResolvedSource::Mode::External)
            openExternally();
        return;
    }
    if (m_status != Status::Error)
        m_engine->play();
}

void PlayerController::pause()
{
    m_playWhenReady = false;
    m_engine->pause();
}

void PlayerController::togglePlayPause()
{
    const bool starting = (m_status == Status::Loading && m_engine->willPlay())
                          || (m_status == Status::Resolving && m_playWhenReady);
    if (m_status == Status::Playing || starting)
        pause();
    else
        play();
}

void PlayerController::stop()
{
    saveResume();
    m_playWhenReady = false;
    m_engine->stop();
}

void PlayerController::setPosition(Milliseconds position)
{
    const Milliseconds length = duration();
    position = qMax<Milliseconds>(0, length > 0 ? qMin(position, length) : position);
    if (!playsInProcess()) {
        m_externalPosition = position;
        updateChapter(position, true);
        Q_EMIT positionChanged(position);
        return;
    }
    if (m_engine->seek(position))
        updateChapter(position, true);
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
    m_engine->setPlaybackRate(m_rate);
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
    m_engine->setVolume(volume);
    Q_EMIT volumeChanged(volume);
}

void PlayerController::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    m_engine->setMuted(muted);
    Q_EMIT mutedChanged(muted);
}

void PlayerController::selectRecording(const QString &recordingId)
{
    const int index = optionIndex(recordingId);
    if (!m_catalog || index < 0 || index == m_optionIndex)
        return;
    const PlaybackOption *current = m_optionIndex >= 0 && m_optionIndex < m_options.size()
                                        ? &m_options[m_optionIndex]
                                        : nullptr;
    // The same place within the session: per-session recordings start at 0.
    const Milliseconds within = current ? qMax<Milliseconds>(0, position() - current->offset) : 0;
    const bool autoplay = m_status == Status::Playing
                          || (m_status == Status::Loading && m_engine->willPlay())
                          || (m_status == Status::Resolving && m_playWhenReady);
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
        fail(LiveText([url] { return PlaybackErrors::openExternallyFailed(url); }));
        return false;
    }
    Q_EMIT openedExternally(url);
    return true;
}

void PlayerController::cancelResolving()
{
    if (m_status != Status::Resolving)
        return;
    m_youTube->cancel();
    const YouTubeFailure cancelled =
        YouTubeFailure::of(YouTubeFailure::Kind::Cancelled, m_source.url);
    fail(LiveText([cancelled] { return cancelled.message(); }));
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
