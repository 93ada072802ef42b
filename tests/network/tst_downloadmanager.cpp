#include "downloadindex.h"
#include "downloadmanager.h"
#include "httptestserver.h"
#include "networkaccess.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestDownloadManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadWithProgress();
    void cancelAndResumeWithRange();
    void resumeThroughRedirect();
    void resumeWithoutRangeSupportStartsOver();
    void sha256Mismatch();
    void sha256Match();
    void atMostThreeAtOnce();
    void httpErrorNamesAddress();
    void foundAfterRestart();
    void modelRoles();

private:
    DownloadItem::State state(int id) const { return m_manager->item(id)->state; }

    QTemporaryDir m_sources;
    QString m_bigFile;
    QByteArray m_big;
    QString m_smallFile;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<DownloadManager> m_manager;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDownloadManager::initTestCase()
{
    QVERIFY(m_sources.isValid());
    QRandomGenerator random(42);
    m_big.resize(1024 * 1024 + 123);
    for (qsizetype i = 0; i < m_big.size(); ++i)
        m_big[i] = char(random.bounded(256));
    m_bigFile = m_sources.filePath(u"slides.pdf"_s);
    QFile big(m_bigFile);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(m_big);
    m_smallFile = m_sources.filePath(u"small.pdf"_s);
    QFile small(m_smallFile);
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(m_big.left(48 * 1024));
}

void TestDownloadManager::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
    m_access = std::make_unique<NetworkAccess>();
    m_access->setTimeout(5000);
    m_manager = std::make_unique<DownloadManager>(m_access.get(), m_folder->path());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_manager->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDownloadManager::cleanup()
{
    m_tester.reset();
    m_manager.reset();
    m_access.reset();
    m_server.reset();
    m_folder.reset();
}

void TestDownloadManager::downloadWithProgress()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile, true, 64 * 1024, 5);
    QSignalSpy progress(m_manager.get(), &DownloadManager::progress);
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    const int id = m_manager->enqueue({m_server->url(u"/slides.pdf"_s), u"Slides"_s, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    QVERIFY(progress.size() > 1);
    QCOMPARE(progress.last().at(1).toLongLong(), m_big.size());
    QCOMPARE(progress.last().at(2).toLongLong(), m_big.size());
    qint64 previous = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(1).toLongLong() >= previous);
        previous = args.at(1).toLongLong();
    }
    const QString path = QDir(m_folder->path()).filePath(u"slides.pdf"_s);
    QCOMPARE(finished.first().at(1).toString(), path);
    QCOMPARE(readFile(path), m_big);
    QVERIFY(!QFile::exists(DownloadManager::partPath(path)));
    QCOMPARE(state(id), DownloadItem::State::Finished);
    QCOMPARE(m_manager->localPath(m_server->url(u"/slides.pdf"_s)), path);
    // Asking again gives the finished file, not a second download.
    QCOMPARE(m_manager->enqueue({m_server->url(u"/slides.pdf"_s), {}, {}, {}}), id);
    QCOMPARE(m_server->requestCount(u"/slides.pdf"_s), 1);
}

void TestDownloadManager::cancelAndResumeWithRange()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile, true, 16 * 1024, 20);
    const int id = m_manager->enqueue({m_server->url(u"/slides.pdf"_s), u"Slides"_s, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->item(id)->received > 64 * 1024, 20000);
    m_manager->cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), DownloadItem::State::Paused, 10000);

    const QString path = QDir(m_folder->path()).filePath(u"slides.pdf"_s);
    const qint64 partial = QFileInfo(DownloadManager::partPath(path)).size();
    QVERIFY(partial > 0);
    QVERIFY(partial < m_big.size());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readFile(DownloadManager::partPath(path)), m_big.left(partial));

    m_server->addFile(u"/slides.pdf"_s, m_bigFile); // now at full speed
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    m_manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    const HttpTestRequest last = m_server->requests(u"/slides.pdf"_s).last();
    QCOMPARE(last.header("range"), "bytes=" + QByteArray::number(partial) + '-');
    QVERIFY(!last.header("if-range").isEmpty());
    QCOMPARE(readFile(path), m_big);
    QVERIFY(!QFile::exists(DownloadManager::partPath(path)));
}

