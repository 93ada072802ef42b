#pragma once

#include "gstreamerplugins.h"
#include "youtubefailure.h"
#include "youtubeformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace fa {

// Which of yt-dlp's formats the player streams: one address holding both
// audio and video (the player plays one address), over progressive http(s),
// or HLS when GStreamer's HLS demuxer is installed, whose container and codecs
// the installed GStreamer plugins decode; of those the highest, then
// progressive before HLS, then the higher bit rate.
class YouTubeFormatChooser
{
public:
    explicit YouTubeFormatChooser(GStreamerPlugins plugins);

    // The -f argument for yt-dlp. The formats are chosen from its `formats`
    // list, so the selector only decides the top-level `url` of answers that
    // have no list; it ends with `best*` so that yt-dlp answers even when no
    // format holds both audio and video, and the failure can say what exists.
    QString selector() const;

    bool canPlayHls() const { return m_plugins.has(QStringLiteral("hls")); }

    // The Debian packages whose plugins the format needs and which are missing;
    // `playable` is false also when no package is known to help (e.g. AV1).
    struct Verdict
    {
        bool playable = false;
        QStringList missingPackages;
    };
    // Unknown codecs and containers (empty strings) count as unplayable unless
    // `lenient`, for answers that do not describe their single stream.
    Verdict judge(const YouTubeFormat &format, bool lenient = false) const;

    // From an answer's `formats`: the format to play, or NoPlayableFormat /
    // StreamNotHttp (without address and video id, which the caller adds).
    std::variant<YouTubeFormat, YouTubeFailure> choose(const QList<YouTubeFormat> &formats) const;
    // For an answer without `formats`: its top-level stream, if usable.
    std::variant<YouTubeFormat, YouTubeFailure> accept(const YouTubeFormat &single) const;

private:
    GStreamerPlugins m_plugins;
};

} // namespace fa
