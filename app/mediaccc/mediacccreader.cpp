#include "mediacccreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

// Reads fields of one JSON object, collecting "path: problem" warnings.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, QStringList &warnings)
        : m_object(object)
        , m_path(std::move(path))
        , m_warnings(warnings)
    {}

    QString string(const char *name) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if (!v.isNull() && !v.isUndefined())
            wrongType(name, MediaCccReader::tr("a string"));
        return {};
    }
    QUrl url(const char *name) const
    {
        const QString text = string(name).trimmed();
        if (text.isEmpty())
            return {};
        const QUrl u(text, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || (scheme != u"http" && scheme != u"https") || u.host().isEmpty()) {
            warn(name, MediaCccReader::tr("'%1' is not an http or https address").arg(text));
            return {};
        }
        return u;
    }
    QDateTime dateTime(const char *name) const
    {
        const QString text = string(name).trimmed();
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            warn(name, MediaCccReader::tr("'%1' is not a date and time").arg(text));
        return t;
    }
    QDate date(const char *name) const
    {
        const QString text = string(name).trimmed();
        return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
    }
    // A whole number from 0 to max; 0 when absent.
    int count(const char *name, int max) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isNull() || v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max || std::isnan(d)) {
            wrongType(name, MediaCccReader::tr("a number from 0 to %1").arg(max));
            return 0;
        }
        return int(d);
    }
    bool flag(const char *name) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!v.isBool() && !v.isNull() && !v.isUndefined())
            wrongType(name, MediaCccReader::tr("true or false"));
        return v.toBool();
    }
    QStringList strings(const char *name) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        QStringList list;
        if (v.isNull() || v.isUndefined())
            return list;
        if (!v.isArray()) {
            wrongType(name, MediaCccReader::tr("a list of strings"));
            return list;
        }
        for (const QJsonValue item : v.toArray()) {
            const QString text = item.toString().simplified();
            if (!text.isEmpty())
                list.append(text);
        }
        return list;
    }
    void warn(const char *name, const QString &problem) const
    {
        if (m_warnings.size() < MediaCccReader::maxWarnings)
            m_warnings.append(m_path + u'.' + QLatin1String(name) + u": "_s + problem);
    }

private:
    void wrongType(const char *name, const QString &expected) const
    {
        warn(name, MediaCccReader::tr("expected %1").arg(expected));
    }

    const QJsonObject &m_object;
    QString m_path;
    QStringList &m_warnings;
};

// The document's root object, or an error naming the subject.
std::optional<QJsonObject> rootObject(const QByteArray &data, qint64 maxSize,
                                      const QString &subject, QString &error)
{
    if (data.size() > maxSize) {
        error = MediaCccReader::tr("The answer for %1 is larger than the limit of %2 MiB.")
                    .arg(subject)
                    .arg(maxSize / (1024 * 1024));
        return std::nullopt;
    }
    if (data.trimmed().isEmpty()) {
        error = MediaCccReader::tr("The answer for %1 is empty.").arg(subject);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = MediaCccReader::tr("The answer for %1 is not valid JSON (%2 at byte %3): it is "
                                   "cut short or not JSON at all.")
                    .arg(subject, parseError.errorString(), QLocale().toString(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = MediaCccReader::tr("The answer for %1 is not a JSON object.").arg(subject);
        return std::nullopt;
    }
    return document.object();
}

MediaCccConference readConferenceObject(const QJsonObject &o, const QString &path,
                                        QStringList &warnings)
{
    const Fields f(o, path, warnings);
    MediaCccConference c;
    c.acronym = f.string("acronym").trimmed();
    c.title = f.string("title").simplified();
    c.description = f.string("description");
    c.slug = f.string("slug").trimmed();
    c.scheduleUrl = f.url("schedule_url");
    c.link = f.url("link");
    c.logoUrl = f.url("logo_url");
    c.lastReleasedAt = f.dateTime("event_last_released_at");
    c.updatedAt = f.dateTime("updated_at");
    return c;
}

MediaCccEvent readEventObject(const QJsonObject &o, const QString &path, QStringList &warnings)
{
    const Fields f(o, path, warnings);
    MediaCccEvent e;
    e.guid = f.string("guid").trimmed();
    e.slug = f.string("slug").trimmed();
    e.title = f.string("title").simplified();
    e.subtitle = f.string("subtitle").simplified();
    e.description = f.string("description");
    e.originalLanguage = f.string("original_language").trimmed();
    e.persons = f.strings("persons");
    e.tags = f.strings("tags");
    e.date = f.dateTime("date");
    e.releaseDate = f.date("release_date");
    constexpr int maxDuration = 100 * 24 * 3600;
    e.duration = f.count("duration", maxDuration);
    if (e.duration == 0)
        e.duration = f.count("length", maxDuration);
    e.link = f.url("link");
    e.frontendLink = f.url("frontend_link");
    e.conferenceUrl = f.url("conference_url");
    return e;
}

MediaCccRecording readRecordingObject(const QJsonObject &o, const QString &path,
                                      QStringList &warnings)
{
    const Fields f(o, path, warnings);
    MediaCccRecording r;
    r.recordingUrl = f.string("recording_url").trimmed();
    r.mimeType = f.string("mime_type").trimmed();
    r.language = f.string("language").trimmed();
    r.folder = f.string("folder").trimmed();
    r.highQuality = f.flag("high_quality");
    r.width = f.count("width", 100000);
    r.height = f.count("height", 100000);
    r.length = f.count("length", 100 * 24 * 3600);
    r.filename = f.string("filename").trimmed();
    return r;
}

QString item(const char *list, qsizetype index)
{
    return QLatin1String(list) + u'[' + QString::number(index) + u']';
}

} // namespace

MediaCccRead<QList<MediaCccConference>> MediaCccReader::readConferenceList(const QByteArray &data)
{
    MediaCccRead<QList<MediaCccConference>> result;
    const QString subject = tr("the list of conferences");
    const auto root = rootObject(data, maxListSize, subject, result.error);
    if (!root)
        return result;
    const QJsonValue list = root->value(QLatin1String("conferences"));
    if (!list.isArray()) {
        result.error = tr("The answer for %1 has no \"conferences\" list.").arg(subject);
        return result;
    }
    QList<MediaCccConference> conferences;
    const QJsonArray array = list.toArray();
    conferences.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item("conferences", i);
        if (!array.at(i).isObject()) {
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(tr("%1: not an object; left out").arg(path));
            continue;
        }
        MediaCccConference c = readConferenceObject(array.at(i).toObject(), path, result.warnings);
        if (c.acronym.isEmpty()) {
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(tr("%1: no acronym; left out").arg(path));
            continue;
        }
        conferences.append(std::move(c));
    }
    result.value = std::move(conferences);
    return result;
}

