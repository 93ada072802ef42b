#pragma once

#include "catalog.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fa {

// Shared by every schedule importer: turns tracks, persons, rooms and events
// into a catalog that validates, keeping ids unique and days consistent.
class CatalogBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogBuilder)

public:
    explicit CatalogBuilder(ImportReport &report);

    Event &event() { return m_catalog.event; }
    // Start and end of the whole conference as the source states them.
    void setConferenceDates(const QDate &start, const QDate &end);

    // Returns the day's index; start/end may be invalid when the source has none.
    int addDay(const QDate &date, const QDateTime &start, const QDateTime &end);
    const Day &day(int index) const { return m_catalog.days.at(index); }
    // Pillar id for a track name; empty for an empty name.
    QString pillarForTrack(const QString &track);
    // Speaker id, deduplicated by the source's person id, else by name; empty
    // for a nameless person.
    QString speakerFor(const QString &sourceId, const QString &name, int line);
    void addRoom(const QString &name);
    // Adds the session under a unique id (warning with the line when it had to change)
    // and returns that id. A recording with sources becomes a session recording.
    QString addSession(Session session, const QString &spokenLanguage, int line,
                       const QList<Source> &recordingSources = {});

    // Fills the event's dates, languages and day bounds; the builder is spent after.
    Catalog finish();

    // Texts are stored under a placeholder until finish() knows the event's language.
    static LocalizedText text(const QString &plain) { return LocalizedText(QString(), plain); }
    // Used when the source names no time zone: a warning says where the choice came from.
    void setTimeZone(const QTimeZone &zone, const QString &reason = {});
    const QTimeZone &timeZone() const { return m_catalog.event.timeZone; }

    static QString slug(const QString &text);
    // A language code the catalog accepts ("en", "pt-BR"), or empty.
    static QString languageCode(const QString &text);

private:
    QString uniqueId(const QString &wanted, QSet<QString> &taken);

    ImportReport &m_report;
    Catalog m_catalog;
    QDate m_conferenceStart;
    QDate m_conferenceEnd;
    QHash<QString, QString> m_pillarByTrack;
    QHash<QString, QString> m_speakerBySourceId;
    QHash<QString, QString> m_speakerByName;
    QSet<QString> m_nameOnlySpeakers;
    QSet<QString> m_pillarIds;
    QSet<QString> m_speakerIds;
    QSet<QString> m_sessionIds;
    QSet<QString> m_rooms;
    QHash<QString, int> m_languageUse;
    struct PendingRecording
    {
        int session = -1;
        QString language;
        QList<Source> sources;
    };
    QList<PendingRecording> m_recordings; // languages known only at finish()
};

} // namespace fa
