#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fa {

// Lower-case, accents removed, whitespace collapsed: "Formalización" -> "formalizacion".
// Used on both sides of every text search so matching is case- and accent-insensitive.
QString foldForSearch(const QString &text);

// Appends foldForSearch(QString::fromUtf8(utf8)).toUtf8() to out without the
// round trip through UTF-16: the search index folds every catalog text this way.
void appendFoldedUtf8(QByteArray &out, QByteArrayView utf8);

} // namespace fa
