#pragma once

#include "catalogfields.h"

namespace fa {

// Walks a catalog JSON object into a Catalog, collecting every problem with
// its JSON path: the event, pillars, days and speakers here, recordings and
// sessions through their own parsers. Used by CatalogReader only.
class CatalogParser : private CatalogFields
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogParser)

public:
    using CatalogFields::CatalogFields;

    void parse(const json::Object &root);

private:
    void parseEvent(const json::Object &o);
    void parsePillars(const json::Array &a);
    void parseDays(const json::Array &a);
    void parseSpeakers(const json::Array &a);
};

} // namespace fa
