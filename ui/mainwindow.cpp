#include "mainwindow.h"

#include "authoringpanel.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "filterpane.h"
#include "helpdialogs.h"
#include "importdialog.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "momentlink.h"
#include "notesexport.h"
#include "playbackplanner.h"
#include "playercontroller.h"
#include "playerpane.h"
#include "problemsdialog.h"
#include "remotecatalogloader.h"
#include "sessiondetailpane.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"
#include "sessionlistpane.h"
#include "userdatastore.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

namespace fa {

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_filters(new FilterPane(services.browse, services.library, this))
    , m_list(new SessionListPane(services.browse, this))
    , m_details(new SessionDetailPane(services.userData, this))
    , m_player(new PlayerPane(services.player, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filters->setObjectName(QStringLiteral("filterPane"));
    m_list->setObjectName(QStringLiteral("sessionListPane"));
    m_details->setObjectName(QStringLiteral("detailPane"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    if (m_services.photos)
        m_details->setPhotoCache(m_services.photos);
    m_player->hide(); // shown by the first Play
    m_rightSplitter->addWidget(m_player);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({260, 480, 520});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createNetworkUi();
    createMenus();
    setTabOrder(m_filters, m_list);
    setTabOrder(m_list, m_details);

    BrowseController *browse = m_services.browse;
    connect(m_services.library, &CatalogLibrary::currentChanged, this,
            &MainWindow::onCatalogChanged);
    connect(m_services.library, &CatalogLibrary::recentChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(browse, &BrowseController::filterChanged, this, &MainWindow::updateStatus);
    connect(m_list, &SessionListPane::currentSessionChanged, this, &MainWindow::onCurrentSession);
    connect(m_list, &SessionListPane::playRequested, this,
            [this](const QString &id) { playSession(id); });
    connect(m_details, &SessionDetailPane::playRequested, this,
            [this](const QString &id, const QString &recordingId, qint64 offset) {
                playSession(id, recordingId, offset);
            });
    connect(m_services.player, &PlayerController::sessionEntered, this,
            &MainWindow::onSessionEntered);
    connect(m_player, &PlayerPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_details, &SessionDetailPane::favouriteToggled, browse,
            &BrowseController::toggleFavourite);
    connect(m_details, &SessionDetailPane::materialRequested, this, &MainWindow::openMaterial);
    connect(m_details, &SessionDetailPane::linkActivated, this, &MainWindow::openAddress);
    connect(m_details, &SessionDetailPane::linkHovered, this, [this](const QString &address) {
        if (address.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(address);
    });
    connect(m_services.userData, &UserDataStore::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Your data"), message);
    });
    connect(m_services.languages, &LanguageManager::languageChanged, this,
            &MainWindow::onLanguageChanged);
    connect(m_services.chapters, &ChapterOverlay::changed, this, [this] {
        m_details->showSession(playableCatalog(), m_list->currentSessionId(), language());
    });
    connect(m_services.chapters, &ChapterOverlay::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Chapter Editing"), message);
    });

    m_player->setLanguage(language());
    retranslateUi();
    rebuildRecentMenu();
    onCatalogChanged();
    resize(1260, 780); // first run; restoreSession() brings back the user's size
}

MainWindow::~MainWindow() = default;

QString MainWindow::language() const
{
    return m_services.languages->language();
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QKeySequence &keys = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!keys.isEmpty())
            action->setShortcut(keys);
        return action;
    };
    m_openAction = make("openCatalogAction", QKeySequence::Open);
    m_openFolderAction = make("openFolderAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openSampleAction = make("openSampleAction");
    m_exportNotesAction = make("exportNotesAction");
    m_quitAction = make("quitAction", QKeySequence::Quit);
    m_searchAction = make("searchAction", QKeySequence::Find);
    m_clearFiltersAction =
        make("clearFiltersAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_showFiltersAction = make("showFiltersAction", QKeySequence(Qt::Key_F9));
    m_showFiltersAction->setCheckable(true);
    m_showFiltersAction->setChecked(true);
    m_favouriteAction = make("favouriteAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_noteAction = make("noteAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_playAction = make("playAction", QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_followPlaybackAction = make("followPlaybackAction");
    m_followPlaybackAction->setCheckable(true);
    m_followPlaybackAction->setChecked(true);
    m_shortcutsAction = make("shortcutsAction", QKeySequence::HelpContents);
    m_aboutAction = make("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseCatalogFile);
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseCatalogFolder);
    connect(m_openSampleAction, &QAction::triggered, this,
            [this] { openCatalog(sampleArchivePath()); });
    m_openSampleAction->setEnabled(!sampleArchivePath().isEmpty());
    connect(m_exportNotesAction, &QAction::triggered, this, &MainWindow::exportNotes);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_searchAction, &QAction::triggered, m_list, &SessionListPane::focusSearch);
    connect(m_clearFiltersAction, &QAction::triggered, m_services.browse,
            &BrowseController::clearFilters);
    connect(m_showFiltersAction, &QAction::toggled, m_filters, &QWidget::setVisible);
    connect(m_favouriteAction, &QAction::triggered, this,
            [this] { m_services.browse->toggleFavourite(m_list->currentSessionId()); });
    connect(m_noteAction, &QAction::triggered, m_details, &SessionDetailPane::focusNote);
    connect(m_playAction, &QAction::triggered, this,
            [this] { playSession(m_list->currentSessionId()); });
    connect(m_shortcutsAction, &QAction::triggered, this, [this] { showShortcutsDialog(this); });
    connect(m_aboutAction, &QAction::triggered, this,
            [this] { showAboutDialog(this, m_services.library->current(), language()); });

    m_importAction = make("importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importSchedule);
    m_authoring = new AuthoringPanel(m_services.player, m_services.chapters, this);
    m_authoring->setObjectName(QStringLiteral("authoringPanel"));
    m_authoringDock = new QDockWidget(this);
    m_authoringDock->setObjectName(QStringLiteral("authoringDock"));
    m_authoringDock->setWidget(m_authoring);
    m_authoringDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_authoringDock);
    m_authoringDock->hide();
    connect(m_authoring, &AuthoringPanel::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::supportedLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this,
                [this, code] { m_services.languages->setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_openAddressAction);
    m_fileMenu->addAction(m_openSampleAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_checkUpdatesAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportNotesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_sessionMenu->addAction(m_playAction);
    m_sessionMenu->addAction(m_favouriteAction);
    m_sessionMenu->addAction(m_noteAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_searchAction);
    m_viewMenu->addAction(m_clearFiltersAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showFiltersAction);
    m_viewMenu->addAction(m_followPlaybackAction);
    m_viewMenu->addAction(m_downloadsDock->toggleViewAction());
    m_viewMenu->addAction(m_authoringDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::updateWindowTitle()
{
    const CatalogPtr catalog = m_services.library->current();
    //: Window title: the open event, then the application's name
    setWindowTitle(
        catalog ? tr("%1 — Forum Archive").arg(catalog->text(catalog->event.title, language()))
                : tr("Forum Archive"));
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    //: Menu title; the entries are each language's own name.
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Catalog…"));
    m_openFolderAction->setText(tr("Open &Folder Bundle…"));
    m_openSampleAction->setText(tr("Open the &Sample Archive"));
    m_openAddressAction->setText(tr("Open from &Address…"));
    m_checkUpdatesAction->setText(tr("Check for &Updates"));
    m_downloadsDock->setWindowTitle(tr("Downloads"));
    m_downloadsDock->toggleViewAction()->setText(tr("&Downloads"));
    m_importAction->setText(tr("&Import Schedule or Chapters…"));
    m_authoringDock->setWindowTitle(tr("Chapter Editing"));
    m_authoringDock->toggleViewAction()->setText(tr("&Chapter Editing"));
    m_exportNotesAction->setText(tr("&Export Favourites and Notes…"));
    m_quitAction->setText(tr("&Quit"));
    m_searchAction->setText(tr("&Search Sessions"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_showFiltersAction->setText(tr("Show &Filters"));
    m_favouriteAction->setText(tr("Toggle &Favourite"));
    m_noteAction->setText(tr("Edit &Note"));
    m_playAction->setText(tr("&Play"));
    m_followPlaybackAction->setText(tr("Follow Playback in the &List"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Forum Archive"));
    m_splitter->setAccessibleName(tr("Filters, sessions and details"));
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_services.library->recent();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openCatalog(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent catalogs"));
        none->setEnabled(false);
    }
}

void MainWindow::updateStatus()
{
    const int total = m_services.browse->totalCount();
    const int visible = m_services.browse->visibleCount();
    m_countLabel->setText(visible == total
                              ? tr("%n session(s)", nullptr, total)
                              : tr("%1 of %n session(s)", nullptr, total).arg(visible));
}

bool MainWindow::openCatalog(const QString &path)
{
    if (path.startsWith(u"http://") || path.startsWith(u"https://")) {
        openRemoteCatalog(QUrl(path));
        return true;
    }
    const CatalogLoadResult result = m_services.library->open(path);
    const QString shown =
        path.startsWith(u':') ? tr("The built-in catalog") : QDir::toNativeSeparators(path);
    if (!result.ok()) {
        ProblemsDialog dialog(shown, result.problems, true, this);
        dialog.exec();
        return false;
    }
    if (!result.problems.isEmpty()) {
        auto *dialog = new ProblemsDialog(shown, result.problems, false, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    statusBar()->showMessage(tr("Opened %1").arg(shown), 4000);
    return true;
}

void MainWindow::onCatalogChanged()
{
    updateNotice();
    updateWindowTitle();
    const CatalogPtr catalog = m_services.library->current();
    m_services.browse->setCatalog(catalog);
    if (catalog)
        m_services.chapters->setCatalog(catalog);
    if (catalog)
        setWindowFilePath(catalog->origin.startsWith(u':') ? QString() : catalog->origin);
    m_details->showSession(catalog, QString(), language());
    updateStatus();
}

void MainWindow::onCurrentSession(const QString &sessionId)
{
    m_details->showSession(playableCatalog(), sessionId, language());
    m_authoring->setSession(sessionId);
    m_favouriteAction->setEnabled(!sessionId.isEmpty());
    m_noteAction->setEnabled(!sessionId.isEmpty());
}

void MainWindow::onLanguageChanged(const QString &code)
{
    m_services.browse->setLanguage(code);
    m_services.library->setLanguage(code);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
    m_details->showSession(playableCatalog(), m_list->currentSessionId(), code);
    m_player->setLanguage(code);
    updateWindowTitle();
}

bool MainWindow::playSession(const QString &sessionId, const QString &recordingId,
                             std::optional<qint64> offset)
{
    const CatalogPtr catalog = playableCatalog();
    const Session *session = catalog ? catalog->session(sessionId) : nullptr;
    if (!session)
        return false;
    PlayerController *player = m_services.player;
    bool started = false;
    if (recordingId.isEmpty()) {
        started = player->playSession(catalog, sessionId, language(), -1, offset);
    } else {
        const QList<PlaybackOption> options =
            PlaybackPlanner::options(*catalog, sessionId, language());
        int index = -1;
        for (int i = 0; i < options.size(); ++i) {
            if (options[i].recordingId == recordingId)
                index = i;
        }
        started = index >= 0
                      ? player->playSession(catalog, sessionId, language(), index)
                      : player->playRecording(catalog, recordingId, offset.value_or(0), language());
    }
    if (!started) {
        statusBar()->showMessage(tr("This session has no recording in the catalog."), 5000);
        return false;
    }
    if (!m_player->isVisible()) {
        m_player->show();
        // Room for the video without squeezing the session titles.
        m_splitter->setSizes({220, 450, std::max(520, width() - 690)});
    }
    m_player->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::openMomentLink(const QUrl &link)
{
    for (int row = 0; row < m_services.library->rowCount(); ++row) {
        const CatalogPtr catalog = m_services.library->at(row);
        const auto target = MomentLink::parse(*catalog, link, m_services.userData);
        if (!target)
            continue;
        m_services.library->setCurrent(row);
        if (!target->sessionId.isEmpty())
            m_list->selectSession(target->sessionId);
        m_services.player->playRecording(catalog, target->recordingId, target->offset, language());
        m_player->show();
        return true;
    }
    statusBar()->showMessage(
        tr("No open catalog has a recording at %1.").arg(link.toDisplayString()), 8000);
    return false;
}

CatalogPtr MainWindow::playableCatalog() const
{
    // The open catalog with the user's chapter edits applied.
    const CatalogPtr current = m_services.library->current();
    const CatalogPtr edited = m_services.chapters->effectiveCatalog();
    return edited && current && edited->event.id == current->event.id
                   && edited->origin == current->origin
               ? edited
               : current;
}

void MainWindow::importSchedule()
{
    ImportDialog dialog(playableCatalog(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportDialogResult &result = dialog.importResult();
    if (result.kind == ImportDialogResult::Kind::Catalog && result.catalog) {
        m_services.library->add(result.catalog);
        statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(result.inputFile)),
                                 5000);
    } else if (result.kind == ImportDialogResult::Kind::Chapters) {
        m_services.chapters->importChapters(result.recordingId, result.chapters);
        m_authoringDock->show();
    }
}

void MainWindow::onSessionEntered(const QString &sessionId)
{
    const CatalogPtr catalog = m_services.player->catalog();
    const Session *session = catalog ? catalog->session(sessionId) : nullptr;
    if (!session)
        return;
    statusBar()->showMessage(tr("Now playing: %1").arg(catalog->text(session->title, language())),
                             6000);
    if (m_followPlaybackAction->isChecked() && catalog == m_services.library->current())
        m_list->selectSession(sessionId);
}

void MainWindow::chooseCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalog"), QString(), tr("Forum Archive catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::chooseCatalogFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder Bundle"));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::exportNotes()
{
    const CatalogPtr catalog = m_services.library->current();
    if (!catalog)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(catalog->event.id + QStringLiteral("-notes.md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Favourites and Notes"),
                                                      suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString markdown =
        NotesExport::toMarkdown(*catalog, m_services.userData->favourites(catalog->event.id),
                                m_services.userData->notes(catalog->event.id), language());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export Favourites and Notes"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openMaterial(const QString &location, bool isLocal, const QString &title,
                              const QByteArray &sha256)
{
    if (isLocal) {
        if (!QFileInfo::exists(location)) {
            QMessageBox::warning(this, tr("Material"),
                                 tr("The file %1 is missing from the catalog's folder.")
                                     .arg(QDir::toNativeSeparators(location)));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(location));
        return;
    }
    const QUrl url(location);
    const QString downloaded = m_services.downloads->localPath(url);
    if (!downloaded.isEmpty() && QFileInfo::exists(downloaded)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(downloaded));
        return;
    }
    m_services.downloads->enqueue({url, title, QString(), sha256});
    m_downloadsDock->show();
    statusBar()->showMessage(tr("Downloading %1").arg(url.toDisplayString()), 4000);
}

void MainWindow::openAddress(const QUrl &url)
{
    // Only web addresses leave the app; anything else from a catalog is refused.
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return;
    QDesktopServices::openUrl(url);
    statusBar()->showMessage(tr("Opened %1 in your browser").arg(url.toDisplayString()), 5000);
}

void MainWindow::saveSession() const
{
    QSettings *s = m_services.settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    s->setValue(QStringLiteral("window/sessionHeader"), m_list->saveHeaderState());
    s->setValue(QStringLiteral("window/showFilters"), m_showFiltersAction->isChecked());
    s->setValue(QStringLiteral("player/followPlayback"), m_followPlaybackAction->isChecked());
    s->setValue(QStringLiteral("catalogs/open"), m_services.library->origins());
    const CatalogPtr current = m_services.library->current();
    s->setValue(QStringLiteral("catalogs/current"), current ? current->origin : QString());
    s->setValue(QStringLiteral("catalogs/recent"), m_services.library->recent());
    const SessionFilter &f = m_services.browse->filter();
    s->setValue(QStringLiteral("filter/day"), f.dayId);
    s->setValue(QStringLiteral("filter/pillars"),
                QStringList(f.pillarIds.cbegin(), f.pillarIds.cend()));
    s->setValue(QStringLiteral("filter/speaker"), f.speakerId);
    s->setValue(QStringLiteral("filter/text"), f.text);
    s->setValue(QStringLiteral("filter/favouritesOnly"), f.favouritesOnly);
    s->setValue(QStringLiteral("selection/session"), m_list->currentSessionId());
}

void MainWindow::restoreSession()
{
    QSettings *s = m_services.settings;
    if (!s)
        return;
    restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
    m_rightSplitter->restoreState(s->value(QStringLiteral("window/rightSplitter")).toByteArray());
    m_list->restoreHeaderState(s->value(QStringLiteral("window/sessionHeader")).toByteArray());
    m_showFiltersAction->setChecked(s->value(QStringLiteral("window/showFilters"), true).toBool());
    m_followPlaybackAction->setChecked(
        s->value(QStringLiteral("player/followPlayback"), true).toBool());
    m_services.library->setRecent(s->value(QStringLiteral("catalogs/recent")).toStringList());

    // Reopen what was open; a catalog that no longer opens is skipped silently here
    // (it stays in Recent, where opening it shows its problems).
    const QStringList open = s->value(QStringLiteral("catalogs/open")).toStringList();
    for (const QString &origin : open) {
        if (m_services.library->rowOfOrigin(origin) >= 0)
            continue;
        if (origin.startsWith(u"http://") || origin.startsWith(u"https://")) {
            // The kept copy opens at once; checkDueUpdates() refreshes it later.
            const RemoteCatalogResult copy =
                m_services.remoteCatalogs->openCachedCopy(QUrl(origin));
            if (copy.catalog) {
                m_services.library->add(copy.catalog);
                m_notices.insert(copy.catalog->origin, copy.notice);
            }
        } else {
            m_services.library->open(origin);
        }
    }
    const int current =
        m_services.library->rowOfOrigin(s->value(QStringLiteral("catalogs/current")).toString());
    if (current >= 0)
        m_services.library->setCurrent(current);
    else if (m_services.library->rowCount() > 0)
        m_services.library->setCurrent(0);

    SessionFilter f;
    f.dayId = s->value(QStringLiteral("filter/day")).toString();
    const QStringList pillars = s->value(QStringLiteral("filter/pillars")).toStringList();
    f.pillarIds = QSet<QString>(pillars.cbegin(), pillars.cend());
    f.speakerId = s->value(QStringLiteral("filter/speaker")).toString();
    f.text = s->value(QStringLiteral("filter/text")).toString();
    f.favouritesOnly = s->value(QStringLiteral("filter/favouritesOnly")).toBool();
    m_services.browse->setFilter(f);
    m_list->selectSession(s->value(QStringLiteral("selection/session")).toString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace fa
