#include "laptopscreen.h"
#include "layoutcheck.h"
#include "mnemonicscopes.h"
#include "screentour.h"
#include "windowfixture.h"

#include "importdialog.h"
#include "languagenames.h"
#include "mediacccdialog.h"
#include "mediacccfixture.h"
#include "playbackerrors.h"
#include "playerpane.h"
#include "problemsdialog.h"
#include "sessiondetailpane.h"
#include "statusarea.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
const QString sampleDir = QStringLiteral(FA_SAMPLE_DIR);

bool waitPlaying(const WindowFixture &f)
{
    return QTest::qWaitFor([&] { return f.player.status() == PlayerController::Status::Playing; },
                           20000);
}

// Runs `trigger`, which opens a modal dialog, hands the dialog to `act` and closes
// it if `act` left it open.
void withModal(const std::function<void()> &trigger, const std::function<void(QWidget *)> &act)
{
    QVERIFY2(withModalDialog(trigger, act), "no dialog opened");
}

QStringList clashesIn(QWidget *window, const QString &name)
{
    QStringList clashes;
    for (const MnemonicScope &scope : mnemonicScopes(window, name))
        clashes += mnemonicClashes(scope);
    return clashes;
}

QString itemWithData(const QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    return i < 0 ? QString() : combo->itemText(i);
}
} // namespace

// One test for each loose end of issue 15, driving the window as a person does.
class TestLooseEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messagesFollowLanguageSwitch();
    void languageMenuShowsCurrentLanguage();
    void noMnemonicClashes_data();
    void noMnemonicClashes();
    void linkingAddressUpdatesDetails();
    void chapterListHiddenWithoutChapters();
    void firstStartCentredSavedGeometryRestored();
    void filterColumnNotElided_data();
    void filterColumnNotElided();
    void elidedListCellShowsToolTip();
    void recordingLanguagesInInterfaceLanguage();
    void detailsReadableWhilePlaying();
    void topicsCountedAsTopics();
};

void TestLooseEnds::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLooseEnds::messagesFollowLanguageSwitch()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path()); // the 2022 catalog: nothing linked yet
    f.player.setExternalOpener([](const QUrl &) { return false; });
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"day-1-finance"_s));
    QTRY_COMPARE(f.player.status(), PlayerController::Status::NoSource);

    // A web page that no application opens: the player says so, in English.
    f.player.linkRecording(u"https://example.org/forum-2022/day-1"_s);
    QTRY_COMPARE(f.player.status(), PlayerController::Status::Error);
    auto *message = f.child<QLabel>("playerMessage");
    const QString english = message->text();
    QVERIFY2(english.startsWith(u"No application could open"_s), qPrintable(english));
    QTest::mouseClick(f.child<QPushButton>("copyAddressButton"), Qt::LeftButton);
    auto *status = f.child<StatusArea>("statusArea");
    const QString copied = status->messageText();
    QVERIFY2(copied.startsWith(u"Copied https://example.org/"_s), qPrintable(copied));

    f.languages.setLanguage(u"fr"_s);
    QTRY_VERIFY2(message->text().startsWith(u"Aucune application n’a pu ouvrir"_s),
                 qPrintable(message->text()));
    QCOMPARE(message->text(), f.player.errorString());
    QTRY_VERIFY2(status->messageText().startsWith(u"Copié\u00a0: https://example.org/"_s),
                 qPrintable(status->messageText()));
    QTRY_COMPARE(f.child<QLabel>("countLabel")->text(), u"9 sujets"_s);

    // A missing file, reported in French, follows a switch to Spanish.
    const QString missing = dir.filePath(u"gone/day-1.webm"_s);
    f.player.linkRecording(missing);
    QTRY_VERIFY2(message->text().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(message->text()));
    const QString french = message->text();
    QVERIFY2(french.startsWith(u"Le fichier"_s), qPrintable(french));
    f.languages.setLanguage(u"es"_s);
    QTRY_VERIFY(message->text() != french);
    QVERIFY2(message->text().startsWith(u"El archivo"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(QDir::toNativeSeparators(missing)));
}

