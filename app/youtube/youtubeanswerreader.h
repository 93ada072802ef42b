#pragma once

#include "youtubefailure.h"
#include "youtubeformatchooser.h"
#include "youtubevideo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <variant>

namespace fa {

// Reads the single JSON object `yt-dlp -J` prints for one video (fields in
// shared/formats/yt-dlp-json.md) into a YouTubeVideo, choosing its stream.
class YouTubeAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::YouTubeAnswerReader)

public:
    // Bounds on what is kept of one answer, so that a hostile or broken
    // program cannot fill the cache file.
    static constexpr int maxChapters = 1000;
    static constexpr int maxSubtitles = 2000;

    // `videoId` and `address` are what was asked for; an answer about another
    // video is refused.
    static std::variant<YouTubeVideo, YouTubeFailure>
    read(const QByteArray &json, const YouTubeFormatChooser &chooser, const QString &videoId,
         const QUrl &address, const QDateTime &now);
};

} // namespace fa
