#pragma once

#include "catalog.h"
#include "catalogproblem.h"
#include "jsontree.h"

#include <QCoreApplication>
#include <QSet>

#include <initializer_list>

namespace fa {

// Typed access to the fields of a catalog's JSON objects: every wrong type,
// missing required field or bad value becomes a problem with its JSON path.
// The parsers of each part of a catalog build on it.
class CatalogFields
{
    // One translation context for every message about a catalog's contents.
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogParser)

public:
    CatalogFields(Catalog &catalog, CatalogProblems &problems)
        : m_catalog(catalog)
        , m_problems(problems)
    {}

protected:
    // "where.name" and "where[index]": JSON paths, built only when needed.
    static QString at(const QString &where, const char *name);
    static QString item(const QString &where, qsizetype index);
    static QString typeName(const json::Value &value); // "a string", "an object"...
    static bool isColor(const QString &text);          // #rrggbb
    static bool isLanguageTag(const QString &code);    // en, fr, pt-BR

    void error(const QString &where, const QString &message);
    void warning(const QString &where, const QString &message);
    void warnUnknownFields(const json::Object &object, const QString &where,
                           std::initializer_list<const char *> known);

    json::Value field(const json::Object &o, const QString &where, const char *name, bool required);
    QString string(const json::Object &o, const QString &where, const char *name,
                   bool required = false);
    LocalizedText text(const json::Object &o, const QString &where, const char *name,
                       bool required = false);
    std::optional<Milliseconds> offset(const json::Object &o, const QString &where,
                                       const char *name, bool required = false);
    json::Array array(const json::Object &o, const QString &where, const char *name,
                      bool required = false);
    QStringList stringList(const json::Object &o, const QString &where, const char *name);
    QDate date(const json::Object &o, const QString &where, const char *name, bool required);
    QDateTime localDateTime(const json::Object &o, const QString &where, const char *name);
    QString id(const json::Object &o, const QString &where, QSet<QString> &seen);
    bool flag(const json::Object &o, const QString &where, const char *name); // false if absent
    std::optional<qint64> count(const json::Object &o, const QString &where, const char *name,
                                qint64 maximum);

    // The same short value (a kind, a language) shared by every object that has it.
    QString intern(const QString &value);
    // A path relative to the catalog: its folder's file, or beside its address.
    QString checkedPath(const QString &path, const QString &where);
    QUrl checkedUrl(const QString &text, const QString &where);
    // checkedPath() in a catalog read from an address.
    QString checkedRemotePath(const QString &path, const QString &where);

    // The event's zone, or a helper thread's own copy of it.
    const QTimeZone &timeZone() const
    {
        return m_ownTimeZone.isValid() ? m_ownTimeZone : m_catalog.event.timeZone;
    }

    // Calls fn with each object of values and its path name[i], counting from
    // first; anything else is reported. Values: a json::Array or a slice of one.
    template<typename Values, typename Fn>
    void forEachObject(const Values &values, const QString &name, Fn &&fn, qsizetype first = 0);

    Catalog &m_catalog;
    CatalogProblems &m_problems;
    QSet<QString> m_interned;
    QTimeZone m_ownTimeZone;
};

template<typename Values, typename Fn>
void CatalogFields::forEachObject(const Values &values, const QString &name, Fn &&fn,
                                  qsizetype first)
{
    qsizetype i = first;
    for (const json::Value value : values) {
        const QString where = item(name, i++);
        if (!value.isObject()) {
            error(where, tr("expected an object, found %1").arg(typeName(value)));
            continue;
        }
        fn(value.toObject(), where);
    }
}

} // namespace fa
