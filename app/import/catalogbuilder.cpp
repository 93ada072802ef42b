#include "catalogbuilder.h"

#include "textfold.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace fa {

CatalogBuilder::CatalogBuilder(ImportReport &report)
    : m_report(report)
{}

void CatalogBuilder::setConferenceDates(const QDate &start, const QDate &end)
{
    m_conferenceStart = start;
    m_conferenceEnd = end;
}

void CatalogBuilder::setTimeZone(const QTimeZone &zone, const QString &reason)
{
    m_catalog.event.timeZone = zone;
    if (!reason.isEmpty())
        m_report.warn(0, reason);
}

QString CatalogBuilder::slug(const QString &text)
{
    const QString folded = foldForSearch(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60);
}

QString CatalogBuilder::languageCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    QString code = text.trimmed();
    code.replace(u'_', u'-');
    const qsizetype dash = code.indexOf(u'-');
    code = dash < 0 ? code.toLower() : code.left(dash).toLower() + code.mid(dash);
    return pattern.match(code).hasMatch() ? code : QString();
}

QString CatalogBuilder::uniqueId(const QString &wanted, QSet<QString> &taken)
{
    QString id = wanted;
    for (int n = 2; taken.contains(id); ++n)
        id = wanted + u'-' + QString::number(n);
    taken.insert(id);
    return id;
}

int CatalogBuilder::addDay(const QDate &date, const QDateTime &start, const QDateTime &end)
{
    Day day;
    const int index = static_cast<int>(m_catalog.days.size());
    day.id = u"day-" + QString::number(index + 1);
    day.date = date;
    // No title: the app names an untitled day by its date, in the reader's
    // language, where a "Day 1" written here would stay in the importer's.
    day.start = start;
    day.end = end;
    m_catalog.days.append(day);
    return index;
}

QString CatalogBuilder::pillarForTrack(const QString &track)
{
    const QString name = track.simplified();
    if (name.isEmpty())
        return {};
    const auto it = m_pillarByTrack.constFind(name);
    if (it != m_pillarByTrack.cend())
        return it.value();
    const QString base = slug(name);
    Pillar pillar;
    pillar.id = uniqueId(base.isEmpty() ? QStringLiteral("track") : base, m_pillarIds);
    pillar.title = text(name);
    m_catalog.pillars.append(pillar);
    m_pillarByTrack.insert(name, pillar.id);
    return pillar.id;
}

QString CatalogBuilder::speakerFor(const QString &sourceId, const QString &rawName, int line)
{
    const QString name = rawName.simplified();
    const QString key = sourceId.trimmed();
    if (!key.isEmpty()) {
        if (const auto it = m_speakerBySourceId.constFind(key); it != m_speakerBySourceId.cend())
            return it.value();
    }
    if (name.isEmpty()) {
        m_report.warn(line, tr("a person without a name is left out"));
        return {};
    }
    if (const auto it = m_speakerByName.constFind(name); it != m_speakerByName.cend()) {
        // A person given by name only is the same as one with that name.
        if (key.isEmpty() || m_nameOnlySpeakers.contains(it.value())) {
            if (!key.isEmpty()) {
                m_speakerBySourceId.insert(key, it.value());
                m_nameOnlySpeakers.remove(it.value());
            }
            return it.value();
        }
    }
    Speaker speaker;
    const QString base = key.isEmpty() ? slug(name) : slug(key);
    speaker.id = uniqueId(u"person-" + (base.isEmpty() ? QStringLiteral("x") : base), m_speakerIds);
    speaker.name = name;
    m_catalog.speakers.append(speaker);
    if (key.isEmpty())
        m_nameOnlySpeakers.insert(speaker.id);
    else
        m_speakerBySourceId.insert(key, speaker.id);
    if (!m_speakerByName.contains(name))
        m_speakerByName.insert(name, speaker.id);
    return speaker.id;
}

void CatalogBuilder::addRoom(const QString &name)
{
    const QString room = name.simplified();
    if (!room.isEmpty())
        m_rooms.insert(room);
}

QString CatalogBuilder::addSession(Session session, const QString &spokenLanguage, int line,
                                   const QList<Source> &recordingSources)
{
    const QString wanted = session.id.trimmed().isEmpty()
                               ? u"session-" + QString::number(m_catalog.sessions.size() + 1)
                               : session.id.trimmed();
    session.id = uniqueId(wanted, m_sessionIds);
    if (session.id != wanted)
        m_report.warn(line,
                      tr("duplicate id '%1': this event is kept as '%2'").arg(wanted, session.id));
    if (session.title.isEmpty()) {
        session.title = text(tr("Untitled session %1").arg(session.id));
        m_report.warn(line, tr("event '%1' has no title").arg(session.id));
    }
    const QString language = languageCode(spokenLanguage);
    if (!language.isEmpty())
        ++m_languageUse[language];
    if (!recordingSources.isEmpty())
        m_recordings.append(
            {static_cast<int>(m_catalog.sessions.size()), language, recordingSources});
    m_catalog.sessions.append(std::move(session));
    return m_catalog.sessions.constLast().id;
}

