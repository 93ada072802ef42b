#include "windowfixture.h"

#include "facetmodel.h"
#include "playerpane.h"
#include "sessiondetailpane.h"
#include "sessionlistpane.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

// The window used with the keyboard alone: every key goes to the widget that
// has the focus, as a person's keys do.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterListAndPlayWithKeysOnly();
    void f6VisitsTheAreasInOrder();
    void tabFollowsTheAreasAndLeavesTheNote();

private:
    static QWidget *focused() { return QApplication::focusWidget(); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focused();
        QVERIFY2(target, "no widget has the focus");
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    }
    static bool inside(const QWidget *area)
    {
        const QWidget *w = focused();
        return w && (w == area || area->isAncestorOf(w));
    }
    // Which of the window's areas holds the focus, by name.
    static QString area(const WindowFixture &f)
    {
        if (inside(f.window->sessionList()->searchField()))
            return u"search"_s;
        if (inside(f.child<QWidget>("filterPane")))
            return u"filters"_s;
        if (inside(f.window->sessionList()))
            return u"list"_s;
        if (inside(f.window->details()))
            return u"details"_s;
        if (inside(f.window->player()))
            return u"player"_s;
        return focused() ? QString::fromLatin1(focused()->metaObject()->className()) : u"none"_s;
    }
    static bool showWindow(WindowFixture &f)
    {
        f.player.setMuted(true);
        f.window->show();
        f.window->activateWindow();
        return QTest::qWaitForWindowActive(f.window.get());
    }
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::filterListAndPlayWithKeysOnly()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(showWindow(f));
    QVERIFY(focused());

    for (int i = 0; i < 5 && area(f) != u"filters"_s; ++i)
        press(Qt::Key_F6);
    QCOMPARE(area(f), u"filters"_s);

    auto *pillars = f.child<QListView>("pillarsView");
    for (int i = 0; i < 8 && focused() != pillars; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), pillars);
    const int finance = f.browse.pillars()->rowOf(u"finance"_s);
    QVERIFY(finance >= 0);
    for (int i = 0; i < 8 && pillars->currentIndex().row() < finance; ++i)
        press(Qt::Key_Down);
    QCOMPARE(pillars->currentIndex().row(), finance);
    press(Qt::Key_Space);
    QCOMPARE(f.browse.filter().pillarIds, QSet<QString>{u"finance"_s});
    QCOMPARE(f.visibleIds(), (QStringList{u"s2"_s, u"s4"_s, u"s6"_s}));

    press(Qt::Key_F6);
    QCOMPARE(area(f), u"search"_s);
    press(Qt::Key_F6);
    QCOMPARE(area(f), u"list"_s);
    QCOMPARE(focused(), f.window->sessionList()->view());
    QCOMPARE(f.window->sessionList()->currentSessionId(), u"s2"_s); // the focus shows on a row
    press(Qt::Key_Down);
    QCOMPARE(f.window->sessionList()->currentSessionId(), u"s4"_s);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.player.status(), PlayerController::Status::Playing, 20000);
    QCOMPARE(f.player.recordingId(), u"day-2-en"_s);
    const int chapter = f.player.currentChapter();
    QVERIFY(chapter >= 0);

    if (area(f) != u"player"_s)
        press(Qt::Key_F6);
    QCOMPARE(area(f), u"player"_s);
    press(Qt::Key_BracketRight);
    QTRY_COMPARE(f.player.currentChapter(), chapter + 1);
}

void TestKeyboard::f6VisitsTheAreasInOrder()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(showWindow(f));
    f.window->sessionList()->selectSession(u"s2"_s);

    // Without a player: four areas, round and round.
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        press(Qt::Key_F6);
        visited.append(area(f));
    }
    const int start = static_cast<int>(visited.indexOf(u"filters"_s));
    QVERIFY2(start >= 0 && start < 4, qPrintable(visited.join(u", ")));
    QCOMPARE(visited.mid(start, 4),
             (QStringList{u"filters"_s, u"search"_s, u"list"_s, u"details"_s}));

    QVERIFY(f.session->play(u"s2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(f.player.status(), PlayerController::Status::Playing, 20000);
    QVERIFY(f.window->player()->isVisible());
    visited.clear();
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_F6);
        visited.append(area(f));
    }
    visited.sort();
    QCOMPARE(visited,
             (QStringList{u"details"_s, u"filters"_s, u"list"_s, u"player"_s, u"search"_s}));
    while (area(f) != u"filters"_s)
        press(Qt::Key_F6);
    visited = {area(f)};
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_F6);
        visited.append(area(f));
    }
    QCOMPARE(visited, (QStringList{u"filters"_s, u"search"_s, u"list"_s, u"details"_s, u"player"_s,
                                   u"filters"_s}));
    visited = {area(f)};
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_F6, Qt::ShiftModifier);
        visited.append(area(f));
    }
    QCOMPARE(visited, (QStringList{u"filters"_s, u"player"_s, u"details"_s, u"list"_s, u"search"_s,
                                   u"filters"_s}));
}

void TestKeyboard::tabFollowsTheAreasAndLeavesTheNote()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(showWindow(f));
    f.window->sessionList()->selectSession(u"s2"_s);
    QVERIFY(f.session->play(u"s2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(f.player.status(), PlayerController::Status::Playing, 20000);

    // Tab from the filters' first widget: the areas come in order, each once,
    // and the walk comes back to where it began (no trap on the way).
    while (area(f) != u"filters"_s)
        press(Qt::Key_F6);
    QWidget *first = focused();
    QStringList areas{area(f)};
    int steps = 0;
    do {
        press(Qt::Key_Tab);
        if (areas.constLast() != area(f))
            areas.append(area(f));
    } while (focused() != first && ++steps < 100);
    QCOMPARE(focused(), first);
    QCOMPARE(areas, (QStringList{u"filters"_s, u"search"_s, u"list"_s, u"details"_s, u"player"_s,
                                 u"filters"_s}));

    auto *note = f.child<QPlainTextEdit>("noteEdit");
    QVERIFY(note->isEnabled());
    while (focused() != note && ++steps < 200)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), note);
    QTest::keyClicks(note, u"kept"_s);
    press(Qt::Key_Tab);
    QVERIFY(focused() != note);
    QCOMPARE(note->toPlainText(), u"kept"_s); // the Tab moved on, it was not typed
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), note);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
