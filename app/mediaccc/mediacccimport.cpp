#include "mediacccimport.h"

#include "mediacccclient.h"
#include "mediacccreader.h"
#include "scheduleimport.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
constexpr int maxProblems = 200;

QString localeLanguage()
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    return language.size() >= 2 && language.size() <= 3 && language == language.toLower() ? language
                                                                                          : u"en"_s;
}

// The acronym in a conference's API address: …/conferences/ACRONYM.
QString acronymOf(const QUrl &conferenceUrl)
{
    QString last = conferenceUrl.path().section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (last.endsWith(u".json"_s))
        last.chop(5);
    return last;
}
} // namespace

QString MediaCccImportResult::summary() const
{
    QStringList lines;
    lines << MediaCccImport::tr("conference: %1").arg(acronym)
          << MediaCccImport::tr("talks: %1, with recordings: %2, recordings: %3")
                 .arg(events)
                 .arg(eventsWithRecordings)
                 .arg(recordings)
          << (scheduleUsed ? MediaCccImport::tr("days, rooms and tracks: from the schedule")
                           : MediaCccImport::tr("days: from the talks' dates; tracks: from tags"));
    if (failedEvents > 0)
        lines << MediaCccImport::tr("talks whose recordings could not be loaded: %1")
                     .arg(failedEvents);
    if (!notice.isEmpty())
        lines << notice;
    if (cancelled)
        lines << MediaCccImport::tr("cancelled: the catalog holds what had arrived");
    return lines.join(u'\n') + u'\n';
}

MediaCccImport::MediaCccImport(MediaCccClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_api(client->api())
{
    qRegisterMetaType<fa::CatalogPtr>();
    qRegisterMetaType<fa::MediaCccImportResult>();
    m_options.labelLanguage = localeLanguage();
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(m_publishInterval);
    connect(&m_publishTimer, &QTimer::timeout, this, &MediaCccImport::publish);
}

MediaCccImport::~MediaCccImport()
{
    if (m_client)
        m_client->fetcher()->abort(this);
}

void MediaCccImport::start(const MediaCccTarget &target)
{
    Q_ASSERT(!m_running);
    m_running = true;
    if (target.apiBase.isValid())
        m_api = MediaCccApi(target.apiBase);
    if (!target.isValid()) {
        QTimer::singleShot(
            0, this, [this] { fail(tr("This is no media.ccc.de conference or talk address.")); });
        return;
    }
    if (target.kind == MediaCccTarget::Kind::Event)
        fetchEvent(target.id);
    else
        fetchConference(target.id);
}

void MediaCccImport::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (m_client)
        m_client->fetcher()->abort(this);
    m_result.cancelled = true;
    if (!m_builder) {
        fail(tr("Loading the conference was cancelled."));
        return;
    }
    if (m_inFlight == 0)
        finish();
}

void MediaCccImport::noteOutcome(const ApiOutcome &outcome)
{
    // A 304 confirms the kept copy: it is as fresh as a new answer.
    if (outcome.fromCache && !outcome.notModified) {
        ++m_result.fromCache;
        if (!m_oldestCopy.isValid() || outcome.copyDate < m_oldestCopy)
            m_oldestCopy = outcome.copyDate;
    }
    // Once the server cannot be reached, the rest comes from kept copies at once.
    if (ApiAnswerFetcher::isUnreachable(outcome.failure))
        m_offline = true;
}

QString MediaCccImport::missingMessage(const ApiOutcome &outcome, const QString &what) const
{
    if (outcome.failure.kind == NetworkFailure::Kind::Http
        && (outcome.failure.httpStatus == 404 || outcome.failure.httpStatus == 410))
        return tr("%1 has no %2.").arg(m_api.base().host(), what);
    return tr("The %1 could not be loaded: %2").arg(what, outcome.error);
}

