#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace fa {

// Favourites and notes of one catalog as a Markdown document, sessions in
// catalog order, texts in the given language.
class NotesExport
{
    Q_DECLARE_TR_FUNCTIONS(fa::NotesExport)

public:
    static QString toMarkdown(const Catalog &catalog, const QSet<QString> &favourites,
                              const QHash<QString, QString> &notes, const QString &language);
    // Writes the Markdown atomically; on failure returns what went wrong, naming the file.
    static std::optional<QString> write(const QString &path, const QString &markdown);
};

} // namespace fa
