#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QJsonObject>

namespace fa {

// Serializes a catalog to the JSON format that CatalogReader reads
// (resources/catalogs/FORMAT.md). Empty fields are left out.
class CatalogWriter
{
public:
    static QJsonObject toJson(const Catalog &catalog);
    static QByteArray toData(const Catalog &catalog);
    // Written atomically; false with a message in *error on failure.
    static bool writeFile(const Catalog &catalog, const QString &path, QString *error = nullptr);
    // The same for bytes already serialized (and checked) with toData: callers that
    // validate what they write need not serialize twice.
    static bool writeData(const QByteArray &data, const QString &path, QString *error = nullptr);
};

} // namespace fa
