#include "authoringpanel.h"
#include "catalogreader.h"
#include "chapterlist.h"
#include "chapteroverlay.h"
#include "importdialog.h"
#include "playercontroller.h"
#include "userdatastore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVideoSink>

using namespace fa;
using namespace Qt::StringLiterals;

// Marking where a session starts while its recording plays, with the real
// player on the sample archive.
class TestAuthoringPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void idleUntilARecordingPlays();
    void setStartNudgeUndoRedo();
    void exports_data();
    void exports();
    void exportErrorIsShown();
    void importChaptersAndEditAddedSession();

private:
    // Plays s2 (day-1-en from 30 s), then pauses at `at`.
    bool playAndPauseAt(Milliseconds at);
    template<typename T> T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }

    CatalogPtr m_sample;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserDataStore> m_store;
    std::unique_ptr<QVideoSink> m_sink;
    std::unique_ptr<PlayerController> m_player;
    std::unique_ptr<ChapterOverlay> m_overlay;
    std::unique_ptr<AuthoringPanel> m_panel;
};

void TestAuthoringPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const CatalogLoadResult loaded = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(loaded.ok());
    m_sample = loaded.catalog;
}

void TestAuthoringPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<UserDataStore>(m_dir->filePath(u"data"_s));
    m_sink = std::make_unique<QVideoSink>();
    m_player = std::make_unique<PlayerController>(m_store.get());
    m_player->setVideoOutput(m_sink.get());
    m_player->setMuted(true);
    m_overlay = std::make_unique<ChapterOverlay>(m_store.get());
    m_overlay->setCatalog(m_sample);
    m_panel = std::make_unique<AuthoringPanel>(m_player.get(), m_overlay.get());
    m_panel->setSession(u"s2"_s);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestAuthoringPanel::cleanup()
{
    m_panel.reset();
    m_player.reset();
    m_overlay.reset();
    m_sink.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestAuthoringPanel::playAndPauseAt(Milliseconds at)
{
    if (!m_player->playSession(m_sample, u"s2"_s, u"en"_s))
        return false;
    if (!QTest::qWaitFor([this] { return m_player->status() == PlayerController::Status::Playing; },
                         20000))
        return false;
    m_player->pause();
    m_player->setPosition(at);
    return QTest::qWaitFor(
        [&] { return m_player->position() >= at && m_player->position() < at + 500; }, 10000);
}

void TestAuthoringPanel::idleUntilARecordingPlays()
{
    QVERIFY(!child<QPushButton>("setStartButton")->isEnabled());
    QVERIFY(!child<QPushButton>("laterButton")->isEnabled());
    QVERIFY(!child<QAction>("undoAction")->isEnabled());
    QVERIFY(child<QLabel>("offsetLabel")->text().contains(u"Play a recording"_s));
    m_panel->setSession(QString());
    QVERIFY(child<QLabel>("offsetLabel")->text().contains(u"Select a session"_s));
}

void TestAuthoringPanel::setStartNudgeUndoRedo()
{
    QVERIFY(playAndPauseAt(40000));
    QCOMPARE(m_panel->recordingId(), u"day-1-en"_s);
    auto *label = child<QLabel>("offsetLabel");
    QVERIFY2(label->text().contains(u"0:30"_s), qPrintable(label->text()));
    QVERIFY(!label->text().contains(u"(edited)"_s));

    auto *setStart = child<QPushButton>("setStartButton");
    QVERIFY(setStart->isEnabled());
    QTest::mouseClick(setStart, Qt::LeftButton);
    const std::optional<Milliseconds> marked = m_overlay->offset(u"day-1-en"_s, u"s2"_s);
    QVERIFY(marked);
    QVERIFY2(*marked >= 40000 && *marked < 40500, qPrintable(QString::number(*marked)));
    QVERIFY(m_overlay->isEdited(u"day-1-en"_s, u"s2"_s));
    QVERIFY2(label->text().contains(u"0:40"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"(edited)"_s));
    // Other sessions and recordings are untouched.
    QCOMPARE(m_overlay->offset(u"s2-fr"_s, u"s2"_s), std::optional<Milliseconds>(0));
    QVERIFY(!m_overlay->isEdited(u"day-1-en"_s, u"s3"_s));

    QTest::mouseClick(child<QPushButton>("laterButton"), Qt::LeftButton);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), *marked + 1000);
    QVERIFY2(label->text().contains(u"0:41"_s), qPrintable(label->text()));

    // Ctrl+Z / Ctrl+Shift+Z while focus is in the panel.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    setStart->setFocus();
    QTest::keyClick(setStart, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), marked);
    QTest::keyClick(setStart, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), *marked + 1000);

    QTest::mouseClick(child<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), marked);
    QTest::mouseClick(child<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), std::optional<Milliseconds>(30000));
    QVERIFY(!m_overlay->isEdited(u"day-1-en"_s, u"s2"_s));
    QVERIFY(!child<QAction>("undoAction")->isEnabled());
    QVERIFY(child<QAction>("redoAction")->isEnabled());
    QVERIFY(!label->text().contains(u"(edited)"_s));

    // The selected session, not the playing one, is the one edited.
    QTest::mouseClick(child<QToolButton>("redoButton"), Qt::LeftButton);
    m_panel->setSession(u"s3"_s);
    QVERIFY2(label->text().contains(u"Traceability"_s), qPrintable(label->text()));
    QTest::mouseClick(child<QPushButton>("earlierButton"), Qt::LeftButton);
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s3"_s), std::optional<Milliseconds>(59000));
    QCOMPARE(m_overlay->offset(u"day-1-en"_s, u"s2"_s), marked);
}

