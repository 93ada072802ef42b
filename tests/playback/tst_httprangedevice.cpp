#include "httprangedevice.h"
#include "httptestserver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// The device the player reads http(s) recordings through: random access over
// Range requests, checked byte for byte against the file the server sends.
class TestHttpRangeDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsAnyRangeOfTheFile();
    void serverIgnoringRangeIsNotUsed();
    void failedFetchEndsTheStream();

private:
    static bool probe(HttpRangeDevice &device);

    QString m_path;
    QByteArray m_bytes;
};

void TestHttpRangeDevice::initTestCase()
{
    m_path = QStringLiteral(FA_SAMPLE_DIR) + u"/media/day-1.webm"_s;
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    // Several chunks, so that reads cross chunk boundaries and the cache evicts.
    QVERIFY(m_bytes.size() > 2 * HttpRangeDevice::chunkSize);
}

bool TestHttpRangeDevice::probe(HttpRangeDevice &device)
{
    QSignalSpy probed(&device, &HttpRangeDevice::probed);
    device.start();
    if (!probed.wait(10000))
        return false;
    return probed.first().first().toBool();
}

void TestHttpRangeDevice::readsAnyRangeOfTheFile()
{
    HttpTestServer server;
    server.addFile(u"/day-1.webm"_s, m_path);
    HttpRangeDevice device(server.url(u"/day-1.webm"_s));
    QVERIFY(probe(device));
    QVERIFY(device.isOpen());
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), m_bytes.size());

    // Whole file in one go, then random spans in random order.
    QCOMPARE(device.readAll(), m_bytes);
    QRandomGenerator random(7);
    for (int i = 0; i < 40; ++i) {
        const qint64 at = random.bounded(m_bytes.size());
        const qint64 length = random.bounded(3 * HttpRangeDevice::chunkSize / 2) + 1;
        QVERIFY(device.seek(at));
        QCOMPARE(device.read(length), m_bytes.mid(at, length));
    }
    QVERIFY(device.seek(m_bytes.size()));
    QVERIFY(device.read(16).isEmpty());
    QVERIFY(!device.hasFailed());
    // Every request asked for a range; none fetched the whole file.
    for (const HttpTestRequest &request : server.requests(u"/day-1.webm"_s))
        QVERIFY(request.header("Range").startsWith("bytes="));
}

void TestHttpRangeDevice::serverIgnoringRangeIsNotUsed()
{
    HttpTestServer server;
    server.addFile(u"/day-1.webm"_s, m_path, /*honourRange=*/false);
    HttpRangeDevice device(server.url(u"/day-1.webm"_s));
    QVERIFY(!probe(device));
    QVERIFY(!device.isOpen());
}

void TestHttpRangeDevice::failedFetchEndsTheStream()
{
    HttpTestServer server;
    server.addFile(u"/day-1.webm"_s, m_path);
    HttpRangeDevice device(server.url(u"/day-1.webm"_s));
    QVERIFY(probe(device));
    server.removeHandler(u"/day-1.webm"_s); // every later request: 404

    QSignalSpy failed(&device, &HttpRangeDevice::failed);
    QVERIFY(device.seek(m_bytes.size() - 10));
    QVERIFY(device.read(10).isEmpty());
    QVERIFY(device.hasFailed());
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(u"404"_s),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestHttpRangeDevice)
#include "tst_httprangedevice.moc"