namespace {
// The text under no language moves to `language`, replacing a text there. In
// the block's own UTF-8: values() and set() would take every text of the
// catalog to UTF-16 and back.
void rekey(LocalizedText &t, const QString &language)
{
    LocalizedText::Builder builder;
    std::optional<QByteArrayView> unkeyed;
    for (const LocalizedText::Entry entry : t) {
        if (entry.language.isEmpty())
            unkeyed = entry.utf8;
        else
            builder.add(entry.language, entry.utf8);
    }
    if (!unkeyed)
        return;
    const QByteArray code = language.toLatin1();
    builder.add(code, *unkeyed);
    t = builder.build(); // the views point into t: built before it is replaced
}
} // namespace

Catalog CatalogBuilder::finish()
{
    Catalog &c = m_catalog;
    Event &e = c.event;

    // The most used spoken language is the event's; texts are taken to be in it.
    int best = 0;
    for (auto it = m_languageUse.cbegin(); it != m_languageUse.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < e.language)) {
            best = it.value();
            e.language = it.key();
        }
    }
    e.languages = m_languageUse.keys();
    std::sort(e.languages.begin(), e.languages.end());
    const QString lang = e.language;
    rekey(e.title, lang);
    rekey(e.subtitle, lang);
    rekey(e.organizer, lang);
    rekey(e.summary, lang);
    for (Link &l : e.links)
        rekey(l.title, lang);
    for (Pillar &p : c.pillars) {
        rekey(p.title, lang);
        rekey(p.description, lang);
    }
    for (Day &d : c.days) {
        rekey(d.title, lang);
        rekey(d.summary, lang);
    }
    for (Session &s : c.sessions) {
        rekey(s.title, lang);
        rekey(s.summary, lang);
        rekey(s.note, lang);
        for (Material &m : s.materials)
            rekey(m.title, lang);
        for (SessionSpeaker &sp : s.speakers)
            rekey(sp.role, lang);
    }

    for (const PendingRecording &pending : m_recordings) {
        Session &session = c.sessions[pending.session];
        Recording recording;
        recording.id = session.id + u"-recording";
        recording.kind = Recording::Kind::Session;
        recording.language = pending.language.isEmpty() ? lang : pending.language;
        recording.sources = pending.sources;
        c.recordings.append(recording);
        session.chapters.append({recording.id, 0, {}, {}});
    }

    if (e.title.isEmpty()) {
        e.title = LocalizedText(lang, tr("Imported schedule"));
        m_report.warn(0, tr("the schedule has no title"));
    }
    if (e.id.isEmpty())
        e.id = slug(e.title.text(lang, lang));
    if (e.id.isEmpty())
        e.id = QStringLiteral("imported-schedule");

    bool hasStart = false;
    for (const Session &s : c.sessions)
        hasStart = hasStart || s.start.isValid();
    if (hasStart && !e.timeZone.isValid()) {
        e.timeZone = QTimeZone::utc();
        m_report.warn(0, tr("the schedule names no time zone; times are taken as UTC"));
    }

    c.buildIndex();
    // Day bounds must hold every session, including those after midnight.
    QHash<QString, std::pair<QDateTime, QDateTime>> spans;
    for (const Session &s : c.sessions) {
        if (!s.start.isValid())
            continue;
        const QDateTime end = s.start.addMSecs(s.duration.value_or(0));
        auto it = spans.find(s.dayId);
        if (it == spans.end())
            spans.insert(s.dayId, {s.start, end});
        else
            *it = {std::min(it->first, s.start), std::max(it->second, end)};
    }
    for (Day &d : c.days) {
        if (!e.timeZone.isValid()) {
            d.start = d.end = QDateTime();
            continue;
        }
        const auto span = spans.constFind(d.id);
        if (!d.start.isValid() && !d.end.isValid() && span == spans.cend())
            continue;
        QDateTime start = d.start.isValid() ? d.start.toTimeZone(e.timeZone)
                                            : QDateTime(d.date, QTime(0, 0), e.timeZone);
        QDateTime end = d.end.isValid() ? d.end.toTimeZone(e.timeZone)
                                        : QDateTime(d.date.addDays(1), QTime(0, 0), e.timeZone);
        bool widened = false;
        if (span != spans.cend()) {
            widened = span->first < start || span->second > end;
            start = std::min(start, span->first.toTimeZone(e.timeZone));
            end = std::max(end, span->second.toTimeZone(e.timeZone));
        }
        // The whole calendar day is the default: only say more when it is not.
        if (!d.start.isValid() && !d.end.isValid() && !widened)
            continue;
        if (end <= start)
            end = start.addSecs(60);
        d.start = start;
        d.end = end;
    }

    QDate first = m_conferenceStart;
    QDate last = m_conferenceEnd;
    for (const Day &d : c.days) {
        if (!first.isValid() || d.date < first)
            first = d.date;
        if (!last.isValid() || d.date > last)
            last = d.date;
    }
    if (first.isValid() && last.isValid() && last < first)
        std::swap(first, last);
    e.startDate = first;
    e.endDate = last;

    m_report.days = static_cast<int>(c.days.size());
    m_report.sessions = static_cast<int>(c.sessions.size());
    m_report.speakers = static_cast<int>(c.speakers.size());
    m_report.pillars = static_cast<int>(c.pillars.size());
    m_report.rooms = static_cast<int>(m_rooms.size());
    m_report.recordings = static_cast<int>(c.recordings.size());
    c.buildIndex();
    return std::move(m_catalog);
}

} // namespace fa
