#include "mediaquality.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
QString baseType(const QString &mimeType)
{
    return mimeType.section(u';', 0, 0).trimmed().toLower();
}

bool isWebMFamily(const QString &type)
{
    return type == u"video/webm" || type == u"audio/opus" || type == u"audio/ogg"
           || type == u"video/ogg" || type == u"audio/webm";
}

bool isMp4Family(const QString &type)
{
    return type == u"video/mp4" || type == u"audio/mpeg" || type == u"audio/mp4";
}
} // namespace

int MediaQuality::rank(const Source &source) const
{
    const QString type = baseType(source.mimeType);
    // Weights: sound only, then resolution, then container, then codec, then size.
    int score = source.audioOnly ? 100000 : 0;
    if (!source.audioOnly && source.height > 0) {
        const bool hd = source.height >= hdHeight;
        if (hd != (resolution == Resolution::HD))
            score += 10000;
    }
    const bool wanted = container == Container::WebM ? isWebMFamily(type) : isMp4Family(type);
    if (!wanted)
        score += 1000;
    // AV1 needs decoders that are often missing, even where H.264 plays; Ogg
    // (Theora) is the oldest of the formats.
    if (source.mimeType.contains(u"av01"_s, Qt::CaseInsensitive) || type == u"video/ogg")
        score += 1500;
    // The larger picture within the wanted class; the closest one outside it.
    const int height = std::clamp(source.height, 0, 4320);
    const bool smallerIsCloser = resolution == Resolution::SD && height >= hdHeight;
    score += smallerIsCloser ? height / 10 : (4320 - height) / 10;
    return score;
}

void MediaQuality::order(QList<Source> &sources) const
{
    std::stable_sort(sources.begin(), sources.end(),
                     [this](const Source &a, const Source &b) { return rank(a) < rank(b); });
}

QString MediaQuality::toString() const
{
    return (resolution == Resolution::HD ? u"hd-"_s : u"sd-"_s)
           + (container == Container::WebM ? u"webm"_s : u"mp4"_s);
}

MediaQuality MediaQuality::fromString(const QString &text, bool *ok)
{
    MediaQuality quality;
    const QStringList parts = text.trimmed().toLower().split(u'-');
    bool valid = parts.size() == 2 && (parts[0] == u"hd" || parts[0] == u"sd")
                 && (parts[1] == u"webm" || parts[1] == u"mp4");
    if (valid) {
        quality.resolution = parts[0] == u"hd" ? Resolution::HD : Resolution::SD;
        quality.container = parts[1] == u"webm" ? Container::WebM : Container::MP4;
    }
    if (ok)
        *ok = valid;
    return quality;
}

} // namespace fa