void TestLooseEnds::languageMenuShowsCurrentLanguage()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *menu = f.child<QMenu>("languageMenu");
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), LanguageManager::supportedLanguages().size());
    const auto checked = [&] {
        QStringList codes;
        for (QAction *action : actions) {
            if (action->isChecked())
                codes.append(action->data().toString());
        }
        return codes;
    };
    for (QAction *action : actions) {
        QVERIFY(action->isCheckable());
        QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
    }
    QCOMPARE(checked(), QStringList{u"en"_s});

    QSignalSpy switched(&f.languages, &LanguageManager::languageChanged);
    menu->popup(f.window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    f.child<QAction>("language_fr")->trigger();
    QCOMPARE(switched.size(), 1);
    QCOMPARE(f.languages.language(), u"fr"_s);
    QCOMPARE(checked(), QStringList{u"fr"_s});
    QTRY_COMPARE(menu->title(), u"La&ngue"_s);

    f.child<QAction>("language_es")->trigger();
    QCOMPARE(f.languages.language(), u"es"_s);
    QCOMPARE(checked(), QStringList{u"es"_s});
    menu->hide();
}

void TestLooseEnds::noMnemonicClashes_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageManager::supportedLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

void TestLooseEnds::noMnemonicClashes()
{
    QFETCH(QString, language);
    QStringList clashes;
    QTemporaryDir dir;
    {
        WindowFixture f(dir.path(), sampleDir);
        f.player.setMuted(true);
        f.languages.setLanguage(language);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->sessionList()->selectSession(u"s2"_s);
        clashes += clashesIn(f.window.get(), u"window at start"_s);

        // Playing, with both panels shown.
        QVERIFY(f.session->play(u"s2"_s));
        QVERIFY(waitPlaying(f));
        f.child<QDockWidget>("downloadsDock")->show();
        f.child<QDockWidget>("authoringDock")->show();
        QCoreApplication::processEvents();
        clashes += clashesIn(f.window.get(), u"window playing"_s);

        withModal([&] { f.child<QAction>("shortcutsAction")->trigger(); },
                  [&](QWidget *d) { clashes += clashesIn(d, u"shortcuts dialog"_s); });
        withModal([&] { f.child<QAction>("aboutAction")->trigger(); },
                  [&](QWidget *d) { clashes += clashesIn(d, u"about dialog"_s); });
        withModal([&] { f.child<QAction>("openAddressAction")->trigger(); },
                  [&](QWidget *d) { clashes += clashesIn(d, u"open address dialog"_s); });

        ImportDialog import(f.library.current(), f.window.get());
        import.setLanguage(language);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        clashes += clashesIn(&import, u"import dialog"_s);
        import.setInputFile(QStringLiteral(FA_FIXTURES_DIR "/import/day1.vtt"));
        import.preview();
        clashes += clashesIn(&import, u"import dialog, chapters"_s);
        import.setInputFile(QStringLiteral(FA_FIXTURES_DIR "/import/edge-cases.schedule.xml"));
        import.preview();
        clashes += clashesIn(&import, u"import dialog, schedule"_s);

        ProblemsDialog problems(u"catalog.json"_s,
                                {{CatalogProblem::Severity::Warning, u"sessions[0]"_s, u"odd"_s}},
                                false, f.window.get());
        problems.show();
        clashes += clashesIn(&problems, u"problems dialog"_s);
    }
    {
        // Nothing linked: the player offers to link a file or an address.
        WindowFixture f(dir.path());
        f.languages.setLanguage(language);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QVERIFY(f.session->play(u"day-1-finance"_s));
        QTRY_COMPARE(f.player.status(), PlayerController::Status::NoSource);
        f.child<QDockWidget>("authoringDock")->show();
        QCoreApplication::processEvents();
        clashes += clashesIn(f.window.get(), u"window, nothing linked"_s);
        withModal(
            [&] { QTest::mouseClick(f.child<QPushButton>("linkAddressButton"), Qt::LeftButton); },
            [&](QWidget *d) { clashes += clashesIn(d, u"link address dialog"_s); });

        // A web page nothing opens: open and copy its address, or link another.
        f.player.setExternalOpener([](const QUrl &) { return false; });
        f.player.linkRecording(u"https://example.org/forum-2022/day-1"_s);
        QTRY_COMPARE(f.player.status(), PlayerController::Status::Error);
        QVERIFY(f.child<QPushButton>("copyAddressButton")->isVisible());
        clashes += clashesIn(f.window.get(), u"window, address not opened"_s);
    }
    {
        HttpTestServer server;
        MediaCccFixture::serve(server);
        NetworkAccess access;
        MediaCccClient client(&access, dir.filePath(u"mediaccc"_s));
        client.setApiBase(server.url(u"/public/"_s));
        MediaCccDialog dialog(&client, MediaQuality());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clashes += clashesIn(&dialog, u"media.ccc.de dialog"_s);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestLooseEnds::linkingAddressUpdatesDetails()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path());
    QList<QUrl> opened;
    f.player.setExternalOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->sessionList()->selectSession(u"day-1-finance"_s);
    auto *browser = f.child<QTextBrowser>("detailBrowser");
    QVERIFY(browser->toPlainText().contains(u"no recording linked yet"_s));

    QTest::mouseClick(f.child<QPushButton>("playButton"), Qt::LeftButton);
    QTRY_COMPARE(f.player.status(), PlayerController::Status::NoSource);
    const QString address = u"https://example.org/forum-2022/day-1"_s;
    withModal([&] { QTest::mouseClick(f.child<QPushButton>("linkAddressButton"), Qt::LeftButton); },
              [&](QWidget *modal) {
                  auto *input = qobject_cast<QInputDialog *>(modal);
                  QVERIFY(input);
                  input->setTextValue(address);
                  input->accept();
              });
    QCOMPARE(f.userData.recordingLink(u"global-forum-asgm-2022"_s, u"day-1-en"_s), address);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY2(!browser->toPlainText().contains(u"no recording linked yet"_s),
             qPrintable(browser->toPlainText()));
}

