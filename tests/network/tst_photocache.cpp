#include "httptestserver.h"
#include "networkaccess.h"
#include "photocache.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestPhotoCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchedOnceThenCached();
    void failureGivesNullImageAndError_data();
    void failureGivesNullImageAndError();
};

void TestPhotoCache::fetchedOnceThenCached()
{
    QImage picture(32, 24, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "PNG"));

    HttpTestServer server;
    server.addData(u"/ada.png"_s, png, "image/png");
    QTemporaryDir cacheDir;
    NetworkAccess access(cacheDir.path());
    const QUrl url = server.url(u"/ada.png"_s);

    {
        PhotoCache photos(&access);
        QSignalSpy ready(&photos, &PhotoCache::photoReady);
        QVERIFY(photos.photo(url).isNull()); // the caller shows a placeholder
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const QImage image = ready.first().at(1).value<QImage>();
        QCOMPARE(image.size(), QSize(32, 24));
        QVERIFY(ready.first().at(2).toString().isEmpty());
        QCOMPARE(photos.photo(url).size(), QSize(32, 24)); // now in memory
    }
    {
        // A new cache (as after a restart) reads the HTTP disk cache, not the server.
        PhotoCache photos(&access);
        const QImage image = photos.photo(url);
        QCOMPARE(image.size(), QSize(32, 24));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::red));
    }
    QCOMPARE(server.requestCount(u"/ada.png"_s), 1);
}

void TestPhotoCache::failureGivesNullImageAndError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << "/missing.png"
                         << "HTTP error 404";
    QTest::newRow("not a picture") << "/garbage.png"
                                   << "cannot be read";
}

void TestPhotoCache::failureGivesNullImageAndError()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    HttpTestServer server;
    server.addData(u"/garbage.png"_s, "not a png", "image/png");
    NetworkAccess access;
    PhotoCache photos(&access);
    QSignalSpy ready(&photos, &PhotoCache::photoReady);
    const QUrl url = server.url(path);
    QVERIFY(photos.photo(url).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(ready.first().at(1).value<QImage>().isNull());
    const QString error = ready.first().at(2).toString();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(url.toDisplayString()), qPrintable(error));
    QCOMPARE(photos.error(url), error);
}

QTEST_GUILESS_MAIN(TestPhotoCache)
#include "tst_photocache.moc"
