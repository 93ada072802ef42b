#include "catalogparser.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <thread>

namespace fa {

namespace {
constexpr auto formatName = "forum-archive-catalog";
constexpr int supportedVersion = 1;

QString at(const QString &where, const char *name)
{
    const QString key = QString::fromLatin1(name);
    return where.isEmpty() ? key : where + u'.' + key;
}

QString item(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

QString typeName(const json::Value &v)
{
    const char *name = nullptr;
    switch (v.type()) {
    case json::Type::Null: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "null"); break;
    case json::Type::Bool: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "a boolean"); break;
    case json::Type::Number: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "a number"); break;
    case json::Type::String: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "a string"); break;
    case json::Type::Array: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "an array"); break;
    case json::Type::Object: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "an object"); break;
    case json::Type::Undefined: name = QT_TRANSLATE_NOOP("fa::CatalogParser", "nothing"); break;
    }
    return QCoreApplication::translate("fa::CatalogParser", name);
}

// Hand-written equivalents of ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$ and ^#[0-9a-fA-F]{6}$:
// a regular expression per translation was a tenth of the parse.
bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLower(c) || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isLanguageCode(QByteArrayView code)
{
    const qsizetype dash = code.indexOf('-');
    const QByteArrayView language = code.first(dash < 0 ? code.size() : dash);
    const auto lower = [](char c) { return isAsciiLower(QLatin1Char(c)); };
    const auto alnum = [](char c) { return isAsciiAlnum(QLatin1Char(c)); };
    if (language.size() < 2 || language.size() > 3
        || !std::all_of(language.begin(), language.end(), lower))
        return false;
    if (dash < 0)
        return true;
    const QByteArrayView region = code.sliced(dash + 1);
    return region.size() >= 2 && region.size() <= 8
           && std::all_of(region.begin(), region.end(), alnum);
}

bool isLanguageCode(const QString &code)
{
    return isLanguageCode(QByteArrayView(code.toUtf8()));
}

bool isInside(const QString &base, const QString &path)
{
    return path == base || path.startsWith(base + u'/');
}

// Where a path really leads. A file that does not exist yet is judged by its
// nearest existing folder, and a dangling link by where it points, so that a
// missing file behind a linked folder cannot escape once it appears.
bool staysInside(const QString &base, const QString &path)
{
    QString probe = path;
    for (;;) {
        const QFileInfo info(probe);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty()) // the file itself must be in the folder, not be it
            return probe == path ? canonical.startsWith(base + u'/') : isInside(base, canonical);
        if (info.isSymLink() && !isInside(base, QDir::cleanPath(info.symLinkTarget())))
            return false;
        const QString parent = info.path();
        if (parent == probe || parent.size() < base.size())
            return false;
        probe = parent;
    }
}

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

bool isColor(const QString &text)
{
    return text.size() == 7 && text.front() == u'#'
           && std::all_of(text.begin() + 1, text.end(), isHexDigit);
}
} // namespace

void CatalogParser::error(const QString &where, const QString &message)
{
    m_problems.append({CatalogProblem::Severity::Error, where, message});
}

void CatalogParser::warning(const QString &where, const QString &message)
{
    m_problems.append({CatalogProblem::Severity::Warning, where, message});
}

void CatalogParser::warnUnknownFields(const json::Object &object, const QString &where,
                                      std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const json::Value name = it.name();
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) {
            return name.equals(QLatin1StringView(k));
        });
        if (!isKnown) {
            const QString key = it.key();
            warning(where.isEmpty() ? key : where + u'.' + key, tr("unknown field, ignored"));
        }
    }
}

json::Value CatalogParser::field(const json::Object &o, const QString &where, const char *name,
                                 bool required)
{
    const json::Value value = o.value(QLatin1String(name));
    if (value.isUndefined() && required)
        error(at(where, name), tr("required field is missing"));
    return value;
}

