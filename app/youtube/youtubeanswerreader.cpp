#include "youtubeanswerreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

std::optional<Milliseconds> secondsToMs(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    return qRound64(seconds * 1000);
}

YouTubeFormat formatFrom(const QJsonObject &o)
{
    YouTubeFormat f;
    f.formatId = o.value(u"format_id"_s).toString();
    f.url = QUrl(o.value(u"url"_s).toString(), QUrl::StrictMode);
    f.ext = o.value(u"ext"_s).toString();
    f.protocol = o.value(u"protocol"_s).toString();
    f.vcodec = o.value(u"vcodec"_s).toString();
    f.acodec = o.value(u"acodec"_s).toString();
    f.height = std::max(0, o.value(u"height"_s).toInt());
    f.tbr = std::max(0.0, o.value(u"tbr"_s).toDouble());
    return f;
}

// Chapters without an end end where the next begins, the last at the end.
QList<YouTubeChapter> chaptersFrom(const QJsonValue &value, std::optional<Milliseconds> duration)
{
    QList<YouTubeChapter> chapters;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject c = entry.toObject();
        const std::optional<Milliseconds> start = secondsToMs(c.value(u"start_time"_s));
        if (!start)
            continue;
        const std::optional<Milliseconds> end = secondsToMs(c.value(u"end_time"_s));
        chapters.append({*start, end.value_or(-1), c.value(u"title"_s).toString().trimmed()});
        if (chapters.size() == YouTubeAnswerReader::maxChapters)
            break;
    }
    std::stable_sort(
        chapters.begin(), chapters.end(),
        [](const YouTubeChapter &a, const YouTubeChapter &b) { return a.start < b.start; });
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        YouTubeChapter &c = chapters[i];
        if (c.end < c.start) {
            c.end = i + 1 < chapters.size() ? chapters.at(i + 1).start
                                            : std::max(duration.value_or(c.start), c.start);
        }
    }
    return chapters;
}

void appendSubtitles(QList<YouTubeSubtitle> &into, const QJsonValue &value, bool automatic)
{
    const QJsonObject languages = value.toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString language = it.key();
        if (language.isEmpty() || language.size() > 64)
            continue;
        for (const QJsonValue &entry : it.value().toArray()) {
            if (into.size() >= YouTubeAnswerReader::maxSubtitles)
                return;
            const QJsonObject o = entry.toObject();
            const QString ext = o.value(u"ext"_s).toString();
            const QUrl url(o.value(u"url"_s).toString(), QUrl::StrictMode);
            if ((ext != u"vtt" && ext != u"srt") || url.host().isEmpty()
                || (url.scheme() != u"https" && url.scheme() != u"http"))
                continue;
            into.append({language, ext, url, o.value(u"name"_s).toString(), automatic});
        }
    }
}

} // namespace

std::variant<YouTubeVideo, YouTubeFailure>
YouTubeAnswerReader::read(const QByteArray &json, const YouTubeFormatChooser &chooser,
                          const QString &videoId, const QUrl &address, const QDateTime &now)
{
    const auto unreadable = [&](const QString &detail) {
        YouTubeFailure failure =
            YouTubeFailure::of(YouTubeFailure::Kind::Unreadable, address, videoId);
        failure.detail = detail;
        return failure;
    };
    if (json.trimmed().isEmpty())
        return unreadable(tr("it is empty"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return unreadable(
            tr("not JSON: %1 at byte %2").arg(error.errorString(), QString::number(error.offset)));
    }
    if (!document.isObject())
        return unreadable(tr("it is not a JSON object"));
    const QJsonObject root = document.object();

    const QJsonValue idValue = root.value(u"id"_s);
    if (!idValue.isString())
        return unreadable(tr("“id” is missing"));
    if (idValue.toString() != videoId) {
        return unreadable(
            tr("it describes the video “%1”, not “%2”").arg(idValue.toString(), videoId));
    }
    if (root.contains(u"_type"_s) && root.value(u"_type"_s).toString() != u"video")
        return unreadable(
            tr("it describes a “%1”, not a video").arg(root.value(u"_type"_s).toString()));

    YouTubeVideo video;
    video.id = videoId;
    video.title = root.value(u"title"_s).toString();
    video.uploader = root.value(u"uploader"_s).toString();
    video.language = root.value(u"language"_s).toString();
    video.duration = secondsToMs(root.value(u"duration"_s));
    video.resolvedAt = now.toUTC();

    std::variant<YouTubeFormat, YouTubeFailure> choice;
    const QJsonValue formats = root.value(u"formats"_s);
    // An empty list says nothing more than an absent one: the top-level stream decides.
    const bool hasFormats = !formats.isUndefined() && !formats.isNull()
                            && !(formats.isArray() && formats.toArray().isEmpty());
    if (hasFormats) {
        if (!formats.isArray())
            return unreadable(tr("“formats” is not a list"));
        QList<YouTubeFormat> list;
        for (const QJsonValue &entry : formats.toArray()) {
            if (!entry.isObject())
                return unreadable(tr("an entry of “formats” is not an object"));
            list.append(formatFrom(entry.toObject()));
        }
        choice = chooser.choose(list);
    } else if (root.value(u"url"_s).isString()) {
        choice = chooser.accept(formatFrom(root));
    } else if (root.value(u"requested_formats"_s).isArray()) {
        return YouTubeFailure::of(YouTubeFailure::Kind::SeparateStreamsOnly, address, videoId);
    } else {
        return unreadable(tr("it names no stream address"));
    }
    if (auto *failure = std::get_if<YouTubeFailure>(&choice)) {
        failure->address = address;
        failure->videoId = videoId;
        return *failure;
    }
    video.stream = std::get<YouTubeFormat>(choice);
    video.expires = YouTubeVideo::expiryOf(video.stream.url, video.resolvedAt);
    video.chapters = chaptersFrom(root.value(u"chapters"_s), video.duration);
    appendSubtitles(video.subtitles, root.value(u"subtitles"_s), false);
    appendSubtitles(video.subtitles, root.value(u"automatic_captions"_s), true);
    return video;
}

} // namespace fa