void TestDownloadManager::resumeThroughRedirect()
{
    m_server->addRedirect(u"/latest.pdf"_s, "/files/slides.pdf", 307);
    m_server->addFile(u"/files/slides.pdf"_s, m_bigFile, true, 16 * 1024, 20);
    const QUrl url = m_server->url(u"/latest.pdf"_s);
    const int id = m_manager->enqueue({url, u"Slides"_s, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->item(id)->received > 64 * 1024, 20000);
    m_manager->cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), DownloadItem::State::Paused, 10000);
    const QString path = QDir(m_folder->path()).filePath(u"latest.pdf"_s);
    const qint64 partial = QFileInfo(DownloadManager::partPath(path)).size();
    QVERIFY(partial > 0 && partial < m_big.size());

    m_server->addFile(u"/files/slides.pdf"_s, m_bigFile);
    m_server->clearRequests();
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    m_manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    // The Range and If-Range of the resumed download reach the file behind the redirect.
    QCOMPARE(m_server->requests().size(), 2);
    for (const HttpTestRequest &request : m_server->requests()) {
        QCOMPARE(request.header("range"), "bytes=" + QByteArray::number(partial) + '-');
        QVERIFY(!request.header("if-range").isEmpty());
    }
    QCOMPARE(readFile(path), m_big);
    QCOMPARE(m_manager->localPath(url), path);
}

void TestDownloadManager::resumeWithoutRangeSupportStartsOver()
{
    const QString path = QDir(m_folder->path()).filePath(u"slides.pdf"_s);
    QFile part(DownloadManager::partPath(path));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write("stale bytes from an older version");
    part.close();

    m_server->addFile(u"/slides.pdf"_s, m_bigFile, false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    m_manager->enqueue({m_server->url(u"/slides.pdf"_s), {}, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!m_server->requests().first().header("range").isEmpty());
    QCOMPARE(readFile(path), m_big);
}

void TestDownloadManager::sha256Mismatch()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile);
    QSignalSpy failed(m_manager.get(), &DownloadManager::failed);
    const int id =
        m_manager->enqueue({m_server->url(u"/slides.pdf"_s), {}, {}, QByteArray(64, '0')});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"sha256"_s), qPrintable(message));
    QVERIFY2(message.contains(m_server->url(u"/slides.pdf"_s).toDisplayString()),
             qPrintable(message));
    QCOMPARE(state(id), DownloadItem::State::Failed);
    const QString path = QDir(m_folder->path()).filePath(u"slides.pdf"_s);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(DownloadManager::partPath(path)));
    QVERIFY(m_manager->localPath(m_server->url(u"/slides.pdf"_s)).isEmpty());
}

