#include "catalogwriter.h"

#include "jsontextwriter.h"

#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
constexpr int formatVersion = 1;

QString sourceKindName(Source::Kind kind)
{
    return kind == Source::Kind::Media     ? u"media"_s
           : kind == Source::Kind::YouTube ? u"youtube"_s
                                           : u"page"_s;
}

// Writes straight to JSON text. The members of every object are written in
// QJsonObject's order (keys sorted), so the text is what QJsonDocument made of
// the same catalog before: files written earlier compare equal.
class Writer
{
public:
    explicit Writer(const Catalog &catalog)
        : m_catalog(catalog)
        , m_language(catalog.event.language)
    {}

    QByteArray write();

private:
    // A plain string when the only language is the event's, else an object.
    void text(const char *key, const LocalizedText &t)
    {
        if (t.isEmpty())
            return;
        m_json.key(QLatin1StringView(key));
        auto it = t.begin();
        const LocalizedText::Entry first = *it;
        if (!(++it != t.end()) && QLatin1StringView(first.language) == m_language) {
            m_json.utf8String(first.utf8);
            return;
        }
        m_json.beginObject();
        for (const LocalizedText::Entry entry : t) {
            m_json.key(QLatin1StringView(entry.language));
            m_json.utf8String(entry.utf8);
        }
        m_json.endObject();
    }

    void string(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            m_json.key(QLatin1StringView(key)).string(value);
    }

    void url(const char *key, const QUrl &value)
    {
        m_json.key(QLatin1StringView(key)).string(value.toString(QUrl::FullyEncoded));
    }

    void offset(const char *key, const std::optional<Milliseconds> &ms)
    {
        if (ms)
            m_json.key(QLatin1StringView(key)).string(formatTimecode(*ms, true));
    }

    void strings(const char *key, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        m_json.key(QLatin1StringView(key));
        m_json.beginArray();
        for (const QString &value : values)
            m_json.string(value);
        m_json.endArray();
    }

    static QString localDateTime(const QDateTime &dt, const QTimeZone &zone)
    {
        const QDateTime local = zone.isValid() ? dt.toTimeZone(zone) : dt;
        return local.toString(local.time().second() != 0 ? u"yyyy-MM-ddTHH:mm:ss"
                                                         : u"yyyy-MM-ddTHH:mm");
    }

    void event();
    void link(const Link &l);
    void pillar(const Pillar &p);
    void day(const Day &d);
    void speaker(const Speaker &s);
    void recording(const Recording &r);
    void source(const Source &s);
    void subtitleFile(const SubtitleFile &f);
    void session(const Session &s);
    void material(const Material &m);

    const Catalog &m_catalog;
    const QString m_language;
    JsonTextWriter m_json;
};

void Writer::event()
{
    const Event &e = m_catalog.event;
    m_json.beginObject();
    m_json.key("endDate"_L1).string(e.endDate.toString(Qt::ISODate));
    m_json.key("id"_L1).string(e.id);
    m_json.key("language"_L1).string(e.language);
    strings("languages", e.languages);
    if (!e.links.isEmpty()) {
        m_json.key("links"_L1);
        m_json.beginArray();
        for (const Link &l : e.links)
            link(l);
        m_json.endArray();
    }
    text("organizer", e.organizer);
    m_json.key("startDate"_L1).string(e.startDate.toString(Qt::ISODate));
    text("subtitle", e.subtitle);
    text("summary", e.summary);
    if (e.timeZone.isValid())
        m_json.key("timeZone"_L1).string(QString::fromUtf8(e.timeZone.id()));
    text("title", e.title);
    if (e.isVirtual)
        m_json.key("virtual"_L1).boolean(true);
    m_json.endObject();
}

void Writer::link(const Link &l)
{
    m_json.beginObject();
    string("kind", l.kind);
    string("language", l.language);
    text("title", l.title);
    url("url", l.url);
    m_json.endObject();
}