void MediaCccImport::fetchEvent(const QString &id)
{
    Q_EMIT statusChanged(tr("Loading the talk %1…").arg(id));
    auto answer = std::make_shared<MediaCccEventAnswer>();
    m_client->fetcher()->request(
        m_api.eventUrl(id), MediaCccReader::maxEventSize, m_offline, this,
        [answer, id](const QByteArray &data) {
            auto read = MediaCccReader::readEvent(data, id);
            if (read.ok())
                *answer = std::move(*read.value);
            return read.error;
        },
        [this, answer, id](const ApiOutcome &outcome) {
            if (outcome.cancelled)
                return;
            noteOutcome(outcome);
            if (!outcome.ok) {
                fail(missingMessage(outcome, tr("talk '%1'").arg(id)));
                return;
            }
            const QString acronym = acronymOf(answer->event.conferenceUrl);
            if (acronym.isEmpty()) {
                fail(tr("The talk '%1' names no conference.").arg(answer->event.name()));
                return;
            }
            m_focusKey = answer->event.key().toLower();
            m_seeded.insert(m_focusKey, answer->recordings);
            fetchConference(acronym);
        });
}

void MediaCccImport::fetchConference(const QString &acronym)
{
    m_result.acronym = acronym;
    Q_EMIT statusChanged(tr("Loading the conference %1…").arg(acronym));
    auto warnings = std::make_shared<QStringList>();
    m_client->fetcher()->request(
        m_api.conferenceUrl(acronym), MediaCccReader::maxConferenceSize, m_offline, this,
        [this, acronym, warnings](const QByteArray &data) {
            auto read = MediaCccReader::readConference(data, acronym);
            if (read.ok()) {
                m_conference = std::move(*read.value);
                *warnings = read.warnings;
            }
            return read.error;
        },
        [this, acronym, warnings](const ApiOutcome &outcome) {
            if (outcome.cancelled)
                return;
            noteOutcome(outcome);
            if (!outcome.ok) {
                fail(missingMessage(outcome, tr("conference '%1'").arg(acronym)));
                return;
            }
            m_result.problems += *warnings;
            if (!outcome.refusedFresh.isEmpty())
                m_result.problems.append(outcome.refusedFresh);
            fetchSchedule();
        });
}

void MediaCccImport::fetchSchedule()
{
    const QUrl url = m_conference.conference.scheduleUrl;
    if (!url.isValid()) {
        startRecordings();
        return;
    }
    Q_EMIT statusChanged(tr("Loading the schedule of %1…").arg(m_result.acronym));
    auto schedule = std::make_shared<std::optional<Catalog>>();
    m_client->fetcher()->request(
        url, maxScheduleSize, m_offline, this,
        [schedule, url](const QByteArray &data) {
            ImportResult imported =
                ScheduleImport::importSchedule(data, ScheduleImport::detect(url.path(), data));
            if (!imported.report.ok())
                return imported.report.errors.constFirst().toString();
            *schedule = std::move(imported.catalog);
            return QString();
        },
        [this, schedule, url](const ApiOutcome &outcome) {
            if (outcome.cancelled)
                return;
            noteOutcome(outcome);
            if (outcome.ok) {
                m_schedule = std::move(*schedule);
            } else {
                m_result.problems.append(
                    tr("The schedule at %1 could not be used (%2); days come from the talks' "
                       "dates and tracks from their tags.")
                        .arg(NetworkAccess::displayAddress(url), outcome.error));
            }
            startRecordings();
        });
}

void MediaCccImport::startRecordings()
{
    if (m_options.conferencePage.isEmpty() && m_api.base() == MediaCccApi().base())
        m_options.conferencePage = MediaCccApi::conferencePage(m_conference.conference.acronym);
    m_builder = std::make_unique<MediaCccCatalogBuilder>(
        m_conference, m_schedule ? &*m_schedule : nullptr, m_options);
    if (!m_builder->ok()) {
        fail(m_builder->error());
        return;
    }
    m_result.problems += m_builder->warnings();
    m_result.scheduleUsed = m_builder->scheduledEvents() > 0;
    const QList<MediaCccEvent> &events = m_builder->events();
    m_result.events = int(events.size());
    if (!m_focusKey.isEmpty())
        m_result.focusSessionId = m_builder->sessionId(m_builder->eventIndex(m_focusKey));
    for (int i = 0; i < events.size(); ++i) {
        const auto seeded = m_seeded.constFind(events.at(i).key().toLower());
        if (seeded != m_seeded.cend()) {
            m_media.insert(m_builder->sessionId(i), m_builder->convert(i, *seeded));
            ++m_done;
        } else {
            m_queue.append(i);
        }
    }
    m_catalog = share(m_builder->build(m_media));
    Q_EMIT conferenceLoaded(m_catalog);
    Q_EMIT statusChanged(tr("Loading the recordings of %1…").arg(m_result.acronym));
    Q_EMIT progress(m_done, m_result.events);
    pump();
}

