#pragma once

#include <QMetaType>
#include <QString>

#include <functional>

namespace fa {

// A text for the user that is rendered when shown, not when made: a message
// still on screen after a language switch is rendered again in the new
// language instead of staying in the old one.
class LiveText
{
public:
    LiveText() = default;
    explicit LiveText(std::function<QString()> render)
        : m_render(std::move(render))
    {}

    QString toString() const { return m_render ? m_render() : QString(); }
    bool isEmpty() const { return !m_render; }

private:
    std::function<QString()> m_render;
};

} // namespace fa

Q_DECLARE_METATYPE(fa::LiveText)