void Writer::pillar(const Pillar &p)
{
    m_json.beginObject();
    string("color", p.color);
    text("description", p.description);
    string("icon", p.icon);
    m_json.key("id"_L1).string(p.id);
    text("title", p.title);
    m_json.endObject();
}

void Writer::day(const Day &d)
{
    m_json.beginObject();
    m_json.key("date"_L1).string(d.date.toString(Qt::ISODate));
    if (d.end.isValid())
        m_json.key("end"_L1).string(localDateTime(d.end, m_catalog.event.timeZone));
    m_json.key("id"_L1).string(d.id);
    if (d.start.isValid())
        m_json.key("start"_L1).string(localDateTime(d.start, m_catalog.event.timeZone));
    text("summary", d.summary);
    text("title", d.title);
    m_json.endObject();
}

void Writer::speaker(const Speaker &s)
{
    m_json.beginObject();
    text("bio", s.bio);
    m_json.key("id"_L1).string(s.id);
    m_json.key("name"_L1).string(s.name);
    text("organization", s.organization);
    string("photo", s.photo);
    text("role", s.role);
    m_json.endObject();
}

void Writer::source(const Source &s)
{
    const Source::Kind inferred = s.hasPath() ? Source::Kind::Media : inferSourceKind(s.url);
    m_json.beginObject();
    if (s.audioOnly)
        m_json.key("audioOnly"_L1).boolean(true);
    if (s.height > 0)
        m_json.key("height"_L1).integer(s.height);
    if (s.kind != inferred)
        m_json.key("kind"_L1).string(sourceKindName(s.kind));
    string("mimeType", s.mimeType);
    if (s.hasPath())
        m_json.key("path"_L1).string(s.path);
    else
        url("url", s.url);
    m_json.endObject();
}

void Writer::subtitleFile(const SubtitleFile &f)
{
    m_json.beginObject();
    if (f.kind == SubtitleFile::Kind::Captions)
        m_json.key("kind"_L1).string(u"captions");
    m_json.key("language"_L1).string(f.language);
    if (f.machine)
        m_json.key("machine"_L1).boolean(true);
    if (f.hasPath())
        m_json.key("path"_L1).string(f.path);
    else
        url("url", f.url);
    m_json.endObject();
}

void Writer::recording(const Recording &r)
{
    m_json.beginObject();
    if (r.audioTrack >= 0)
        m_json.key("audioTrack"_L1).integer(r.audioTrack);
    if (!r.chapters.isEmpty()) {
        m_json.key("chapters"_L1);
        m_json.beginArray();
        for (const RecordingChapter &c : r.chapters) {
            m_json.beginObject();
            m_json.key("at"_L1).string(formatTimecode(c.at, true));
            string("session", c.sessionId);
            text("title", c.title);
            m_json.endObject();
        }
        m_json.endArray();
    }
    string("day", r.dayId);
    offset("duration", r.duration);
    m_json.key("id"_L1).string(r.id);
    m_json.key("kind"_L1).string(r.kind == Recording::Kind::Day ? u"day" : u"session");
    m_json.key("language"_L1).string(r.language);
    if (!r.sources.isEmpty()) {
        m_json.key("sources"_L1);
        m_json.beginArray();
        for (const Source &s : r.sources)
            source(s);
        m_json.endArray();
    }
    if (!r.subtitles.isEmpty()) {
        m_json.key("subtitles"_L1);
        m_json.beginArray();
        for (const SubtitleFile &f : r.subtitles)
            subtitleFile(f);
        m_json.endArray();
    }
    text("title", r.title);
    m_json.endObject();
}

void Writer::material(const Material &m)
{
    m_json.beginObject();
    string("kind", m.kind);
    string("language", m.language);
    if (!m.path.isEmpty())
        m_json.key("path"_L1).string(m.path);
    string("sha256", QString::fromLatin1(m.sha256));
    if (m.size)
        m_json.key("size"_L1).number(static_cast<double>(*m.size));
    text("title", m.title);
    if (m.path.isEmpty())
        url("url", m.url);
    m_json.endObject();
}

