#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace fa::test {

// A screen as a person meets it: its name in test output and its top-level widget,
// shown, laid out and (for the window) at the size the caller gave it.
using ScreenVisitor = std::function<void(const QString &screen, QWidget *root)>;
// Called on each main window before it is shown (to resize it, for instance).
using WindowPreparer = std::function<void(QWidget *window)>;

// Opens, in the interface language, every screen of the app one after another
// and hands each to visit: the main window with a session selected, while
// playing and with a recording that has nothing linked; the import, chapter
// import, problems, preferences, media.ccc.de, shortcuts and about dialogs; the
// address prompts of File → Open from Address and of the player's "Link an
// Address". Returns what could not be reached (empty when every screen was
// visited), so that a check cannot pass by seeing fewer screens.
QStringList tourScreens(const QString &language, const WindowPreparer &prepare,
                        const ScreenVisitor &visit);

// Runs open(), which shows a modal dialog and returns when it closes; act gets the
// dialog once it is exposed, and the dialog is closed after it if still open.
// False when no dialog came up.
bool withModalDialog(const std::function<void()> &open, const std::function<void(QWidget *)> &act);

} // namespace fa::test
