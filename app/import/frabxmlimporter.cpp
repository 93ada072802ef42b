#include "frabxmlimporter.h"

#include "catalogbuilder.h"
#include "fastxmlreader.h"
#include "schedulecommon.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace fa {

namespace {
// Xml is FastXmlReader or QXmlStreamReader: the same reading over either. Its
// messages name their context outright (QCoreApplication::translate): lupdate
// does not follow tr() into members of a class template defined outside it.
template<typename Xml> class FrabXmlReader
{
public:
    FrabXmlReader(Xml &xml, const ImportOptions &options, ImportReport &report)
        : m_xml(xml)
        , m_options(options)
        , m_report(report)
        , m_builder(report)
    {}

    std::optional<Catalog> read();

private:
    struct LinkData
    {
        QString url;
        QString title;
        QString type;
    };
    struct DayContext
    {
        int index = -1;
        QDate date;
        QTime startsAt;
    };

    int line() const { return static_cast<int>(m_xml.lineNumber()); }
    QString name() const { return m_xml.name().toString(); }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    void skip()
    {
        m_report.skip(u'<' + name() + u'>');
        m_xml.skipCurrentElement();
    }
    void ensureZone(const QDateTime &withOffset);

    void readSchedule();
    void readConference();
    void readDay();
    void readRoom(const DayContext &day, const QString &roomName);
    void readEvent(const DayContext &day, const QString &roomName);
    QStringList readPersons(int eventLine, QStringList &names);
    QList<LinkData> readLinks(const QString &itemName);
    LinkData readLink();

    Xml &m_xml;
    const ImportOptions &m_options;
    ImportReport &m_report;
    CatalogBuilder m_builder;
    QUrl m_baseUrl;
    QString m_city;
    QTime m_dayChange;
    QDate m_conferenceStart;
};

template<typename Xml> void FrabXmlReader<Xml>::ensureZone(const QDateTime &withOffset)
{
    if (m_builder.timeZone().isValid())
        return;
    if (m_options.timeZone.isValid()) {
        m_builder.setTimeZone(m_options.timeZone);
        return;
    }
    if (withOffset.isValid() && withOffset.timeSpec() == Qt::OffsetFromUTC) {
        const QTimeZone zone(withOffset.offsetFromUtc());
        m_builder.setTimeZone(
            zone, QCoreApplication::translate("fa::FrabXmlImporter",
                                              "the schedule names no time zone; using %1 from its "
                                              "times")
                      .arg(QString::fromUtf8(zone.id())));
        return;
    }
    const QTimeZone cityZone = ScheduleCommon::zoneForCity(m_city);
    if (cityZone.isValid()) {
        m_builder.setTimeZone(
            cityZone, QCoreApplication::translate("fa::FrabXmlImporter",
                                                  "the schedule names no time zone; using %1 from "
                                                  "its city")
                          .arg(QString::fromUtf8(cityZone.id())));
        return;
    }
    m_builder.setTimeZone(QTimeZone::utc(),
                          QCoreApplication::translate("fa::FrabXmlImporter",
                                                      "the schedule names no time zone; times are "
                                                      "taken as UTC"));
}

template<typename Xml> std::optional<Catalog> FrabXmlReader<Xml>::read()
{
    if (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"schedule")
            readSchedule();
        else
            m_report.fail(line(), QCoreApplication::translate(
                                      "fa::FrabXmlImporter",
                                      "expected a <schedule> element, found <%1>: this is not "
                                      "a frab schedule")
                                      .arg(name()));
    }
    if (m_xml.hasError()) {
        m_report.errors.clear();
        m_report.fail(line(), QCoreApplication::translate("fa::FrabXmlImporter",
                                                          "column %1: malformed XML: %2")
                                  .arg(m_xml.columnNumber())
                                  .arg(m_xml.errorString()));
    }
    if (!m_report.ok())
        return std::nullopt;
    Catalog catalog = m_builder.finish();
    if (catalog.days.isEmpty()) {
        m_report.fail(
            0, QCoreApplication::translate("fa::FrabXmlImporter", "the schedule has no <day>"));
        return std::nullopt;
    }
    return catalog;
}

template<typename Xml> void FrabXmlReader<Xml>::readSchedule()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"conference")
            readConference();
        else if (m_xml.name() == u"day")
            readDay();
        else
            skip();
    }
}

