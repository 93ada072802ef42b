#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

class QSettings;

namespace fa {

// Light, dark or the desktop's own colours for the whole application. The
// choice is kept in the settings file; a value there the app does not know
// means System. Applying sets the application palette, which every widget
// follows (they draw with palette roles, never fixed colours).
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    static constexpr QLatin1StringView settingsKey{"view/appearance"};
    using PaletteSetter = std::function<void(const QPalette &)>;

    // settings: owned by the caller, may be null (then nothing is remembered).
    // The first Appearance of the process keeps a copy of the application
    // palette as System, so it must be made before anything changes the palette.
    explicit Appearance(QSettings *settings, QObject *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Remembers the choice and applies it; signals only a change.
    void setChoice(Choice choice);
    // Sets the application palette of the current choice.
    void apply() const;
    // What apply() sets the palette with: QGuiApplication::setPalette unless
    // given. A widgets application gives QApplication::setPalette, the one
    // that also reaches every widget.
    void setPaletteSetter(PaletteSetter setter) { m_setPalette = std::move(setter); }
    QPalette palette() const { return paletteFor(m_choice); }

    static QPalette paletteFor(Choice choice);
    // The desktop's palette as the application had it at start.
    static QPalette systemPalette();
    static QPalette lightPalette();
    static QPalette darkPalette();
    // "system", "light", "dark"; fromString gives System for anything else.
    static QString toString(Choice choice);
    static Choice fromString(const QString &text);

Q_SIGNALS:
    void changed(fa::Appearance::Choice choice);

private:
    QSettings *const m_settings;
    Choice m_choice = Choice::System;
    PaletteSetter m_setPalette;
};

} // namespace fa
