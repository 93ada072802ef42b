#pragma once

#include "catalog.h"
#include "catalogproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fa {

struct CatalogLoadResult
{
    CatalogPtr catalog; // null when there are errors
    CatalogProblems problems;

    bool ok() const { return catalog != nullptr; }
    CatalogProblems errors() const;
    CatalogProblems warnings() const;
};

struct CatalogReadOptions
{
    QString baseDir;     // folder that relative paths resolve in; empty for none
    QString origin;      // shown to the user: file, folder or address
    bool remote = false; // local paths are then refused
    // A remote catalog's address: its relative paths name files beside it.
    QUrl baseUrl;
};

// Reads and validates catalogs; returns the catalog or every problem found.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogReader)

public:
    static constexpr qint64 maxFileSize = 64ll * 1024 * 1024;
    static constexpr auto embeddedCatalog = ":/catalogs/global-forum-2022.json";

    // A .json file, a bundle folder holding catalog.json, or a :/ resource.
    static CatalogLoadResult readPath(const QString &path);
    static CatalogLoadResult readData(const QByteArray &data, const CatalogReadOptions &options);
};

} // namespace fa