void Writer::session(const Session &s)
{
    m_json.beginObject();
    if (!s.chapters.isEmpty()) {
        m_json.key("chapters"_L1);
        m_json.beginArray();
        for (const Chapter &c : s.chapters) {
            m_json.beginObject();
            m_json.key("at"_L1).string(formatTimecode(c.at, true));
            string("color", c.color);
            m_json.key("recording"_L1).string(c.recordingId);
            text("title", c.title);
            m_json.endObject();
        }
        m_json.endArray();
    }
    m_json.key("day"_L1).string(s.dayId);
    offset("duration", s.duration);
    m_json.key("id"_L1).string(s.id);
    string("kind", s.kind);
    string("language", s.language);
    if (!s.materials.isEmpty()) {
        m_json.key("materials"_L1);
        m_json.beginArray();
        for (const Material &m : s.materials)
            material(m);
        m_json.endArray();
    }
    text("note", s.note);
    strings("pillars", s.pillarIds);
    if (!s.speakers.isEmpty()) {
        m_json.key("speakers"_L1);
        m_json.beginArray();
        for (const SessionSpeaker &sp : s.speakers) {
            if (sp.role.isEmpty()) {
                m_json.string(sp.speakerId);
                continue;
            }
            m_json.beginObject();
            text("role", sp.role);
            m_json.key("speaker"_L1).string(sp.speakerId);
            m_json.endObject();
        }
        m_json.endArray();
    }
    if (s.start.isValid()) {
        const QTimeZone &zone = m_catalog.event.timeZone;
        const QDateTime local = zone.isValid() ? s.start.toTimeZone(zone) : s.start;
        const Day *d = m_catalog.day(s.dayId);
        // A start on another date than its day (after midnight) needs the full date-time.
        if (d && d->date == local.date())
            m_json.key("start"_L1)
                .string(local.toString(local.time().second() != 0 ? u"HH:mm:ss" : u"HH:mm"));
        else
            m_json.key("start"_L1).string(localDateTime(local, zone));
    }
    text("summary", s.summary);
    text("title", s.title);
    m_json.endObject();
}

QByteArray Writer::write()
{
    m_json.beginObject();
    m_json.key("days"_L1);
    m_json.beginArray();
    for (const Day &d : m_catalog.days)
        day(d);
    m_json.endArray();
    m_json.key("event"_L1);
    event();
    m_json.key("format"_L1).string(u"forum-archive-catalog");
    if (!m_catalog.pillars.isEmpty()) {
        m_json.key("pillars"_L1);
        m_json.beginArray();
        for (const Pillar &p : m_catalog.pillars)
            pillar(p);
        m_json.endArray();
    }
    if (!m_catalog.recordings.isEmpty()) {
        m_json.key("recordings"_L1);
        m_json.beginArray();
        for (const Recording &r : m_catalog.recordings)
            recording(r);
        m_json.endArray();
    }
    if (!m_catalog.sessions.isEmpty()) {
        m_json.key("sessions"_L1);
        m_json.beginArray();
        for (const Session &s : m_catalog.sessions)
            session(s);
        m_json.endArray();
    }
    if (!m_catalog.speakers.isEmpty()) {
        m_json.key("speakers"_L1);
        m_json.beginArray();
        for (const Speaker &s : m_catalog.speakers)
            speaker(s);
        m_json.endArray();
    }
    m_json.key("version"_L1).integer(formatVersion);
    m_json.endObject();
    return m_json.take();
}
} // namespace

QJsonObject CatalogWriter::toJson(const Catalog &catalog)
{
    return QJsonDocument::fromJson(toData(catalog)).object();
}

QByteArray CatalogWriter::toData(const Catalog &catalog)
{
    return Writer(catalog).write();
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
