#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace fa {

namespace {
const QString settingsKey = QStringLiteral("language");
} // namespace

LanguageManager::LanguageManager(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString LanguageManager::defaultFor(const QLocale &locale)
{
    const QString name = locale.name();
    for (const QString &code : supportedLanguages()) {
        if (name.startsWith(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::applyInitialLanguage(const QLocale &systemLocale)
{
    QString saved = m_settings ? m_settings->value(settingsKey).toString() : QString();
    if (!supportedLanguages().contains(saved))
        saved = defaultFor(systemLocale);
    setLanguage(saved);
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString code = supportedLanguages().contains(language) ? language : QStringLiteral("en");
    if (code == m_language)
        return;

    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    m_qtLoaded = false;
    m_language = code;
    QLocale::setDefault(QLocale(code));

    // English has a translation file too: it holds the plural forms of %n strings.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/forum-archive_") + code))
        m_appTranslator = std::move(app);
    if (code != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTranslator = std::move(qt);
            m_qtLoaded = true;
        }
    }
    // Installing posts QEvent::LanguageChange to every widget. Removing alone
    // (switching back to English) does too.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());

    if (m_settings)
        m_settings->setValue(settingsKey, code);
    Q_EMIT languageChanged(code);
}

} // namespace fa
