#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fa {

// voctoweb gives languages as ISO 639-2 codes ("deu", "eng", "chi"), several
// joined by '-' for a file's audio tracks in order ("deu-eng"). The catalog
// uses ISO 639-1 where one exists ("de", "en", "zh").
namespace MediaCccLanguage {

// One code: ISO 639-2 (bibliographic or terminological) or 639-1 to the
// catalog's code; codes without a 639-1 form stay as they are ("swg").
// Nothing for codes that are no language ("orig", "und", "mul", "xyz", "").
std::optional<QString> toCatalogCode(const QString &code);

// "deu-eng" to {"de", "en"}; nothing when any part is not a language. An empty
// text gives an empty list.
std::optional<QStringList> audioTracks(const QString &codes);

} // namespace MediaCccLanguage

} // namespace fa
