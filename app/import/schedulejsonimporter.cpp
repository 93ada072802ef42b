#include "schedulejsonimporter.h"

#include "catalogbuilder.h"
#include "jsonprecheck.h"
#include "schedulecommon.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fa {

namespace {
class ScheduleJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::ScheduleJsonImporter)

public:
    ScheduleJsonReader(const ImportOptions &options, ImportReport &report)
        : m_options(options)
        , m_report(report)
        , m_builder(report)
    {}

    std::optional<Catalog> read(const QByteArray &data);

private:
    // Fields the importer does not map are counted by name.
    void skipUnknown(const QJsonObject &o, std::initializer_list<const char16_t *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool isKnown = false;
            for (const char16_t *k : known)
                isKnown = isKnown || it.key() == QStringView(k);
            if (!isKnown)
                m_report.skip(it.key());
        }
    }
    static QString string(const QJsonObject &o, const char16_t *key)
    {
        const QJsonValue v = o.value(QStringView(key));
        if (v.isDouble())
            return QString::number(static_cast<qint64>(v.toDouble()));
        return v.toString();
    }
    void ensureZone(const QDateTime &withOffset);
    void readConference(const QJsonObject &conference, const QString &where);
    void readDay(const QJsonObject &day, const QString &where, int position);
    void readEvent(const QJsonObject &event, const QString &where, int dayIndex,
                   const QDate &dayDate, const QTime &dayStartsAt, const QString &roomName);
    QList<std::pair<QUrl, QString>> links(const QJsonValue &value, const QString &where);

    const ImportOptions &m_options;
    ImportReport &m_report;
    CatalogBuilder m_builder;
    QUrl m_baseUrl;
    QDate m_conferenceStart;
};

void ScheduleJsonReader::ensureZone(const QDateTime &withOffset)
{
    if (m_builder.timeZone().isValid())
        return;
    if (m_options.timeZone.isValid()) {
        m_builder.setTimeZone(m_options.timeZone);
    } else if (withOffset.isValid() && withOffset.timeSpec() == Qt::OffsetFromUTC) {
        const QTimeZone zone(withOffset.offsetFromUtc());
        m_builder.setTimeZone(zone, tr("the schedule names no time zone; using %1 from its "
                                       "times")
                                        .arg(QString::fromUtf8(zone.id())));
    }
}

std::optional<Catalog> ScheduleJsonReader::read(const QByteArray &data)
{
    CatalogProblems problems;
    const auto document = parseJsonChecked(data, problems);
    if (!document) {
        for (const CatalogProblem &p : std::as_const(problems)) {
            const qsizetype colon = p.where.indexOf(u':');
            bool ok = false;
            const int line = colon > 0 ? p.where.left(colon).toInt(&ok) : 0;
            if (ok)
                m_report.fail(
                    line,
                    tr("column %1: malformed JSON: %2").arg(p.where.mid(colon + 1), p.message));
            else
                m_report.failAt(p.where, p.message);
        }
        return std::nullopt;
    }
    QJsonObject schedule = document->object();
    QString where = QStringLiteral("schedule");
    if (schedule.contains(u"schedule")) {
        skipUnknown(schedule, {u"schedule", u"$schema"});
        schedule = schedule.value(u"schedule").toObject();
    } else {
        where.clear();
    }
    const QJsonObject conference = schedule.value(u"conference").toObject();
    if (conference.isEmpty()) {
        m_report.failAt(where, tr("no \"conference\" object: this is not a schedule.json"));
        return std::nullopt;
    }
    skipUnknown(schedule, {u"conference", u"base_url", u"version"});
    m_baseUrl = QUrl(schedule.value(u"base_url").toString().trimmed());
    readConference(conference,
                   where.isEmpty() ? QStringLiteral("conference") : where + u".conference");
    if (!m_report.ok())
        return std::nullopt;
    Catalog catalog = m_builder.finish();
    if (catalog.days.isEmpty()) {
        m_report.failAt(where, tr("the schedule has no days"));
        return std::nullopt;
    }
    return catalog;
}

