#pragma once

#include "youtubefailure.h"
#include "youtubestreamcache.h"
#include "youtubevideo.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace fa {

class YouTubeResolver;

// What the player asks for a YouTube recording: the stream from the cache
// while its address is good, else from yt-dlp. When the player gets HTTP 403
// (or finds the address expired) it calls resolveAgain(), which runs yt-dlp
// once more; if the new address fails again too, resolveAgain() refuses, so
// the player reports the failure instead of looping.
class YouTubeStreams : public QObject
{
    Q_OBJECT

public:
    // Cached addresses are handed out only while they stay good this long.
    static constexpr qint64 expiryMarginSeconds = 60;

    // `cacheFolder`: QStandardPaths::CacheLocation + "/youtube".
    explicit YouTubeStreams(const QString &cacheFolder, QObject *parent = nullptr);

    // Program path, timeout and plugins are set on the resolver.
    YouTubeResolver *resolver() const { return m_resolver; }

    // The cached answer, when still good: the player can skip "Finding…".
    std::optional<YouTubeVideo> cached(const QUrl &address);

    // Answers with resolved() or failed(), never from within the call.
    void resolve(const QUrl &address);
    // Drops the cached answer and runs yt-dlp again; false (and nothing done)
    // when the answer in use already came from resolveAgain() and has not
    // expired, or when a run for the video is under way.
    bool resolveAgain(const QUrl &address);
    // Every answer not yet given ends in failed() with Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void resolved(const fa::YouTubeVideo &video);
    void failed(const fa::YouTubeFailure &failure);

private:
    void onResolved(const YouTubeVideo &video);
    void onFailed(const YouTubeFailure &failure);

    YouTubeResolver *const m_resolver;
    YouTubeStreamCache m_cache;
    QHash<QString, QUrl> m_pendingFromCache; // answers from the cache not yet delivered
    // Videos whose answer came from resolveAgain(), with its expiry (invalid
    // while the run is under way).
    QHash<QString, QDateTime> m_again;
};

} // namespace fa
