#include "mediaccccatalogbuilder.h"

#include "catalogbuilder.h"
#include "htmltext.h"
#include "mediaccclanguage.h"
#include "mediaccctags.h"
#include "schedulecommon.h"
#include "textfold.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
QString firstLanguage(const QString &codes)
{
    return MediaCccLanguage::audioTracks(codes).value_or(QStringList()).value(0);
}

QDateTime wholeSeconds(const QDateTime &t)
{
    if (!t.isValid())
        return t;
    return t.addMSecs(-(t.time().msec()));
}

} // namespace

MediaCccCatalogBuilder::MediaCccCatalogBuilder(const MediaCccConferenceAnswer &answer,
                                               const Catalog *schedule,
                                               const MediaCccBuildOptions &options)
    : m_options(options)
    , m_events(answer.events)
{
    const QString acronym = answer.conference.acronym;
    if (m_events.isEmpty()) {
        m_error = tr("The conference '%1' has no events.").arg(acronym);
        return;
    }
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const MediaCccEvent &event = m_events.at(i);
        if (!event.guid.isEmpty())
            m_eventByKey.insert(event.guid.toLower(), int(i));
        if (!event.slug.isEmpty())
            m_eventByKey.insert(event.slug.toLower(), int(i));
    }
    buildEvent(answer.conference);
    buildSessions(answer.conference, schedule);
}

int MediaCccCatalogBuilder::eventIndex(const QString &guidOrSlug) const
{
    return m_eventByKey.value(guidOrSlug.toLower(), -1);
}

void MediaCccCatalogBuilder::buildEvent(const MediaCccConference &conference)
{
    Event &e = m_skeleton.event;
    // The language most events are held in is the catalog's.
    QMap<QString, int> use;
    for (const MediaCccEvent &event : std::as_const(m_events)) {
        const QString language = firstLanguage(event.originalLanguage);
        if (!language.isEmpty())
            ++use[language];
    }
    int best = 0;
    for (auto it = use.cbegin(); it != use.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            e.language = it.key();
        }
    }
    e.id = CatalogBuilder::slug(conference.acronym);
    if (e.id.isEmpty())
        e.id = u"media-ccc"_s;
    e.title = LocalizedText(e.language,
                            conference.title.isEmpty() ? conference.acronym : conference.title);
    const QString summary = htmlToPlainText(conference.description);
    if (!summary.isEmpty())
        e.summary = LocalizedText(e.language, summary);
    const QString label = m_options.labelLanguage;
    if (m_options.conferencePage.isValid())
        e.links.append({u"playlist"_s,
                        LocalizedText(label, tr("Recordings on media.ccc.de")),
                        m_options.conferencePage,
                        {}});
    if (conference.link.isValid())
        e.links.append({u"event-page"_s,
                        LocalizedText(label, tr("Conference web site")),
                        conference.link,
                        {}});
    if (conference.scheduleUrl.isValid())
        e.links.append(
            {u"agenda"_s, LocalizedText(label, tr("Schedule")), conference.scheduleUrl, {}});
}

QString MediaCccCatalogBuilder::pillarFor(const QString &title)
{
    const QString folded = foldForSearch(title);
    if (const auto it = m_pillarByTitle.constFind(folded); it != m_pillarByTitle.cend())
        return it.value();
    QString base = CatalogBuilder::slug(title);
    if (base.isEmpty())
        base = u"track"_s;
    QString id = base;
    for (int n = 2; m_ids.contains(u"pillar:"_s + id); ++n)
        id = base + u'-' + QString::number(n);
    m_ids.insert(u"pillar:"_s + id);
    Pillar pillar;
    pillar.id = id;
    pillar.title = LocalizedText(m_skeleton.event.language, title);
    m_skeleton.pillars.append(pillar);
    m_pillarByTitle.insert(folded, id);
    return id;
}

QString MediaCccCatalogBuilder::speakerFor(const QString &rawName)
{
    const QString name = rawName.simplified();
    if (const auto it = m_speakerByName.constFind(name); it != m_speakerByName.cend())
        return it.value();
    QString base = CatalogBuilder::slug(name);
    base = u"person-"_s + (base.isEmpty() ? QString::number(m_skeleton.speakers.size() + 1) : base);
    QString id = base;
    for (int n = 2; m_ids.contains(u"speaker:"_s + id); ++n)
        id = base + u'-' + QString::number(n);
    m_ids.insert(u"speaker:"_s + id);
    Speaker speaker;
    speaker.id = id;
    speaker.name = name;
    m_skeleton.speakers.append(speaker);
    m_speakerByName.insert(name, id);
    return id;
}