void TestAuthoringPanel::exports_data()
{
    QTest::addColumn<AuthoringPanel::ExportKind>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("catalog") << AuthoringPanel::ExportKind::Catalog << u"catalog.json"_s;
    QTest::newRow("youtube") << AuthoringPanel::ExportKind::YouTube << u"day-1.txt"_s;
    QTest::newRow("webvtt") << AuthoringPanel::ExportKind::WebVtt << u"day-1.vtt"_s;
}

void TestAuthoringPanel::exports()
{
    QFETCH(AuthoringPanel::ExportKind, kind);
    QFETCH(QString, file);
    QVERIFY(playAndPauseAt(42000));
    QTest::mouseClick(child<QPushButton>("setStartButton"), Qt::LeftButton);
    const Milliseconds marked = *m_overlay->offset(u"day-1-en"_s, u"s2"_s);

    QSignalSpy exported(m_panel.get(), &AuthoringPanel::exported);
    const QString path = m_dir->filePath(file);
    QVERIFY2(m_panel->exportTo(kind, path), qPrintable(m_panel->statusText()));
    QCOMPARE(exported.size(), 1);
    QVERIFY(m_panel->statusText().contains(u"Saved"_s));

    Milliseconds found = -1;
    if (kind == AuthoringPanel::ExportKind::Catalog) {
        const CatalogLoadResult back = CatalogReader::readPath(path);
        QVERIFY(back.ok());
        for (const Chapter &c : back.catalog->session(u"s2"_s)->chapters) {
            if (c.recordingId == u"day-1-en"_s)
                found = c.at;
        }
        // Written outside the catalog's folder: the panel says what that means.
        QVERIFY(m_panel->statusText().contains(u"another folder"_s));
    } else {
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        ImportReport report;
        const QString text = QString::fromUtf8(in.readAll());
        const QList<ImportedChapter> chapters = kind == AuthoringPanel::ExportKind::YouTube
                                                    ? ChapterList::parseYouTube(text, report)
                                                    : ChapterList::parseWebVtt(text, report);
        QVERIFY2(report.ok(), qPrintable(text));
        QCOMPARE(chapters.size(), 3);
        // The export is second-accurate for YouTube, millisecond-accurate for WebVTT.
        found = kind == AuthoringPanel::ExportKind::YouTube ? chapters[1].at + marked % 1000
                                                            : chapters[1].at;
    }
    QCOMPARE(found, marked);
}

