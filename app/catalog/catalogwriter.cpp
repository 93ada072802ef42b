#include "catalogwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
constexpr int formatVersion = 1;

class Writer
{
public:
    explicit Writer(const Catalog &catalog)
        : m_catalog(catalog)
        , m_language(catalog.event.language)
    {}

    QJsonObject write() const;

private:
    // A plain string when the only language is the event's, else an object.
    void text(QJsonObject &o, const char *key, const LocalizedText &t) const
    {
        if (t.isEmpty())
            return;
        const auto &values = t.values();
        if (values.size() == 1 && values.firstKey() == m_language) {
            o.insert(QLatin1String(key), values.first());
            return;
        }
        QJsonObject translations;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            translations.insert(it.key(), it.value());
        o.insert(QLatin1String(key), translations);
    }

    static void string(QJsonObject &o, const char *key, const QString &value)
    {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }

    static void offset(QJsonObject &o, const char *key, const std::optional<Milliseconds> &ms)
    {
        if (ms)
            o.insert(QLatin1String(key), formatTimecode(*ms, true));
    }

    static QString localDateTime(const QDateTime &dt, const QTimeZone &zone)
    {
        const QDateTime local = zone.isValid() ? dt.toTimeZone(zone) : dt;
        return local.toString(local.time().second() != 0 ? u"yyyy-MM-ddTHH:mm:ss"
                                                         : u"yyyy-MM-ddTHH:mm");
    }

    QJsonObject event() const;
    QJsonObject day(const Day &d) const;
    QJsonObject speaker(const Speaker &s) const;
    QJsonObject recording(const Recording &r) const;
    QJsonObject session(const Session &s) const;
    QJsonObject material(const Material &m) const;

    const Catalog &m_catalog;
    const QString m_language;
};

QJsonObject Writer::event() const
{
    const Event &e = m_catalog.event;
    QJsonObject o;
    o.insert(u"id"_s, e.id);
    text(o, "title", e.title);
    text(o, "subtitle", e.subtitle);
    text(o, "organizer", e.organizer);
    text(o, "summary", e.summary);
    if (e.timeZone.isValid())
        o.insert(u"timeZone"_s, QString::fromUtf8(e.timeZone.id()));
    o.insert(u"startDate"_s, e.startDate.toString(Qt::ISODate));
    o.insert(u"endDate"_s, e.endDate.toString(Qt::ISODate));
    o.insert(u"language"_s, e.language);
    if (!e.languages.isEmpty())
        o.insert(u"languages"_s, QJsonArray::fromStringList(e.languages));
    if (e.isVirtual)
        o.insert(u"virtual"_s, true);
    QJsonArray links;
    for (const Link &l : e.links) {
        QJsonObject link;
        string(link, "kind", l.kind);
        text(link, "title", l.title);
        link.insert(u"url"_s, l.url.toString(QUrl::FullyEncoded));
        string(link, "language", l.language);
        links.append(link);
    }
    if (!links.isEmpty())
        o.insert(u"links"_s, links);
    return o;
}

QJsonObject Writer::day(const Day &d) const
{
    QJsonObject o;
    o.insert(u"id"_s, d.id);
    o.insert(u"date"_s, d.date.toString(Qt::ISODate));
    text(o, "title", d.title);
    text(o, "summary", d.summary);
    if (d.start.isValid())
        o.insert(u"start"_s, localDateTime(d.start, m_catalog.event.timeZone));
    if (d.end.isValid())
        o.insert(u"end"_s, localDateTime(d.end, m_catalog.event.timeZone));
    return o;
}

QJsonObject Writer::speaker(const Speaker &s) const
{
    QJsonObject o;
    o.insert(u"id"_s, s.id);
    o.insert(u"name"_s, s.name);
    text(o, "role", s.role);
    text(o, "organization", s.organization);
    text(o, "bio", s.bio);
    string(o, "photo", s.photo);
    return o;
}

QJsonObject Writer::recording(const Recording &r) const
{
    QJsonObject o;
    o.insert(u"id"_s, r.id);
    o.insert(u"kind"_s, r.kind == Recording::Kind::Day ? u"day"_s : u"session"_s);
    string(o, "day", r.dayId);
    o.insert(u"language"_s, r.language);
    text(o, "title", r.title);
    offset(o, "duration", r.duration);
    QJsonArray sources;
    for (const Source &s : r.sources) {
        QJsonObject source;
        Source::Kind inferred = Source::Kind::Media;
        if (s.hasPath()) {
            source.insert(u"path"_s, s.path);
        } else {
            source.insert(u"url"_s, s.url.toString(QUrl::FullyEncoded));
            inferred = inferSourceKind(s.url);
        }
        if (s.kind != inferred)
            source.insert(u"kind"_s, s.kind == Source::Kind::Media     ? u"media"_s
                                     : s.kind == Source::Kind::YouTube ? u"youtube"_s
                                                                       : u"page"_s);
        string(source, "mimeType", s.mimeType);
        if (s.height > 0)
            source.insert(u"height"_s, s.height);
        if (s.audioOnly)
            source.insert(u"audioOnly"_s, true);
        sources.append(source);
    }
    if (!sources.isEmpty())
        o.insert(u"sources"_s, sources);
    if (r.audioTrack >= 0)
        o.insert(u"audioTrack"_s, r.audioTrack);
    QJsonArray chapters;
    for (const RecordingChapter &c : r.chapters) {
        QJsonObject chapter;
        chapter.insert(u"at"_s, formatTimecode(c.at, true));
        text(chapter, "title", c.title);
        string(chapter, "session", c.sessionId);
        chapters.append(chapter);
    }
    if (!chapters.isEmpty())
        o.insert(u"chapters"_s, chapters);
    QJsonArray subtitles;
    for (const SubtitleFile &f : r.subtitles) {
        QJsonObject file;
        file.insert(u"language"_s, f.language);
        if (f.hasPath())
            file.insert(u"path"_s, f.path);
        else
            file.insert(u"url"_s, f.url.toString(QUrl::FullyEncoded));
        if (f.kind == SubtitleFile::Kind::Captions)
            file.insert(u"kind"_s, u"captions"_s);
        if (f.machine)
            file.insert(u"machine"_s, true);
        subtitles.append(file);
    }
    if (!subtitles.isEmpty())
        o.insert(u"subtitles"_s, subtitles);
    return o;
}

