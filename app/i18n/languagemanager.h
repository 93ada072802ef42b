#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

namespace fa {

// Owns the application's and Qt's translators and the chosen language. Installing
// a translator makes Qt send QEvent::LanguageChange to every widget; objects that
// are not widgets listen to languageChanged().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    // settings may be null (nothing is remembered then).
    explicit LanguageManager(QSettings *settings, QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages(); // en, fr, es
    // First-run choice from the system locale: fr* and es* map to themselves, anything else to en.
    static QString defaultFor(const QLocale &locale);

    QString language() const { return m_language; }
    // The saved choice, else the default for the system locale; then installed.
    void applyInitialLanguage(const QLocale &systemLocale = QLocale::system());
    void setLanguage(const QString &language);

    // True when Qt's own translation (qtbase_xx) was found for the current language.
    bool qtTranslationLoaded() const { return m_qtLoaded; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QSettings *const m_settings;
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    bool m_qtLoaded = false;
};

} // namespace fa
