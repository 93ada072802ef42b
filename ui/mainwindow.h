#pragma once

#include "catalog.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QDockWidget;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;

namespace fa {

class AuthoringPanel;
class BrowseController;
class ChapterOverlay;
class CatalogLibrary;
class DownloadManager;
class RemoteCatalogLoader;
struct RemoteCatalogResult;
class FilterPane;
class LanguageManager;
class PhotoCache;
class PlayerController;
class PlayerPane;
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
    PlayerController *player = nullptr;
    RemoteCatalogLoader *remoteCatalogs = nullptr;
    DownloadManager *downloads = nullptr;
    ChapterOverlay *chapters = nullptr;
    PhotoCache *photos = nullptr; // optional
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file, bundle folder, resource or http(s) address (fetched in the
    // background); problems are shown, the open catalog stays.
    bool openCatalog(const QString &path);
    void openRemoteCatalog(const QUrl &url, bool quiet = false);
    // Checks every open remote catalog whose last check is a day old.
    void checkDueUpdates();
    void restoreSession();
    void saveSession() const;
    SessionListPane *sessionList() const { return m_list; }
    SessionDetailPane *details() const { return m_details; }
    PlayerPane *player() const { return m_player; }
    // Plays a session: its recording per the language rule, or the given one at
    // the given offset. False (with a message) when nothing can be played.
    bool playSession(const QString &sessionId, const QString &recordingId = {},
                     std::optional<qint64> offset = {});
    // Opens a "link to this moment" address in the open catalogs.
    bool openMomentLink(const QUrl &link);
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateWindowTitle();
    void rebuildRecentMenu();
    void updateStatus();
    void onCurrentSession(const QString &sessionId);
    void onCatalogChanged();
    void onLanguageChanged(const QString &language);
    void chooseCatalogFile();
    void chooseCatalogFolder();
    void exportNotes();
    void openMaterial(const QString &location, bool isLocal, const QString &title,
                      const QByteArray &sha256);
    void openAddress(const QUrl &url);
    void onSessionEntered(const QString &sessionId);
    void createNetworkUi();
    void onRemoteFinished(const RemoteCatalogResult &result);
    void chooseAddress();
    void updateNotice();
    void importSchedule();
    CatalogPtr playableCatalog() const;

    const MainWindowServices m_services;
    FilterPane *const m_filters;
    SessionListPane *const m_list;
    SessionDetailPane *const m_details;
    PlayerPane *const m_player;
    QSplitter *const m_splitter;
    QSplitter *const m_rightSplitter;
    QLabel *const m_countLabel;
    QLabel *m_noticeLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    QDockWidget *m_authoringDock = nullptr;
    AuthoringPanel *m_authoring = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_openAddressAction = nullptr;
    QAction *m_checkUpdatesAction = nullptr;
    QHash<QString, QString> m_notices; // catalog origin -> "Offline copy from ..."
    QSet<QString> m_quietChecks;       // addresses checked without asking

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
    QAction *m_followPlaybackAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_restoringSelection;
};

} // namespace fa
