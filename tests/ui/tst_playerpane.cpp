#include "windowfixture.h"

#include "chapterslider.h"
#include "playerpane.h"
#include "subtitlevideoview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
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
    void mediaBackendStartsWithTheFirstPlay();
    void chapterKeysAndFollowingTheList();
    void recordingLanguageChoice();
    void noSourceOffersToLink();
    void subtitlesMenuDoesNotGrow();
    void everyChapterOfAPastedDescription();

private:
    // Muted, shown and exposed: how most cases here begin.
    static bool showMuted(WindowFixture &f)
    {
        f.player.setMuted(true);
        f.window->show();
        return QTest::qWaitForWindowExposed(f.window.get());
    }
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
    QVERIFY(showMuted(f));
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

void TestPlayerPane::mediaBackendStartsWithTheFirstPlay()
{
    // Showing the window does not start the media backend (the video view's sink
    // is made with the player); the first Play does, and its frames reach the view.
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(showMuted(f));
    auto *video = f.child<SubtitleVideoView>("videoWidget");
    QVERIFY(!video->hasVideoSink());

    QVERIFY(f.session->play(u"s2"_s));
    QVERIFY(video->hasVideoSink());
    QVERIFY(waitPlaying(f));
    QTRY_VERIFY_WITH_TIMEOUT(video->currentFrame().isValid(), 10000);
    QVERIFY(video->currentFrame().startTime() >= 30'000'000);
}

void TestPlayerPane::chapterKeysAndFollowingTheList()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(showMuted(f));
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
    QVERIFY(showMuted(f));
    QVERIFY(f.session->play(u"s3"_s));
    auto *menu = f.window->findChild<QMenu *>(u"subtitlesMenu"_s);
    QVERIFY(menu);
    const auto count = [menu] {
        // What the menu let go of goes once control is back in the event loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return menu->findChildren<QObject *>(Qt::FindDirectChildrenOnly).size();
    };
    Q_EMIT menu->aboutToShow();
    const qsizetype once = count();
    QVERIFY(menu->actions().size() > 2); // Off, the languages, Link, the size
    for (int i = 0; i < 5; ++i)
        Q_EMIT menu->aboutToShow();
    QCOMPARE(count(), once);
}

void TestPlayerPane::everyChapterOfAPastedDescription()
{
    // The 2022 catalog and a day video's description of 12 chapters: every one
    // is a mark on the seek bar and a row of the list, and "]" steps through them.
    QTemporaryDir dir;
    WindowFixture f(dir.path());
    QFile description(QStringLiteral(FA_FIXTURES_DIR "/import/global-forum-2022-day1.youtube.txt"));
    QVERIFY(description.open(QIODevice::ReadOnly));
    f.chapters.setCatalog(f.library.current());
    const ChapterImportPreview preview = f.chapters.previewImport(
        u"day-1-en"_s, QString::fromUtf8(description.readAll()), ImportFormat::YouTube, {true});
    QVERIFY2(preview.ok(), qPrintable(preview.text()));
    QVERIFY(f.chapters.applyImport(preview));
    QTRY_COMPARE(f.session->catalog()->chaptersOf(u"day-1-en"_s).size(), 12);

    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"day-1-finance"_s));
    QCOMPARE(f.player.recordingId(), u"day-1-en"_s);
    QCOMPARE(f.child<ChapterSlider>("seekBar")->marks().size(), 12);
    auto *list = f.child<QListView>("chapterList");
    QCOMPARE(list->model()->rowCount(), 12);

    auto *pane = f.child<PlayerPane>("playerPane");
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    pane->setFocus();
    f.player.jumpToChapter(0);
    QTRY_COMPARE(f.player.currentChapter(), 0);
    // Two chapters start at 1:35:00: the current chapter there is the later one.
    const QList<ChapterEntry> &entries = f.player.chapters();
    const auto lastAt = [&](Milliseconds at) {
        int last = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i].chapter.at == at)
                last = i;
        }
        return last;
    };
    int steps = 0;
    for (int current = 0; current < 11; ++steps) {
        QTest::keyClick(pane, Qt::Key_BracketRight);
        const int expected = lastAt(entries[current + 1].chapter.at);
        QTRY_COMPARE(f.player.currentChapter(), expected);
        QCOMPARE(list->currentIndex().row(), expected);
        current = expected;
    }
    QCOMPARE(steps, 10);
}

QTEST_MAIN(TestPlayerPane)
#include "tst_playerpane.moc"