void TestLooseEnds::chapterListHiddenWithoutChapters()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path());
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"day-1-finance"_s));
    QTRY_COMPARE(f.player.status(), PlayerController::Status::NoSource);
    auto *chapters = f.child<QListView>("chapterList");
    QVERIFY(f.child<QLabel>("playerMessage")->isVisible());
    QCOMPARE(chapters->model()->rowCount(), 0);
    QVERIFY(!chapters->isVisible());

    f.child<QAction>("openSampleAction")->trigger();
    QCOMPARE(f.library.current()->event.id, u"sample-forum"_s);
    QVERIFY(f.session->play(u"s2"_s));
    QVERIFY(waitPlaying(f));
    QCOMPARE(chapters->model()->rowCount(), 3);
    QVERIFY(chapters->isVisible());
}

void TestLooseEnds::firstStartCentredSavedGeometryRestored()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QTemporaryDir dir;
    QRect saved;
    {
        WindowFixture f(dir.path(), sampleDir);
        f.window->restoreLayout(); // nothing saved yet
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QRect frame = f.window->frameGeometry();
        const QRect inner = f.window->geometry();
        const int slack =
            std::max(frame.width() - inner.width(), frame.height() - inner.height()) + 1;
        QVERIFY2(available.contains(frame), qPrintable(u"%1,%2 %3×%4 on %5×%6"_s.arg(frame.x())
                                                           .arg(frame.y())
                                                           .arg(frame.width())
                                                           .arg(frame.height())
                                                           .arg(available.width())
                                                           .arg(available.height())));
        QVERIFY(frame.width() >= available.width() * 9 / 10);
        QVERIFY(frame.height() >= available.height() * 9 / 10);
        QVERIFY(std::abs(frame.center().x() - available.center().x()) <= slack);
        QVERIFY(std::abs(frame.center().y() - available.center().y()) <= slack);

        f.window->resize(900, 600);
        f.window->move(available.topLeft() + QPoint(40, 30));
        QTRY_COMPARE(f.window->size(), QSize(900, 600));
        saved = f.window->geometry();
        f.window->close(); // saves the layout
    }
    WindowFixture again(dir.path(), sampleDir);
    again.window->restoreLayout();
    again.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.window.get()));
    QTRY_COMPARE(again.window->geometry(), saved);
}

void TestLooseEnds::filterColumnNotElided_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("catalog");
    for (const QString &code : LanguageManager::supportedLanguages()) {
        QTest::addRow("2022 %s", qPrintable(code)) << code << QString();
        QTest::addRow("sample %s", qPrintable(code)) << code << sampleDir;
    }
}