MediaCccRead<MediaCccConferenceAnswer> MediaCccReader::readConference(const QByteArray &data,
                                                                      const QString &acronym)
{
    MediaCccRead<MediaCccConferenceAnswer> result;
    const QString subject = tr("conference '%1'").arg(acronym);
    const auto root = rootObject(data, maxConferenceSize, subject, result.error);
    if (!root)
        return result;
    MediaCccConferenceAnswer answer;
    answer.conference = readConferenceObject(*root, u"conference"_s, result.warnings);
    if (answer.conference.acronym.isEmpty())
        answer.conference.acronym = acronym;
    const QJsonValue events = root->value(QLatin1String("events"));
    if (!events.isArray()) {
        result.error = tr("The answer for %1 has no \"events\" list.").arg(subject);
        return result;
    }
    const QJsonArray array = events.toArray();
    if (array.size() > maxEvents) {
        result.error =
            tr("%1 lists %2 events, more than the limit of %3.")
                .arg(subject, QLocale().toString(array.size()), QLocale().toString(maxEvents));
        return result;
    }
    answer.events.reserve(array.size());
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item("events", i);
        if (!array.at(i).isObject()) {
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(tr("%1: not an object; left out").arg(path));
            continue;
        }
        MediaCccEvent event = readEventObject(array.at(i).toObject(), path, result.warnings);
        const QString key = event.key().toLower();
        if (key.isEmpty() || keys.contains(key)) {
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(
                    key.isEmpty() ? tr("%1: event '%2' has neither guid nor slug; left out")
                                        .arg(path, event.title)
                                  : tr("%1: event '%2' repeats the guid %3; left out")
                                        .arg(path, event.title, event.key()));
            continue;
        }
        keys.insert(key);
        answer.events.append(std::move(event));
    }
    result.value = std::move(answer);
    return result;
}

MediaCccRead<MediaCccEventAnswer> MediaCccReader::readEvent(const QByteArray &data,
                                                            const QString &eventName)
{
    MediaCccRead<MediaCccEventAnswer> result;
    const QString subject = tr("event '%1'").arg(eventName);
    const auto root = rootObject(data, maxEventSize, subject, result.error);
    if (!root)
        return result;
    MediaCccEventAnswer answer;
    answer.event = readEventObject(*root, u"event"_s, result.warnings);
    if (answer.event.key().isEmpty()) {
        result.error = tr("The answer for %1 has neither guid nor slug.").arg(subject);
        return result;
    }
    const QJsonValue recordings = root->value(QLatin1String("recordings"));
    if (!recordings.isArray()) {
        result.error = tr("The answer for %1 has no \"recordings\" list.").arg(subject);
        return result;
    }
    const QJsonArray array = recordings.toArray();
    if (array.size() > maxRecordingsPerEvent)
        result.warnings.append(tr("%1 lists %2 recordings; only the first %3 are read.")
                                   .arg(subject, QLocale().toString(array.size()),
                                        QLocale().toString(maxRecordingsPerEvent)));
    const qsizetype count = std::min<qsizetype>(array.size(), maxRecordingsPerEvent);
    answer.recordings.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString path = item("recordings", i);
        if (!array.at(i).isObject()) {
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(tr("%1: not an object; left out").arg(path));
            continue;
        }
        answer.recordings.append(
            readRecordingObject(array.at(i).toObject(), path, result.warnings));
    }
    result.value = std::move(answer);
    return result;
}

} // namespace fa
