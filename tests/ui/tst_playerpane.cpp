#include "windowfixture.h"

#include "chapterslider.h"
#include "playerpane.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

// Drives the player the way a person does: Play on a session, the chapter keys,
// the recording choice. Frame accuracy is checked in tests/playback.
class TestPlayerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterPlaysTheSessionAtItsChapter();
    void chapterKeysAndFollowingTheList();
    void recordingLanguageChoice();
    void noSourceOffersToLink();
    void subtitlesMenuDoesNotGrow();

private:
    bool waitPlaying(const WindowFixture &f)
    {
        return QTest::qWaitFor(
            [&] { return f.player.status() == PlayerController::Status::Playing; }, 20000);
    }
};

void TestPlayerPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlayerPane::enterPlaysTheSessionAtItsChapter()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *pane = f.child<PlayerPane>("playerPane");
    QVERIFY(!pane->isVisible()); // nothing played yet

    f.window->sessionList()->selectSession(u"s2"_s);
    QTreeView *view = f.window->sessionList()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(pane->isVisible());
    QVERIFY(waitPlaying(f));
    QCOMPARE(f.player.recordingId(), u"day-1-en"_s);
    QVERIFY(f.player.position() >= 30000);
    QCOMPARE(f.child<QLabel>("playerTitle")->text(), u"Financing small-scale miners"_s);
    QTRY_VERIFY(f.child<QLabel>("chapterLabel")->text().contains(u"Financing"_s));
    QCOMPARE(f.child<ChapterSlider>("seekBar")->marks().size(), 3);
    auto *chapters = f.child<QListView>("chapterList");
    QCOMPARE(chapters->currentIndex().row(), 1);
}

void TestPlayerPane::chapterKeysAndFollowingTheList()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"s1"_s));
    QVERIFY(waitPlaying(f));
    auto *pane = f.child<PlayerPane>("playerPane");
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    pane->setFocus();
    QTRY_VERIFY(pane->hasFocus());
    QSignalSpy entered(&f.player, &PlayerController::sessionEntered);

    QTest::keyClick(pane, Qt::Key_BracketRight);
    QTRY_COMPARE(f.player.currentChapter(), 1);
    QTRY_COMPARE(entered.size(), 1);
    QCOMPARE(entered.first().first().toString(), u"s2"_s);
    // The list follows playback by default.
    QCOMPARE(f.window->sessionList()->currentSessionId(), u"s2"_s);
    // Forward 10 s, then "[" goes back to the start of the current chapter first.
    QTest::keyClick(pane, Qt::Key_L);
    QTRY_VERIFY(f.player.position() >= 39000);
    QTest::keyClick(pane, Qt::Key_BracketLeft);
    QTRY_VERIFY(f.player.position() < 33000);
    QCOMPARE(f.player.currentChapter(), 1);
    QTest::keyClick(pane, Qt::Key_M);
    QVERIFY(!f.player.isMuted());
    QTest::keyClick(pane, Qt::Key_Space);
    QTRY_COMPARE(f.player.status(), PlayerController::Status::Paused);
}

void TestPlayerPane::recordingLanguageChoice()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.player.setMuted(true);
    f.languages.setLanguage(u"fr"_s);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"s2"_s));
    // French interface: the French recording of the session comes first.
    QVERIFY(waitPlaying(f));
    QCOMPARE(f.player.recordingId(), u"s2-fr"_s);
    auto *options = f.child<QComboBox>("recordingOptions");
    QCOMPARE(options->count(), 3);
    // The user picks the English day recording from the player.
    int english = -1;
    for (int i = 0; i < f.player.options().size(); ++i) {
        if (f.player.options()[i].recordingId == u"day-1-en"_s)
            english = i;
    }
    QVERIFY(english >= 0);
    options->setFocus();
    options->setCurrentIndex(english);
    Q_EMIT options->activated(english);
    QTRY_COMPARE(f.player.recordingId(), u"day-1-en"_s);
    QVERIFY(waitPlaying(f));
    QVERIFY(f.player.position() >= 30000);
}

void TestPlayerPane::noSourceOffersToLink()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path()); // the 2022 catalog: no recording has a source yet
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"day-1-finance"_s));
    QTRY_COMPARE(f.player.status(), PlayerController::Status::NoSource);
    QVERIFY(f.child<QLabel>("playerMessage")->text().contains(u"No recording linked"_s));
    QVERIFY(f.child<QPushButton>("linkFileButton")->isVisible());
    QVERIFY(f.child<QPushButton>("linkAddressButton")->isVisible());

    // Linking a file stores it for this catalog and recording, and plays it.
    const QString media = QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm");
    f.player.setMuted(true);
    f.player.linkRecording(media);
    QVERIFY(waitPlaying(f));
    QCOMPARE(f.userData.recordingLink(u"global-forum-asgm-2022"_s, u"day-1-en"_s), media);
}

void TestPlayerPane::subtitlesMenuDoesNotGrow()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"s3"_s));
    auto *menu = f.window->findChild<QMenu *>(u"subtitlesMenu"_s);
    QVERIFY(menu);
    const auto count = [menu] {
        return menu->findChildren<QObject *>(Qt::FindDirectChildrenOnly).size();
    };
    Q_EMIT menu->aboutToShow();
    const qsizetype once = count();
    QVERIFY(menu->actions().size() > 2); // Off, the languages, Link, the size
    for (int i = 0; i < 5; ++i)
        Q_EMIT menu->aboutToShow();
    QCOMPARE(count(), once);
}

QTEST_MAIN(TestPlayerPane)
#include "tst_playerpane.moc"
