#pragma once

#include <QString>
#include <QUrl>

namespace fa {

// Which addresses name one YouTube video, and the only form of them that is
// ever handed to yt-dlp: https on a known YouTube host with a well-formed
// video id. Anything else (another host, http, a port, a user name, a playlist
// page) is refused, so that a catalog cannot make yt-dlp fetch something else.
class YouTubeAddress
{
public:
    // The 11-character video id of a YouTube video address (watch?v=ID,
    // youtu.be/ID, /embed/ID, /shorts/ID, /live/ID on a YouTube host), http or
    // https; empty for anything else. For comparing addresses.
    static QString videoId(const QUrl &url);

    // Whether the address may be resolved through yt-dlp: https, no port, no
    // user info, a YouTube host, a video id.
    static bool isResolvable(const QUrl &url);

    // The address given to yt-dlp for a video id, without time, playlist or
    // tracking parameters: https://www.youtube.com/watch?v=ID.
    static QUrl canonical(const QString &videoId);

    static bool isValidVideoId(QStringView id);
    static bool isYouTubeHost(const QString &host);
};

} // namespace fa
