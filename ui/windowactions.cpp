#include "windowactions.h"

#include "appearance.h"
#include "languagemanager.h"
#include "languagenames.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace fa {

namespace {
QAction *makeAction(QObject *parent, const char *name, const QKeySequence &keys = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    if (!keys.isEmpty())
        action->setShortcut(keys);
    return action;
}

QKeySequence preferencesKeys()
{
    // Most Linux desktops name no key for it; Ctrl+, is what applications there use.
    const QKeySequence keys(QKeySequence::Preferences);
    return keys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : keys;
}
} // namespace

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
    , open(makeAction(window, "openCatalogAction", QKeySequence::Open))
    , openFolder(
          makeAction(window, "openFolderAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))
    , openAddress(makeAction(window, "openAddressAction", QKeySequence(Qt::CTRL | Qt::Key_L)))
    , openMediaCcc(
          makeAction(window, "openMediaCccAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
    , openSample(makeAction(window, "openSampleAction"))
    , checkUpdates(makeAction(window, "checkUpdatesAction"))
    , importFile(makeAction(window, "importAction", QKeySequence(Qt::CTRL | Qt::Key_I)))
    , exportNotes(makeAction(window, "exportNotesAction"))
    , preferences(makeAction(window, "preferencesAction", preferencesKeys()))
    , quit(makeAction(window, "quitAction", QKeySequence::Quit))
    , search(makeAction(window, "searchAction", QKeySequence::Find))
    , clearFilters(
          makeAction(window, "clearFiltersAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)))
    , showFilters(makeAction(window, "showFiltersAction", QKeySequence(Qt::Key_F9)))
    , followPlayback(makeAction(window, "followPlaybackAction"))
    , play(makeAction(window, "playAction", QKeySequence(Qt::CTRL | Qt::Key_Return)))
    , favourite(makeAction(window, "favouriteAction", QKeySequence(Qt::CTRL | Qt::Key_D)))
    , note(makeAction(window, "noteAction", QKeySequence(Qt::CTRL | Qt::Key_E)))
    , shortcuts(makeAction(window, "shortcutsAction", QKeySequence::HelpContents))
    , about(makeAction(window, "aboutAction"))
    , languages(new QActionGroup(window))
    , appearanceSystem(makeAction(window, "appearance_system"))
    , appearanceLight(makeAction(window, "appearance_light"))
    , appearanceDark(makeAction(window, "appearance_dark"))
    , appearances(new QActionGroup(window))
{
    showFilters->setCheckable(true);
    showFilters->setChecked(true);
    followPlayback->setCheckable(true);
    followPlayback->setChecked(true);
    about->setMenuRole(QAction::AboutRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    languages->setExclusive(true);
    for (const QString &code : LanguageManager::supportedLanguages()) {
        // Each language in itself, so that nobody reads a foreign word to find theirs.
        auto *action = new QAction(LanguageNames::endonym(code), languages);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { Q_EMIT languageChosen(code); });
    }
    appearances->setExclusive(true);
    const std::pair<QAction *, Appearance::Choice> choices[] = {
        {appearanceSystem, Appearance::Choice::System},
        {appearanceLight, Appearance::Choice::Light},
        {appearanceDark, Appearance::Choice::Dark}};
    for (const auto &[action, choice] : choices) {
        action->setCheckable(true);
        action->setData(QVariant::fromValue(choice));
        action->setEnabled(false); // until setAppearance()
        appearances->addAction(action);
    }
    appearanceSystem->setChecked(true);
}

void WindowActions::createMenus(QMenuBar *bar, const QList<QAction *> &dockToggles)
{
    m_file = bar->addMenu(QString());
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_file->addActions({open, openFolder, openAddress, openMediaCcc, openSample});
    m_recent = m_file->addMenu(QString());
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    m_file->addActions({checkUpdates, importFile});
    m_file->addSeparator();
    m_file->addAction(exportNotes);
    m_file->addSeparator();
    m_file->addAction(preferences);
    m_file->addSeparator();
    m_file->addAction(quit);

    m_session = bar->addMenu(QString());
    m_session->setObjectName(QStringLiteral("sessionMenu"));
    m_session->addActions({play, favourite, note});

    m_view = bar->addMenu(QString());
    m_view->setObjectName(QStringLiteral("viewMenu"));
    m_view->addActions({search, clearFilters});
    m_view->addSeparator();
    m_view->addActions({showFilters, followPlayback});
    m_view->addActions(dockToggles);
    m_view->addSeparator();
    m_appearance = m_view->addMenu(QString());
    m_appearance->setObjectName(QStringLiteral("appearanceMenu"));
    m_appearance->addActions(appearances->actions());

    m_language = bar->addMenu(QString());
    m_language->setObjectName(QStringLiteral("languageMenu"));
    m_language->addActions(languages->actions());

    m_help = bar->addMenu(QString());
    m_help->setObjectName(QStringLiteral("helpMenu"));
    m_help->addActions({shortcuts, about});
}

void WindowActions::setLanguage(const QString &code)
{
    for (QAction *action : languages->actions())
        action->setChecked(action->data().toString() == code);
}

void WindowActions::setAppearance(Appearance *appearance)
{
    const auto check = [this](Appearance::Choice choice) {
        for (QAction *action : appearances->actions())
            action->setChecked(action->data().value<Appearance::Choice>() == choice);
    };
    for (QAction *action : appearances->actions()) {
        action->setEnabled(appearance != nullptr);
        if (appearance)
            connect(action, &QAction::triggered, appearance, [appearance, action] {
                appearance->setChoice(action->data().value<Appearance::Choice>());
            });
    }
    if (!appearance)
        return;
    check(appearance->choice());
    connect(appearance, &Appearance::changed, this, check);
}

void WindowActions::retranslate()
{
    // Mnemonics are unique within each menu and among the menu titles, in
    // every language (checked by tst_mnemonics).
    m_file->setTitle(tr("&File"));
    m_recent->setTitle(tr("Open &Recent"));
    m_session->setTitle(tr("&Session"));
    m_view->setTitle(tr("&View"));
    //: Submenu of View: the application's colours.
    m_appearance->setTitle(tr("&Appearance"));
    //: Menu title; the entries are each language's own name.
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    open->setText(tr("&Open Catalog…"));
    openFolder->setText(tr("Open &Folder Bundle…"));
    openSample->setText(tr("Open the &Sample Archive"));
    openAddress->setText(tr("Open from &Address…"));
    openMediaCcc->setText(tr("Open from &media.ccc.de…"));
    checkUpdates->setText(tr("Check for &Updates"));
    importFile->setText(tr("&Import Schedule or Chapters…"));
    exportNotes->setText(tr("&Export Favourites and Notes…"));
    preferences->setText(tr("&Preferences…"));
    quit->setText(tr("&Quit"));
    search->setText(tr("&Search Sessions"));
    clearFilters->setText(tr("Clear Filte&rs"));
    showFilters->setText(tr("Show &Filters"));
    followPlayback->setText(tr("Follow Playback in the &List"));
    favourite->setText(tr("Toggle &Favourite"));
    note->setText(tr("Edit &Note"));
    play->setText(tr("&Play"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About Forum Archive"));
    //: Appearance: the desktop's own colours.
    appearanceSystem->setText(tr("&System"));
    //: Appearance: dark text on light backgrounds.
    appearanceLight->setText(tr("&Light"));
    //: Appearance: light text on dark backgrounds.
    appearanceDark->setText(tr("&Dark"));
}

} // namespace fa
