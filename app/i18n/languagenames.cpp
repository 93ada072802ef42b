#include "languagenames.h"

#include <QLocale>

namespace fa {

namespace {
// The primary subtag, lower case: "pt-BR" -> "pt", "de_CH" -> "de".
QString primary(const QString &code)
{
    return code.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}
} // namespace

QString LanguageNames::name(const QString &code)
{
    if (code.isEmpty())
        return tr("unknown language");
    // Regional forms that archives name on their own (media.ccc.de's gsw).
    const QString lower = code.toLower().replace(u'_', u'-');
    if (lower == u"de-ch" || lower == u"gsw")
        return tr("Swiss German");
    if (lower == u"sgn")
        return tr("sign language");
    // Qt 6.4 names languages only in English: the languages archives use most
    // are translated here, the others fall back to Qt's English name.
    const QString key = primary(code);
    if (key == u"en")
        return tr("English");
    if (key == u"fr")
        return tr("French");
    if (key == u"es")
        return tr("Spanish");
    if (key == u"de")
        return tr("German");
    if (key == u"pt")
        return tr("Portuguese");
    if (key == u"it")
        return tr("Italian");
    if (key == u"nl")
        return tr("Dutch");
    if (key == u"pl")
        return tr("Polish");
    if (key == u"ru")
        return tr("Russian");
    if (key == u"ar")
        return tr("Arabic");
    if (key == u"zh")
        return tr("Chinese");
    if (key == u"ja")
        return tr("Japanese");
    if (key == u"sw")
        return tr("Swahili");
    const QLocale locale(key);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    return QLocale::languageToString(locale.language());
}

QString LanguageNames::endonym(const QString &code)
{
    // Qt's own names qualify some languages by a country ("American English",
    // "español de España"); a language's bare name is meant here.
    const QString key = primary(code);
    if (key == u"en")
        return QStringLiteral("English");
    if (key == u"fr")
        return QStringLiteral("Français");
    if (key == u"es")
        return QStringLiteral("Español");
    const QLocale locale(key);
    QString own = locale.language() == QLocale::C ? code : locale.nativeLanguageName();
    if (own.isEmpty())
        own = code;
    own[0] = own[0].toUpper();
    return own;
}

} // namespace fa
