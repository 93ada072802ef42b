#include "youtubeaddress.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

// The path forms whose second segment is the video id.
bool isIdPrefix(QStringView segment)
{
    return segment == u"embed" || segment == u"shorts" || segment == u"live";
}

} // namespace

bool YouTubeAddress::isValidVideoId(QStringView id)
{
    if (id.size() != 11)
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

bool YouTubeAddress::isYouTubeHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"youtube.com" || h == u"www.youtube.com" || h == u"m.youtube.com"
           || h == u"youtu.be" || h == u"youtube-nocookie.com" || h == u"www.youtube-nocookie.com";
}

QString YouTubeAddress::videoId(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || !isYouTubeHost(url.host()))
        return {};
    QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    QString id;
    if (url.host().toLower() == u"youtu.be") {
        if (segments.size() == 1)
            id = segments.first();
    } else if (segments.size() == 1 && segments.first() == u"watch") {
        // A repeated v= is ambiguous: refuse rather than guess which one plays.
        const QStringList values = QUrlQuery(url).allQueryItemValues(u"v"_s);
        if (values.size() == 1)
            id = values.first();
    } else if (segments.size() == 2 && isIdPrefix(segments.first())) {
        id = segments.at(1);
    }
    return isValidVideoId(id) ? id : QString();
}

bool YouTubeAddress::isResolvable(const QUrl &url)
{
    return url.scheme() == u"https" && url.port() == -1 && url.userInfo().isEmpty()
           && !videoId(url).isEmpty();
}

QUrl YouTubeAddress::canonical(const QString &videoId)
{
    if (!isValidVideoId(videoId))
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"www.youtube.com"_s);
    url.setPath(u"/watch"_s);
    QUrlQuery query;
    query.addQueryItem(u"v"_s, videoId);
    url.setQuery(query);
    return url;
}

} // namespace fa
