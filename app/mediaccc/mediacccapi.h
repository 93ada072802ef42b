#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fa {

// What an address or a typed text asks for: a conference by acronym, or a talk
// by guid or slug.
struct MediaCccTarget
{
    enum class Kind { None, Conference, Event };
    Kind kind = Kind::None;
    QString id;   // acronym for a conference; guid or slug for an event
    QUrl apiBase; // the instance's public/ base when the address named one; else empty

    bool isValid() const { return kind != Kind::None && !id.isEmpty(); }
};

// Addresses of a voctoweb instance's public JSON API.
class MediaCccApi
{
    Q_DECLARE_TR_FUNCTIONS(fa::MediaCccApi)

public:
    static QUrl defaultBase() { return QUrl(QStringLiteral("https://api.media.ccc.de/public/")); }

    explicit MediaCccApi(const QUrl &base = defaultBase());

    // Always ends with a slash so that relative paths resolve below it.
    QUrl base() const { return m_base; }
    QUrl conferencesUrl() const;
    QUrl conferenceUrl(const QString &acronym) const;
    QUrl eventUrl(const QString &guidOrSlug) const;
    // The conference's page on media.ccc.de, for links in the catalog.
    static QUrl conferencePage(const QString &acronym);

    // media.ccc.de pages (/c/ACRONYM, /v/SLUG) and API addresses
    // (…/public/conferences/ACRONYM, …/public/events/GUID, also below `base`).
    // An address of another kind gives Kind::None.
    static MediaCccTarget parseAddress(const QUrl &url, const QUrl &base = defaultBase());
    // What the user typed: an address as above, or an acronym.
    static MediaCccTarget parseInput(const QString &text, const QUrl &base = defaultBase());
    // An acronym or slug as voctoweb makes them: letters, digits, - _ . and no spaces.
    static bool isPlausibleId(const QString &text);

private:
    QUrl m_base;
};

} // namespace fa
