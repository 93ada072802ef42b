#include "youtubeformatchooser.h"

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

// Plugins any one of which provides something, and the Debian package that
// brings the first of them (empty: none known to this code).
struct Need
{
    QStringList plugins;
    QString package;
};

const QString libavPackage = u"gstreamer1.0-libav"_s;
const QString goodPackage = u"gstreamer1.0-plugins-good"_s;
const QString basePackage = u"gstreamer1.0-plugins-base"_s;
const QString badPackage = u"gstreamer1.0-plugins-bad"_s;

// "avc1.42001E" -> "avc1"
QString codecFamily(const QString &codec)
{
    return codec.section(u'.', 0, 0).trimmed().toLower();
}

std::optional<Need> videoNeed(const QString &codec)
{
    const QString family = codecFamily(codec);
    if (family == u"avc1" || family == u"avc3" || family == u"h264")
        return Need{{u"libav"_s, u"openh264"_s}, libavPackage};
    if (family == u"hev1" || family == u"hvc1" || family == u"h265" || family == u"hevc"
        || family == u"mp4v")
        return Need{{u"libav"_s}, libavPackage};
    if (family == u"vp8" || family == u"vp9" || family == u"vp09")
        return Need{{u"vpx"_s, u"libav"_s}, goodPackage};
    if (family == u"av01" || family == u"av1")
        return Need{{u"dav1d"_s, u"aom"_s}, {}};
    return std::nullopt;
}

std::optional<Need> audioNeed(const QString &codec)
{
    const QString family = codecFamily(codec);
    if (family == u"mp4a" || family == u"aac" || family == u"ac-3" || family == u"ec-3")
        return Need{{u"libav"_s, u"fdkaac"_s, u"faad"_s}, libavPackage};
    if (family == u"opus")
        return Need{{u"opus"_s}, basePackage};
    if (family == u"vorbis")
        return Need{{u"vorbis"_s}, basePackage};
    if (family == u"mp3")
        return Need{{u"mpg123"_s, u"libav"_s}, goodPackage};
    return std::nullopt;
}

std::optional<Need> containerNeed(const YouTubeFormat &format)
{
    if (format.isHls())
        return Need{{u"hls"_s}, badPackage};
    const QString ext = format.ext.toLower();
    if (ext == u"mp4" || ext == u"m4v" || ext == u"mov" || ext == u"3gp")
        return Need{{u"isomp4"_s}, goodPackage};
    if (ext == u"webm" || ext == u"mkv")
        return Need{{u"matroska"_s}, goodPackage};
    return std::nullopt;
}

// Higher is better: height, then progressive over HLS (seeks by Range, no
// playlist to follow), then bit rate; later in yt-dlp's list (its own order,
// worst to best) wins ties.
bool better(const YouTubeFormat &a, const YouTubeFormat &b)
{
    if (a.height != b.height)
        return a.height > b.height;
    if (a.isProgressive() != b.isProgressive())
        return a.isProgressive();
    return a.tbr >= b.tbr;
}

} // namespace

YouTubeFormatChooser::YouTubeFormatChooser(GStreamerPlugins plugins)
    : m_plugins(std::move(plugins))
{}

QString YouTubeFormatChooser::selector() const
{
    const QString both = u"[acodec!=none][vcodec!=none]"_s;
    QString selector = u"best"_s + both + u"[protocol^=http]"_s;
    if (canPlayHls())
        selector += u"/best"_s + both + u"[protocol^=m3u8]"_s;
    return selector + u"/best*"_s;
}

YouTubeFormatChooser::Verdict YouTubeFormatChooser::judge(const YouTubeFormat &format,
                                                          bool lenient) const
{
    Verdict verdict;
    bool known = true;
    const auto require = [&](const std::optional<Need> &need, bool unknownIsFine) {
        if (!need) {
            known = known && unknownIsFine;
            return;
        }
        for (const QString &plugin : need->plugins) {
            if (m_plugins.has(plugin))
                return;
        }
        known = false;
        if (!need->package.isEmpty() && !verdict.missingPackages.contains(need->package))
            verdict.missingPackages << need->package;
    };
    if (!format.isProgressive() && !format.isHls())
        return verdict; // DASH segments, storyboards, RTMP: nothing the player takes
    require(containerNeed(format), lenient && format.ext.isEmpty());
    require(videoNeed(format.vcodec), lenient && format.vcodec.isEmpty());
    require(audioNeed(format.acodec), lenient && format.acodec.isEmpty());
    verdict.playable = known;
    return verdict;
}

std::variant<YouTubeFormat, YouTubeFailure>
YouTubeFormatChooser::choose(const QList<YouTubeFormat> &formats) const
{
    std::optional<YouTubeFormat> best;
    std::optional<YouTubeFormat> notHttp;
    YouTubeFailure none = YouTubeFailure::of(YouTubeFailure::Kind::NoPlayableFormat);
    for (const YouTubeFormat &format : formats) {
        if (format.vcodec.isEmpty() || format.acodec.isEmpty() || !format.hasVideo()
            || !format.hasAudio())
            continue;
        none.offered << format.describe();
        const Verdict verdict = judge(format);
        if (!verdict.playable) {
            for (const QString &package : verdict.missingPackages) {
                if (!none.packages.contains(package))
                    none.packages << package;
            }
            continue;
        }
        if (!format.hasHttpUrl()) {
            notHttp = format;
            continue;
        }
        if (!best || better(format, *best))
            best = format;
    }
    if (best)
        return *best;
    if (notHttp) {
        YouTubeFailure failure = YouTubeFailure::of(YouTubeFailure::Kind::StreamNotHttp);
        failure.detail = notHttp->url.scheme().isEmpty() ? notHttp->url.toDisplayString()
                                                         : notHttp->url.scheme();
        return failure;
    }
    // yt-dlp lists worst to best: the last few say enough in a message.
    constexpr int shown = 8;
    if (none.offered.size() > shown)
        none.offered = none.offered.mid(none.offered.size() - shown);
    none.packages.sort();
    return none;
}

std::variant<YouTubeFormat, YouTubeFailure>
YouTubeFormatChooser::accept(const YouTubeFormat &single) const
{
    if (!single.hasVideo() || !single.hasAudio())
        return YouTubeFailure::of(YouTubeFailure::Kind::NoPlayableFormat);
    if (!single.hasHttpUrl()) {
        YouTubeFailure failure = YouTubeFailure::of(YouTubeFailure::Kind::StreamNotHttp);
        failure.detail =
            single.url.scheme().isEmpty() ? single.url.toDisplayString() : single.url.scheme();
        return failure;
    }
    const Verdict verdict = judge(single, true);
    if (!verdict.playable) {
        YouTubeFailure failure = YouTubeFailure::of(YouTubeFailure::Kind::NoPlayableFormat);
        failure.offered << single.describe();
        failure.packages = verdict.missingPackages;
        return failure;
    }
    return single;
}

} // namespace fa
