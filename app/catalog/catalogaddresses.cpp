#include "catalogaddresses.h"

namespace fa {

namespace {
QString item(const QString &list, qsizetype index)
{
    return list + u'[' + QString::number(index) + u']';
}

// "where.path" or "where.url": the field the document gave.
QString field(const QString &where, const QString &path)
{
    return where + (path.isEmpty() ? QStringLiteral(".url") : QStringLiteral(".path"));
}
} // namespace

QList<CatalogAddress> catalogAddresses(const Catalog &catalog)
{
    QList<CatalogAddress> addresses;
    for (qsizetype i = 0; i < catalog.event.links.size(); ++i)
        addresses.append({item(QStringLiteral("event.links"), i) + QStringLiteral(".url"),
                          catalog.event.links.at(i).url});
    for (qsizetype i = 0; i < catalog.speakers.size(); ++i) {
        const QString &photo = catalog.speakers.at(i).photo;
        if (photo.isEmpty())
            continue;
        addresses.append({item(QStringLiteral("speakers"), i) + QStringLiteral(".photo"),
                          photo.contains(u"://") ? QUrl(photo) : catalog.resolve(photo)});
    }
    for (qsizetype r = 0; r < catalog.recordings.size(); ++r) {
        const Recording &recording = catalog.recordings.at(r);
        const QString where = item(QStringLiteral("recordings"), r);
        for (qsizetype i = 0; i < recording.sources.size(); ++i) {
            const Source &source = recording.sources.at(i);
            addresses.append({field(item(where + QStringLiteral(".sources"), i), source.path),
                              catalog.address(source.path, source.url),
                              source.kind == Source::Kind::Media});
        }
        for (qsizetype i = 0; i < recording.subtitles.size(); ++i) {
            const SubtitleFile &file = recording.subtitles.at(i);
            addresses.append({field(item(where + QStringLiteral(".subtitles"), i), file.path),
                              catalog.address(file.path, file.url)});
        }
    }
    for (qsizetype s = 0; s < catalog.sessions.size(); ++s) {
        const Session &session = catalog.sessions.at(s);
        const QString where = item(QStringLiteral("sessions"), s) + QStringLiteral(".materials");
        for (qsizetype i = 0; i < session.materials.size(); ++i) {
            const Material &material = session.materials.at(i);
            addresses.append({field(item(where, i), material.path),
                              catalog.address(material.path, material.url)});
        }
    }
    return addresses;
}

} // namespace fa
