#include "youtubeplayback.h"

#include "youtubeaddress.h"
#include "youtubefailure.h"
#include "youtubestreams.h"

#include <QTimer>

namespace fa {

YouTubePlayback::YouTubePlayback(QObject *parent)
    : QObject(parent)
{}

void YouTubePlayback::setStreams(YouTubeStreams *streams)
{
    if (m_streams)
        disconnect(m_streams, nullptr, this, nullptr);
    m_streams = streams;
    if (!streams)
        return;
    connect(streams, &YouTubeStreams::resolved, this, [this](const YouTubeVideo &video) {
        if (!m_resolving || video.id != m_videoId)
            return; // an answer for a video no longer asked for
        m_resolving = false;
        m_video = video;
        Q_EMIT ready(video);
    });
    connect(streams, &YouTubeStreams::failed, this, [this](const YouTubeFailure &failure) {
        if (!m_resolving || (!failure.videoId.isEmpty() && failure.videoId != m_videoId))
            return;
        m_resolving = false;
        // Rendered when shown: the message follows a language switch.
        Q_EMIT failed(LiveText([failure] { return failure.message(); }));
    });
}

bool YouTubePlayback::accepts(const ResolvedSource &source) const
{
    return m_streams && source.kind == Source::Kind::YouTube
           && YouTubeAddress::isResolvable(source.url);
}

void YouTubePlayback::start(const QUrl &address)
{
    m_address = address;
    m_videoId = YouTubeAddress::videoId(address);
    m_video.reset();
    m_resolving = true;
    if (const std::optional<YouTubeVideo> known = m_streams->cached(address)) {
        // Still answered later, as promised, so that callers see one order of events.
        const YouTubeVideo video = *known;
        QTimer::singleShot(0, this, [this, video] {
            if (!m_resolving || video.id != m_videoId)
                return;
            m_resolving = false;
            m_video = video;
            Q_EMIT ready(video);
        });
        return;
    }
    m_streams->resolve(address);
}

bool YouTubePlayback::retry()
{
    if (!m_streams || m_address.isEmpty() || !m_streams->resolveAgain(m_address))
        return false;
    m_video.reset();
    m_resolving = true;
    return true;
}

void YouTubePlayback::cancel()
{
    if (!m_resolving)
        return;
    m_resolving = false;
    if (m_streams)
        m_streams->cancel();
}

} // namespace fa
