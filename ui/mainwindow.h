#pragma once

#include "catalog.h"
#include "catalogproblem.h"
#include "livetext.h"

#include <QMainWindow>

class QDockWidget;
class QSettings;
class QSplitter;

namespace fa {

class Appearance;
class ArchiveSession;
class AuthoringPanel;
class DownloadManager;
class FilterPane;
class FocusAreas;
class PhotoCache;
class PlayerPane;
class Preferences;
class SessionDetailPane;
class SessionListPane;
class StatusArea;
class WindowActions;

// The core objects the window shows and drives; owned by main().
struct MainWindowServices
{
    ArchiveSession *session = nullptr;
    QSettings *settings = nullptr; // the window's layout; optional
    DownloadManager *downloads = nullptr;
    PhotoCache *photos = nullptr;       // optional
    Preferences *preferences = nullptr; // optional: without it File → Preferences is off
    Appearance *appearance = nullptr;   // optional: without it View → Appearance is off
};

// Builds the panes, connects them to the archive session and forwards what
// the user asks for. Decisions (which catalog, what plays, what is restored)
// are the session's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Geometry, splitters, list columns and panels of the last run.
    void restoreLayout();
    void saveLayout() const;
    SessionListPane *sessionList() const { return m_list; }
    SessionDetailPane *details() const { return m_details; }
    PlayerPane *player() const { return m_player; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectSession();
    void connectActions();
    void retranslateUi();
    void rebuildRecentMenu();
    void showCatalog(const CatalogPtr &catalog);
    void showSession(const QString &sessionId);
    void showPlayer();
    void showProblems(const QString &name, const CatalogProblems &problems, bool refused);
    void openMaterial(const QString &location, bool isLocal, const QString &title,
                      const QByteArray &sha256);
    void openWebAddress(const QUrl &url);
    void say(const QString &text, int timeoutMs = 5000);
    void placeOnScreen();

    const MainWindowServices m_services;
    ArchiveSession *const m_session;
    WindowActions *const m_actions;
    FilterPane *const m_filters;
    SessionListPane *const m_list;
    SessionDetailPane *const m_details;
    PlayerPane *const m_player;
    QSplitter *const m_splitter;
    QSplitter *const m_rightSplitter;
    StatusArea *const m_status;
    QDockWidget *const m_downloadsDock;
    QDockWidget *const m_authoringDock;
    AuthoringPanel *const m_authoring;
    FocusAreas *const m_areas;
};

} // namespace fa
