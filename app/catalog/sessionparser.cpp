#include "sessionparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>
#include <thread>

namespace fa {

namespace {
// HH:MM or HH:MM:SS. The usual form is read by hand: QTime::fromString sets up
// a date-time parser per call, a tenth of the load of a large catalog.
QTime timeOfDay(const QString &text)
{
    const auto digit = [&text](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    const auto pair = [&digit](qsizetype i) {
        const int tens = digit(i);
        const int units = digit(i + 1);
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    };
    if ((text.size() == 5 || text.size() == 8) && text.at(2) == u':'
        && (text.size() == 5 || text.at(5) == u':')) {
        const int hours = pair(0);
        const int minutes = pair(3);
        const int seconds = text.size() == 8 ? pair(6) : 0;
        if (hours >= 0 && minutes >= 0 && seconds >= 0)
            return QTime(hours, minutes, seconds); // invalid when out of range, as before
    }
    return QTime::fromString(text, text.size() > 5 ? u"HH:mm:ss" : u"HH:mm");
}
} // namespace

void SessionParser::parse(const json::Array &a)
{
    if (a.size() > maxSessions) {
        error(QStringLiteral("sessions"),
              tr("%1 sessions, more than the limit of %2").arg(a.size()).arg(maxSessions));
        return;
    }
    std::vector<json::Value> items;
    items.reserve(std::size_t(a.size()));
    for (const json::Value value : a)
        items.push_back(value);

    // Sessions are independent of each other: a large catalog parses its two
    // halves at once. The helper reads the finished days, speakers and
    // recordings and keeps its own problems; ids are checked once both are done.
    const std::size_t count = items.size();
    const std::size_t half = count >= parallelSessions ? count / 2 : count;
    std::vector<ParsedSession> first;
    std::vector<ParsedSession> second;
    CatalogProblems helperProblems;
    std::thread helper;
    if (half < count) {
        helper = std::thread([&] {
            SessionParser parser(m_catalog, helperProblems);
            // Its own zone object: QTimeZone is reentrant, not thread-safe.
            parser.m_ownTimeZone = QTimeZone(m_catalog.event.timeZone.id());
            parser.parseRange(items, half, count, second);
        });
    }
    parseRange(items, 0, half, first);
    if (helper.joinable()) {
        helper.join();
        m_problems.append(helperProblems);
    }

    QSet<QString> seen;
    seen.reserve(qsizetype(count));
    m_catalog.sessions.reserve(qsizetype(count));
    for (std::vector<ParsedSession> *part : {&first, &second}) {
        for (ParsedSession &parsed : *part) {
            const QString &id = parsed.session.id;
            if (!id.isEmpty() && seen.contains(id))
                error(at(parsed.where, "id"), tr("duplicate id '%1'").arg(id));
            seen.insert(id);
            m_catalog.sessions.append(std::move(parsed.session));
        }
    }
}

void SessionParser::parseRange(const std::vector<json::Value> &items, std::size_t from,
                               std::size_t to, std::vector<ParsedSession> &out)
{
    out.reserve(to - from);
    const std::span<const json::Value> range(items.data() + from, to - from);
    forEachObject(
        range, QStringLiteral("sessions"),
        [&](const json::Object &o, const QString &where) {
            out.push_back({where, parseSession(o, where)});
        },
        qsizetype(from));
}

Session SessionParser::parseSession(const json::Object &o, const QString &where)
{
    warnUnknownFields(o, where,
                      {"id", "day", "title", "summary", "start", "duration", "kind", "language",
                       "pillars", "speakers", "chapters", "materials", "note"});
    Session session;
    session.id = string(o, where, "id", true);
    // References share the referenced id's string: one copy per catalog, not per session.
    session.dayId = string(o, where, "day", true);
    if (const int day = m_catalog.dayIndex(session.dayId); day >= 0)
        session.dayId = m_catalog.days.at(day).id;
    else if (!session.dayId.isEmpty())
        error(at(where, "day"), tr("unknown day '%1'").arg(session.dayId));
    session.title = text(o, where, "title", true);
    session.summary = text(o, where, "summary");
    session.note = text(o, where, "note");
    session.kind = intern(string(o, where, "kind"));
    session.language = intern(string(o, where, "language"));
    if (!session.language.isEmpty() && !isLanguageTag(session.language))
        error(at(where, "language"),
              tr("'%1' is not a language code such as en, fr or es").arg(session.language));
    session.duration = offset(o, where, "duration");
    parseStart(session, o, where);

    session.pillarIds = stringList(o, where, "pillars");
    for (qsizetype i = 0; i < session.pillarIds.size(); ++i) {
        if (const int pillar = m_catalog.pillarIndex(session.pillarIds[i]); pillar >= 0)
            session.pillarIds[i] = m_catalog.pillars.at(pillar).id;
        else
            error(item(at(where, "pillars"), i),
                  tr("unknown pillar '%1'").arg(session.pillarIds[i]));
    }

    const json::Array speakers = array(o, where, "speakers");
    session.speakers.reserve(speakers.size());
    qsizetype i = 0;
    for (const json::Value value : speakers) {
        const QString w = item(at(where, "speakers"), i++);
        SessionSpeaker speaker;
        if (value.isString()) {
            speaker.speakerId = value.toString();
        } else if (value.isObject()) {
            const json::Object s = value.toObject();
            warnUnknownFields(s, w, {"speaker", "role"});
            speaker.speakerId = string(s, w, "speaker", true);
            speaker.role = text(s, w, "role");
        } else {
            error(w, tr("expected a speaker id or an object, found %1").arg(typeName(value)));
            continue;
        }
        if (const int known = m_catalog.speakerIndex(speaker.speakerId); known >= 0)
            speaker.speakerId = m_catalog.speakers.at(known).id;
        else if (!speaker.speakerId.isEmpty())
            error(w, tr("unknown speaker '%1'").arg(speaker.speakerId));
        session.speakers.append(speaker);
    }

    const json::Array chapters = array(o, where, "chapters");
    session.chapters.reserve(chapters.size());
    forEachObject(chapters, at(where, "chapters"), [&](const json::Object &c, const QString &w) {
        warnUnknownFields(c, w, {"recording", "at", "title", "color"});
        Chapter chapter;
        chapter.recordingId = string(c, w, "recording", true);
        chapter.at = offset(c, w, "at", true).value_or(0);
        chapter.title = text(c, w, "title");
        chapter.color = string(c, w, "color");
        if (!chapter.color.isEmpty() && !isColor(chapter.color))
            error(at(w, "color"), tr("'%1' is not a colour such as #1f7a4d").arg(chapter.color));
        const Recording *recording = m_catalog.recording(chapter.recordingId);
        if (recording)
            chapter.recordingId = recording->id;
        if (!chapter.recordingId.isEmpty() && !recording)
            error(at(w, "recording"), tr("unknown recording '%1'").arg(chapter.recordingId));
        else if (recording && recording->duration && chapter.at > *recording->duration)
            error(at(w, "at"), tr("%1 is beyond the end of recording '%2' (%3)")
                                   .arg(formatTimecode(chapter.at, true), recording->id,
                                        formatTimecode(*recording->duration, true)));
        session.chapters.append(chapter);
    });

    forEachObject(array(o, where, "materials"), at(where, "materials"),
                  [&](const json::Object &m, const QString &w) {
                      session.materials.append(parseMaterial(m, w));
                  });
    return session;
}

QDateTime SessionParser::dayBounds(const Day &day, bool start) const
{
    if (start)
        return day.start.isValid() ? day.start : QDateTime(day.date, QTime(0, 0), timeZone());
    return day.end.isValid() ? day.end : QDateTime(day.date.addDays(1), QTime(0, 0), timeZone());
}

void SessionParser::parseStart(Session &session, const json::Object &o, const QString &where)
{
    const QString start = string(o, where, "start");
    if (start.isEmpty())
        return;
    const Day *day = m_catalog.day(session.dayId);
    if (!timeZone().isValid()) {
        error(at(where, "start"), tr("a start time needs the event's timeZone"));
        return;
    }
    if (start.contains(u'T')) {
        session.start = localDateTime(o, where, "start");
    } else {
        const QTime time = timeOfDay(start);
        if (!time.isValid()) {
            error(at(where, "start"),
                  tr("'%1' is not a time in the form HH:MM or a date-time").arg(start));
            return;
        }
        if (day && day->date.isValid())
            session.start = QDateTime(day->date, time, timeZone());
    }
    if (!day || !session.start.isValid())
        return;

    // Every session of a day checks against the same bounds: convert them once.
    const auto bounds = std::find_if(m_dayBounds.cbegin(), m_dayBounds.cend(),
                                     [day](const DayBounds &b) { return b.day == day; });
    const DayBounds &known = bounds != m_dayBounds.cend()
                                 ? *bounds
                                 : m_dayBounds.emplace_back(
                                     DayBounds{day, dayBounds(*day, true), dayBounds(*day, false)});
    const QDateTime &dayStart = known.start;
    const QDateTime &dayEnd = known.end;
    const QDateTime sessionEnd = session.start.addMSecs(session.duration.value_or(0));
    if (session.start < dayStart || sessionEnd > dayEnd)
        error(at(where, "start"), tr("the session (%1 to %2) lies outside its day '%3' (%4 to %5)")
                                      .arg(session.start.toString(u"yyyy-MM-dd HH:mm"),
                                           sessionEnd.toString(u"yyyy-MM-dd HH:mm"), day->id,
                                           dayStart.toString(u"yyyy-MM-dd HH:mm"),
                                           dayEnd.toString(u"yyyy-MM-dd HH:mm")));
}

Material SessionParser::parseMaterial(const json::Object &o, const QString &where)
{
    warnUnknownFields(o, where, {"title", "url", "path", "language", "size", "sha256", "kind"});
    Material material;
    material.title = text(o, where, "title", true);
    material.language = intern(string(o, where, "language"));
    material.kind = intern(string(o, where, "kind"));
    const QString path = string(o, where, "path");
    const QString url = string(o, where, "url");
    if (path.isEmpty() == url.isEmpty())
        error(where, tr("a material needs exactly one of \"path\" or \"url\""));
    else if (!path.isEmpty())
        material.path = checkedPath(path, at(where, "path"));
    else
        material.url = checkedUrl(url, at(where, "url"));

    const json::Value size = field(o, where, "size", false);
    if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() < 1e15)
        material.size = static_cast<qint64>(size.toDouble());
    else if (!size.isUndefined())
        error(at(where, "size"), tr("expected a number of bytes"));

    const QString sha = string(o, where, "sha256").toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha.isEmpty() && !hex.match(sha).hasMatch())
        error(at(where, "sha256"), tr("expected 64 hexadecimal digits"));
    else
        material.sha256 = sha.toLatin1();
    return material;
}

} // namespace fa