void TestLooseEnds::filterColumnNotElided()
{
    QFETCH(QString, language);
    QFETCH(QString, catalog);
    QTemporaryDir dir;
    WindowFixture f(dir.path(), catalog);
    f.languages.setLanguage(language);
    f.window->restoreLayout(); // the first start's size
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QCoreApplication::processEvents();
    QStringList cut;
    for (const char *name : {"daysView", "pillarsView"}) {
        const auto *view = f.child<QListView>(name);
        QVERIFY(view->isVisible());
        cut += elidedFacetTexts(view);
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TestLooseEnds::elidedListCellShowsToolTip()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTreeView *view = f.window->sessionList()->view();
    const QModelIndex title = view->model()->index(0, SessionListModel::TitleColumn);
    const QModelIndex when = view->model()->index(0, SessionListModel::WhenColumn);
    const auto hoverAt = [view](const QModelIndex &index) {
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        const QPoint at = view->visualRect(index).center();
        QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    };

    // The user narrows the columns (here at once, not by dragging their edges).
    view->header()->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Interactive);
    view->header()->setSectionResizeMode(SessionListModel::WhenColumn, QHeaderView::Interactive);

    // Wide enough: the time needs no tooltip.
    view->header()->resizeSection(SessionListModel::WhenColumn, 600);
    hoverAt(when);
    QTest::qWait(50);
    QVERIFY2(!QToolTip::isVisible() || QToolTip::text() != when.data().toString(),
             qPrintable(QToolTip::text()));

    // Cut off: the full text shows.
    view->header()->resizeSection(SessionListModel::WhenColumn, 40);
    hoverAt(when);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), when.data().toString());

    view->header()->resizeSection(SessionListModel::TitleColumn, 60);
    hoverAt(title);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(title.data().toString()), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestLooseEnds::recordingLanguagesInInterfaceLanguage()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.player.setMuted(true);
    f.languages.setLanguage(u"fr"_s);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"s2"_s));
    QVERIFY(waitPlaying(f));
    auto *options = f.child<QComboBox>("recordingOptions");
    QVERIFY2(itemWithData(options, u"day-1-en"_s).startsWith(u"Anglais"_s),
             qPrintable(itemWithData(options, u"day-1-en"_s)));
    QVERIFY2(itemWithData(options, u"s2-fr"_s).startsWith(u"Français"_s),
             qPrintable(itemWithData(options, u"s2-fr"_s)));
    for (int i = 0; i < options->count(); ++i)
        QVERIFY2(!options->itemText(i).contains(u"English"_s), qPrintable(options->itemText(i)));

    f.languages.setLanguage(u"es"_s);
    QTRY_VERIFY2(itemWithData(options, u"day-1-en"_s).startsWith(u"Inglés"_s),
                 qPrintable(itemWithData(options, u"day-1-en"_s)));
    QVERIFY(itemWithData(options, u"day-1-en"_s)
                .startsWith(LanguageNames::name(u"en"_s).left(1).toUpper()
                            + LanguageNames::name(u"en"_s).mid(1)));

    // The Language menu keeps each language's own name.
    QCOMPARE(f.child<QAction>("language_en")->text(), u"English"_s);
    QCOMPARE(f.child<QAction>("language_fr")->text(), u"Français"_s);
    QCOMPARE(f.child<QAction>("language_es")->text(), u"Español"_s);
}

void TestLooseEnds::detailsReadableWhilePlaying()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.player.setMuted(true);
    f.window->resize(1280, 800);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTRY_COMPARE(f.window->size(), QSize(1280, 800));
    f.window->sessionList()->selectSession(u"s2"_s);
    QTest::mouseClick(f.child<QPushButton>("playButton"), Qt::LeftButton);
    QVERIFY(waitPlaying(f));
    QCoreApplication::processEvents();

    auto *browser = f.child<QTextBrowser>("detailBrowser");
    const SessionView &shown = f.window->details()->view();
    QStringList wanted{shown.title.text, shown.whenEvent};
    for (const SessionView::Person &p : shown.speakers)
        wanted.append(p.name);
    for (const SessionView::Recording &r : shown.recordings)
        wanted.append(r.label);
    QVERIFY(shown.speakers.size() > 0 && shown.recordings.size() > 0);
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    const QRect visible = browser->viewport()->rect();
    for (const QString &text : std::as_const(wanted)) {
        const QTextCursor found = browser->document()->find(text);
        QVERIFY2(!found.isNull(), qPrintable(text));
        const QRect at = browser->cursorRect(found);
        QVERIFY2(visible.contains(at), qPrintable(u"“%1” at y %2, viewport height %3"_s.arg(text)
                                                      .arg(at.bottom())
                                                      .arg(visible.height())));
    }
}

void TestLooseEnds::topicsCountedAsTopics()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path());
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *count = f.child<QLabel>("countLabel");
    QCOMPARE(f.library.current()->sessions.size(), 9);
    QCOMPARE(count->text(), u"9 topics"_s);
    f.browse.setDay(u"day-3"_s);
    QCOMPARE(count->text(), u"4 of 9 topics"_s);

    f.child<QAction>("openSampleAction")->trigger();
    QCOMPARE(f.library.current()->event.id, u"sample-forum"_s);
    QTRY_COMPARE(count->text(), u"6 sessions"_s);
}

int main(int argc, char **argv)
{
    return fa::test::runOnLaptopScreen<TestLooseEnds>(argc, argv);
}

#include "tst_looseends.moc"
