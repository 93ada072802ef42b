#include "mediacccapi.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
QUrl withTrailingSlash(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(u'/'))
        url.setPath(path + u'/');
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString stripJson(const QString &id)
{
    return id.endsWith(u".json"_s) ? id.chopped(5) : id;
}

// "conferences/ACR" or "events/ID" after an API base: the target, else Kind::None.
MediaCccTarget apiTarget(const QStringList &segments)
{
    MediaCccTarget target;
    if (segments.size() != 2)
        return target;
    const QString id = stripJson(segments.at(1));
    if (!MediaCccApi::isPlausibleId(id))
        return target;
    if (segments.at(0) == u"conferences")
        target.kind = MediaCccTarget::Kind::Conference;
    else if (segments.at(0) == u"events")
        target.kind = MediaCccTarget::Kind::Event;
    else
        return target;
    target.id = id;
    return target;
}
} // namespace

MediaCccApi::MediaCccApi(const QUrl &base)
    : m_base(withTrailingSlash(base))
{}

QUrl MediaCccApi::conferencesUrl() const
{
    return m_base.resolved(QUrl(u"conferences"_s));
}

QUrl MediaCccApi::conferenceUrl(const QString &acronym) const
{
    return m_base.resolved(
        QUrl(u"conferences/"_s + QString::fromLatin1(QUrl::toPercentEncoding(acronym))));
}

QUrl MediaCccApi::eventUrl(const QString &guidOrSlug) const
{
    return m_base.resolved(
        QUrl(u"events/"_s + QString::fromLatin1(QUrl::toPercentEncoding(guidOrSlug))));
}

QUrl MediaCccApi::conferencePage(const QString &acronym)
{
    return QUrl(u"https://media.ccc.de/c/"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(acronym)));
}

bool MediaCccApi::isPlausibleId(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"_s);
    return pattern.match(text).hasMatch();
}

MediaCccTarget MediaCccApi::parseAddress(const QUrl &url, const QUrl &base)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return {};
    const QString host = url.host().toLower();
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);

    if (host == u"media.ccc.de" || host == u"www.media.ccc.de") {
        MediaCccTarget target;
        if (segments.size() < 2 || !isPlausibleId(segments.at(1)))
            return target;
        if (segments.at(0) == u"c")
            target.kind = MediaCccTarget::Kind::Conference;
        else if (segments.at(0) == u"v")
            target.kind = MediaCccTarget::Kind::Event;
        else
            return target;
        target.id = segments.at(1);
        return target;
    }

    // Below the configured base: whatever its path looks like.
    const QUrl apiBase = withTrailingSlash(base);
    const QString address = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    const QString baseText = apiBase.toString();
    if (address.startsWith(baseText, Qt::CaseInsensitive)) {
        MediaCccTarget target =
            apiTarget(address.mid(baseText.size()).split(u'/', Qt::SkipEmptyParts));
        if (target.isValid()) {
            target.apiBase = apiBase;
            return target;
        }
    }

    // Another instance's API: …/public/conferences/ACRONYM.
    const qsizetype publicAt = segments.lastIndexOf(u"public"_s);
    if (publicAt < 0)
        return {};
    MediaCccTarget target = apiTarget(segments.mid(publicAt + 1));
    if (!target.isValid())
        return {};
    QUrl instance = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    instance.setPath(u'/' + QStringList(segments.mid(0, publicAt + 1)).join(u'/') + u'/');
    target.apiBase = instance;
    return target;
}

MediaCccTarget MediaCccApi::parseInput(const QString &text, const QUrl &base)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"media.ccc.de/"_s, Qt::CaseInsensitive))
        trimmed.prepend(u"https://"_s);
    if (trimmed.contains(u"://"_s))
        return parseAddress(QUrl(trimmed), base);
    MediaCccTarget target;
    if (isPlausibleId(trimmed)) {
        target.kind = MediaCccTarget::Kind::Conference;
        target.id = trimmed;
    }
    return target;
}

} // namespace fa