void ScheduleJsonReader::readConference(const QJsonObject &c, const QString &where)
{
    skipUnknown(c, {u"acronym", u"title", u"subtitle", u"start", u"end", u"time_zone_name", u"days",
                    u"base_url", u"url", u"city"});
    Event &event = m_builder.event();
    event.title = CatalogBuilder::text(string(c, u"title").simplified());
    event.subtitle = CatalogBuilder::text(string(c, u"subtitle").simplified());
    event.id = CatalogBuilder::slug(string(c, u"acronym"));
    if (c.contains(u"base_url") && m_baseUrl.isEmpty())
        m_baseUrl = QUrl(string(c, u"base_url").trimmed());
    m_conferenceStart = ScheduleCommon::parseDate(string(c, u"start"));
    m_builder.setConferenceDates(m_conferenceStart, ScheduleCommon::parseDate(string(c, u"end")));
    const QString zoneName = string(c, u"time_zone_name").trimmed();
    if (!zoneName.isEmpty()) {
        const QTimeZone zone(zoneName.toUtf8());
        if (zone.isValid())
            m_builder.setTimeZone(zone);
        else
            m_report.warnAt(where + u".time_zone_name",
                            tr("unknown time zone '%1' ignored").arg(zoneName));
    }
    if (!m_builder.timeZone().isValid()) {
        const QTimeZone cityZone = ScheduleCommon::zoneForCity(string(c, u"city"));
        if (cityZone.isValid())
            m_builder.setTimeZone(cityZone, tr("the schedule names no time zone; using %1 "
                                               "from its city")
                                                .arg(QString::fromUtf8(cityZone.id())));
    }
    const QJsonValue days = c.value(u"days");
    if (!days.isArray()) {
        m_report.failAt(where + u".days", tr("expected an array of days"));
        return;
    }
    const QJsonArray list = days.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString w = where + u".days[" + QString::number(i) + u']';
        if (!list[i].isObject())
            m_report.warnAt(w, tr("not an object, left out"));
        else
            readDay(list[i].toObject(), w, i);
    }
}

void ScheduleJsonReader::readDay(const QJsonObject &d, const QString &where, int position)
{
    skipUnknown(d, {u"index", u"date", u"day_start", u"day_end", u"rooms"});
    const QDateTime start = ScheduleCommon::parseDateTime(string(d, u"day_start"));
    const QDateTime end = ScheduleCommon::parseDateTime(string(d, u"day_end"));
    ensureZone(start);
    if (!m_builder.timeZone().isValid())
        m_builder.setTimeZone(QTimeZone::utc(), tr("the schedule names no time zone; times "
                                                   "are taken as UTC"));
    const QTimeZone zone = m_builder.timeZone();
    QDate date = ScheduleCommon::parseDate(string(d, u"date"));
    if (!date.isValid() && start.isValid())
        date = start.toTimeZone(zone).date();
    if (!date.isValid() && m_conferenceStart.isValid())
        date = m_conferenceStart.addDays(position);
    if (!date.isValid()) {
        m_report.warnAt(where, tr("a day without a date is left out with its events"));
        return;
    }
    const QTime startsAt = start.isValid() ? start.toTimeZone(zone).time() : QTime();
    const int index = m_builder.addDay(date, start, end);
    const QJsonValue rooms = d.value(u"rooms");
    if (rooms.isObject()) {
        const QJsonObject byName = rooms.toObject();
        for (auto it = byName.begin(); it != byName.end(); ++it) {
            m_builder.addRoom(it.key());
            const QJsonArray events = it.value().toArray();
            for (int i = 0; i < events.size(); ++i) {
                const QString w = where + u".rooms." + it.key() + u'[' + QString::number(i) + u']';
                if (events[i].isObject())
                    readEvent(events[i].toObject(), w, index, date, startsAt, it.key());
                else
                    m_report.warnAt(w, tr("not an object, left out"));
            }
        }
    } else if (!rooms.isUndefined()) {
        m_report.warnAt(where + u".rooms", tr("expected an object keyed by room name"));
    }
}

QList<std::pair<QUrl, QString>> ScheduleJsonReader::links(const QJsonValue &value,
                                                          const QString &where)
{
    QList<std::pair<QUrl, QString>> out;
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        QString url;
        QString title;
        if (list[i].isString()) {
            url = list[i].toString();
        } else {
            const QJsonObject o = list[i].toObject();
            url = o.value(u"url").toString();
            title = o.value(u"title").toString();
        }
        const QUrl resolved = ScheduleCommon::resolveUrl(url, m_baseUrl);
        if (resolved.isValid())
            out.append({resolved, title});
        else
            m_report.warnAt(where + u'[' + QString::number(i) + u']',
                            tr("'%1' is not an http(s) address, left out").arg(url));
    }
    return out;
}