void MediaCccImport::pump()
{
    while (!m_cancelled && m_inFlight < maxParallel && !m_queue.isEmpty())
        fetchRecordings(m_queue.takeFirst());
    if (m_inFlight == 0 && m_queue.isEmpty() && m_running)
        finish();
}

void MediaCccImport::fetchRecordings(int eventIndex)
{
    ++m_inFlight;
    const MediaCccEvent &event = m_builder->events().at(eventIndex);
    const QString name = event.name();
    auto rows = std::make_shared<QList<MediaCccRecording>>();
    auto warnings = std::make_shared<QStringList>();
    m_client->fetcher()->request(
        m_api.eventUrl(event.key()), MediaCccReader::maxEventSize, m_offline, this,
        [rows, warnings, name](const QByteArray &data) {
            auto read = MediaCccReader::readEvent(data, name);
            if (read.ok()) {
                *rows = std::move(read.value->recordings);
                *warnings = read.warnings;
            }
            return read.error;
        },
        [this, rows, warnings, name, eventIndex](const ApiOutcome &outcome) {
            --m_inFlight;
            if (outcome.cancelled) {
                if (m_inFlight == 0 && m_cancelled)
                    finish();
                return;
            }
            noteOutcome(outcome);
            if (outcome.ok) {
                MediaCccEventMedia media = m_builder->convert(eventIndex, *rows);
                for (const QString &w : std::as_const(*warnings))
                    media.warnings.prepend(tr("Event '%1': %2").arg(name, w));
                if (!outcome.refusedFresh.isEmpty())
                    media.warnings.prepend(outcome.refusedFresh);
                m_result.problems += media.warnings.mid(
                    0, std::max<qsizetype>(0, maxProblems - m_result.problems.size()));
                m_media.insert(m_builder->sessionId(eventIndex), std::move(media));
            } else {
                ++m_result.failedEvents;
                if (m_result.problems.size() < maxProblems)
                    m_result.problems.append(tr("The recordings of '%1' could not be loaded: %2")
                                                 .arg(name, outcome.error));
                Q_EMIT eventFailed(name, outcome.error);
            }
            ++m_done;
            Q_EMIT progress(m_done, m_result.events);
            if (!m_publishTimer.isActive())
                m_publishTimer.start();
            pump();
        });
}

QString MediaCccImport::origin() const
{
    return NetworkAccess::displayAddress(m_options.conferencePage.isValid()
                                             ? m_options.conferencePage
                                             : m_api.conferenceUrl(m_result.acronym));
}

CatalogPtr MediaCccImport::share(Catalog catalog) const
{
    catalog.origin = origin();
    catalog.remote = true;
    return std::make_shared<const Catalog>(std::move(catalog));
}

void MediaCccImport::publish()
{
    if (!m_builder || !m_running)
        return;
    QElapsedTimer took;
    took.start();
    m_catalog = share(m_builder->build(m_media));
    const qint64 spent = took.elapsed();
    m_publishTimer.setInterval(
        int(std::clamp<qint64>(10 * spent, m_publishInterval, std::max(m_publishInterval, 60000))));
    Q_EMIT catalogUpdated(m_catalog);
}

void MediaCccImport::fail(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_publishTimer.stop();
    m_result.error = error;
    m_result.catalog = nullptr;
    Q_EMIT finished(m_result);
}

void MediaCccImport::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_publishTimer.stop();
    // Valid by construction (the tests reopen built catalogs through the
    // reader); a round trip here would cost more than the whole build.
    m_result.catalog = share(m_builder->build(m_media));
    m_result.recordings = int(m_result.catalog->recordings.size());
    m_result.eventsWithRecordings =
        int(std::count_if(m_result.catalog->sessions.cbegin(), m_result.catalog->sessions.cend(),
                          [](const Session &session) { return !session.chapters.isEmpty(); }));
    if (m_result.fromCache > 0)
        m_result.notice = MediaCccClient::offlineNotice(m_oldestCopy);
    m_catalog = m_result.catalog;
    Q_EMIT finished(m_result);
}

} // namespace fa
