#include "youtubevideo.h"

#include "youtubeaddress.h"

#include <QJsonArray>
#include <QStringList>
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

// Milliseconds from the cache file; nothing for what no video lasts.
std::optional<Milliseconds> msFrom(const QJsonValue &value)
{
    constexpr double longest = 1e13; // over 300 years
    if (!value.isDouble() || !(value.toDouble() >= 0) || value.toDouble() > longest)
        return std::nullopt;
    return qint64(value.toDouble());
}

// `expire=<unix time>` in the query (progressive streams) or `/expire/<unix time>/`
// in the path (HLS manifests).
std::optional<qint64> expireItem(const QUrl &url)
{
    bool ok = false;
    qint64 value = QUrlQuery(url).queryItemValue(u"expire"_s).toLongLong(&ok);
    if (ok)
        return value;
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(u"expire"_s);
    if (at >= 0 && at + 1 < segments.size()) {
        value = segments.at(at + 1).toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
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
    const std::optional<qint64> unixTime = expireItem(streamUrl);
    // Before 2001 or after the year 5138: not a time YouTube gives.
    if (!unixTime || *unixTime < 1'000'000'000 || *unixTime > 99'999'999'999)
        return fallback;
    const QDateTime claimed = QDateTime::fromSecsSinceEpoch(*unixTime, Qt::UTC);
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
    if (o.contains(u"duration_ms"_s)) {
        v.duration = msFrom(o.value(u"duration_ms"_s));
        if (!v.duration)
            return std::nullopt;
    }
    v.stream = formatFromJson(o.value(u"stream"_s).toObject());
    v.expires = dateFrom(o.value(u"expires"_s));
    v.resolvedAt = dateFrom(o.value(u"resolved"_s));
    if (!YouTubeAddress::isValidVideoId(v.id) || !isHttpUrl(v.stream.url) || !v.expires.isValid()
        || !v.resolvedAt.isValid())
        return std::nullopt;
    for (const QJsonValue &value : o.value(u"chapters"_s).toArray()) {
        const QJsonObject c = value.toObject();
        const std::optional<Milliseconds> start = msFrom(c.value(u"start_ms"_s));
        const std::optional<Milliseconds> end = msFrom(c.value(u"end_ms"_s));
        if (!start || !end || *end < *start)
            return std::nullopt;
        v.chapters.append({*start, *end, c.value(u"title"_s).toString()});
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
