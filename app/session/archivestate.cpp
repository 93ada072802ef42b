#include "archivestate.h"

#include "archivesession.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "webaddress.h"

#include <QSettings>

namespace fa {

namespace {
// A string list even when the file holds something else under the key.
QStringList strings(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.canConvert<QStringList>() ? value.toStringList() : QStringList();
}
} // namespace

void ArchiveState::save(const ArchiveSession &session, QSettings &s)
{
    const ArchiveServices &services = session.services();
    s.setValue(QStringLiteral("catalogs/open"), services.library->origins());
    const CatalogPtr current = services.library->current();
    s.setValue(QStringLiteral("catalogs/current"), current ? current->origin : QString());
    s.setValue(QStringLiteral("catalogs/recent"), services.library->recent());
    const SessionFilter &f = services.browse->filter();
    s.setValue(QStringLiteral("filter/day"), f.dayId);
    s.setValue(QStringLiteral("filter/pillars"),
               QStringList(f.pillarIds.cbegin(), f.pillarIds.cend()));
    s.setValue(QStringLiteral("filter/speaker"), f.speakerId);
    s.setValue(QStringLiteral("filter/text"), f.text);
    s.setValue(QStringLiteral("filter/favouritesOnly"), f.favouritesOnly);
    s.setValue(QStringLiteral("selection/session"), session.currentSessionId());
    s.setValue(QStringLiteral("player/followPlayback"), session.followsPlayback());
}

void ArchiveState::restore(ArchiveSession &session, const QSettings &s)
{
    const ArchiveServices &services = session.services();
    session.setFollowPlayback(s.value(QStringLiteral("player/followPlayback"), true).toBool());
    services.library->setRecent(strings(s, QStringLiteral("catalogs/recent")));

    // Reopen what was open; a catalog that no longer opens is skipped here (it
    // stays in Recent, where opening it shows its problems). A remote catalog
    // opens from its kept copy at once; checkDueUpdates() refreshes it later.
    for (const QString &origin : strings(s, QStringLiteral("catalogs/open"))) {
        if (services.library->rowOfOrigin(origin) >= 0)
            continue;
        const QUrl address(origin);
        if (isWebAddress(address))
            session.openKeptCopy(address);
        else
            services.library->open(origin);
    }
    const int current =
        services.library->rowOfOrigin(s.value(QStringLiteral("catalogs/current")).toString());
    if (current >= 0)
        services.library->setCurrent(current);
    else if (services.library->rowCount() > 0)
        services.library->setCurrent(0);

    SessionFilter f;
    f.dayId = s.value(QStringLiteral("filter/day")).toString();
    const QStringList pillars = strings(s, QStringLiteral("filter/pillars"));
    f.pillarIds = QSet<QString>(pillars.cbegin(), pillars.cend());
    f.speakerId = s.value(QStringLiteral("filter/speaker")).toString();
    f.text = s.value(QStringLiteral("filter/text")).toString();
    f.favouritesOnly = s.value(QStringLiteral("filter/favouritesOnly")).toBool();
    services.browse->setFilter(f);
    const QString selected = s.value(QStringLiteral("selection/session")).toString();
    const CatalogPtr catalog = session.catalog();
    if (catalog && catalog->session(selected))
        session.setCurrentSession(selected);
}

} // namespace fa
