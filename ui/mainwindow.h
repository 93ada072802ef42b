#pragma once

#include "catalog.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;

namespace fa {

class BrowseController;
class CatalogLibrary;
class FilterPane;
class LanguageManager;
class SessionDetailPane;
class SessionListPane;
class UserDataStore;

// The core objects the window displays and drives; owned by main().
struct MainWindowServices
{
    CatalogLibrary *library = nullptr;
    BrowseController *browse = nullptr;
    UserDataStore *userData = nullptr;
    LanguageManager *languages = nullptr;
    QSettings *settings = nullptr;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file, bundle folder or resource; problems are shown, the open catalog stays.
    bool openCatalog(const QString &path);
    void restoreSession();
    void saveSession() const;
    SessionListPane *sessionList() const { return m_list; }
    SessionDetailPane *details() const { return m_details; }
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildRecentMenu();
    void updateStatus();
    void onCurrentSession(const QString &sessionId);
    void onCatalogChanged();
    void onLanguageChanged(const QString &language);
    void chooseCatalogFile();
    void chooseCatalogFolder();
    void exportNotes();
    void openMaterial(const QString &location, bool isLocal);
    void openAddress(const QUrl &url);

    const MainWindowServices m_services;
    FilterPane *const m_filters;
    SessionListPane *const m_list;
    SessionDetailPane *const m_details;
    QSplitter *const m_splitter;
    QSplitter *const m_rightSplitter;
    QLabel *const m_countLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_exportNotesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_showFiltersAction = nullptr;
    QAction *m_favouriteAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_restoringSelection;
};

} // namespace fa
