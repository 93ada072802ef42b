#pragma once

#include "catalog.h"
#include "mediacccapi.h"
#include "mediaccccatalogbuilder.h"
#include "mediacccdata.h"
#include "mediaquality.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace fa {

class MediaCccClient;
struct ApiOutcome;

struct MediaCccImportResult
{
    CatalogPtr catalog;     // as CatalogReader would read it; null when none could be built
    QString error;          // why there is no catalog; names the conference or talk
    QStringList problems;   // events whose recordings failed, files left out, …
    QString notice;         // "Offline copy from …" when kept answers were used
    QString acronym;        // the conference; known from conferenceLoaded() on
    QString focusSessionId; // the talk a /v/ address named; empty otherwise
    int events = 0;
    int eventsWithRecordings = 0;
    int recordings = 0;
    int failedEvents = 0;
    int fromCache = 0; // answers that came from kept copies because the server failed
    bool scheduleUsed = false;
    bool cancelled = false;

    bool ok() const { return catalog != nullptr; }
    // A few lines for a status bar or the command line.
    QString summary() const;
};

// Builds a catalog from one conference of a voctoweb instance: the
// conference, then its schedule, then every event's recordings with at most
// maxParallel requests at once. The catalog is published as it grows so that
// it can be used while the rest arrives; a failed event is reported by name
// and the others go on. Runs once; create one per import.
class MediaCccImport : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxParallel = 4;
    static constexpr qint64 maxScheduleSize = 32ll * 1024 * 1024;

    explicit MediaCccImport(MediaCccClient *client, QObject *parent = nullptr);
    ~MediaCccImport() override;

    void setQuality(const MediaQuality &quality) { m_options.quality = quality; }
    // The language of titles the import writes ("Day 1"); default: the locale's.
    void setLabelLanguage(const QString &language) { m_options.labelLanguage = language; }
    // Least time between two catalogUpdated() while recordings arrive; it
    // grows to ten times what building the catalog took, so that publishing
    // never takes more than a tenth of the time.
    void setPublishInterval(int ms)
    {
        m_publishInterval = ms;
        m_publishTimer.setInterval(ms);
    }

    // finished() follows, also for a target that is not valid.
    void start(const MediaCccTarget &target);
    // Stops the transfers; finished() then reports what had arrived.
    void cancel();

    bool isRunning() const { return m_running; }
    // The latest catalog published; null before conferenceLoaded().
    CatalogPtr catalog() const { return m_catalog; }
    // Valid once finished() was emitted.
    const MediaCccImportResult &result() const { return m_result; }

Q_SIGNALS:
    void statusChanged(const QString &text);
    // Days and sessions are known; recordings follow.
    void conferenceLoaded(fa::CatalogPtr catalog);
    // More recordings arrived (at most once per publish interval).
    void catalogUpdated(fa::CatalogPtr catalog);
    void progress(int done, int total);
    void eventFailed(const QString &eventName, const QString &message);
    void finished(const fa::MediaCccImportResult &result);

private:
    void fetchEvent(const QString &id);
    void fetchConference(const QString &acronym);
    void fetchSchedule();
    void startRecordings();
    void pump();
    void fetchRecordings(int eventIndex);
    void publish();
    void fail(const QString &error);
    void finish();
    void noteOutcome(const ApiOutcome &outcome);
    QString missingMessage(const ApiOutcome &outcome, const QString &what) const;
    QString origin() const;
    CatalogPtr share(Catalog catalog) const;

    const QPointer<MediaCccClient> m_client;
    MediaCccApi m_api;
    MediaCccBuildOptions m_options;
    MediaCccImportResult m_result;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_offline = false;
    QDateTime m_oldestCopy;
    QString m_focusKey;
    MediaCccConferenceAnswer m_conference;
    std::optional<Catalog> m_schedule;
    std::unique_ptr<MediaCccCatalogBuilder> m_builder;
    QHash<QString, MediaCccEventMedia> m_media;        // by session id
    QHash<QString, QList<MediaCccRecording>> m_seeded; // a talk's rows, by lower-case key
    QList<int> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    CatalogPtr m_catalog;
    QTimer m_publishTimer;
    int m_publishInterval = 500;
};

} // namespace fa

Q_DECLARE_METATYPE(fa::MediaCccImportResult)
