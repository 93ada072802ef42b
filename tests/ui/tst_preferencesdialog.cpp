#include "preferences.h"
#include "preferencesdialog.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace fa;
using namespace Qt::StringLiterals;

// File → Preferences… as a person uses it: typing a location for yt-dlp,
// choosing the media.ccc.de files, OK or Cancel.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredValues();
    void statusFollowsTypedPath();
    void statusForPathLookup();
    void okWritesThroughPreferences();
    void cancelChangesNothing();
    void mnemonicsAreUnique();
    void languageChangeKeepsChoice();
    void menuActionOpensDialog();
    void menuActionOffWithoutPreferences();

private:
    template<typename T> T *child(const char *name) const
    {
        T *c = m_dialog->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    void openDialog();
    void typePath(const QString &path);
    QString status() const { return child<QLabel>("ytDlpStatusLabel")->text(); }
    // An executable named yt-dlp in a folder of its own.
    QString installFake(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<PreferencesDialog> m_dialog;
    QByteArray m_oldPath;
    QString m_seenModal;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_oldPath = qgetenv("PATH");
}

void TestPreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Whether this machine has yt-dlp must not matter: PATH holds only what a test puts there.
    QVERIFY(QDir(m_dir->path()).mkpath(u"bin"_s));
    qputenv("PATH", QFile::encodeName(m_dir->filePath(u"bin"_s)));
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_preferences = std::make_unique<Preferences>(m_settings.get());
}

void TestPreferencesDialog::cleanup()
{
    m_dialog.reset();
    m_preferences.reset();
    m_settings.reset();
    m_dir.reset();
    qputenv("PATH", m_oldPath);
}

void TestPreferencesDialog::openDialog()
{
    m_dialog = std::make_unique<PreferencesDialog>(m_preferences.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestPreferencesDialog::typePath(const QString &path)
{
    QLineEdit *edit = child<QLineEdit>("ytDlpEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, path);
    QCOMPARE(edit->text(), path);
}

QString TestPreferencesDialog::installFake(const QString &folder) const
{
    const QString target = folder + u"/yt-dlp"_s;
    QFile::copy(QStringLiteral(FA_SOURCE_DIR "/tests/support/fake-yt-dlp"), target);
    QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::ExeOwner);
    return target;
}

void TestPreferencesDialog::showsTheStoredValues()
{
    m_preferences->setYtDlpPath(u"/opt/yt-dlp"_s);
    QVERIFY(m_preferences->setMediaQuality(u"sd-webm"_s));
    openDialog();
    QCOMPARE(child<QLineEdit>("ytDlpEdit")->text(), u"/opt/yt-dlp"_s);
    QVERIFY(!child<QLineEdit>("ytDlpEdit")->placeholderText().isEmpty());
    QComboBox *combo = child<QComboBox>("mediaQualityCombo");
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), u"SD WebM"_s);
    QCOMPARE(combo->currentData().toString(), u"sd-webm"_s);
}

void TestPreferencesDialog::statusFollowsTypedPath()
{
    QTemporaryDir elsewhere;
    const QString fake = installFake(elsewhere.path());
    openDialog();

    typePath(fake);
    QVERIFY2(status().startsWith(u"Found: "_s), qPrintable(status()));
    QVERIFY2(status().contains(fake), qPrintable(status()));

    const QString missing = elsewhere.filePath(u"no-such-yt-dlp"_s);
    typePath(missing);
    QVERIFY2(status().startsWith(u"Not found"_s), qPrintable(status()));
    QVERIFY2(status().contains(missing), qPrintable(status()));
    QVERIFY2(status().contains(u"Debian package yt-dlp"_s), qPrintable(status()));

    // A file that may not be run is not a program.
    QFile plain(elsewhere.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    typePath(plain.fileName());
    QVERIFY2(status().startsWith(u"Not found"_s), qPrintable(status()));
}

void TestPreferencesDialog::statusForPathLookup()
{
    openDialog();
    QVERIFY(child<QLineEdit>("ytDlpEdit")->text().isEmpty());
    QVERIFY2(status().contains(u"not found on PATH"_s), qPrintable(status()));
    QVERIFY2(status().contains(u"Debian package yt-dlp"_s), qPrintable(status()));

    // Found once it is on PATH, when the dialog looks again.
    const QString fake = installFake(m_dir->filePath(u"bin"_s));
    typePath(u"x"_s);
    typePath(QString());
    QVERIFY2(status().startsWith(u"Found on PATH: "_s), qPrintable(status()));
    QVERIFY2(status().contains(fake), qPrintable(status()));
}

void TestPreferencesDialog::okWritesThroughPreferences()
{
    QTemporaryDir elsewhere;
    const QString fake = installFake(elsewhere.path());
    QSignalSpy pathChanged(m_preferences.get(), &Preferences::ytDlpPathChanged);
    QSignalSpy qualityChanged(m_preferences.get(), &Preferences::mediaQualityChanged);
    openDialog();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    typePath(fake);
    QComboBox *combo = child<QComboBox>("mediaQualityCombo");
    combo->setFocus();
    const int sdMp4 = combo->findText(u"SD MP4"_s);
    QVERIFY(sdMp4 >= 0);
    // Down from the first item to the one wanted, as with the keyboard.
    combo->setCurrentIndex(0);
    for (int i = 0; i < sdMp4; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"SD MP4"_s);
    QCOMPARE(pathChanged.size(), 0); // nothing written before OK

    QPushButton *ok = child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_preferences->ytDlpPath(), fake);
    QCOMPARE(m_preferences->mediaQuality(), u"sd-mp4"_s);
    QCOMPARE(pathChanged.size(), 1);
    QCOMPARE(pathChanged.at(0).at(0).toString(), fake);
    QCOMPARE(qualityChanged.size(), 1);
    QCOMPARE(qualityChanged.at(0).at(0).toString(), u"sd-mp4"_s);
    const QSettings file(iniPath(), QSettings::IniFormat);
    QCOMPARE(file.value(u"youtube/ytDlp"_s).toString(), fake);
    QCOMPARE(file.value(u"mediaccc/quality"_s).toString(), u"sd-mp4"_s);
}

