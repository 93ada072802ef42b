#include "catalogparser.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fa {

QString CatalogParser::at(const QString &where, const char *name)
{
    const QString key = QString::fromLatin1(name);
    return where.isEmpty() ? key : where + u'.' + key;
}

QString CatalogParser::item(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

QString CatalogParser::typeName(const json::Value &v)
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

namespace {
constexpr auto formatName = "forum-archive-catalog";
constexpr int supportedVersion = 1;

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

} // namespace

bool CatalogParser::isColor(const QString &text)
{
    return text.size() == 7 && text.front() == u'#'
           && std::all_of(text.begin() + 1, text.end(), isHexDigit);
}

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
    QString result = value.toString();
    if (required && result.trimmed().isEmpty())
        error(at(where, name), tr("must not be empty"));
    return result;
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

} // namespace fa
