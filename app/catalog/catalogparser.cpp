#include "catalogparser.h"

#include "recordingparser.h"
#include "sessionparser.h"

namespace fa {

namespace {
constexpr auto formatName = "forum-archive-catalog";
constexpr int supportedVersion = 1;
} // namespace

void CatalogParser::parse(const json::Object &root)
{
    const json::Value format = root.value(QLatin1String("format"));
    if (format.isUndefined()) {
        error(QStringLiteral("format"), tr("required field is missing: this is not a Forum "
                                           "Archive catalog"));
        return;
    }
    if (format.toString() != QLatin1String(formatName)) {
        error(QStringLiteral("format"),
              tr("expected \"%1\", found %2")
                  .arg(QLatin1String(formatName),
                       format.isString() ? u'"' + format.toString() + u'"' : typeName(format)));
        return;
    }
    const json::Value version = root.value(QLatin1String("version"));
    if (version.isUndefined()) {
        error(QStringLiteral("version"), tr("required field is missing"));
        return;
    }
    if (!version.isDouble() || version.toDouble() != supportedVersion) {
        error(QStringLiteral("version"),
              tr("version %1 is not supported; this application reads version %2")
                  .arg(version.isDouble() ? QString::number(version.toDouble()) : typeName(version))
                  .arg(supportedVersion));
        return;
    }
    warnUnknownFields(root, QString(),
                      {"format", "version", "event", "pillars", "days", "speakers", "recordings",
                       "sessions", "$schema"});

    const json::Value event = field(root, QString(), "event", true);
    if (event.isObject())
        parseEvent(event.toObject());
    else if (!event.isUndefined())
        error(QStringLiteral("event"), tr("expected an object, found %1").arg(typeName(event)));

    parsePillars(array(root, QString(), "pillars"));
    parseDays(array(root, QString(), "days", true));
    parseSpeakers(array(root, QString(), "speakers"));
    RecordingParser recordings(m_catalog, m_problems);
    recordings.parse(array(root, QString(), "recordings"));
    SessionParser(m_catalog, m_problems).parse(array(root, QString(), "sessions"));
    recordings.checkSessionReferences();
    m_catalog.buildIndex();
}

void CatalogParser::parseEvent(const json::Object &o)
{
    const QString where = QStringLiteral("event");
    Event &event = m_catalog.event;
    // The original language decides what plain strings are written in: read it first.
    const QString language = string(o, where, "language");
    if (!language.isEmpty()) {
        if (isLanguageTag(language))
            event.language = language;
        else
            error(at(where, "language"), tr("'%1' is not a language code").arg(language));
    }
    warnUnknownFields(o, where,
                      {"id", "title", "subtitle", "organizer", "summary", "timeZone", "startDate",
                       "endDate", "language", "languages", "virtual", "links"});
    event.id = string(o, where, "id", true);
    event.title = text(o, where, "title", true);
    event.subtitle = text(o, where, "subtitle");
    event.organizer = text(o, where, "organizer");
    event.summary = text(o, where, "summary");
    const QString zone = string(o, where, "timeZone");
    if (!zone.isEmpty()) {
        event.timeZone = QTimeZone(zone.toUtf8());
        if (!event.timeZone.isValid())
            error(at(where, "timeZone"), tr("'%1' is not a known time zone").arg(zone));
    }
    event.startDate = date(o, where, "startDate", true);
    event.endDate = date(o, where, "endDate", true);
    if (event.startDate.isValid() && event.endDate.isValid() && event.endDate < event.startDate)
        error(at(where, "endDate"), tr("the event ends before it starts"));
    event.languages = stringList(o, where, "languages");
    const json::Value isVirtual = field(o, where, "virtual", false);
    if (!isVirtual.isUndefined() && !isVirtual.isBool())
        error(at(where, "virtual"),
              tr("expected true or false, found %1").arg(typeName(isVirtual)));
    event.isVirtual = isVirtual.toBool();

    forEachObject(array(o, where, "links"), at(where, "links"),
                  [&](const json::Object &l, const QString &w) {
                      warnUnknownFields(l, w, {"kind", "title", "url", "language"});
                      Link link;
                      link.kind = string(l, w, "kind");
                      link.title = text(l, w, "title");
                      link.language = string(l, w, "language");
                      link.url = checkedUrl(string(l, w, "url", true), at(w, "url"));
                      event.links.append(link);
                  });
}

void CatalogParser::parsePillars(const json::Array &a)
{
    QSet<QString> seen;
    forEachObject(a, QStringLiteral("pillars"), [&](const json::Object &o, const QString &where) {
        warnUnknownFields(o, where, {"id", "title", "description", "icon", "color"});
        Pillar pillar;
        pillar.id = id(o, where, seen);
        pillar.title = text(o, where, "title", true);
        pillar.description = text(o, where, "description");
        pillar.icon = string(o, where, "icon");
        pillar.color = string(o, where, "color");
        if (!pillar.color.isEmpty() && !isColor(pillar.color))
            error(at(where, "color"), tr("'%1' is not a colour such as #1f7a4d").arg(pillar.color));
        m_catalog.pillars.append(pillar);
    });
}

void CatalogParser::parseDays(const json::Array &a)
{
    QSet<QString> seen;
    const Event &event = m_catalog.event;
    forEachObject(a, QStringLiteral("days"), [&](const json::Object &o, const QString &where) {
        warnUnknownFields(o, where, {"id", "date", "title", "summary", "start", "end"});
        Day day;
        day.id = id(o, where, seen);
        day.date = date(o, where, "date", true);
        day.title = text(o, where, "title");
        day.summary = text(o, where, "summary");
        day.start = localDateTime(o, where, "start");
        day.end = localDateTime(o, where, "end");
        if (day.date.isValid() && event.startDate.isValid() && event.endDate.isValid()
            && (day.date < event.startDate || day.date > event.endDate))
            error(at(where, "date"),
                  tr("%1 is outside the event's dates (%2 to %3)")
                      .arg(day.date.toString(Qt::ISODate), event.startDate.toString(Qt::ISODate),
                           event.endDate.toString(Qt::ISODate)));
        if (day.start.isValid() && day.end.isValid() && day.end <= day.start)
            error(at(where, "end"), tr("the day ends before it starts"));
        m_catalog.days.append(day);
    });
    if (a.isEmpty() && m_problems.isEmpty())
        error(QStringLiteral("days"), tr("a catalog needs at least one day"));
    m_catalog.buildIndex();
}

void CatalogParser::parseSpeakers(const json::Array &a)
{
    QSet<QString> seen;
    forEachObject(a, QStringLiteral("speakers"), [&](const json::Object &o, const QString &where) {
        warnUnknownFields(o, where, {"id", "name", "role", "organization", "bio", "photo"});
        Speaker speaker;
        speaker.id = id(o, where, seen);
        speaker.name = string(o, where, "name", true);
        speaker.role = text(o, where, "role");
        speaker.organization = text(o, where, "organization");
        speaker.bio = text(o, where, "bio");
        const QString photo = string(o, where, "photo");
        if (photo.contains(u"://"))
            speaker.photo = checkedUrl(photo, at(where, "photo")).toString();
        else if (!photo.isEmpty())
            speaker.photo = checkedPath(photo, at(where, "photo"));
        m_catalog.speakers.append(speaker);
    });
    m_catalog.buildIndex();
}

} // namespace fa
