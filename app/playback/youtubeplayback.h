#pragma once

#include "livetext.h"
#include "playbackplanner.h"
#include "youtubevideo.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace fa {

class YouTubeStreams;

// Turns the address of a YouTube recording into a stream the app plays
// itself, through yt-dlp; when the stream is later refused (its address
// expired), resolves it once more.
class YouTubePlayback : public QObject
{
    Q_OBJECT

public:
    explicit YouTubePlayback(QObject *parent = nullptr);

    // Without streams, YouTube recordings open in the browser as before.
    void setStreams(YouTubeStreams *streams);
    // A YouTube source this can play: an https video address, streams set.
    bool accepts(const ResolvedSource &source) const;

    // ready() or failed() follows, never from within the call.
    void start(const QUrl &address);
    // Once the stream was refused: true when a new resolve started.
    bool retry();
    void cancel();
    bool isResolving() const { return m_resolving; }
    const std::optional<YouTubeVideo> &video() const { return m_video; }

Q_SIGNALS:
    void ready(const fa::YouTubeVideo &video);
    void failed(const fa::LiveText &message);

private:
    QPointer<YouTubeStreams> m_streams;
    QUrl m_address;
    QString m_videoId;
    bool m_resolving = false;
    std::optional<YouTubeVideo> m_video;
};

} // namespace fa
