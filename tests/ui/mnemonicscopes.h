#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace fa::test {

// The texts whose mnemonics (the letter after a single '&') one key press
// chooses among: the visible widgets of one window with its menu bar titles,
// or the actions of one menu.
struct MnemonicScope
{
    QString name;
    QStringList texts;
};

// The window's scope, then one scope per menu reachable from its menu bar and
// its visible buttons (menus filled on demand are asked to fill first).
QList<MnemonicScope> mnemonicScopes(QWidget *window, const QString &name);
// Lines such as "Alt+F: “&File” / “&Favourites only”", one per shared letter.
QStringList mnemonicClashes(const MnemonicScope &scope);

} // namespace fa::test
