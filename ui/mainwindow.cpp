#include "mainwindow.h"

#include "appearance.h"
#include "archivesession.h"
#include "archivestate.h"
#include "authoringpanel.h"
#include "browsecontroller.h"
#include "catalogdialogs.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "downloadspanel.h"
#include "filterpane.h"
#include "focusareas.h"
#include "helpdialogs.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "materialaccess.h"
#include "mediaquality.h"
#include "playercontroller.h"
#include "playerpane.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "problemsdialog.h"
#include "sessiondetailpane.h"
#include "sessionlistpane.h"
#include "statusarea.h"
#include "subtitleselection.h"
#include "transcriptsearch.h"
#include "userdatastore.h"
#include "verticalscrollarea.h"
#include "webaddress.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>

namespace fa {

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(services.session)
    , m_actions(new WindowActions(this))
    , m_filters(new FilterPane(m_session->services().browse, m_session->services().library, this))
    , m_list(new SessionListPane(m_session->services().browse, this))
    , m_details(new SessionDetailPane(m_session->services().userData, this))
    , m_player(new PlayerPane(m_session->services().player, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_status(new StatusArea(this))
    , m_downloadsDock(new QDockWidget(this))
    , m_authoringDock(new QDockWidget(this))
    , m_authoring(
          new AuthoringPanel(m_session->services().player, m_session->services().chapters, this))
    , m_areas(new FocusAreas(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filters->setObjectName(QStringLiteral("filterPane"));
    m_list->setObjectName(QStringLiteral("sessionListPane"));
    m_details->setObjectName(QStringLiteral("detailPane"));
    m_authoring->setObjectName(QStringLiteral("authoringPanel"));
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_authoringDock->setObjectName(QStringLiteral("authoringDock"));
    if (m_services.photos)
        m_details->setPhotoCache(m_services.photos);
    if (SubtitleSelection *subtitles = m_session->services().subtitles)
        m_player->setSubtitles(subtitles);
    if (TranscriptSearch *transcripts = m_session->services().transcripts)
        m_list->setTranscripts(transcripts);

    m_player->hide(); // shown by the first Play
    m_rightSplitter->addWidget(m_player);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setChildrenCollapsible(false);
    auto *filterColumn = new VerticalScrollArea(m_filters, this);
    filterColumn->setObjectName(QStringLiteral("filterColumn"));
    m_splitter->addWidget(filterColumn);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    setStatusBar(m_status);

    m_downloadsDock->setWidget(new DownloadsPanel(m_services.downloads, m_downloadsDock));
    m_authoringDock->setWidget(m_authoring);
    for (QDockWidget *dock : {m_downloadsDock, m_authoringDock}) {
        dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    m_actions->createMenus(
        menuBar(), {m_downloadsDock->toggleViewAction(), m_authoringDock->toggleViewAction()});
    m_areas->add(m_filters);
    m_areas->add(m_list->searchField());
    m_areas->add(m_list, m_list->view());
    m_areas->add(m_details);
    m_areas->add(m_player);
    m_areas->chainTabOrder();

    connectSession();
    connectActions();
    m_actions->setLanguage(m_session->language());
    m_player->setLanguage(m_session->language());
    retranslateUi();
    rebuildRecentMenu();
    showCatalog(m_session->catalog());
    placeOnScreen();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectSession()
{
    const ArchiveServices &core = m_session->services();
    connect(m_session, &ArchiveSession::catalogChanged, this, &MainWindow::showCatalog);
    connect(m_session, &ArchiveSession::currentSessionChanged, this, &MainWindow::showSession);
    connect(m_session, &ArchiveSession::playbackStarted, this, &MainWindow::showPlayer);
    connect(m_session, &ArchiveSession::message, m_status, &StatusArea::say);
    connect(m_session, &ArchiveSession::problemsFound, this, &MainWindow::showProblems);
    connect(m_session, &ArchiveSession::openFailed, this, [this](const LiveText &text) {
        QMessageBox::warning(this, tr("Open from Address"), text.toString());
    });
    connect(m_session, &ArchiveSession::noticeChanged, this,
            [this] { m_status->setNotice(m_session->notice()); });
    connect(m_session, &ArchiveSession::fetchProgress, m_status, &StatusArea::setProgress);
    connect(m_status, &StatusArea::retryRequested, m_session, &ArchiveSession::retry);
    connect(m_status, &StatusArea::cancelRequested, m_session, &ArchiveSession::cancelImport);
    connect(m_session, &ArchiveSession::importingChanged, m_status, &StatusArea::setCancellable);
    connect(core.library, &CatalogLibrary::recentChanged, this, &MainWindow::rebuildRecentMenu);
    connect(core.browse, &BrowseController::filterChanged, this,
            [this] { m_status->setCount(m_session->services().browse->countText()); });
    connect(core.userData, &UserDataStore::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Your data"), message);
    });
    connect(core.chapters, &ChapterOverlay::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Chapter Editing"), message);
    });
    connect(core.languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        m_actions->setLanguage(code);
        m_player->setLanguage(code);
        // Texts of the window itself follow with QEvent::LanguageChange.
        showSession(m_session->currentSessionId());
    });

    connect(m_list, &SessionListPane::currentSessionChanged, m_session,
            &ArchiveSession::setCurrentSession);
    connect(
        m_list, &SessionListPane::momentRequested, m_session,
        [this](const QString &recordingId, qint64 at) { m_session->playMoment(recordingId, at); });
    connect(m_list, &SessionListPane::playRequested, m_session,
            [this](const QString &id) { m_session->play(id); });
    connect(m_details, &SessionDetailPane::playRequested, m_session,
            [this](const QString &id, const QString &recordingId) {
                m_session->play(id, recordingId);
            });
    connect(m_details, &SessionDetailPane::favouriteToggled, core.browse,
            &BrowseController::toggleFavourite);
    connect(m_details, &SessionDetailPane::materialRequested, this, &MainWindow::openMaterial);
    connect(m_details, &SessionDetailPane::linkActivated, this, &MainWindow::openWebAddress);
    connect(m_details, &SessionDetailPane::linkHovered, this, [this](const QString &address) {
        if (address.isEmpty())
            m_status->clearMessage();
        else
            m_status->showMessage(address);
    });
    connect(m_player, &PlayerPane::message, this,
            [this](const LiveText &text) { m_status->say(text, 5000); });
    connect(m_authoring, &AuthoringPanel::chaptersImported, m_authoringDock, &QWidget::show);
    connect(m_authoring, &AuthoringPanel::sessionRemoved, m_session,
            [this] { m_session->setCurrentSession(QString()); });
    connect(m_authoring, &AuthoringPanel::exported, this, [this](const QString &path) {
        say(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
}

void MainWindow::connectActions()
{
    const ArchiveServices &core = m_session->services();
    WindowActions *a = m_actions;
    const CatalogDialogs dialogs(this, m_session);
    connect(a->open, &QAction::triggered, this, [dialogs] { dialogs.openFile(); });
    connect(a->openFolder, &QAction::triggered, this, [dialogs] { dialogs.openFolder(); });
    connect(a->openAddress, &QAction::triggered, this, [dialogs] { dialogs.openAddress(); });
    connect(a->openMediaCcc, &QAction::triggered, this, [this, dialogs] {
        Preferences *preferences = m_services.preferences;
        dialogs.openConference(preferences ? MediaQuality::fromString(preferences->mediaQuality())
                                           : MediaQuality());
    });
    a->openMediaCcc->setEnabled(core.mediaCcc != nullptr);
    connect(a->openSample, &QAction::triggered, m_session,
            [this] { m_session->openCatalog(sampleArchivePath()); });
    a->openSample->setEnabled(!sampleArchivePath().isEmpty());
    connect(a->checkUpdates, &QAction::triggered, m_session, &ArchiveSession::retry);
    connect(a->importFile, &QAction::triggered, this, [this, dialogs] {
        QString message;
        const CatalogDialogs::Imported imported = dialogs.importFile(&message);
        if (imported == CatalogDialogs::Imported::Chapters)
            m_authoringDock->show();
        else if (imported == CatalogDialogs::Imported::Catalog)
            say(message);
    });
    connect(a->exportNotes, &QAction::triggered, this, [this, dialogs] {
        if (const std::optional<QString> message = dialogs.exportNotes())
            say(*message);
    });
    a->setAppearance(m_services.appearance);
    connect(a->preferences, &QAction::triggered, this, [this] {
        if (!m_services.preferences)
            return;
        PreferencesDialog dialog(m_services.preferences, this);
        dialog.exec();
    });
    a->preferences->setEnabled(m_services.preferences != nullptr);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->search, &QAction::triggered, m_list, &SessionListPane::focusSearch);
    connect(a->clearFilters, &QAction::triggered, core.browse, &BrowseController::clearFilters);
    connect(a->showFilters, &QAction::toggled, m_splitter->widget(0), &QWidget::setVisible);
    connect(a->followPlayback, &QAction::toggled, m_session, &ArchiveSession::setFollowPlayback);
    connect(a->play, &QAction::triggered, m_session, [this] { m_session->play(); });
    connect(a->favourite, &QAction::triggered, this, [this] {
        m_session->services().browse->toggleFavourite(m_session->currentSessionId());
    });
    connect(a->note, &QAction::triggered, m_details, &SessionDetailPane::focusNote);
    connect(a->shortcuts, &QAction::triggered, this, [this] { showShortcutsDialog(this); });
    connect(a->about, &QAction::triggered, this, [this] {
        showAboutDialog(this, m_session->services().library->current(), m_session->language());
    });
    connect(a, &WindowActions::languageChosen, core.languages, &LanguageManager::setLanguage);
}

void MainWindow::retranslateUi()
{
    const CatalogPtr catalog = m_session->catalog();
    //: Window title: the open event, then the application's name
    setWindowTitle(catalog ? tr("%1 — Forum Archive")
                                 .arg(catalog->text(catalog->event.title, m_session->language()))
                           : tr("Forum Archive"));
    m_actions->retranslate();
    m_downloadsDock->setWindowTitle(tr("Downloads"));
    m_downloadsDock->toggleViewAction()->setText(tr("&Downloads"));
    m_authoringDock->setWindowTitle(tr("Chapter Editing"));
    m_authoringDock->toggleViewAction()->setText(tr("&Chapter Editing"));
    m_splitter->setAccessibleName(tr("Filters, sessions and details"));
    m_status->setCount(m_session->services().browse->countText());
    m_status->setNotice(m_session->notice());
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu();
    menu->clear();
    const QStringList recent = m_session->services().library->recent();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_session,
                [this, path] { m_session->openCatalog(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent catalogs"))->setEnabled(false);
}

void MainWindow::showCatalog(const CatalogPtr &catalog)
{
    setWindowFilePath(catalog && !catalog->origin.startsWith(u':') ? catalog->origin : QString());
    retranslateUi();
    showSession(m_session->currentSessionId());
}

void MainWindow::showSession(const QString &sessionId)
{
    if (m_list->currentSessionId() != sessionId)
        m_list->selectSession(sessionId);
    m_details->showSession(m_session->catalog(), sessionId, m_session->language());
    m_authoring->setSession(sessionId);
    m_actions->favourite->setEnabled(!sessionId.isEmpty());
    m_actions->note->setEnabled(!sessionId.isEmpty());
    m_actions->play->setEnabled(!sessionId.isEmpty());
}

void MainWindow::showPlayer()
{
    if (!m_player->isVisible()) {
        m_player->show();
        // Room for the video and for the session's details below it: at 1280×800
        // the title, time, recordings and speakers stay readable without scrolling.
        const int right = std::max(560, width() - 580);
        m_splitter->setSizes({220, width() - 220 - right, right});
        // Large text needs more than three eighths for the title, picture and controls.
        const int height = m_rightSplitter->height();
        const int player = std::max(height * 3 / 8, m_player->minimumSizeHint().height());
        m_rightSplitter->setSizes({player, height - player});
    }
    m_player->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showProblems(const QString &name, const CatalogProblems &problems, bool refused)
{
    if (refused) {
        ProblemsDialog dialog(name, problems, true, this);
        dialog.exec();
        return;
    }
    auto *dialog = new ProblemsDialog(name, problems, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openMaterial(const QString &location, bool isLocal, const QString &title,
                              const QByteArray &sha256)
{
    const MaterialAccess::Result result =
        MaterialAccess(m_services.downloads).open(location, isLocal, title, sha256);
    if (result.outcome == MaterialAccess::Outcome::Failed) {
        QMessageBox::warning(this, tr("Material"), result.message);
        return;
    }
    if (result.outcome == MaterialAccess::Outcome::Downloading)
        m_downloadsDock->show();
    say(result.message, 4000);
}

void MainWindow::openWebAddress(const QUrl &url)
{
    // Only web addresses leave the app; anything else from a catalog is refused.
    if (!isWebAddress(url))
        return;
    QDesktopServices::openUrl(url);
    say(tr("Opened %1 in your browser").arg(url.toDisplayString()));
}

void MainWindow::say(const QString &text, int timeoutMs)
{
    m_status->say(LiveText([text] { return text; }), timeoutMs);
}

void MainWindow::placeOnScreen()
{
    // First run: most of the screen, centred; restoreLayout() brings back the user's.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(available.width() * 19 / 20, 1600),
                     std::min(available.height() * 19 / 20, 1000));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    m_splitter->setSizes({260, size.width() - 260 - size.width() * 2 / 5, size.width() * 2 / 5});
}

void MainWindow::saveLayout() const
{
    QSettings *s = m_services.settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    s->setValue(QStringLiteral("window/sessionHeader"), m_list->saveHeaderState());
    s->setValue(QStringLiteral("window/showFilters"), m_actions->showFilters->isChecked());
}

void MainWindow::restoreLayout()
{
    m_actions->followPlayback->setChecked(m_session->followsPlayback());
    QSettings *s = m_services.settings;
    if (!s)
        return;
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnScreen();
    restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
    m_rightSplitter->restoreState(s->value(QStringLiteral("window/rightSplitter")).toByteArray());
    m_list->restoreHeaderState(s->value(QStringLiteral("window/sessionHeader")).toByteArray());
    m_actions->showFilters->setChecked(
        s->value(QStringLiteral("window/showFilters"), true).toBool());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_services.settings)
        ArchiveState::save(*m_session, *m_services.settings);
    QMainWindow::closeEvent(event);
}

} // namespace fa
