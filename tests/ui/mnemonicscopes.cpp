#include "mnemonicscopes.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QToolButton>

namespace fa::test {

namespace {
void addMenu(QMenu *menu, const QString &where, QList<MnemonicScope> &scopes,
             QList<const QMenu *> &seen)
{
    if (!menu || seen.contains(menu))
        return;
    seen.append(menu);
    // Menus built when they open (recent catalogs, subtitles) fill themselves here.
    Q_EMIT menu->aboutToShow();
    MnemonicScope scope{where + QStringLiteral(" › ") + menu->title(), {}};
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        scope.texts.append(action->text());
        addMenu(action->menu(), scope.name, scopes, seen);
    }
    scopes.append(scope);
}
} // namespace

QList<MnemonicScope> mnemonicScopes(QWidget *window, const QString &name)
{
    QList<MnemonicScope> scopes;
    QList<const QMenu *> seen;
    MnemonicScope own{name, {}};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions()) {
                if (!action->isVisible())
                    continue;
                own.texts.append(action->text());
                addMenu(action->menu(), name, scopes, seen);
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            own.texts.append(button->text());
            if (auto *tool = qobject_cast<QToolButton *>(w))
                addMenu(tool->menu(), name + QStringLiteral(" › ") + w->objectName(), scopes, seen);
            else if (auto *push = qobject_cast<QPushButton *>(w))
                addMenu(push->menu(), name + QStringLiteral(" › ") + w->objectName(), scopes, seen);
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            // Only a label with a buddy turns its '&' into a mnemonic.
            if (label->buddy())
                own.texts.append(label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            own.texts.append(box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    own.texts.append(tabs->tabText(i));
            }
        }
    }
    scopes.prepend(own);
    return scopes;
}

QStringList mnemonicClashes(const MnemonicScope &scope)
{
    QMap<QString, QStringList> byKey;
    for (const QString &text : scope.texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)].append(text);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(scope.name + QStringLiteral(": ") + it.key() + QStringLiteral(": “")
                           + it.value().join(QStringLiteral("” / “")) + QStringLiteral("”"));
    }
    return clashes;
}

} // namespace fa::test
