#pragma once

#include "catalogfields.h"

#include <vector>

namespace fa {

// The sessions of a catalog, the bulk of it: read in two halves on two
// threads when there are many. Needs the days, pillars, speakers and
// recordings already in the catalog.
class SessionParser : private CatalogFields
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogParser)

public:
    // Far above any real programme (FOSDEM has about 900 talks), low enough that
    // a hostile catalog cannot make the app hold millions of sessions in memory.
    static constexpr qsizetype maxSessions = 50000;
    // From this many sessions on, a second thread parses half of them.
    static constexpr std::size_t parallelSessions = std::size_t(largeCatalogSessions);

    using CatalogFields::CatalogFields;

    void parse(const json::Array &a);

private:
    struct ParsedSession
    {
        QString where; // its JSON path, for messages
        Session session;
    };
    void parseRange(const std::vector<json::Value> &items, std::size_t from, std::size_t to,
                    std::vector<ParsedSession> &out);
    Session parseSession(const json::Object &o, const QString &where);
    void parseStart(Session &session, const json::Object &o, const QString &where);
    QDateTime dayBounds(const Day &day, bool start) const;
    Material parseMaterial(const json::Object &o, const QString &where);

    struct DayBounds
    {
        const Day *day;
        QDateTime start;
        QDateTime end;
    };
    std::vector<DayBounds> m_dayBounds; // few days: a list beats a hash
};

} // namespace fa
