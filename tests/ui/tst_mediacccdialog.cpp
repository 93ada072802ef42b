#include "mediacccdialog.h"
#include "mediacccfixture.h"
#include "mediacccimport.h"
#include "networkaccess.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// The media.ccc.de dialog as a person uses it, against the in-process server.
class TestMediaCccDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndSearches();
    void opensChosenConference();
    void opensTypedAcronymAndPastedAddress_data();
    void opensTypedAcronymAndPastedAddress();
    void unknownConferenceShownInDialog();
    void listFailureStillAllowsTyping();
    void cancelWhileLoading();

private:
    template<typename T> T *child(const char *name) const
    {
        T *c = m_dialog->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    void openDialog();
    bool waitForList();

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<MediaCccClient> m_client;
    std::unique_ptr<MediaCccDialog> m_dialog;
};

void TestMediaCccDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMediaCccDialog::init()
{
    m_server = std::make_unique<HttpTestServer>();
    MediaCccFixture::serve(*m_server);
    m_cache = std::make_unique<QTemporaryDir>();
    m_access = std::make_unique<NetworkAccess>();
    m_client = std::make_unique<MediaCccClient>(m_access.get(), m_cache->path());
    m_client->setApiBase(m_server->url(u"/public/"_s));
}

void TestMediaCccDialog::cleanup()
{
    m_dialog.reset();
    m_client.reset();
    m_access.reset();
    m_server.reset();
}

void TestMediaCccDialog::openDialog()
{
    m_dialog = std::make_unique<MediaCccDialog>(m_client.get(), MediaQuality());
    m_dialog->show();
}

bool TestMediaCccDialog::waitForList()
{
    auto *progress = child<QProgressBar>("progressBar");
    return QTest::qWaitFor([progress] { return !progress->isVisible(); }, 10000);
}

void TestMediaCccDialog::listsAndSearches()
{
    openDialog();
    auto *progress = child<QProgressBar>("progressBar");
    auto *list = child<QListView>("conferenceList");
    auto *search = child<QLineEdit>("searchEdit");
    auto *open = child<QPushButton>("openButton");
    QVERIFY(progress->isVisible()); // busy while the list loads
    QVERIFY(waitForList());
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(child<QLabel>("statusLabel")->text(), u"4 conference(s)"_s);
    QVERIFY(!open->isEnabled());
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(u"Test Chaos Congress"_s));

    QTest::keyClicks(search, u"datensp"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(open->isEnabled()); // the only conference left
    QCOMPARE(m_dialog->chosenTarget().id, u"ds24"_s);
    search->clear();
    m_dialog->setSearchText(u"ÉDITION"_s); // typed with accents, matched without regard to them
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_dialog->chosenTarget().id, u"tcc24"_s);
    search->clear();
    QCOMPARE(list->model()->rowCount(), 4);
    QVERIFY(!open->isEnabled());
    list->setCurrentIndex(list->model()->index(2, 0));
    QVERIFY(open->isEnabled());
    QCOMPARE(m_dialog->chosenTarget().id, u"gpn22"_s);
}

void TestMediaCccDialog::opensChosenConference()
{
    openDialog();
    QVERIFY(waitForList());
    auto *list = child<QListView>("conferenceList");
    list->setCurrentIndex(list->model()->index(0, 0));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->acronym(), u"tcc24"_s);
    QVERIFY(m_dialog->catalog());
    QCOMPARE(m_dialog->catalog()->sessions.size(), MediaCccFixture::events);

    // The import goes on after the dialog closed, for whoever takes it.
    std::unique_ptr<MediaCccImport> import = m_dialog->takeImport();
    QVERIFY(import);
    QVERIFY(!m_dialog->takeImport());
    if (import->isRunning()) {
        QSignalSpy finished(import.get(), &MediaCccImport::finished);
        QVERIFY(finished.wait(20000));
    }
    QVERIFY(import->result().ok());
    QCOMPARE(import->result().recordings, MediaCccFixture::recordings);
}

void TestMediaCccDialog::opensTypedAcronymAndPastedAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("focus");
    QTest::newRow("acronym") << u"tcc24"_s << QString();
    QTest::newRow("conference page") << u"https://media.ccc.de/c/tcc24"_s << QString();
    QTest::newRow("talk page") << u"https://media.ccc.de/v/tcc24-1001-talk"_s
                               << MediaCccFixture::guid(1);
}

void TestMediaCccDialog::opensTypedAcronymAndPastedAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, focus);
    m_server->addData(u"/public/events/tcc24-1001-talk"_s,
                      MediaCccFixture::served(u"events/"_s + MediaCccFixture::guid(1) + u".json"_s,
                                              m_server.get()));
    openDialog();
    QVERIFY(waitForList());
    QTest::keyClicks(child<QLineEdit>("searchEdit"), text);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(child<QLineEdit>("searchEdit"), Qt::Key_Return);
    QVERIFY(accepted.wait(10000));
    std::unique_ptr<MediaCccImport> import = m_dialog->takeImport();
    QCOMPARE(m_dialog->acronym(), u"tcc24"_s); // also for a talk's address
    if (import->isRunning()) {
        QSignalSpy finished(import.get(), &MediaCccImport::finished);
        QVERIFY(finished.wait(20000));
    }
    QCOMPARE(import->result().focusSessionId, focus);
}

void TestMediaCccDialog::unknownConferenceShownInDialog()
{
    openDialog();
    QVERIFY(waitForList());
    auto *open = child<QPushButton>("openButton");
    QTest::keyClicks(child<QLineEdit>("searchEdit"), u"nope42"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    auto *status = child<QLabel>("statusLabel");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"127.0.0.1 has no conference 'nope42'."_s, 10000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(open->isEnabled()); // another try is possible
    QVERIFY(child<QLineEdit>("searchEdit")->isEnabled());
    QVERIFY(!child<QProgressBar>("progressBar")->isVisible());
    QVERIFY(!m_dialog->takeImport());
}

void TestMediaCccDialog::listFailureStillAllowsTyping()
{
    m_server->addStatus(u"/public/conferences"_s, 500);
    openDialog();
    QVERIFY(waitForList());
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(status.startsWith(u"The list of conferences could not be loaded: "_s),
             qPrintable(status));
    QVERIFY(status.contains(u"HTTP error 500"_s));
    QCOMPARE(child<QListView>("conferenceList")->model()->rowCount(), 0);
    QTest::keyClicks(child<QLineEdit>("searchEdit"), u"tcc24"_s);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
}

void TestMediaCccDialog::cancelWhileLoading()
{
    m_server->addSlow(u"/public/conferences/tcc24"_s, 3000);
    openDialog();
    QVERIFY(waitForList());
    QTest::keyClicks(child<QLineEdit>("searchEdit"), u"tcc24"_s);
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());
    QVERIFY(!child<QPushButton>("openButton")->isEnabled());
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!m_dialog->catalog());
    QVERIFY(!m_dialog->takeImport());
}

QTEST_MAIN(TestMediaCccDialog)
#include "tst_mediacccdialog.moc"