template<typename Xml> void FrabXmlReader<Xml>::readConference()
{
    QDate start;
    QDate end;
    Event &event = m_builder.event();
    while (m_xml.readNextStartElement()) {
        const auto n = m_xml.name();
        if (n == u"title") {
            event.title = CatalogBuilder::text(text().simplified());
        } else if (n == u"subtitle") {
            event.subtitle = CatalogBuilder::text(text().simplified());
        } else if (n == u"acronym") {
            event.id = CatalogBuilder::slug(text());
        } else if (n == u"start") {
            start = ScheduleCommon::parseDate(text());
        } else if (n == u"end") {
            end = ScheduleCommon::parseDate(text());
        } else if (n == u"time_zone_name") {
            const int at = line();
            const QString zone = text().trimmed();
            const QTimeZone tz(zone.toUtf8());
            if (tz.isValid())
                m_builder.setTimeZone(tz);
            else if (!zone.isEmpty())
                m_report.warn(at, QCoreApplication::translate("fa::FrabXmlImporter",
                                                              "unknown time zone '%1' ignored")
                                      .arg(zone));
        } else if (n == u"base_url") {
            m_baseUrl = QUrl(text().trimmed());
        } else if (n == u"city") {
            m_city = text();
        } else if (n == u"day_change") {
            const QString t = text().trimmed();
            m_dayChange = QTime::fromString(t, t.size() > 5 ? u"HH:mm:ss" : u"HH:mm");
        } else {
            skip();
        }
    }
    m_conferenceStart = start;
    m_builder.setConferenceDates(start, end);
    if (!m_builder.timeZone().isValid() && m_options.timeZone.isValid())
        m_builder.setTimeZone(m_options.timeZone);
}

template<typename Xml> void FrabXmlReader<Xml>::readDay()
{
    const int at = line();
    const auto attributes = m_xml.attributes();
    const QDateTime start =
        ScheduleCommon::parseDateTime(attributes.value(QLatin1String("start")).toString());
    const QDateTime end =
        ScheduleCommon::parseDateTime(attributes.value(QLatin1String("end")).toString());
    ensureZone(start);
    const QTimeZone zone = m_builder.timeZone();
    DayContext day;
    day.date = ScheduleCommon::parseDate(attributes.value(QLatin1String("date")).toString());
    if (!day.date.isValid() && start.isValid())
        day.date = start.toTimeZone(zone).date();
    if (!day.date.isValid()) {
        bool ok = false;
        const int index = attributes.value(QLatin1String("index")).toInt(&ok);
        if (ok && index > 0 && m_conferenceStart.isValid())
            day.date = m_conferenceStart.addDays(index - 1);
    }
    if (!day.date.isValid()) {
        m_report.warn(
            at, QCoreApplication::translate("fa::FrabXmlImporter",
                                            "a <day> without a date is left out with its events"));
        m_report.skip(QStringLiteral("<day> without date"));
        m_xml.skipCurrentElement();
        return;
    }
    // Events before the day's start time belong to its night, after midnight.
    day.startsAt = start.isValid() ? start.toTimeZone(zone).time() : m_dayChange;
    day.index = m_builder.addDay(day.date, start, end);
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"room") {
            readRoom(day, m_xml.attributes().value(QLatin1String("name")).toString());
        } else if (m_xml.name() == u"event") {
            readEvent(day, QString());
        } else {
            skip();
        }
    }
}

template<typename Xml>
void FrabXmlReader<Xml>::readRoom(const DayContext &day, const QString &roomName)
{
    m_builder.addRoom(roomName);
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"event")
            readEvent(day, roomName);
        else
            skip();
    }
}

template<typename Xml> typename FrabXmlReader<Xml>::LinkData FrabXmlReader<Xml>::readLink()
{
    LinkData link;
    const auto attributes = m_xml.attributes();
    link.url = attributes.value(QLatin1String("href")).toString();
    link.type = attributes.value(QLatin1String("type")).toString();
    QString content;
    // Children of a link describe the link only: they never reach the event.
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            content += m_xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            const auto n = m_xml.name();
            if (n == u"title")
                link.title = text().simplified();
            else if (n == u"type")
                link.type = text().simplified();
            else if (n == u"url" || n == u"href")
                link.url = text().trimmed();
            else
                skip();
        }
    }
    content = content.simplified();
    if (link.url.isEmpty() && content.contains(u"://"))
        link.url = content;
    else if (link.title.isEmpty() && content != link.url)
        link.title = content;
    return link;
}

template<typename Xml>
QList<typename FrabXmlReader<Xml>::LinkData> FrabXmlReader<Xml>::readLinks(const QString &itemName)
{
    QList<LinkData> links;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == itemName)
            links.append(readLink());
        else
            skip();
    }
    return links;
}

template<typename Xml>
QStringList FrabXmlReader<Xml>::readPersons(int eventLine, QStringList &names)
{
    QStringList ids;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"person") {
            skip();
            continue;
        }
        const QString sourceId = m_xml.attributes().value(QLatin1String("id")).toString();
        const QString person = text();
        const QString id = m_builder.speakerFor(sourceId, person, eventLine);
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
            names.append(person.simplified());
        }
    }
    return ids;
}