QString CatalogParser::string(const json::Object &o, const QString &where, const char *name,
                              bool required)
{
    const json::Value value = field(o, where, name, required);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        error(at(where, name), tr("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    if (required && value.toString().trimmed().isEmpty())
        error(at(where, name), tr("must not be empty"));
    return value.toString();
}

LocalizedText CatalogParser::text(const json::Object &o, const QString &where, const char *name,
                                  bool required)
{
    const json::Value value = field(o, where, name, required);
    LocalizedText result;
    LocalizedText::Builder builder;
    const auto add = [&builder](QByteArrayView language, const json::Value &translation) {
        if (const auto view = translation.utf8View())
            builder.add(language, *view);
        else
            builder.addOwned(language, translation.toString().toUtf8());
    };
    if (value.isString()) {
        const QByteArray language = m_catalog.event.language.toLatin1();
        add(language, value);
        result = builder.build();
    } else if (value.isObject()) {
        const json::Object translations = value.toObject();
        QList<QByteArray> ownedKeys; // decoded names with escapes, rare; kept until build()
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            const json::Value translation = it.value();
            QByteArrayView key;
            if (const auto view = it.name().utf8View())
                key = *view;
            else
                key = ownedKeys.emplace_back(it.key().toUtf8());
            // The path is built only for a problem: texts are most of a catalog.
            if (!isLanguageCode(key))
                error(at(where, name) + u'.' + it.key(),
                      tr("'%1' is not a language code such as en, fr or es").arg(it.key()));
            else if (!translation.isString())
                error(at(where, name) + u'.' + it.key(),
                      tr("expected a string, found %1").arg(typeName(translation)));
            else
                add(key, translation);
        }
        result = builder.build();
    } else if (!value.isUndefined()) {
        error(at(where, name),
              tr("expected a string or an object of translations, found %1").arg(typeName(value)));
        return result;
    }
    if (required && !value.isUndefined() && result.isEmpty())
        error(at(where, name), tr("must not be empty"));
    return result;
}

std::optional<Milliseconds> CatalogParser::offset(const json::Object &o, const QString &where,
                                                  const char *name, bool required)
{
    const json::Value value = field(o, where, name, required);
    if (value.isUndefined())
        return std::nullopt;
    std::optional<Milliseconds> result;
    if (value.isDouble()) {
        result = timecodeFromSeconds(value.toDouble());
        if (!result)
            error(at(where, name),
                  value.toDouble() < 0
                      ? tr("must not be negative")
                      : tr("%1 is not a usable number of seconds").arg(value.toDouble()));
    } else if (value.isString()) {
        result = parseTimecode(value.toString());
        if (!result)
            error(
                at(where, name),
                value.toString().trimmed().startsWith(u'-')
                    ? tr("must not be negative")
                    : tr("'%1' is not a time: use seconds, M:SS or H:MM:SS").arg(value.toString()));
    } else {
        error(at(where, name),
              tr("expected seconds or a time such as 1:02:30, found %1").arg(typeName(value)));
    }
    return result;
}

json::Array CatalogParser::array(const json::Object &o, const QString &where, const char *name,
                                 bool required)
{
    const json::Value value = field(o, where, name, required);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(at(where, name), tr("expected an array, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

QStringList CatalogParser::stringList(const json::Object &o, const QString &where, const char *name)
{
    QStringList result;
    const json::Array values = array(o, where, name);
    result.reserve(values.size());
    qsizetype i = 0;
    for (const json::Value value : values) {
        if (!value.isString())
            error(item(at(where, name), i), tr("expected a string, found %1").arg(typeName(value)));
        else
            result.append(value.toString());
        ++i;
    }
    return result;
}

QDate CatalogParser::date(const json::Object &o, const QString &where, const char *name,
                          bool required)
{
    const QString value = string(o, where, name, required);
    if (value.isEmpty())
        return {};
    const QDate result = QDate::fromString(value, Qt::ISODate);
    if (!result.isValid() || value.size() != 10)
        error(at(where, name), tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
    return result;
}

QDateTime CatalogParser::localDateTime(const json::Object &o, const QString &where,
                                       const char *name)
{
    const QString value = string(o, where, name);
    if (value.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(value, Qt::ISODate);
    if (!result.isValid() || value.size() < 16 || value.size() > 19) {
        error(at(where, name),
              tr("'%1' is not a local date and time in the form YYYY-MM-DDTHH:MM").arg(value));
        return {};
    }
    if (!timeZone().isValid()) {
        error(at(where, name), tr("a time needs the event's timeZone"));
        return {};
    }
    return QDateTime(result.date(), result.time(), timeZone());
}

QString CatalogParser::id(const json::Object &o, const QString &where, QSet<QString> &seen)
{
    const QString value = string(o, where, "id", true);
    if (value.isEmpty())
        return value;
    if (seen.contains(value))
        error(at(where, "id"), tr("duplicate id '%1'").arg(value));
    seen.insert(value);
    return value;
}

QString CatalogParser::intern(const QString &value)
{
    if (value.isEmpty())
        return value;
    const auto known = m_interned.constFind(value);
    if (known != m_interned.constEnd())
        return *known;
    m_interned.insert(value);
    return value;
}

QString CatalogParser::checkedPath(const QString &path, const QString &where)
{
    if (m_catalog.remote) {
        error(
            where,
            tr("a catalog loaded from the network cannot refer to the local file '%1'").arg(path));
        return {};
    }
    if (QDir::isAbsolutePath(path) || path.startsWith(u'~') || path.contains(u'\\')) {
        error(where, tr("'%1' must be a path relative to the catalog's folder").arg(path));
        return {};
    }
    const QString cleaned = QDir::cleanPath(path);
    if (cleaned == u".." || cleaned.startsWith(u"../")) {
        error(where, tr("'%1' leads outside the catalog's folder").arg(path));
        return {};
    }
    // A symbolic link inside the bundle must not point outside it either.
    if (!m_catalog.baseDir.isEmpty() && !m_catalog.baseDir.startsWith(u':')) {
        const QString base = QFileInfo(m_catalog.baseDir).canonicalFilePath();
        if (!base.isEmpty() && !staysInside(base, QDir(base).filePath(cleaned))) {
            error(where, tr("'%1' is a link that leads outside the catalog's folder").arg(path));
            return {};
        }
    }
    return cleaned;
}

QUrl CatalogParser::checkedUrl(const QString &text, const QString &where)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty()) {
        error(where, tr("'%1' is not a valid address").arg(text));
        return {};
    }
    if (scheme != u"http" && scheme != u"https") {
        error(where, tr("'%1' is not an http or https address").arg(text));
        return {};
    }
    if (url.host().isEmpty()) {
        error(where, tr("'%1' has no host").arg(text));
        return {};
    }
    return url;
}

template<typename Fn>
void CatalogParser::forEachObject(const json::Array &a, const QString &name, Fn &&fn)
{
    qsizetype i = 0;
    for (const json::Value value : a) {
        const QString where = item(name, i++);
        if (!value.isObject()) {
            error(where, tr("expected an object, found %1").arg(typeName(value)));
            continue;
        }
        fn(value.toObject(), where);
    }
}

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
    parseRecordings(array(root, QString(), "recordings"));
    parseSessions(array(root, QString(), "sessions"));
    m_catalog.buildIndex();
}

void CatalogParser::parseEvent(const json::Object &o)
{
    const QString where = QStringLiteral("event");
    Event &event = m_catalog.event;
    // The original language decides what plain strings are written in: read it first.
    const QString language = string(o, where, "language");
    if (!language.isEmpty()) {
        if (isLanguageCode(language))
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

void CatalogParser::parseRecordings(const json::Array &a)
{
    QSet<QString> seen;
    forEachObject(
        a, QStringLiteral("recordings"), [&](const json::Object &o, const QString &where) {
            warnUnknownFields(o, where,
                              {"id", "kind", "day", "language", "title", "duration", "sources"});
            Recording recording;
            recording.id = id(o, where, seen);
            const QString kind = string(o, where, "kind", true);
            if (kind == u"day")
                recording.kind = Recording::Kind::Day;
            else if (kind == u"session")
                recording.kind = Recording::Kind::Session;
            else if (!kind.isEmpty())
                error(at(where, "kind"),
                      tr("expected \"day\" or \"session\", found \"%1\"").arg(kind));
            recording.dayId = string(o, where, "day", recording.kind == Recording::Kind::Day);
            if (!recording.dayId.isEmpty() && m_catalog.dayIndex(recording.dayId) < 0)
                error(at(where, "day"), tr("unknown day '%1'").arg(recording.dayId));
            recording.language = intern(string(o, where, "language", true));
            recording.title = text(o, where, "title");
            recording.duration = offset(o, where, "duration");

            forEachObject(
                array(o, where, "sources"), at(where, "sources"),
                [&](const json::Object &s, const QString &w) {
                    warnUnknownFields(s, w, {"path", "url", "kind"});
                    Source source;
                    const QString path = string(s, w, "path");
                    const QString url = string(s, w, "url");
                    if (path.isEmpty() == url.isEmpty()) {
                        error(w, tr("a source needs exactly one of \"path\" or \"url\""));
                        return;
                    }
                    if (!path.isEmpty()) {
                        source.path = checkedPath(path, at(w, "path"));
                        source.kind = Source::Kind::Media;
                    } else {
                        source.url = checkedUrl(url, at(w, "url"));
                        source.kind = inferSourceKind(source.url);
                    }
                    const QString sourceKind = string(s, w, "kind");
                    if (sourceKind == u"media")
                        source.kind = Source::Kind::Media;
                    else if (sourceKind == u"youtube")
                        source.kind = Source::Kind::YouTube;
                    else if (sourceKind == u"page")
                        source.kind = Source::Kind::Page;
                    else if (!sourceKind.isEmpty())
                        error(at(w, "kind"),
                              tr("expected \"media\", \"youtube\" or \"page\", found \"%1\"")
                                  .arg(sourceKind));
                    if (!source.path.isEmpty() || !source.url.isEmpty())
                        recording.sources.append(source);
                });
            m_catalog.recordings.append(recording);
        });
    m_catalog.buildIndex();
}

void CatalogParser::parseSessions(const json::Array &a)
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
            CatalogParser parser(m_catalog, helperProblems);
            // Its own zone object: QTimeZone is reentrant, not thread-safe.
            parser.m_ownTimeZone = QTimeZone(m_catalog.event.timeZone.id());
            parser.parseSessionRange(items, half, count, second);
        });
    }
    parseSessionRange(items, 0, half, first);
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
                error(at(item(QStringLiteral("sessions"), parsed.index), "id"),
                      tr("duplicate id '%1'").arg(id));
            seen.insert(id);
            m_catalog.sessions.append(std::move(parsed.session));
        }
    }
}

