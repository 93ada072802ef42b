#include "windowfixture.h"

#include "momentlink.h"
#include "playbackplanner.h"
#include "playerpane.h"
#include "startrequest.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace fa;
using namespace Qt::StringLiterals;

// Every way of asking to play a session — the detail pane's Play button and
// links, Enter, a double click, the list's ▶ column, the Session menu and its
// shortcut, --session and a link to a moment — starts the recording
// PlaybackPlanner::choose() picks, at the same offset, for every session of
// the sample archive in every interface language.
class TestEntryPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyEntryPointPlaysTheChosenRecording_data();
    void everyEntryPointPlaysTheChosenRecording();
    void selectLeavesTheSessionToEnter();
    void selectRefusesWhatPlays_data();
    void selectRefusesWhatPlays();
};

namespace {

struct Started
{
    QString recordingId;
    Milliseconds position = -1;
};

const QString samplePath = QStringLiteral(FA_SAMPLE_DIR);

class Driver
{
public:
    Driver(WindowFixture &f, const QString &sessionId, const QString &language)
        : m_f(f)
        , m_sessionId(sessionId)
        , m_language(language)
    {}

    // Plays another recording far from the expected place, so that an entry
    // point that does nothing cannot pass.
    void moveAwayFrom(const PlaybackOption &expected)
    {
        const CatalogPtr catalog = m_f.session->catalog();
        for (const Recording &recording : catalog->recordings) {
            if (recording.id != expected.recordingId) {
                QVERIFY(m_f.player.playRecording(catalog, recording.id, 7000, m_language));
                QCOMPARE(m_f.player.recordingId(), recording.id);
                return;
            }
        }
        QFAIL("the sample archive needs two recordings");
    }

    Started started() const { return {m_f.player.recordingId(), m_f.player.position()}; }

    QModelIndex row(int column) const
    {
        const QAbstractItemModel *model = m_f.window->sessionList()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, column);
            if (index.data(IdRole).toString() == m_sessionId)
                return index;
        }
        return {};
    }

    QPoint centreOf(const QModelIndex &index) const
    {
        return m_f.window->sessionList()->view()->visualRect(index).center();
    }

    void selectByClick()
    {
        QTreeView *view = m_f.window->sessionList()->view();
        const QModelIndex title = row(SessionListModel::TitleColumn);
        QVERIFY(title.isValid());
        view->scrollTo(title);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(title));
        QTRY_COMPARE(m_f.session->currentSessionId(), m_sessionId);
    }

    // Where the anchor `href` is drawn in the detail pane.
    static std::optional<QPoint> anchorPoint(QTextBrowser *browser, const QString &href)
    {
        QTextDocument *document = browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                return browser->cursorRect(cursor).center();
            }
        }
        return std::nullopt;
    }

private:
    WindowFixture &m_f;
    QString m_sessionId;
    QString m_language;
};

} // namespace

void TestEntryPoints::everyEntryPointPlaysTheChosenRecording_data()
{
    QTest::addColumn<QString>("sessionId");
    QTest::addColumn<QString>("language");
    CatalogLibrary library;
    QVERIFY(library.open(samplePath).ok());
    for (const Session &session : library.current()->sessions) {
        for (const char *language : {"en", "fr", "es"}) {
            QTest::addRow("%s-%s", qPrintable(session.id), language)
                << session.id << QString::fromLatin1(language);
        }
    }
}

