#include "appearance.h"

#include <QGuiApplication>
#include <QSettings>

#include <optional>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
std::optional<QPalette> &startPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, brightText;
    QColor toolTipBase, toolTipText, placeholder;
    // Disabled widgets: their text, placeholder and selection.
    QColor disabledText, disabledPlaceholder, disabledHighlight, disabledBase;
};

QPalette makePalette(const Colours &c)
{
    QPalette p;
    const std::pair<QPalette::ColorRole, QColor> roles[] = {
        {QPalette::Window, c.window},
        {QPalette::WindowText, c.windowText},
        {QPalette::Base, c.base},
        {QPalette::AlternateBase, c.alternateBase},
        {QPalette::Text, c.text},
        {QPalette::Button, c.button},
        {QPalette::ButtonText, c.buttonText},
        {QPalette::Light, c.light},
        {QPalette::Midlight, c.midlight},
        {QPalette::Mid, c.mid},
        {QPalette::Dark, c.dark},
        {QPalette::Shadow, c.shadow},
        {QPalette::Highlight, c.highlight},
        {QPalette::HighlightedText, c.highlightedText},
        {QPalette::Link, c.link},
        {QPalette::LinkVisited, c.linkVisited},
        {QPalette::BrightText, c.brightText},
        {QPalette::ToolTipBase, c.toolTipBase},
        {QPalette::ToolTipText, c.toolTipText},
        {QPalette::PlaceholderText, c.placeholder},
    };
    for (const auto &[role, colour] : roles)
        p.setColor(role, colour); // all groups
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledPlaceholder);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    return p;
}
} // namespace

Appearance::Appearance(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!startPalette())
        startPalette() = QGuiApplication::palette();
    if (m_settings)
        m_choice = fromString(m_settings->value(settingsKey).toString());
}

void Appearance::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    if (m_settings) {
        m_settings->setValue(settingsKey, toString(choice));
        m_settings->sync();
    }
    apply();
    Q_EMIT changed(choice);
}

void Appearance::apply() const
{
    if (m_choice == Choice::System) {
        // A palette with no colour of its own hands the colours back to the
        // desktop: Qt then follows its changes again (a dark or high-contrast
        // theme chosen while the app runs), which a copy of them would stop.
        if (QGuiApplication::palette().resolveMask() == 0)
            return;
        if (m_setPalette)
            m_setPalette(QPalette());
        else
            QGuiApplication::setPalette(QPalette());
        return;
    }
    // Setting a palette equal to the one in use would still stop Qt from
    // following the desktop's palette while the app runs.
    const QPalette target = palette();
    if (target == QGuiApplication::palette())
        return;
    if (m_setPalette)
        m_setPalette(target);
    else
        QGuiApplication::setPalette(target);
}

QPalette Appearance::paletteFor(Choice choice)
{
    switch (choice) {
    case Choice::Light: return lightPalette();
    case Choice::Dark: return darkPalette();
    case Choice::System: break;
    }
    return systemPalette();
}

QPalette Appearance::systemPalette()
{
    return startPalette() ? *startPalette() : QGuiApplication::palette();
}

QPalette Appearance::lightPalette()
{
    Colours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1a, 0x1a, 0x1a);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.text = c.windowText;
    c.button = QColor(0xf2, 0xf2, 0xf2);
    c.buttonText = c.windowText;
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xa0, 0xa0, 0xa0);
    c.dark = QColor(0x8a, 0x8a, 0x8a);
    c.shadow = QColor(0x69, 0x69, 0x69);
    c.highlight = QColor(0x2a, 0x6c, 0xb0);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0b, 0x57, 0xa4);
    c.linkVisited = QColor(0x6a, 0x3a, 0xa8);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.toolTipBase = QColor(0xff, 0xff, 0xe1);
    c.toolTipText = QColor(0x1a, 0x1a, 0x1a);
    c.placeholder = QColor(0x6b, 0x6b, 0x6b);
    c.disabledText = QColor(0x8c, 0x8c, 0x8c);
    c.disabledPlaceholder = QColor(0xa8, 0xa8, 0xa8);
    c.disabledHighlight = QColor(0x91, 0x91, 0x91);
    c.disabledBase = QColor(0xef, 0xef, 0xef);
    return makePalette(c);
}

QPalette Appearance::darkPalette()
{
    Colours c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1e, 0x1e, 0x20);
    c.alternateBase = QColor(0x27, 0x27, 0x2a);
    c.text = c.windowText;
    c.button = QColor(0x3a, 0x3a, 0x3e);
    c.buttonText = c.windowText;
    c.light = QColor(0x55, 0x55, 0x5a);
    c.midlight = QColor(0x45, 0x45, 0x4a);
    c.mid = QColor(0x30, 0x30, 0x33);
    c.dark = QColor(0x1a, 0x1a, 0x1c);
    c.shadow = QColor(0x00, 0x00, 0x00);
    c.highlight = QColor(0x2f, 0x6f, 0xb5);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x7c, 0xb8, 0xff);
    c.linkVisited = QColor(0xc6, 0xa2, 0xff);
    c.brightText = QColor(0xff, 0x80, 0x80);
    c.toolTipBase = QColor(0x3a, 0x3a, 0x3e);
    c.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    c.placeholder = QColor(0xa0, 0xa0, 0xa0);
    c.disabledText = QColor(0x80, 0x80, 0x80);
    c.disabledPlaceholder = QColor(0x66, 0x66, 0x66);
    c.disabledHighlight = QColor(0x45, 0x45, 0x4a);
    c.disabledBase = QColor(0x26, 0x26, 0x28);
    return makePalette(c);
}

QString Appearance::toString(Choice choice)
{
    switch (choice) {
    case Choice::Light: return u"light"_s;
    case Choice::Dark: return u"dark"_s;
    case Choice::System: break;
    }
    return u"system"_s;
}

Appearance::Choice Appearance::fromString(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"light")
        return Choice::Light;
    if (value == u"dark")
        return Choice::Dark;
    return Choice::System;
}

} // namespace fa