QJsonObject Writer::material(const Material &m) const
{
    QJsonObject o;
    text(o, "title", m.title);
    if (!m.path.isEmpty())
        o.insert(u"path"_s, m.path);
    else
        o.insert(u"url"_s, m.url.toString(QUrl::FullyEncoded));
    string(o, "language", m.language);
    if (m.size)
        o.insert(u"size"_s, static_cast<double>(*m.size));
    string(o, "sha256", QString::fromLatin1(m.sha256));
    string(o, "kind", m.kind);
    return o;
}

QJsonObject Writer::session(const Session &s) const
{
    QJsonObject o;
    o.insert(u"id"_s, s.id);
    o.insert(u"day"_s, s.dayId);
    text(o, "title", s.title);
    text(o, "summary", s.summary);
    text(o, "note", s.note);
    if (s.start.isValid()) {
        const QTimeZone &zone = m_catalog.event.timeZone;
        const QDateTime local = zone.isValid() ? s.start.toTimeZone(zone) : s.start;
        const Day *d = m_catalog.day(s.dayId);
        // A start on another date than its day (after midnight) needs the full date-time.
        if (d && d->date == local.date())
            o.insert(u"start"_s,
                     local.toString(local.time().second() != 0 ? u"HH:mm:ss" : u"HH:mm"));
        else
            o.insert(u"start"_s, localDateTime(local, zone));
    }
    offset(o, "duration", s.duration);
    string(o, "kind", s.kind);
    string(o, "language", s.language);
    if (!s.pillarIds.isEmpty())
        o.insert(u"pillars"_s, QJsonArray::fromStringList(s.pillarIds));
    QJsonArray speakers;
    for (const SessionSpeaker &sp : s.speakers) {
        if (sp.role.isEmpty()) {
            speakers.append(sp.speakerId);
            continue;
        }
        QJsonObject entry;
        entry.insert(u"speaker"_s, sp.speakerId);
        text(entry, "role", sp.role);
        speakers.append(entry);
    }
    if (!speakers.isEmpty())
        o.insert(u"speakers"_s, speakers);
    QJsonArray chapters;
    for (const Chapter &c : s.chapters) {
        QJsonObject chapter;
        chapter.insert(u"recording"_s, c.recordingId);
        chapter.insert(u"at"_s, formatTimecode(c.at, true));
        text(chapter, "title", c.title);
        string(chapter, "color", c.color);
        chapters.append(chapter);
    }
    if (!chapters.isEmpty())
        o.insert(u"chapters"_s, chapters);
    QJsonArray materials;
    for (const Material &m : s.materials)
        materials.append(material(m));
    if (!materials.isEmpty())
        o.insert(u"materials"_s, materials);
    return o;
}

QJsonObject Writer::write() const
{
    QJsonObject root;
    root.insert(u"format"_s, u"forum-archive-catalog"_s);
    root.insert(u"version"_s, formatVersion);
    root.insert(u"event"_s, event());

    QJsonArray pillars;
    for (const Pillar &p : m_catalog.pillars) {
        QJsonObject o;
        o.insert(u"id"_s, p.id);
        text(o, "title", p.title);
        text(o, "description", p.description);
        string(o, "icon", p.icon);
        string(o, "color", p.color);
        pillars.append(o);
    }
    if (!pillars.isEmpty())
        root.insert(u"pillars"_s, pillars);

    QJsonArray days;
    for (const Day &d : m_catalog.days)
        days.append(day(d));
    root.insert(u"days"_s, days);

    QJsonArray speakers;
    for (const Speaker &s : m_catalog.speakers)
        speakers.append(speaker(s));
    if (!speakers.isEmpty())
        root.insert(u"speakers"_s, speakers);

    QJsonArray recordings;
    for (const Recording &r : m_catalog.recordings)
        recordings.append(recording(r));
    if (!recordings.isEmpty())
        root.insert(u"recordings"_s, recordings);

    QJsonArray sessions;
    for (const Session &s : m_catalog.sessions)
        sessions.append(session(s));
    if (!sessions.isEmpty())
        root.insert(u"sessions"_s, sessions);
    return root;
}
} // namespace

QJsonObject CatalogWriter::toJson(const Catalog &catalog)
{
    return Writer(catalog).write();
}

QByteArray CatalogWriter::toData(const Catalog &catalog)
{
    return QJsonDocument(toJson(catalog)).toJson(QJsonDocument::Indented);
}

bool CatalogWriter::writeFile(const Catalog &catalog, const QString &path, QString *error)
{
    return writeData(toData(catalog), path, error);
}

bool CatalogWriter::writeData(const QByteArray &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fa
