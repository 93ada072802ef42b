#pragma once

#include "catalog.h"
#include "catalogproblem.h"
#include "jsontree.h"

#include <QCoreApplication>
#include <QSet>

#include <initializer_list>
#include <vector>

namespace fa {

// Walks a catalog JSON object into a Catalog, collecting every problem with
// its JSON path. Used by CatalogReader only.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogParser)

public:
    // Far above any real programme (FOSDEM has about 900 talks), low enough that
    // a hostile catalog cannot make the app hold millions of sessions in memory.
    static constexpr qsizetype maxSessions = 50000;
    // From this many sessions on, a second thread parses half of them.
    static constexpr std::size_t parallelSessions = std::size_t(largeCatalogSessions);

    CatalogParser(Catalog &catalog, CatalogProblems &problems)
        : m_catalog(catalog)
        , m_problems(problems)
    {}

    void parse(const json::Object &root);

private:
    // "where.name" and "where[index]": JSON paths, built only when needed.
    static QString at(const QString &where, const char *name);
    static QString item(const QString &where, qsizetype index);
    static QString typeName(const json::Value &value); // "a string", "an object"...
    static bool isColor(const QString &text);          // #rrggbb

    void error(const QString &where, const QString &message);
    void warning(const QString &where, const QString &message);
    void warnUnknownFields(const json::Object &object, const QString &where,
                           std::initializer_list<const char *> known);

    // Typed field access; a wrong type or a missing required field is reported.
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

    // The same short value (a kind, a language) shared by every object that has it.
    QString intern(const QString &value);
    QString checkedPath(const QString &path, const QString &where);
    QUrl checkedUrl(const QString &text, const QString &where);

    void parseEvent(const json::Object &o);
    void parsePillars(const json::Array &a);
    void parseDays(const json::Array &a);
    void parseSpeakers(const json::Array &a);
    void parseRecordings(const json::Array &a);
    void parseSessions(const json::Array &a);
    struct ParsedSession
    {
        QString where; // its JSON path, for messages
        Session session;
    };
    void parseSessionRange(const std::vector<json::Value> &items, std::size_t from, std::size_t to,
                           std::vector<ParsedSession> &out);
    // The event's zone, or the helper thread's own copy of it.
    const QTimeZone &timeZone() const
    {
        return m_ownTimeZone.isValid() ? m_ownTimeZone : m_catalog.event.timeZone;
    }
    Session parseSession(const json::Object &o, const QString &where);
    void parseSessionStart(Session &session, const json::Object &o, const QString &where);
    QDateTime dayBounds(const Day &day, bool start) const;
    Material parseMaterial(const json::Object &o, const QString &where);

    // Calls fn with each object of values and its path name[i], counting from
    // first; anything else is reported. Values: a json::Array or a slice of one.
    template<typename Values, typename Fn>
    void forEachObject(const Values &values, const QString &name, Fn &&fn, qsizetype first = 0);

    Catalog &m_catalog;
    CatalogProblems &m_problems;
    struct DayBounds
    {
        const Day *day;
        QDateTime start;
        QDateTime end;
    };
    std::vector<DayBounds> m_dayBounds; // few days: a list beats a hash
    QSet<QString> m_interned;
    QTimeZone m_ownTimeZone;
};

template<typename Values, typename Fn>
void CatalogParser::forEachObject(const Values &values, const QString &name, Fn &&fn,
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