void TestEntryPoints::everyEntryPointPlaysTheChosenRecording()
{
    QFETCH(QString, sessionId);
    QFETCH(QString, language);
    QTemporaryDir dir;
    WindowFixture f(dir.path(), samplePath);
    f.languages.setLanguage(language);
    f.player.setMuted(true);
    f.window->resize(1280, 800);
    f.window->show();
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));

    const CatalogPtr catalog = f.session->catalog();
    const QList<PlaybackOption> options = PlaybackPlanner::options(*catalog, sessionId, language);
    const std::optional<PlaybackOption> chosen =
        PlaybackPlanner::choose(*catalog, sessionId, language);
    QVERIFY(chosen);
    QVERIFY(!options.isEmpty());
    QCOMPARE(options.first(), *chosen);

    Driver drive(f, sessionId, language);
    QTreeView *view = f.window->sessionList()->view();
    auto *browser = f.child<QTextBrowser>("detailBrowser");
    auto *playButton = f.child<QPushButton>("playButton");
    auto *playAction = f.window->findChild<QAction *>(u"playAction"_s);
    QVERIFY(browser && playButton && playAction);

    auto check = [&](const char *entryPoint, const PlaybackOption &expected) {
        const Started got = drive.started();
        if (got.recordingId != expected.recordingId || got.position != expected.offset) {
            QFAIL(qPrintable(u"%1 started %2 at %3 ms; the planner chose %4 at %5 ms"_s.arg(
                QLatin1String(entryPoint), got.recordingId, QString::number(got.position),
                expected.recordingId, QString::number(expected.offset))));
        }
    };

    drive.selectByClick();

    drive.moveAwayFrom(*chosen);
    QTest::mouseClick(playButton, Qt::LeftButton);
    check("the detail pane's Play button", *chosen);

    drive.moveAwayFrom(*chosen);
    drive.selectByClick();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    check("Enter in the list", *chosen);

    drive.moveAwayFrom(*chosen);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                       drive.centreOf(drive.row(SessionListModel::TitleColumn)));
    check("a double click in the list", *chosen);

    drive.moveAwayFrom(*chosen);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      drive.centreOf(drive.row(SessionListModel::RecordingColumn)));
    check("the list's ▶ column", *chosen);

    drive.moveAwayFrom(*chosen);
    drive.selectByClick();
    QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
    check("Ctrl+Return", *chosen);

    drive.moveAwayFrom(*chosen);
    auto *sessionMenu = f.window->findChild<QMenu *>(u"sessionMenu"_s);
    QVERIFY(sessionMenu && sessionMenu->actions().contains(playAction));
    playAction->trigger();
    check("Session → Play", *chosen);

    // The detail pane lists the recordings in the planner's order: each link
    // plays its option, the first one the default.
    for (int i = 0; i < options.size(); ++i) {
        drive.moveAwayFrom(options[i]);
        drive.selectByClick();
        const std::optional<QPoint> at = Driver::anchorPoint(browser, u"fa-play:%1"_s.arg(i));
        QVERIFY2(at, qPrintable(u"no link to recording %1 in the detail pane"_s.arg(i)));
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, *at);
        check("a recording link in the detail pane", options[i]);
    }

    drive.moveAwayFrom(*chosen);
    QString error;
    const StartRequest byId = StartRequest::parse(
        {u"forum-archive"_s, u"--catalog"_s, samplePath, u"--session"_s, sessionId});
    QCOMPARE(byId.outcome, StartRequest::Outcome::Run);
    QVERIFY2(byId.apply(*f.session, &error), qPrintable(error));
    // The start waits for the window's first paint.
    (void)QTest::qWaitFor([&] { return f.player.recordingId() == chosen->recordingId; }, 5000);
    check("--session", *chosen);

    const Recording *recording = catalog->recording(chosen->recordingId);
    const QUrl link =
        MomentLink::build(PlaybackPlanner::resolveSource(*catalog, *recording), chosen->offset);
    QVERIFY(link.isValid());
    drive.moveAwayFrom(*chosen);
    const StartRequest byLink = StartRequest::parse({u"forum-archive"_s, link.toString()});
    QCOMPARE(byLink.outcome, StartRequest::Outcome::Run);
    QVERIFY2(byLink.apply(*f.session, &error), qPrintable(error));
    (void)QTest::qWaitFor([&] { return f.player.recordingId() == chosen->recordingId; }, 5000);
    check("a link to the moment", *chosen);
}

// --select (the "first play inside a running window" benchmark starts the app
// with it): the session is selected and shown, nothing plays until Enter.
void TestEntryPoints::selectLeavesTheSessionToEnter()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), samplePath);
    f.player.setMuted(true);
    f.window->show();
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));

    const StartRequest request = StartRequest::parse(
        {u"forum-archive"_s, u"--catalog"_s, samplePath, u"--select"_s, u"s3"_s});
    QCOMPARE(request.outcome, StartRequest::Outcome::Run);
    QString error;
    QVERIFY2(request.apply(*f.session, &error), qPrintable(error));
    QCOMPARE(f.session->currentSessionId(), u"s3"_s);
    QCOMPARE(f.window->sessionList()->currentSessionId(), u"s3"_s);
    // --session starts the player one turn of the event loop later: give it many.
    QTest::qWait(100);
    QVERIFY2(f.player.recordingId().isEmpty(), qPrintable(f.player.recordingId()));
    QVERIFY(!f.window->player()->isVisible());

    const std::optional<PlaybackOption> chosen =
        PlaybackPlanner::choose(*f.session->catalog(), u"s3"_s, u"en"_s);
    QVERIFY(chosen);
    QTreeView *view = f.window->sessionList()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(f.player.recordingId(), chosen->recordingId);
    QCOMPARE(f.player.position(), chosen->offset);

    const StartRequest unknown = StartRequest::parse(
        {u"forum-archive"_s, u"--catalog"_s, samplePath, u"--select"_s, u"no-such"_s});
    QCOMPARE(unknown.outcome, StartRequest::Outcome::Run);
    QVERIFY(!unknown.apply(*f.session, &error));
    QVERIFY2(error.startsWith(u"--select:"_s) && error.contains(u"no-such"_s), qPrintable(error));
}

void TestEntryPoints::selectRefusesWhatPlays_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("with --session") << QStringList{u"--select"_s, u"s3"_s, u"--session"_s, u"s2"_s};
    QTest::addRow("with --at") << QStringList{u"--select"_s, u"s3"_s, u"--at"_s, u"1:00"_s};
}

void TestEntryPoints::selectRefusesWhatPlays()
{
    QFETCH(QStringList, arguments);
    const StartRequest request = StartRequest::parse(QStringList{u"forum-archive"_s} + arguments);
    QCOMPARE(request.outcome, StartRequest::Outcome::Invalid);
    QVERIFY2(request.message.startsWith(u"--select:"_s), qPrintable(request.message));

    const StartRequest help = StartRequest::parse({u"forum-archive"_s, u"--help"_s});
    QVERIFY(help.message.contains(u"--select <ID>"_s));
}

QTEST_MAIN(TestEntryPoints)
#include "tst_entrypoints.moc"
