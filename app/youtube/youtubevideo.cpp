#include "youtubevideo.h"

#include "youtubeaddress.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
           && !url.host().isEmpty();
}

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime dateFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject formatToJson(const YouTubeFormat &f)
{
    QJsonObject o;
    o.insert(u"format_id"_s, f.formatId);
    o.insert(u"url"_s, f.url.toString(QUrl::FullyEncoded));
    o.insert(u"ext"_s, f.ext);
    o.insert(u"protocol"_s, f.protocol);
    o.insert(u"vcodec"_s, f.vcodec);
    o.insert(u"acodec"_s, f.acodec);
    o.insert(u"height"_s, f.height);
    o.insert(u"tbr"_s, f.tbr);
    return o;
}

YouTubeFormat formatFromJson(const QJsonObject &o)
{
    YouTubeFormat f;
    f.formatId = o.value(u"format_id"_s).toString();
    f.url = QUrl(o.value(u"url"_s).toString(), QUrl::StrictMode);
    f.ext = o.value(u"ext"_s).toString();
    f.protocol = o.value(u"protocol"_s).toString();
    f.vcodec = o.value(u"vcodec"_s).toString();
    f.acodec = o.value(u"acodec"_s).toString();
    f.height = o.value(u"height"_s).toInt();
    f.tbr = o.value(u"tbr"_s).toDouble();
    return f;
}

} // namespace

QDateTime YouTubeVideo::expiryOf(const QUrl &streamUrl, const QDateTime &resolvedAt)
{
    const QDateTime fallback = resolvedAt.addSecs(defaultLifetimeSeconds);
    bool ok = false;
    const qint64 unixTime = QUrlQuery(streamUrl).queryItemValue(u"expire"_s).toLongLong(&ok);
    if (!ok || unixTime <= 0)
        return fallback;
    const QDateTime claimed = QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC);
    return std::min(claimed, resolvedAt.addSecs(longestLifetimeSeconds));
}

bool YouTubeVideo::isFreshAt(const QDateTime &now, qint64 marginSeconds) const
{
    return expires.isValid() && now.addSecs(marginSeconds) < expires;
}

QJsonObject YouTubeVideo::toJson() const
{
    QJsonObject o;
    o.insert(u"id"_s, id);
    o.insert(u"title"_s, title);
    o.insert(u"uploader"_s, uploader);
    o.insert(u"language"_s, language);
    if (duration)
        o.insert(u"duration_ms"_s, *duration);
    o.insert(u"stream"_s, formatToJson(stream));
    o.insert(u"expires"_s, dateText(expires));
    o.insert(u"resolved"_s, dateText(resolvedAt));
    QJsonArray chapterArray;
    for (const YouTubeChapter &c : chapters)
        chapterArray.append(
            QJsonObject{{u"start_ms"_s, c.start}, {u"end_ms"_s, c.end}, {u"title"_s, c.title}});
    o.insert(u"chapters"_s, chapterArray);
    QJsonArray subtitleArray;
    for (const YouTubeSubtitle &s : subtitles)
        subtitleArray.append(QJsonObject{{u"language"_s, s.language},
                                         {u"ext"_s, s.ext},
                                         {u"url"_s, s.url.toString(QUrl::FullyEncoded)},
                                         {u"name"_s, s.name},
                                         {u"automatic"_s, s.automatic}});
    o.insert(u"subtitles"_s, subtitleArray);
    return o;
}

std::optional<YouTubeVideo> YouTubeVideo::fromJson(const QJsonObject &o)
{
    YouTubeVideo v;
    v.id = o.value(u"id"_s).toString();
    v.title = o.value(u"title"_s).toString();
    v.uploader = o.value(u"uploader"_s).toString();
    v.language = o.value(u"language"_s).toString();
    if (o.value(u"duration_ms"_s).isDouble())
        v.duration = qint64(o.value(u"duration_ms"_s).toDouble());
    v.stream = formatFromJson(o.value(u"stream"_s).toObject());
    v.expires = dateFrom(o.value(u"expires"_s));
    v.resolvedAt = dateFrom(o.value(u"resolved"_s));
    if (!YouTubeAddress::isValidVideoId(v.id) || !isHttpUrl(v.stream.url) || !v.expires.isValid()
        || !v.resolvedAt.isValid() || (v.duration && *v.duration < 0))
        return std::nullopt;
    for (const QJsonValue &value : o.value(u"chapters"_s).toArray()) {
        const QJsonObject c = value.toObject();
        YouTubeChapter chapter{qint64(c.value(u"start_ms"_s).toDouble(-1)),
                               qint64(c.value(u"end_ms"_s).toDouble(-1)),
                               c.value(u"title"_s).toString()};
        if (chapter.start < 0 || chapter.end < chapter.start)
            return std::nullopt;
        v.chapters.append(chapter);
    }
    for (const QJsonValue &value : o.value(u"subtitles"_s).toArray()) {
        const QJsonObject s = value.toObject();
        YouTubeSubtitle subtitle{s.value(u"language"_s).toString(), s.value(u"ext"_s).toString(),
                                 QUrl(s.value(u"url"_s).toString(), QUrl::StrictMode),
                                 s.value(u"name"_s).toString(), s.value(u"automatic"_s).toBool()};
        if (subtitle.language.isEmpty() || !isHttpUrl(subtitle.url))
            return std::nullopt;
        v.subtitles.append(subtitle);
    }
    return v;
}

} // namespace fa
