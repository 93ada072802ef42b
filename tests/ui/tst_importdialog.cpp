#include "catalogreader.h"
#include "catalogtoolrun.h"
#include "chapteroverlay.h"
#include "importdialog.h"
#include "userdatastore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace Qt::StringLiterals;

// The import dialog as a person uses it: a file in, the summary read, then
// Open or Apply; nothing is returned before the preview succeeded.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduleOpensAfterPreview_data();
    void scheduleOpensAfterPreview();
    void malformedShowsLineAndBlocksOpen_data();
    void malformedShowsLineAndBlocksOpen();
    void keyboardPathIsDetected();
    void youTubeChaptersAttachToRecording();
    void chaptersNeedACatalog();
    void formatOverride();
    void editingInvalidatesPreview();
    void pastedDescriptionAddsSessionsLikeTheCommandLine();
    void pastedTextWithErrorsCannotBeApplied();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(FA_FIXTURES_DIR "/import/") + name;
    }
    template<typename T> static T *child(const QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    CatalogPtr m_base;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const CatalogLoadResult loaded = CatalogReader::readPath(fixture(u"base-catalog.json"_s));
    QVERIFY(loaded.ok());
    m_base = loaded.catalog;
}

void TestImportDialog::scheduleOpensAfterPreview_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("sessions");
    QTest::newRow("edge cases") << fixture(u"edge-cases.schedule.xml"_s) << 2 << 5;
    QTest::newRow("debconf23") << QStringLiteral(FA_SHARED_SCHEDULES_DIR "/debconf23.schedule.xml")
                               << 8 << 117;
    QTest::newRow("camp2019") << QStringLiteral(FA_SHARED_SCHEDULES_DIR "/camp2019.schedule.json")
                              << 5 << 79;
}

void TestImportDialog::scheduleOpensAfterPreview()
{
    QFETCH(QString, path);
    QFETCH(int, days);
    QFETCH(int, sessions);
    if (!QFile::exists(path))
        QSKIP(qPrintable(u"missing: "_s + path + u" (the shared schedules folder is absent)"_s));

    ImportDialog dialog(m_base);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *accept = child<QPushButton>(dialog, "acceptButton");
    dialog.setInputFile(path);
    QVERIFY(child<QLabel>(dialog, "detectedLabel")->text().startsWith(u"Detected: "_s));
    QVERIFY(!child<QComboBox>(dialog, "recordingCombo")->isEnabled());
    QVERIFY(!accept->isEnabled());
    QCOMPARE(accept->text(), u"&Open"_s);

    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    const QString summary = child<QPlainTextEdit>(dialog, "summaryView")->toPlainText();
    QVERIFY2(summary.contains(u"days: "_s + QString::number(days)), qPrintable(summary));
    QVERIFY2(summary.contains(u"sessions: "_s + QString::number(sessions)), qPrintable(summary));
    QVERIFY(summary.contains(u"skipped elements: "_s));
    QVERIFY(accept->isEnabled());
    QCOMPARE(dialog.importResult().kind, ImportDialogResult::Kind::None); // not yet accepted

    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ImportDialogResult &result = dialog.importResult();
    QCOMPARE(result.kind, ImportDialogResult::Kind::Catalog);
    QVERIFY(result.catalog);
    QCOMPARE(result.catalog->days.size(), days);
    QCOMPARE(result.catalog->sessions.size(), sessions);
    QCOMPARE(result.catalog->origin, path);
    QCOMPARE(result.inputFile, path);
}

void TestImportDialog::malformedShowsLineAndBlocksOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::newRow("xml") << u"malformed.schedule.xml"_s << u"line 8: "_s;
    QTest::newRow("json") << u"malformed.schedule.json"_s << u"line 6: "_s;
    QTest::newRow("vtt") << u"malformed.vtt"_s << u"line 8: "_s;
}

