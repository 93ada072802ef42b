#include "youtubestreamcache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

const QString formatName = u"forum-archive-youtube-streams"_s;
constexpr int formatVersion = 1;

} // namespace

YouTubeStreamCache::YouTubeStreamCache(QString folder)
    : m_folder(std::move(folder))
{}

QString YouTubeStreamCache::filePath() const
{
    return QDir(m_folder).filePath(QLatin1String(fileName));
}

void YouTubeStreamCache::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(u"format"_s).toString() != formatName
        || root.value(u"version"_s).toInt() != formatVersion)
        return;
    const QJsonArray videos = root.value(u"videos"_s).toArray();
    for (const QJsonValue &value : videos) {
        if (std::optional<YouTubeVideo> video = YouTubeVideo::fromJson(value.toObject()))
            m_videos.insert(video->id, *video);
    }
}

bool YouTubeStreamCache::save()
{
    // Expired answers are of no use; of the rest the newest are kept.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<YouTubeVideo> kept;
    for (const YouTubeVideo &video : std::as_const(m_videos)) {
        if (video.isFreshAt(now, 0))
            kept.append(video);
    }
    std::sort(kept.begin(), kept.end(), [](const YouTubeVideo &a, const YouTubeVideo &b) {
        return a.resolvedAt > b.resolvedAt;
    });
    if (kept.size() > maxEntries)
        kept.resize(maxEntries);

    QByteArray bytes;
    while (true) {
        QJsonArray videos;
        for (const YouTubeVideo &video : std::as_const(kept))
            videos.append(video.toJson());
        const QJsonObject root{
            {u"format"_s, formatName}, {u"version"_s, formatVersion}, {u"videos"_s, videos}};
        bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
        // A file too large to be read back would lose every entry.
        if (bytes.size() <= maxFileBytes || kept.isEmpty())
            break;
        kept.removeLast();
    }
    m_videos.clear();
    for (const YouTubeVideo &video : std::as_const(kept))
        m_videos.insert(video.id, video);

    if (!QDir().mkpath(m_folder))
        return false;
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

std::optional<YouTubeVideo> YouTubeStreamCache::find(const QString &videoId, const QDateTime &now,
                                                     qint64 marginSeconds)
{
    load();
    const auto it = m_videos.constFind(videoId);
    if (it == m_videos.cend() || !it->isFreshAt(now, marginSeconds))
        return std::nullopt;
    return *it;
}

bool YouTubeStreamCache::insert(const YouTubeVideo &video)
{
    load();
    m_videos.insert(video.id, video);
    return save();
}

bool YouTubeStreamCache::invalidate(const QString &videoId)
{
    load();
    if (!m_videos.remove(videoId))
        return true;
    return save();
}

} // namespace fa
