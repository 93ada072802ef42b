#include "archivestate.h"
#include "windowfixture.h"

#include "problemsdialog.h"
#include "sessiondetailpane.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
const QString sampleDir = QStringLiteral(FA_SAMPLE_DIR);

QStringList sessionsWhere(const Catalog &catalog, const std::function<bool(const Session &)> &keep)
{
    QStringList ids;
    for (const Session &s : catalog.sessions) {
        if (keep(s))
            ids.append(s.id);
    }
    ids.sort();
    return ids;
}

void clickRow(QListView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickDayTickPillarTypeSearch();
    void emptyStateExplainsAndClears();
    void favouriteSurvivesRestart();
    void noteSurvivesRestart();
    void brokenCatalogShowsProblemsAndKeepsOldOne();
    void filtersAndSelectionRestored();
    void catalogTextsArePlainText();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::clickDayTickPillarTypeSearch()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Catalog &catalog = *f.library.current();

    auto *days = f.child<QListView>("daysView");
    QVERIFY(days);
    clickRow(days, f.browse.days()->rowOf(u"day-2"_s));
    QCOMPARE(f.visibleIds(),
             sessionsWhere(catalog, [](const Session &s) { return s.dayId == u"day-2"_s; }));
    auto *count = f.child<QLabel>("countLabel");
    QCOMPARE(count->text(), u"3 of 6 sessions"_s);

    // Tick a pillar with the keyboard: Space on the current row.
    auto *pillars = f.child<QListView>("pillarsView");
    pillars->setFocus();
    pillars->setCurrentIndex(pillars->model()->index(f.browse.pillars()->rowOf(u"finance"_s), 0));
    QTest::keyClick(pillars, Qt::Key_Space);
    QCOMPARE(f.visibleIds(), sessionsWhere(catalog, [](const Session &s) {
                 return s.dayId == u"day-2"_s && s.pillarIds.contains(u"finance"_s);
             }));

    // Back to all days, then type a search (Ctrl+F focuses the field).
    clickRow(days, 0);
    QTest::keyClick(pillars, Qt::Key_Space); // untick
    QTest::keySequence(f.window.get(), QKeySequence::Find);
    auto *search = f.child<QLineEdit>("searchField");
    QVERIFY(search->hasFocus());
    const Session &target = catalog.sessions.at(3);
    const QString word = target.title.values().value(u"en"_s).split(u' ').last();
    QTest::keyClicks(search, word.toUpper());
    const QStringList found = f.visibleIds();
    QVERIFY(found.contains(target.id));
    QVERIFY(found.size() < catalog.sessions.size());
}

void TestMainWindow::emptyStateExplainsAndClears()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTest::keyClicks(f.child<QLineEdit>("searchField"), u"zzzz-nothing"_s);
    QCOMPARE(f.browse.visibleCount(), 0);
    auto *title = f.child<QLabel>("emptyTitle");
    auto *detail = f.child<QLabel>("emptyDetail");
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), u"No sessions match"_s);
    QVERIFY2(detail->text().contains(u"zzzz-nothing"_s), qPrintable(detail->text()));
    QTest::mouseClick(f.child<QPushButton>("emptyClearButton"), Qt::LeftButton);
    QCOMPARE(f.browse.visibleCount(), 6);
    QVERIFY(f.child<QLineEdit>("searchField")->text().isEmpty());
}

void TestMainWindow::favouriteSurvivesRestart()
{
    QTemporaryDir dir;
    {
        WindowFixture f(dir.path(), sampleDir);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->sessionList()->selectSession(u"s4"_s);
        f.window->sessionList()->view()->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(f.userData.isFavourite(u"sample-forum"_s, u"s4"_s));
        auto *favouritesOnly = f.child<QCheckBox>("favouritesCheck");
        favouritesOnly->setFocus();
        QTest::keyClick(favouritesOnly, Qt::Key_Space);
        QCOMPARE(f.visibleIds(), QStringList{u"s4"_s});
    }
    WindowFixture again(dir.path(), sampleDir);
    const int row = again.browse.sessions()->rowOf(u"s4"_s);
    QVERIFY(again.browse.sessions()->index(row, 0).data(IsFavouriteRole).toBool());
}

void TestMainWindow::noteSurvivesRestart()
{
    QTemporaryDir dir;
    {
        WindowFixture f(dir.path(), sampleDir);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->sessionList()->selectSession(u"s2"_s);
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier);
        auto *note = f.child<QPlainTextEdit>("noteEdit");
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, u"Ask about the pilot"_s);
        // Moving to another session saves the note at once.
        f.window->sessionList()->selectSession(u"s3"_s);
        QVERIFY(note->toPlainText().isEmpty());
    }
    UserDataStore store(dir.path() + u"/data"_s);
    QCOMPARE(store.note(u"sample-forum"_s, u"s2"_s), u"Ask about the pilot"_s);
}

void TestMainWindow::brokenCatalogShowsProblemsAndKeepsOldOne()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QStringList shown;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto *dialog = f.window->findChild<ProblemsDialog *>();
        if (dialog) {
            shown = dialog->lines();
            dialog->reject();
        }
    });
    QVERIFY(!f.session->openCatalog(QStringLiteral(FA_FIXTURES_DIR "/catalogs/unknown-day.json")));
    QVERIFY2(shown.contains(u"sessions[1].day: unknown day 'd9'"_s), qPrintable(shown.join(u'\n')));
    QCOMPARE(f.library.current()->event.id, u"sample-forum"_s);
    QCOMPARE(f.browse.visibleCount(), 6);
}

void TestMainWindow::filtersAndSelectionRestored()
{
    QTemporaryDir dir;
    {
        WindowFixture f(dir.path(), sampleDir);
        f.browse.setDay(u"day-1"_s);
        f.browse.setPillarChecked(u"formalization"_s, true);
        f.window->sessionList()->selectSession(f.visibleIds().first());
        f.window->saveLayout();
        ArchiveState::save(*f.session, f.settings);
    }
    WindowFixture again(dir.path());
    ArchiveState::restore(*again.session, again.settings);
    again.window->restoreLayout();
    QCOMPARE(again.library.current()->event.id, u"sample-forum"_s);
    QCOMPARE(again.browse.filter().dayId, u"day-1"_s);
    QCOMPARE(again.browse.filter().pillarIds, QSet<QString>{u"formalization"_s});
    QVERIFY(!again.window->sessionList()->currentSessionId().isEmpty());
    QCOMPARE(again.library.rowCount(), 2); // the built-in catalog and the sample
}

void TestMainWindow::catalogTextsArePlainText()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"catalog.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"json({"format": "forum-archive-catalog", "version": 1,
      "event": {"id": "x", "title": "X", "startDate": "2024-01-01", "endDate": "2024-01-01"},
      "days": [{"id": "d", "date": "2024-01-01"}],
      "sessions": [{"id": "s", "day": "d", "title": "<b>Bold</b> <img src='http://evil/x.png'>",
        "summary": "See https://example.org/agenda and javascript:alert(1)"}]})json");
    file.close();
    WindowFixture f(dir.path(), dir.path());
    f.window->sessionList()->selectSession(u"s"_s);
    auto *browser = f.child<QTextBrowser>("detailBrowser");
    const QString html = browser->toHtml();
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(browser->toPlainText().contains(u"<b>Bold</b>"_s));
    QVERIFY(html.contains(u"href=\"https://example.org/agenda\""_s));
    QVERIFY(!html.contains(u"href=\"javascript"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
