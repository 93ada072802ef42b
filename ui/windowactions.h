#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace fa {

class Appearance;

// The main window's actions and menus: names (for tests), shortcuts, texts in
// the interface language. Only the window connects them to what they do.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QWidget *window);

    // Fills the menu bar; dock toggles are added to the View menu.
    void createMenus(QMenuBar *bar, const QList<QAction *> &dockToggles);
    void retranslate();
    // Checks the action of the language that is on.
    void setLanguage(const QString &code);
    // Connects View → Appearance to the choice and checks the one that is on;
    // without an Appearance the entries are off.
    void setAppearance(Appearance *appearance);
    QMenu *recentMenu() const { return m_recent; }

    QAction *const open;
    QAction *const openFolder;
    QAction *const openAddress;
    QAction *const openMediaCcc;
    QAction *const openSample;
    QAction *const checkUpdates;
    QAction *const importFile;
    QAction *const exportNotes;
    QAction *const preferences;
    QAction *const quit;
    QAction *const search;
    QAction *const clearFilters;
    QAction *const showFilters;
    QAction *const followPlayback;
    QAction *const play;
    QAction *const favourite;
    QAction *const note;
    QAction *const shortcuts;
    QAction *const about;
    QActionGroup *const languages;
    QAction *const appearanceSystem;
    QAction *const appearanceLight;
    QAction *const appearanceDark;
    QActionGroup *const appearances;

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    QMenu *m_file = nullptr;
    QMenu *m_recent = nullptr;
    QMenu *m_session = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_appearance = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
};

} // namespace fa
