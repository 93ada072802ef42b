#pragma once

#include "catalog.h"
#include "mediacccdata.h"
#include "mediacccrecordings.h"
#include "mediaquality.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace fa {

struct MediaCccBuildOptions
{
    MediaQuality quality;
    QString labelLanguage = QStringLiteral("en"); // language of the titles the builder writes
    QUrl conferencePage; // the conference on the archive's web site; empty for none
};

// Builds a catalog from a conference, its events, optionally its frab schedule
// (already imported), and each event's recordings as they arrive. Pure: the
// same answers give the same catalog, ids included.
//
// Days, rooms, tracks and times come from the schedule for the events it holds
// (joined by guid); the other events get a day from their own date and tracks
// from their tags (rule in FORMAT.md). One session per event, under its guid
// (or slug), recordings or not.
class MediaCccCatalogBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fa::MediaCccCatalogBuilder)

public:
    MediaCccCatalogBuilder(const MediaCccConferenceAnswer &answer, const Catalog *schedule,
                           const MediaCccBuildOptions &options);

    // False when no catalog can be built (a conference without events); error() says why.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    // Events placed by the schedule (joined by guid).
    int scheduledEvents() const { return m_scheduled; }

    const QList<MediaCccEvent> &events() const { return m_events; }
    // The session an event becomes; empty for an index out of range.
    QString sessionId(int eventIndex) const { return m_skeleton.sessions.value(eventIndex).id; }
    int eventIndex(const QString &guidOrSlug) const;

    // One event's rows as the catalog's recordings and materials.
    MediaCccEventMedia convert(int eventIndex, const QList<MediaCccRecording> &rows) const;
    // The catalog with the media of the events that have arrived, keyed by
    // session id; the other sessions have no recording yet. Indexed.
    Catalog build(const QHash<QString, MediaCccEventMedia> &media) const;

private:
    void buildEvent(const MediaCccConference &conference);
    void buildSessions(const MediaCccConference &conference, const Catalog *schedule);
    void placeDays(const QList<QDate> &dates, const MediaCccConference &conference,
                   const Catalog *schedule);
    QString pillarFor(const QString &title);
    QString speakerFor(const QString &name);

    MediaCccBuildOptions m_options;
    QList<MediaCccEvent> m_events;
    Catalog m_skeleton;
    QString m_error;
    QStringList m_warnings;
    int m_scheduled = 0;
    QHash<QString, int> m_eventByKey;        // lower-case guid and slug -> index
    QHash<QString, QString> m_pillarByTitle; // folded title -> id
    QHash<QString, QString> m_speakerByName;
    QSet<QString> m_ids;
};

} // namespace fa
