#include "youtubestreams.h"

#include "youtubeaddress.h"
#include "youtuberesolver.h"

#include <utility>

namespace fa {

YouTubeStreams::YouTubeStreams(const QString &cacheFolder, QObject *parent)
    : QObject(parent)
    , m_resolver(new YouTubeResolver(this))
    , m_cache(cacheFolder)
{
    connect(m_resolver, &YouTubeResolver::resolved, this, &YouTubeStreams::onResolved);
    connect(m_resolver, &YouTubeResolver::failed, this, &YouTubeStreams::onFailed);
}

std::optional<YouTubeVideo> YouTubeStreams::cached(const QUrl &address)
{
    if (!YouTubeAddress::isResolvable(address))
        return std::nullopt;
    return m_cache.find(YouTubeAddress::videoId(address), QDateTime::currentDateTimeUtc(),
                        expiryMarginSeconds);
}

void YouTubeStreams::resolve(const QUrl &address)
{
    const QString videoId = YouTubeAddress::videoId(address);
    if (!YouTubeAddress::isResolvable(address) || m_resolver->isResolving(videoId)) {
        m_resolver->resolve(address); // reports NotYouTube, or joins the run under way
        return;
    }
    m_again.remove(videoId);
    if (!cached(address)) {
        m_resolver->resolve(address);
        return;
    }
    // Looked up again when delivered, so that cancel() in between holds.
    m_pendingFromCache.insert(videoId, address);
    QMetaObject::invokeMethod(
        this,
        [this, address, videoId] {
            if (!m_pendingFromCache.remove(videoId))
                return;
            if (std::optional<YouTubeVideo> video = cached(address))
                Q_EMIT resolved(*video);
            else
                m_resolver->resolve(address);
        },
        Qt::QueuedConnection);
}

bool YouTubeStreams::resolveAgain(const QUrl &address)
{
    if (!YouTubeAddress::isResolvable(address))
        return false;
    const QString videoId = YouTubeAddress::videoId(address);
    if (m_resolver->isResolving(videoId))
        return false;
    const auto again = m_again.constFind(videoId);
    if (again != m_again.cend() && again->isValid()
        && QDateTime::currentDateTimeUtc().addSecs(expiryMarginSeconds) < *again)
        return false;
    m_pendingFromCache.remove(videoId);
    m_again.insert(videoId, QDateTime());
    m_cache.invalidate(videoId);
    m_resolver->resolve(address);
    return true;
}

void YouTubeStreams::cancel()
{
    const QHash<QString, QUrl> pending = std::exchange(m_pendingFromCache, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        Q_EMIT failed(YouTubeFailure::of(YouTubeFailure::Kind::Cancelled, it.value(), it.key()));
    m_resolver->cancelAll();
}

void YouTubeStreams::onResolved(const YouTubeVideo &video)
{
    if (m_again.contains(video.id))
        m_again.insert(video.id, video.expires);
    m_cache.insert(video);
    Q_EMIT resolved(video);
}

void YouTubeStreams::onFailed(const YouTubeFailure &failure)
{
    m_again.remove(failure.videoId);
    Q_EMIT failed(failure);
}

} // namespace fa
