#include "catalogreader.h"
#include "httptestserver.h"
#include "networkaccess.h"
#include "photocache.h"
#include "sessiondetailpane.h"
#include "userdatastore.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace fa;
using namespace Qt::StringLiterals;

// Speaker pictures: a bundle photo, a photo from an address (through the cache),
// and initials when there is none or it fails.
class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speakerPictures();
};

namespace {
QByteArray png(QColor color)
{
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

void TestDetailPane::speakerPictures()
{
    QTemporaryDir dir;
    test::HttpTestServer server;
    server.addData(u"/bob.png"_s, png(Qt::blue), "image/png");
    QFile local(dir.filePath(u"ada.png"_s));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write(png(Qt::red));
    local.close();
    const QByteArray json = R"({"format": "forum-archive-catalog", "version": 1,
      "event": {"id": "p", "title": "P", "startDate": "2024-01-01", "endDate": "2024-01-01"},
      "days": [{"id": "d", "date": "2024-01-01"}],
      "speakers": [{"id": "ada", "name": "Ada Lovelace", "photo": "ada.png"},
                   {"id": "bob", "name": "Bob Example", "photo": ")"
                            + server.url(u"/bob.png"_s).toString().toUtf8() + R"("},
                   {"id": "cy", "name": "Cy Nophoto"}],
      "sessions": [{"id": "s", "day": "d", "title": "T", "speakers": ["ada", "bob", "cy"]}]})";
    QFile file(dir.filePath(u"catalog.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const CatalogLoadResult result = CatalogReader::readPath(dir.path());
    QVERIFY(result.ok());

    UserDataStore store(dir.filePath(u"data"_s));
    NetworkAccess network(dir.filePath(u"http-cache"_s));
    PhotoCache photos(&network);
    SessionDetailPane pane(&store);
    pane.setPhotoCache(&photos);
    pane.showSession(result.catalog, u"s"_s, u"en"_s);

    const auto centre = [&](int i) { return pane.speakerImage(i).pixelColor(40, 40); };
    QCOMPARE(centre(0), QColor(Qt::red));                          // the bundle's photo
    QVERIFY(centre(1) != QColor(Qt::blue));                        // initials while loading...
    QTRY_COMPARE_WITH_TIMEOUT(centre(1), QColor(Qt::blue), 10000); // ...then the photo
    QVERIFY(centre(2) != QColor(Qt::red) && centre(2) != QColor(Qt::blue)); // initials
    QVERIFY(pane.findChild<QTextBrowser *>()->toHtml().contains(u"fa-photo:1"_s));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
