#include "catalogfields.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fa {

QString CatalogFields::at(const QString &where, const char *name)
{
    const QString key = QString::fromLatin1(name);
    return where.isEmpty() ? key : where + u'.' + key;
}

QString CatalogFields::item(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

QString CatalogFields::typeName(const json::Value &v)
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

bool CatalogFields::isColor(const QString &text)
{
    return text.size() == 7 && text.front() == u'#'
           && std::all_of(text.begin() + 1, text.end(), isHexDigit);
}

void CatalogFields::error(const QString &where, const QString &message)
{
    m_problems.append({CatalogProblem::Severity::Error, where, message});
}

void CatalogFields::warning(const QString &where, const QString &message)
{
    m_problems.append({CatalogProblem::Severity::Warning, where, message});
}

void CatalogFields::warnUnknownFields(const json::Object &object, const QString &where,
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

json::Value CatalogFields::field(const json::Object &o, const QString &where, const char *name,
                                 bool required)
{
    const json::Value value = o.value(QLatin1String(name));
    if (value.isUndefined() && required)
        error(at(where, name), tr("required field is missing"));
    return value;
}

QString CatalogFields::string(const json::Object &o, const QString &where, const char *name,
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

LocalizedText CatalogFields::text(const json::Object &o, const QString &where, const char *name,
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

std::optional<Milliseconds> CatalogFields::offset(const json::Object &o, const QString &where,
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

json::Array CatalogFields::array(const json::Object &o, const QString &where, const char *name,
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

QStringList CatalogFields::stringList(const json::Object &o, const QString &where, const char *name)
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

QDate CatalogFields::date(const json::Object &o, const QString &where, const char *name,
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

QDateTime CatalogFields::localDateTime(const json::Object &o, const QString &where,
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

QString CatalogFields::id(const json::Object &o, const QString &where, QSet<QString> &seen)
{
    const QString value = string(o, where, "id", true);
    if (value.isEmpty())
        return value;
    if (seen.contains(value))
        error(at(where, "id"), tr("duplicate id '%1'").arg(value));
    seen.insert(value);
    return value;
}

QString CatalogFields::intern(const QString &value)
{
    if (value.isEmpty())
        return value;
    const auto known = m_interned.constFind(value);
    if (known != m_interned.constEnd())
        return *known;
    m_interned.insert(value);
    return value;
}

QString CatalogFields::checkedPath(const QString &path, const QString &where)
{
    if (m_catalog.remote)
        return checkedRemotePath(path, where);
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

QString CatalogFields::checkedRemotePath(const QString &path, const QString &where)
{
    // A path in a catalog read from an address names a file beside that
    // address, as a relative link in a web page does; nothing on this machine.
    const qsizetype colon = path.indexOf(u':');
    const QString scheme = colon > 0 ? path.left(colon) : QString();
    const bool hasScheme = !scheme.isEmpty() && isAsciiAlnum(scheme.front())
                           && !scheme.front().isDigit()
                           && std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
                                  return isAsciiAlnum(c) || c == u'+' || c == u'-' || c == u'.';
                              });
    // "C:/x" is a drive, "file:" a file here; "//host/x" another server.
    const bool local = path.startsWith(u'/') || path.startsWith(u'~') || path.contains(u'\\')
                       || (hasScheme && (scheme.size() == 1 || scheme.toLower() == u"file"));
    if (path.startsWith(u"//") || (hasScheme && !local)) {
        error(
            where,
            tr("'%1' is an address, not a path beside the catalog: give it as \"url\"").arg(path));
        return {};
    }
    if (local) {
        error(
            where,
            tr("a catalog loaded from the network cannot refer to the local file '%1'").arg(path));
        return {};
    }
    const QString cleaned = QDir::cleanPath(path);
    if (cleaned == u"." || cleaned == u".." || cleaned.startsWith(u"../")) {
        error(where, tr("'%1' leads outside the catalog's folder on its server").arg(path));
        return {};
    }
    return cleaned;
}

QUrl CatalogFields::checkedUrl(const QString &text, const QString &where)
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

bool CatalogFields::isLanguageTag(const QString &code)
{
    return isLanguageCode(QByteArrayView(code.toUtf8()));
}

bool CatalogFields::flag(const json::Object &o, const QString &where, const char *name)
{
    const json::Value value = field(o, where, name, false);
    if (!value.isUndefined() && !value.isBool())
        error(at(where, name), tr("expected true or false, found %1").arg(typeName(value)));
    return value.toBool();
}

std::optional<qint64> CatalogFields::count(const json::Object &o, const QString &where,
                                           const char *name, qint64 maximum)
{
    const json::Value value = field(o, where, name, false);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.isDouble() ? value.toDouble() : -1;
    if (number < 0 || number > double(maximum) || number != double(qint64(number))) {
        error(at(where, name),
              tr("expected a whole number from 0 to %1, found %2")
                  .arg(maximum)
                  .arg(value.isDouble() ? QString::number(number) : typeName(value)));
        return std::nullopt;
    }
    return qint64(number);
}

} // namespace fa
