#pragma once

#include <QString>
#include <QUrl>

namespace fa {

// One entry of yt-dlp's `formats` (or the format merged into the top level of
// its answer). Codecs are as yt-dlp writes them: "avc1.42001E", "vp9", "none"
// for a stream without video or audio, empty when the answer does not say.
struct YouTubeFormat
{
    QString formatId;
    QUrl url;
    QString ext;      // mp4, webm, m4a, mhtml
    QString protocol; // https, m3u8_native, http_dash_segments; empty when not given
    QString vcodec;
    QString acodec;
    int height = 0; // 0 when unknown
    double tbr = 0; // total bit rate in kbit/s, 0 when unknown

    bool hasVideo() const { return vcodec != u"none"; }
    bool hasAudio() const { return acodec != u"none"; }
    bool isHls() const { return protocol == u"m3u8_native" || protocol == u"m3u8"; }
    bool isProgressive() const
    {
        return protocol == u"https" || protocol == u"http"
               || (protocol.isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http"));
    }
    bool hasHttpUrl() const
    {
        return (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
    }
    // "18 (mp4, 360p, avc1.42001E + mp4a.40.2)", for messages.
    QString describe() const;
};

} // namespace fa