void MediaCccCatalogBuilder::buildSessions(const MediaCccConference &conference,
                                           const Catalog *schedule)
{
    Event &e = m_skeleton.event;
    if (schedule && schedule->event.timeZone.isValid()) {
        e.timeZone = schedule->event.timeZone;
    } else {
        for (const MediaCccEvent &event : std::as_const(m_events)) {
            if (event.date.isValid()) {
                e.timeZone = QTimeZone(event.date.offsetFromUtc());
                break;
            }
        }
    }

    QHash<QString, int> scheduled;
    if (schedule) {
        for (qsizetype i = 0; i < schedule->sessions.size(); ++i)
            scheduled.insert(schedule->sessions.at(i).id.toLower(), int(i));
    }

    // Tags that say nothing about one event: the conference's own words and
    // what every event carries.
    QStringList conferenceWords = {foldForSearch(conference.acronym),
                                   foldForSearch(conference.title)};
    for (const QString &part : conference.slug.split(u'/', Qt::SkipEmptyParts))
        conferenceWords.append(foldForSearch(part));
    QHash<QString, int> tagUse;
    for (const MediaCccEvent &event : std::as_const(m_events)) {
        QSet<QString> seen;
        for (const QString &tag : event.tags)
            seen.insert(foldForSearch(tag));
        for (const QString &tag : std::as_const(seen))
            ++tagUse[tag];
    }
    QSet<QString> everywhere;
    if (m_events.size() > 1) {
        for (auto it = tagUse.cbegin(); it != tagUse.cend(); ++it) {
            if (it.value() == m_events.size())
                everywhere.insert(it.key());
        }
    }

    QList<QDate> dates;
    dates.reserve(m_events.size());
    m_skeleton.sessions.reserve(m_events.size());
    const QString label = m_options.labelLanguage;
    for (const MediaCccEvent &event : std::as_const(m_events)) {
        Session s;
        s.id = event.key();
        const QString language = firstLanguage(event.originalLanguage).isEmpty()
                                     ? e.language
                                     : firstLanguage(event.originalLanguage);
        s.title = LocalizedText(language, event.title.isEmpty() ? event.key() : event.title);
        if (language != e.language)
            s.language = language;
        const QString summary = ScheduleCommon::summary(event.subtitle, {}, event.description);
        if (!summary.isEmpty())
            s.summary = LocalizedText(language, summary);
        for (const QString &person : event.persons) {
            const QString id = speakerFor(person);
            if (std::none_of(s.speakers.cbegin(), s.speakers.cend(),
                             [&](const SessionSpeaker &sp) { return sp.speakerId == id; }))
                s.speakers.append({id, {}});
        }
        if (event.frontendLink.isValid()) {
            Material m;
            m.url = event.frontendLink;
            m.title = LocalizedText(label, tr("Talk on media.ccc.de"));
            m.kind = u"link"_s;
            s.materials.append(m);
        }
        if (event.link.isValid()) {
            Material m;
            m.url = event.link;
            m.title = LocalizedText(label, tr("Talk in the conference schedule"));
            m.kind = u"link"_s;
            s.materials.append(m);
        }
        if (event.duration > 0)
            s.duration = Milliseconds(event.duration) * 1000;

        const int at = event.guid.isEmpty() ? -1 : scheduled.value(event.guid.toLower(), -1);
        QDate date;
        if (at >= 0) {
            ++m_scheduled;
            const Session &planned = schedule->sessions.at(at);
            if (const Day *day = schedule->day(planned.dayId))
                date = day->date;
            if (planned.start.isValid())
                s.start = wholeSeconds(planned.start.toTimeZone(e.timeZone));
            if (!s.duration)
                s.duration = planned.duration;
            s.note = planned.note;
            s.kind = planned.kind;
            for (const QString &pillarId : planned.pillarIds) {
                if (const Pillar *pillar = schedule->pillar(pillarId))
                    s.pillarIds.append(pillarFor(
                        pillar->title.text(schedule->event.language, schedule->event.language)));
            }
        } else {
            if (event.date.isValid()) {
                date = event.date.date(); // in the event's own offset
                if (e.timeZone.isValid())
                    s.start = wholeSeconds(event.date.toTimeZone(e.timeZone));
            }
            QString room;
            for (const QString &track :
                 MediaCccTags::tracks(event.tags, conferenceWords, everywhere, &room))
                s.pillarIds.append(pillarFor(track));
            if (!room.isEmpty())
                s.note = LocalizedText(label, tr("Room: %1").arg(room));
        }
        s.pillarIds.removeDuplicates();
        dates.append(date);
        m_skeleton.sessions.append(std::move(s));
    }
    placeDays(dates, conference, schedule);
    m_skeleton.buildIndex();
}

