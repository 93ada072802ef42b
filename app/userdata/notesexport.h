#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fa {

// Favourites and notes of one catalog as a Markdown document, sessions in
// catalog order, texts in the given language.
class NotesExport
{
    Q_DECLARE_TR_FUNCTIONS(fa::NotesExport)

public:
    static QString toMarkdown(const Catalog &catalog, const QSet<QString> &favourites,
                              const QHash<QString, QString> &notes, const QString &language);
};

} // namespace fa