void TestPreferencesDialog::cancelChangesNothing()
{
    m_preferences->setYtDlpPath(u"/opt/yt-dlp"_s);
    QVERIFY(m_preferences->setMediaQuality(u"hd-mp4"_s));
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QSignalSpy pathChanged(m_preferences.get(), &Preferences::ytDlpPathChanged);
    QSignalSpy qualityChanged(m_preferences.get(), &Preferences::mediaQualityChanged);
    openDialog();

    typePath(u"/somewhere/else/yt-dlp"_s);
    QComboBox *combo = child<QComboBox>("mediaQualityCombo");
    combo->setCurrentIndex(combo->findText(u"SD WebM"_s));
    QPushButton *cancel = child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_preferences->ytDlpPath(), u"/opt/yt-dlp"_s);
    QCOMPARE(m_preferences->mediaQuality(), u"hd-mp4"_s);
    QCOMPARE(pathChanged.size(), 0);
    QCOMPARE(qualityChanged.size(), 0);
    m_settings->sync();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestPreferencesDialog::mnemonicsAreUnique()
{
    openDialog();
    QStringList texts;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        texts.append(button->text());
    QHash<QChar, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
             i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) == u'&')
                continue;
            const QChar key = text.at(i + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(u"“"_s + text + u"” and “"_s + seen.value(key)
                                                     + u"” share &"_s + key));
            seen.insert(key, text);
        }
    }
    // The three own ones at least: the program, Browse and the media.ccc.de files.
    QVERIFY2(seen.size() >= 3, qPrintable(texts.join(u" | "_s)));
}

void TestPreferencesDialog::languageChangeKeepsChoice()
{
    openDialog();
    QComboBox *combo = child<QComboBox>("mediaQualityCombo");
    combo->setCurrentIndex(combo->findData(u"sd-webm"_s));
    typePath(u"/nowhere/yt-dlp"_s);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_dialog.get(), &change);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), u"sd-webm"_s);
    QCOMPARE(combo->currentText(), u"SD WebM"_s);
    QVERIFY2(status().startsWith(u"Not found"_s), qPrintable(status()));
    QCOMPARE(m_dialog->windowTitle(), u"Preferences"_s);
}

void TestPreferencesDialog::menuActionOpensDialog()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"window"_s));
    WindowFixture f(m_dir->filePath(u"window"_s));
    // The fixture's window has no preferences: this one, on the same core objects, has.
    f.window.reset();
    MainWindow window(MainWindowServices{f.session.get(), &f.settings, &f.downloads, nullptr,
                                         m_preferences.get()});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), u"&Preferences…"_s);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    QVERIFY(!action->shortcut().isEmpty());
    // In the File menu, before Quit, set apart by a separator.
    auto *file = window.findChild<QMenu *>(u"fileMenu"_s);
    const QList<QAction *> entries = file->actions();
    const qsizetype at = entries.indexOf(action);
    const qsizetype quit = entries.indexOf(window.findChild<QAction *>(u"quitAction"_s));
    QVERIFY(at > 0 && quit > at);
    QVERIFY(entries.at(at - 1)->isSeparator());
    QVERIFY(entries.at(at + 1)->isSeparator());

    m_seenModal.clear();
    QTimer::singleShot(0, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            m_seenModal = modal->objectName();
            modal->close();
        }
    });
    action->trigger(); // returns once the dialog is closed
    QCOMPARE(m_seenModal, u"preferencesDialog"_s);
}

void TestPreferencesDialog::menuActionOffWithoutPreferences()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"window"_s));
    WindowFixture f(m_dir->filePath(u"window"_s));
    auto *action = f.child<QAction>("preferencesAction");
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    m_seenModal.clear();
    action->trigger();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