void TestImportDialog::malformedShowsLineAndBlocksOpen()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    ImportDialog dialog(m_base);
    dialog.setInputFile(fixture(file));
    QVERIFY(!dialog.preview());
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(line), qPrintable(summary));
    QVERIFY2(summary.contains(u"could not be imported"_s), qPrintable(summary));
    QVERIFY(!child<QPushButton>(dialog, "acceptButton")->isEnabled());
    QVERIFY(!dialog.isReady());
}

void TestImportDialog::keyboardPathIsDetected()
{
    ImportDialog dialog(m_base);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = child<QLineEdit>(dialog, "pathEdit");
    path->setFocus();
    QTest::keyClicks(path, fixture(u"day1.vtt"_s));
    QTest::keyClick(path, Qt::Key_Tab); // leaving the field reads the file
    QCOMPARE(dialog.format(), ImportFormat::WebVtt);
    QCOMPARE(child<QLabel>(dialog, "detectedLabel")->text(), u"Detected: WebVTT chapters"_s);
    QVERIFY(child<QComboBox>(dialog, "recordingCombo")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog, "acceptButton")->text(), u"&Apply"_s);
}

void TestImportDialog::youTubeChaptersAttachToRecording()
{
    ImportDialog dialog(m_base);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setInputFile(fixture(u"day1.youtube.txt"_s));
    QCOMPARE(dialog.format(), ImportFormat::YouTube);
    auto *recordings = child<QComboBox>(dialog, "recordingCombo");
    QCOMPARE(recordings->count(), m_base->recordings.size());
    dialog.setRecordingId(u"day-1-en"_s);
    QCOMPARE(dialog.recordingId(), u"day-1-en"_s);

    QVERIFY(dialog.preview());
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(u"chapters: 4"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"matched chapters: 3"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"unmatched chapters: 1"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Coffee break"_s), qPrintable(summary)); // named, not dropped
    QVERIFY2(summary.contains(u"markets"_s), qPrintable(summary));      // session left over

    QTest::mouseClick(child<QPushButton>(dialog, "acceptButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ImportDialogResult &result = dialog.importResult();
    QCOMPARE(result.kind, ImportDialogResult::Kind::Chapters);
    QCOMPARE(result.recordingId, u"day-1-en"_s);
    QCOMPARE(result.chapters.size(), 4);
    QCOMPARE(result.match.matches.size(), 3);

    // What the lead does with it: one undoable step in the overlay.
    QTemporaryDir dir;
    UserDataStore store(dir.path());
    ChapterOverlay overlay(&store);
    overlay.setCatalog(m_base);
    const ChapterMatchResult applied = overlay.importChapters(result.recordingId, result.chapters);
    QCOMPARE(applied.matches.size(), 3);
    QCOMPARE(overlay.undoStack()->count(), 1);
    QCOMPARE(overlay.offset(u"day-1-en"_s, u"formal"_s), std::optional<Milliseconds>(750000));
}

void TestImportDialog::chaptersNeedACatalog()
{
    ImportDialog dialog(nullptr);
    dialog.setInputFile(fixture(u"day1.youtube.txt"_s));
    QVERIFY(!dialog.preview());
    QVERIFY2(dialog.summaryText().contains(u"recording of the current catalog"_s),
             qPrintable(dialog.summaryText()));
    QVERIFY(!child<QPushButton>(dialog, "acceptButton")->isEnabled());
}

void TestImportDialog::formatOverride()
{
    ImportDialog dialog(m_base);
    dialog.setInputFile(fixture(u"day1.youtube.txt"_s));
    dialog.setFormat(ImportFormat::WebVtt);
    QCOMPARE(child<QLabel>(dialog, "detectedLabel")->text(), u"Detected: YouTube chapters"_s);
    QVERIFY(!dialog.preview());
    QVERIFY2(dialog.summaryText().contains(u"line 1: "_s), qPrintable(dialog.summaryText()));
    dialog.setFormat(ImportFormat::YouTube);
    QVERIFY(dialog.preview());
}

void TestImportDialog::editingInvalidatesPreview()
{
    ImportDialog dialog(m_base);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setInputFile(fixture(u"day1.youtube.txt"_s));
    QVERIFY(dialog.preview());
    auto *accept = child<QPushButton>(dialog, "acceptButton");
    QVERIFY(accept->isEnabled());
    dialog.setRecordingId(u"day-2-en"_s);
    QVERIFY(!accept->isEnabled());
    QVERIFY(dialog.summaryText().isEmpty());
    dialog.setRecordingId(u"day-1-en"_s);
    QVERIFY(dialog.preview());
    QTest::keyClick(child<QLineEdit>(dialog, "pathEdit"), Qt::Key_Backspace);
    QVERIFY(!accept->isEnabled());
    QVERIFY(!dialog.preview()); // the path no longer names a file
    QVERIFY(!accept->isEnabled());
}

void TestImportDialog::pastedDescriptionAddsSessionsLikeTheCommandLine()
{
    const QString forumPath =
        QStringLiteral(FA_SOURCE_DIR "/resources/catalogs/global-forum-2022.json");
    const QString input = fixture(u"global-forum-2022-day1.youtube.txt"_s);
    const CatalogPtr forum = CatalogReader::readPath(forumPath).catalog;
    QVERIFY(forum);
    QTemporaryDir dir;
    UserDataStore store(dir.filePath(u"data"_s));
    ChapterOverlay overlay(&store);
    overlay.setCatalog(forum);

    ImportDialog dialog(overlay.effectiveCatalog());
    dialog.setLanguage(u"fr"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *check = child<QCheckBox>(dialog, "addSessionsCheck");
    dialog.setRecordingId(u"day-1-en"_s);
    QCOMPARE(check->text(), u"A&dd unmatched chapters as sessions of Jour 1"_s);

    // Paste the description as a person does: clipboard, then Ctrl+V.
    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QGuiApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    auto *paste = child<QPlainTextEdit>(dialog, "pasteEdit");
    paste->setFocus();
    QTest::keyClick(paste, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(paste->toPlainText().contains(u"Coffee break ☕"_s));
    QCOMPARE(dialog.format(), ImportFormat::YouTube);

    QVERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(u"chapters: 12\n"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"matched chapters: 2\n"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"sessions to add: 10\n"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"(similar, 79%)"_s), qPrintable(summary)); // the score, shown
    auto *accept = child<QPushButton>(dialog, "acceptButton");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ImportDialogResult &result = dialog.importResult();
    QCOMPARE(result.kind, ImportDialogResult::Kind::Chapters);
    QVERIFY(result.addSessions);
    QVERIFY(result.inputFile.isEmpty());
    QCOMPARE(result.chapterImport.additions.size(), 10);

    QVERIFY(overlay.applyImport(result.chapterImport));
    QCOMPARE(overlay.effectiveCatalog()->sessions.size(), 19);
    const QString out = dir.filePath(u"cli.json"_s);
    const test::ToolRun cli =
        test::runCatalogTool({u"import"_s, input, u"--catalog"_s, forumPath, u"--recording"_s,
                              u"day-1-en"_s, u"--add-sessions"_s, u"-o"_s, out});
    QCOMPARE(cli.code, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(overlay.catalogJson()),
             QJsonDocument::fromJson(written.readAll()));
}

void TestImportDialog::pastedTextWithErrorsCannotBeApplied()
{
    ImportDialog dialog(m_base);
    dialog.restrictToChapters();
    QCOMPARE(child<QComboBox>(dialog, "formatCombo")->count(), 2);
    dialog.setRecordingId(u"day-1-en"_s);
    dialog.setPastedText(u"0:00 Start\n1:00:00 Middle\n3:20:00 After the end\n"_s);
    QVERIFY(!dialog.preview());
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.startsWith(u"The pasted text could not be imported"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"line 3: 3:20:00 is past the end"_s), qPrintable(summary));
    QVERIFY(!child<QPushButton>(dialog, "acceptButton")->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