void ScheduleJsonReader::readEvent(const QJsonObject &e, const QString &where, int dayIndex,
                                   const QDate &dayDate, const QTime &dayStartsAt,
                                   const QString &roomName)
{
    const qsizetype before = m_report.warnings.size();
    skipUnknown(e, {u"id", u"guid", u"date", u"start", u"duration", u"room", u"title", u"subtitle",
                    u"track", u"type", u"language", u"abstract", u"description", u"persons",
                    u"links", u"attachments"});
    const QString guid = string(e, u"guid").trimmed();
    Session session;
    session.id = guid.isEmpty() ? string(e, u"id").trimmed() : guid;
    session.dayId = m_builder.day(dayIndex).id;
    session.title = CatalogBuilder::text(string(e, u"title").simplified());
    session.summary = CatalogBuilder::text(ScheduleCommon::summary(
        string(e, u"subtitle"), string(e, u"abstract"), string(e, u"description")));
    const QString ownRoom = string(e, u"room").simplified();
    const QString room = ownRoom.isEmpty() ? roomName.simplified() : ownRoom;
    if (!room.isEmpty())
        session.note = CatalogBuilder::text(tr("Room: %1").arg(room));
    session.kind = string(e, u"type").simplified();
    const QString durationText = string(e, u"duration");
    session.duration = ScheduleCommon::parseDuration(durationText);
    if (!session.duration && !durationText.trimmed().isEmpty())
        m_report.warnAt(where + u".duration", tr("'%1' is not a duration").arg(durationText));
    const QString start = string(e, u"start");
    session.start = ScheduleCommon::eventStart(ScheduleCommon::parseDateTime(string(e, u"date")),
                                               start, dayDate, dayStartsAt, m_builder.timeZone());
    if (!session.start.isValid() && !start.trimmed().isEmpty())
        m_report.warnAt(where + u".start", tr("'%1' is not a start time").arg(start));
    const QString pillar = m_builder.pillarForTrack(string(e, u"track"));
    if (!pillar.isEmpty())
        session.pillarIds.append(pillar);

    const QJsonArray persons = e.value(u"persons").toArray();
    for (const QJsonValue &p : persons) {
        QString id;
        QString name;
        if (p.isString()) {
            name = p.toString();
        } else {
            const QJsonObject o = p.toObject();
            id = string(o, u"id");
            for (const char16_t *key : {u"public_name", u"name", u"full_public_name"}) {
                if (name.trimmed().isEmpty())
                    name = string(o, key);
            }
        }
        const QString speakerId = m_builder.speakerFor(id, name, 0);
        bool present = false;
        for (const SessionSpeaker &s : std::as_const(session.speakers))
            present = present || s.speakerId == speakerId;
        if (!speakerId.isEmpty() && !present)
            session.speakers.append({speakerId, {}});
    }

    QList<Source> sources;
    for (const auto &[url, title] : links(e.value(u"links"), where + u".links")) {
        const Source::Kind kind = inferSourceKind(url);
        if (kind == Source::Kind::Media || kind == Source::Kind::YouTube)
            sources.append(sourceForUrl(url));
        else
            session.materials.append(
                ScheduleCommon::linkMaterial(url, title, QStringLiteral("link")));
    }
    for (const auto &[url, title] : links(e.value(u"attachments"), where + u".attachments"))
        session.materials.append(ScheduleCommon::linkMaterial(url, title, QStringLiteral("other")));

    m_builder.addSession(std::move(session), string(e, u"language"), 0, sources);
    // The builder knows no JSON paths: name the event in its warnings.
    for (qsizetype i = before; i < m_report.warnings.size(); ++i)
        m_report.warnings[i].where = where;
}
} // namespace

std::optional<Catalog> importScheduleJson(const QByteArray &data, const ImportOptions &options,
                                          ImportReport &report)
{
    report.format = QStringLiteral("schedule-json");
    return ScheduleJsonReader(options, report).read(data);
}

} // namespace fa
