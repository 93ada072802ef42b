#pragma once

#include "timecode.h"
#include "youtubeformat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace fa {

struct YouTubeChapter
{
    Milliseconds start = 0;
    Milliseconds end = 0;
    QString title;

    friend bool operator==(const YouTubeChapter &, const YouTubeChapter &) = default;
};

struct YouTubeSubtitle
{
    QString language; // as YouTube names it: "en", "fr", "en-GB", "es-419"
    QString ext;      // vtt or srt
    QUrl url;
    QString name;           // "English", "French (auto-generated)"
    bool automatic = false; // from automatic_captions: machine-made

    friend bool operator==(const YouTubeSubtitle &, const YouTubeSubtitle &) = default;
};

// What yt-dlp told about one video: the stream chosen for the player and what
// the player shows beside it. Stream addresses expire and are bound to the
// client that resolved them, so the answer is only good until `expires`.
class YouTubeVideo
{
public:
    QString id;
    QString title;
    QString uploader;
    QString language; // the video's declared language, empty when not declared
    std::optional<Milliseconds> duration;
    YouTubeFormat stream; // its url is what the player plays
    QDateTime expires;
    QDateTime resolvedAt;
    QList<YouTubeChapter> chapters;   // by start
    QList<YouTubeSubtitle> subtitles; // vtt and srt only

    // When addresses carry no `expire=`, how long they are trusted.
    static constexpr qint64 defaultLifetimeSeconds = 60 * 60;
    // Longer claims are not believed: YouTube's addresses last about six hours.
    static constexpr qint64 longestLifetimeSeconds = 24 * 60 * 60;

    // `expire=` of the stream address (Unix time), else resolvedAt plus the default.
    static QDateTime expiryOf(const QUrl &streamUrl, const QDateTime &resolvedAt);

    // Whether the stream address can still be handed to the player at `now`,
    // keeping `marginSeconds` for the player to open it.
    bool isFreshAt(const QDateTime &now, qint64 marginSeconds) const;

    // For the cache file. fromJson refuses entries that are incomplete or whose
    // addresses are not http(s).
    QJsonObject toJson() const;
    static std::optional<YouTubeVideo> fromJson(const QJsonObject &o);
};

} // namespace fa