template<typename Xml>
void FrabXmlReader<Xml>::readEvent(const DayContext &day, const QString &roomName)
{
    const int at = line();
    const auto attributes = m_xml.attributes();
    const QString guid = attributes.value(QLatin1String("guid")).toString().trimmed();
    const QString sourceId = attributes.value(QLatin1String("id")).toString().trimmed();
    QString title, subtitle, abstract, description, track, type, language, room, start;
    QDateTime date;
    std::optional<Milliseconds> duration;
    QStringList speakerIds;
    QStringList speakerNames;
    QList<LinkData> links;
    QList<LinkData> attachments;
    int durationLine = 0;
    QString durationText;

    while (m_xml.readNextStartElement()) {
        const auto n = m_xml.name();
        if (n == u"title") {
            title = text().simplified();
        } else if (n == u"subtitle") {
            subtitle = text().simplified();
        } else if (n == u"abstract") {
            abstract = text();
        } else if (n == u"description") {
            description = text();
        } else if (n == u"track") {
            track = text();
        } else if (n == u"type") {
            type = text().simplified();
        } else if (n == u"language") {
            language = text();
        } else if (n == u"room") {
            room = text().simplified();
        } else if (n == u"date") {
            date = ScheduleCommon::parseDateTime(text());
        } else if (n == u"start") {
            start = text();
        } else if (n == u"duration") {
            durationLine = line();
            durationText = text();
            duration = ScheduleCommon::parseDuration(durationText);
        } else if (n == u"persons") {
            speakerIds = readPersons(at, speakerNames);
        } else if (n == u"links") {
            links += readLinks(QStringLiteral("link"));
        } else if (n == u"attachments") {
            attachments += readLinks(QStringLiteral("attachment"));
        } else if (n == u"recording") {
            // Licence and opt-out concern publishing, not the archive.
            m_xml.skipCurrentElement();
        } else {
            skip();
        }
    }
    if (!durationText.trimmed().isEmpty() && !duration)
        m_report.warn(durationLine,
                      QCoreApplication::translate("fa::FrabXmlImporter", "'%1' is not a duration")
                          .arg(durationText.trimmed()));

    ensureZone(date);
    Session session;
    session.id = guid.isEmpty() ? sourceId : guid;
    session.dayId = m_builder.day(day.index).id;
    session.title = CatalogBuilder::text(title);
    session.summary =
        CatalogBuilder::text(ScheduleCommon::summary(subtitle, abstract, description));
    const QString roomShown = room.isEmpty() ? roomName.simplified() : room;
    if (!roomShown.isEmpty())
        session.note = CatalogBuilder::text(
            QCoreApplication::translate("fa::FrabXmlImporter", "Room: %1").arg(roomShown));
    session.kind = type;
    session.duration = duration;
    session.start =
        ScheduleCommon::eventStart(date, start, day.date, day.startsAt, m_builder.timeZone());
    if (!session.start.isValid() && !start.trimmed().isEmpty())
        m_report.warn(at,
                      QCoreApplication::translate("fa::FrabXmlImporter", "'%1' is not a start time")
                          .arg(start.trimmed()));
    const QString pillar = m_builder.pillarForTrack(track);
    if (!pillar.isEmpty())
        session.pillarIds.append(pillar);
    for (const QString &id : std::as_const(speakerIds))
        session.speakers.append({id, {}});

    QList<Source> sources;
    for (const LinkData &link : std::as_const(links)) {
        const QUrl url = ScheduleCommon::resolveUrl(link.url, m_baseUrl);
        if (!url.isValid()) {
            m_report.skip(QStringLiteral("<link> without an http(s) address"));
            continue;
        }
        const Source::Kind kind = inferSourceKind(url);
        if (kind == Source::Kind::Media || kind == Source::Kind::YouTube)
            sources.append(sourceForUrl(url));
        else
            session.materials.append(
                ScheduleCommon::linkMaterial(url, link.title, QStringLiteral("link")));
    }
    for (const LinkData &attachment : std::as_const(attachments)) {
        const QUrl url = ScheduleCommon::resolveUrl(attachment.url, m_baseUrl);
        if (!url.isValid()) {
            m_report.skip(QStringLiteral("<attachment> without an http(s) address"));
            continue;
        }
        session.materials.append(ScheduleCommon::linkMaterial(
            url, attachment.title,
            attachment.type.isEmpty() ? QStringLiteral("other") : attachment.type));
    }
    m_builder.addSession(std::move(session), language, at, sources);
}
} // namespace

std::optional<Catalog> importFrabXml(const QByteArray &data, const ImportOptions &options,
                                     ImportReport &report)
{
    report.format = QStringLiteral("frab");
    ImportReport fastReport = report;
    FastXmlReader fast(data);
    std::optional<Catalog> catalog = FrabXmlReader<FastXmlReader>(fast, options, fastReport).read();
    if (!fast.hasError()) {
        report = std::move(fastReport);
        return catalog;
    }
    return importFrabXmlWithQt(data, options, report);
}

std::optional<Catalog> importFrabXmlWithQt(const QByteArray &data, const ImportOptions &options,
                                           ImportReport &report)
{
    report.format = QStringLiteral("frab");
    QXmlStreamReader xml(data);
    return FrabXmlReader<QXmlStreamReader>(xml, options, report).read();
}

} // namespace fa