void TestAuthoringPanel::exportErrorIsShown()
{
    QSignalSpy failed(m_panel.get(), &AuthoringPanel::exportFailed);
    // Chapters are per recording: nothing plays yet.
    QVERIFY(!m_panel->exportTo(AuthoringPanel::ExportKind::YouTube, m_dir->filePath(u"a.txt"_s)));
    QVERIFY(m_panel->statusText().startsWith(u"Error: "_s));
    const QString unwritable = m_dir->filePath(u"no-such-folder/catalog.json"_s);
    QVERIFY(!m_panel->exportTo(AuthoringPanel::ExportKind::Catalog, unwritable));
    QCOMPARE(failed.size(), 2);
    QVERIFY2(m_panel->statusText().contains(u"Could not save"_s),
             qPrintable(m_panel->statusText()));
    QVERIFY(!QFile::exists(unwritable));
}

void TestAuthoringPanel::importChaptersAndEditAddedSession()
{
    // The dialog is modal: act in it once it is up, as a person would.
    bool acted = false;
    QTimer::singleShot(0, this, [&] {
        QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setRecordingId(u"day-1-en"_s);
        dialog->setPastedText(u"0:00 Opening - why formalization matters\n0:20 Tea and "
                              "networking\n0:30 Financing small-scale miners\n0:50 Poster "
                              "walk\n1:00 Traceability technologies\n"_s);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"addSessionsCheck"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
        QVERIFY2(dialog->summaryText().contains(u"sessions to add: 2"_s),
                 qPrintable(dialog->summaryText()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        acted = true;
    });
    QSignalSpy imported(m_panel.get(), &AuthoringPanel::chaptersImported);
    QTest::mouseClick(child<QPushButton>("importChaptersButton"), Qt::LeftButton);
    QVERIFY(acted);
    QCOMPARE(imported.size(), 1);
    const QString tea = u"added-day-1-en-20"_s;
    QCOMPARE(imported.first().at(1).toStringList(), (QStringList{tea, u"added-day-1-en-50"_s}));
    QVERIFY2(m_panel->statusText().contains(u"2 session(s) added"_s),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_overlay->effectiveCatalog()->chaptersOf(u"day-1-en"_s).size(), 5);

    // A catalog session has nothing to edit; an added one has its titles and pillars.
    auto *editor = child<QWidget>("addedSessionEditor");
    QVERIFY(editor->isHidden());
    m_panel->setSession(tea);
    QVERIFY(!editor->isHidden());
    auto *french = child<QLineEdit>("titleEdit_fr");
    QVERIFY(french);
    QCOMPARE(child<QLineEdit>("titleEdit_en")->text(), u"Tea and networking"_s);
    french->setFocus();
    french->insert(u"Thé et échanges"_s); // QTest::keyClicks types ASCII only

    auto *pillars = child<QListWidget>("pillarList");
    QCOMPARE(pillars->count(), m_sample->pillars.size());
    pillars->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>("saveSessionButton"), Qt::LeftButton);
    const Session *session = m_overlay->effectiveCatalog()->session(tea);
    QCOMPARE(session->title.text(u"fr"_s, u"en"_s), u"Thé et échanges"_s);
    QCOMPARE(session->pillarIds, QStringList{m_sample->pillars.first().id});
    QTest::mouseClick(child<QToolButton>("undoButton"), Qt::LeftButton);
    QVERIFY(m_overlay->effectiveCatalog()->session(tea)->pillarIds.isEmpty());

    QSignalSpy removed(m_panel.get(), &AuthoringPanel::sessionRemoved);
    QTest::mouseClick(child<QPushButton>("removeSessionButton"), Qt::LeftButton);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_overlay->effectiveCatalog()->session(tea));
    QVERIFY(editor->isHidden());
}

QTEST_MAIN(TestAuthoringPanel)
#include "tst_authoringpanel.moc"