void CatalogParser::parseSessionRange(const std::vector<json::Value> &items, std::size_t from,
                                      std::size_t to, std::vector<ParsedSession> &out)
{
    out.reserve(to - from);
    for (std::size_t i = from; i < to; ++i) {
        const QString where = item(QStringLiteral("sessions"), qsizetype(i));
        if (!items[i].isObject()) {
            error(where, tr("expected an object, found %1").arg(typeName(items[i])));
            continue;
        }
        out.push_back({qsizetype(i), parseSession(items[i].toObject(), where)});
    }
}

Session CatalogParser::parseSession(const json::Object &o, const QString &where)
{
    warnUnknownFields(o, where,
                      {"id", "day", "title", "summary", "start", "duration", "kind", "pillars",
                       "speakers", "chapters", "materials", "note"});
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
    session.duration = offset(o, where, "duration");
    parseSessionStart(session, o, where);

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

QDateTime CatalogParser::dayBounds(const Day &day, bool start) const
{
    if (start)
        return day.start.isValid() ? day.start : QDateTime(day.date, QTime(0, 0), timeZone());
    return day.end.isValid() ? day.end : QDateTime(day.date.addDays(1), QTime(0, 0), timeZone());
}

void CatalogParser::parseSessionStart(Session &session, const json::Object &o, const QString &where)
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

Material CatalogParser::parseMaterial(const json::Object &o, const QString &where)
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
