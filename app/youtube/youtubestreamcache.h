#pragma once

#include "youtubevideo.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace fa {

// yt-dlp's answers per video id, kept in one JSON file in a folder of their
// own (the application's cache folder) so that a restart does not run yt-dlp
// again for a stream address that still works. A damaged or foreign file is
// ignored and replaced at the next save; nothing outside the file is touched.
class YouTubeStreamCache
{
public:
    static constexpr auto fileName = "youtube-streams.json";
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
    static constexpr int maxEntries = 50;

    explicit YouTubeStreamCache(QString folder);

    QString filePath() const;

    // The answer for the video when its stream address is still good at
    // `now` + `marginSeconds`.
    std::optional<YouTubeVideo> find(const QString &videoId, const QDateTime &now,
                                     qint64 marginSeconds);
    // Both save at once; false when the file could not be written.
    bool insert(const YouTubeVideo &video);
    bool invalidate(const QString &videoId);

private:
    void load();
    bool save();

    QString m_folder;
    QHash<QString, YouTubeVideo> m_videos;
    bool m_loaded = false;
};

} // namespace fa