void TestDownloadManager::sha256Match()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile);
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    const QByteArray sha = QCryptographicHash::hash(m_big, QCryptographicHash::Sha256).toHex();
    m_manager->enqueue({m_server->url(u"/slides.pdf"_s), {}, {}, sha.toUpper()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
}

void TestDownloadManager::atMostThreeAtOnce()
{
    int mostRunning = 0;
    connect(m_manager.get(), &DownloadManager::stateChanged, this,
            [&] { mostRunning = std::max(mostRunning, m_manager->runningCount()); });
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    for (int i = 1; i <= 5; ++i) {
        const QString route = u"/m%1.pdf"_s.arg(i);
        m_server->addFile(route, m_smallFile, true, 8 * 1024, 40);
        m_manager->enqueue({m_server->url(route), {}, {}, {}});
    }
    QCOMPARE(m_manager->runningCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 30000);
    QCOMPARE(mostRunning, DownloadManager::maxConcurrent);
    QVERIFY(m_server->maxConcurrentResponses() <= 3);
    QCOMPARE(m_server->requests().size(), 5);
    QCOMPARE(m_manager->runningCount(), 0);
}

void TestDownloadManager::httpErrorNamesAddress()
{
    m_server->addStatus(u"/gone.pdf"_s, 404);
    QSignalSpy failed(m_manager.get(), &DownloadManager::failed);
    QUrl url = m_server->url(u"/gone.pdf"_s);
    url.setUserInfo(u"anna:s3cret"_s);
    const int id = m_manager->enqueue({url, {}, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const QString message = m_manager->item(id)->error;
    QVERIFY2(message.contains(m_server->url(u"/gone.pdf"_s).toDisplayString()),
             qPrintable(message));
    QVERIFY(message.contains(u"404"_s));
    QVERIFY(!message.contains(u"s3cret"_s));
    const QModelIndex index = m_manager->model()->index(0);
    QCOMPARE(index.data(DownloadModel::ErrorRole).toString(), message);
    QVERIFY(!index.data(DownloadModel::UrlRole).toUrl().toString().contains(u"s3cret"_s));
}

void TestDownloadManager::foundAfterRestart()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile);
    QSignalSpy finished(m_manager.get(), &DownloadManager::finished);
    QUrl url = m_server->url(u"/slides.pdf"_s);
    url.setUserInfo(u"anna:s3cret"_s);
    m_manager->enqueue({url, u"Slides"_s, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    m_tester.reset();
    m_manager = std::make_unique<DownloadManager>(m_access.get(), m_folder->path());
    QCOMPARE(m_manager->model()->rowCount(), 1);
    const QString path = QDir(m_folder->path()).filePath(u"slides.pdf"_s);
    QCOMPARE(m_manager->localPath(m_server->url(u"/slides.pdf"_s)), path);
    const QModelIndex index = m_manager->model()->index(0);
    QCOMPARE(index.data(DownloadModel::TitleRole).toString(), u"Slides"_s);
    QCOMPARE(index.data(DownloadModel::StateRole).toInt(), int(DownloadItem::State::Finished));
    QVERIFY(!readFile(QDir(m_folder->path()).filePath(QLatin1String(DownloadIndex::fileName)))
                 .contains("s3cret"));
}

void TestDownloadManager::modelRoles()
{
    m_server->addFile(u"/slides.pdf"_s, m_bigFile, true, 32 * 1024, 10);
    const int id = m_manager->enqueue({m_server->url(u"/slides.pdf"_s), u"Slides"_s, {}, {}});
    QAbstractItemModel *model = m_manager->model();
    QCOMPARE(model->rowCount(), 1);
    const QHash<int, QByteArray> names = model->roleNames();
    for (const char *name : {"title", "url", "state", "progress", "bytesReceived", "bytesTotal",
                             "rate", "eta", "error", "localPath"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    const QModelIndex index = model->index(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(index.data(DownloadModel::BytesReceivedRole).toLongLong() > 0, 20000);
    QCOMPARE(index.data(DownloadModel::BytesTotalRole).toLongLong(), m_big.size());
    QCOMPARE(index.data(DownloadModel::TitleRole).toString(), u"Slides"_s);
    QTRY_VERIFY_WITH_TIMEOUT(index.data(DownloadModel::RateRole).toDouble() > 0, 20000);
    QVERIFY(index.data(DownloadModel::EtaRole).toLongLong() >= 0);
    const double progress = index.data(DownloadModel::ProgressRole).toDouble();
    QVERIFY(progress > 0 && progress <= 1);

    QTRY_COMPARE_WITH_TIMEOUT(state(id), DownloadItem::State::Finished, 20000);
    QCOMPARE(index.data(DownloadModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(index.data(DownloadModel::LocalPathRole).toString(),
             QDir(m_folder->path()).filePath(u"slides.pdf"_s));
    m_manager->remove(id);
    QCOMPARE(model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDownloadManager)
#include "tst_downloadmanager.moc"
