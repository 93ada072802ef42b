#pragma once

#include <QString>

namespace fa {

// Lower-case, accents removed, whitespace collapsed: "Formalización" -> "formalizacion".
// Used on both sides of every text search so matching is case- and accent-insensitive.
QString foldForSearch(const QString &text);

} // namespace fa