void MediaCccCatalogBuilder::placeDays(const QList<QDate> &dates,
                                       const MediaCccConference &conference,
                                       const Catalog *schedule)
{
    Event &e = m_skeleton.event;
    QList<QDate> days;
    for (const QDate &date : dates) {
        if (date.isValid())
            days.append(date);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    // Events without a date go to the first day; without any date at all, to
    // the day the recordings came out.
    if (days.isEmpty()) {
        QDate fallback;
        for (const MediaCccEvent &event : std::as_const(m_events)) {
            if (event.releaseDate.isValid()
                && (!fallback.isValid() || event.releaseDate < fallback))
                fallback = event.releaseDate;
        }
        if (!fallback.isValid())
            fallback = conference.lastReleasedAt.date();
        if (!fallback.isValid())
            fallback = conference.updatedAt.date();
        if (!fallback.isValid()) {
            m_error = tr("No event of the conference '%1' has a date.").arg(conference.acronym);
            return;
        }
        days.append(fallback);
        m_warnings.append(
            tr("No event has a date: all are placed on %1.").arg(fallback.toString(Qt::ISODate)));
    }

    QHash<QDate, int> dayOfDate;
    for (qsizetype i = 0; i < days.size(); ++i) {
        Day day;
        day.id = u"day-"_s + QString::number(i + 1);
        day.date = days.at(i);
        // Untitled: the app names it by its date in the interface language.
        if (schedule && e.timeZone.isValid()) {
            for (const Day &planned : schedule->days) {
                if (planned.date == day.date && planned.start.isValid() && planned.end.isValid()) {
                    day.start = wholeSeconds(planned.start.toTimeZone(e.timeZone));
                    day.end = wholeSeconds(planned.end.toTimeZone(e.timeZone));
                }
            }
        }
        dayOfDate.insert(day.date, int(i));
        m_skeleton.days.append(day);
    }
    QList<int> dayOfSession(dates.size());
    for (qsizetype i = 0; i < m_skeleton.sessions.size(); ++i) {
        const QDate date = dates.at(i);
        dayOfSession[i] = date.isValid() ? dayOfDate.value(date) : 0;
        m_skeleton.sessions[i].dayId = m_skeleton.days.at(dayOfSession.at(i)).id;
    }

    // A day's programme holds all its sessions: talks after midnight and
    // recordings longer than their slot widen it.
    if (e.timeZone.isValid()) {
        QList<std::pair<QDateTime, QDateTime>> spans;
        for (const Day &day : std::as_const(m_skeleton.days))
            spans.append(
                {day.start.isValid() ? day.start : QDateTime(day.date, {0, 0}, e.timeZone),
                 day.end.isValid() ? day.end : QDateTime(day.date.addDays(1), {0, 0}, e.timeZone)});
        const QList<std::pair<QDateTime, QDateTime>> defaults = spans;
        for (qsizetype i = 0; i < m_skeleton.sessions.size(); ++i) {
            const Session &s = m_skeleton.sessions.at(i);
            if (!s.start.isValid())
                continue;
            auto &span = spans[dayOfSession.at(i)];
            span.first = std::min(span.first, s.start);
            span.second = std::max(span.second, s.start.addMSecs(s.duration.value_or(0)));
        }
        for (qsizetype i = 0; i < m_skeleton.days.size(); ++i) {
            Day &day = m_skeleton.days[i];
            if (day.start.isValid() || spans.at(i) != defaults.at(i)) {
                day.start = spans.at(i).first;
                day.end = spans.at(i).second;
            }
        }
    }
    e.startDate = m_skeleton.days.constFirst().date;
    e.endDate = m_skeleton.days.constLast().date;
}

MediaCccEventMedia MediaCccCatalogBuilder::convert(int eventIndex,
                                                   const QList<MediaCccRecording> &rows) const
{
    if (eventIndex < 0 || eventIndex >= m_events.size())
        return {};
    return MediaCccRecordings::convert(m_events.at(eventIndex), rows, sessionId(eventIndex),
                                       m_options.quality, m_options.labelLanguage);
}

Catalog MediaCccCatalogBuilder::build(const QHash<QString, MediaCccEventMedia> &media) const
{
    Catalog c = m_skeleton;
    QSet<QString> languages = {c.event.language};
    for (const MediaCccEvent &event : std::as_const(m_events)) {
        for (const QString &language :
             MediaCccLanguage::audioTracks(event.originalLanguage).value_or(QStringList()))
            languages.insert(language);
    }
    if (!media.isEmpty()) {
        for (Session &session : c.sessions) {
            const auto it = media.constFind(session.id);
            if (it == media.cend())
                continue;
            for (const Recording &recording : it->recordings) {
                c.recordings.append(recording);
                session.chapters.append({recording.id, 0, {}, {}});
                languages.insert(recording.language);
            }
            session.materials += it->materials;
        }
    }
    c.event.languages = QStringList(languages.cbegin(), languages.cend());
    std::sort(c.event.languages.begin(), c.event.languages.end());
    c.buildIndex();
    return c;
}

} // namespace fa
