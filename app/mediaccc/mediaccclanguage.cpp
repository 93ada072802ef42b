#include "mediaccclanguage.h"

#include <QHash>
#include <QLocale>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace fa::MediaCccLanguage {

namespace {
std::optional<QString> lookUp(const QString &raw)
{
    const QString code = raw.trimmed().toLower();
    // Codes voctoweb uses that Qt's locale data does not map as wanted.
    if (code == u"gsw")
        return u"de-CH"_s;
    if (code == u"sgn" || code == u"swg")
        return code;
    if (code.size() == 2 || code.size() == 3) {
        for (const QChar c : code) {
            if (c < u'a' || c > u'z')
                return std::nullopt;
        }
        const QLocale::LanguageCodeTypes types =
            code.size() == 2 ? QLocale::LanguageCodeTypes(QLocale::ISO639Part1)
                             : QLocale::ISO639Part2 | QLocale::ISO639Part3;
        const QLocale::Language language = QLocale::codeToLanguage(code, types);
        if (language == QLocale::AnyLanguage || language == QLocale::C)
            return std::nullopt;
        const QString shortCode = QLocale::languageToCode(language, QLocale::ISO639Part1);
        return shortCode.isEmpty() ? code : shortCode;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> toCatalogCode(const QString &raw)
{
    // Qt's table is searched linearly; a conference repeats a handful of codes
    // thousands of times.
    static QMutex mutex;
    static QHash<QString, std::optional<QString>> known;
    const QMutexLocker lock(&mutex);
    const auto it = known.constFind(raw);
    if (it != known.cend())
        return it.value();
    if (known.size() > 1000)
        known.clear();
    return *known.insert(raw, lookUp(raw));
}

std::optional<QStringList> audioTracks(const QString &codes)
{
    QStringList tracks;
    const QString trimmed = codes.trimmed();
    if (trimmed.isEmpty())
        return tracks;
    for (const QString &part : trimmed.split(u'-')) {
        const std::optional<QString> code = toCatalogCode(part);
        if (!code)
            return std::nullopt;
        tracks.append(*code);
    }
    return tracks;
}

} // namespace fa::MediaCccLanguage
