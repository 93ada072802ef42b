// A catalog read from an address: its relative paths name files beside that
// address (RFC 3986), and what would reach this machine or climb above the
// catalog's folder is refused at its JSON path.
#include "catalogaddresses.h"
#include "catalogreader.h"
#include "catalogwriter.h"
#include "momentlink.h"
#include "playbackplanner.h"
#include "sessionpresenter.h"
#include "webaddress.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
const QUrl archiveAddress(u"https://forum.example.org/archive/2024/catalog.json"_s);

CatalogReadOptions remoteOptions()
{
    CatalogReadOptions options;
    options.remote = true;
    options.origin = archiveAddress.toString();
    options.baseUrl = archiveAddress;
    return options;
}

QByteArray sampleData()
{
    QFile file(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no sample catalog");
    return file.readAll();
}

// Every kind of path a catalog has: a photo, a source, subtitles, a material.
QByteArray pathsCatalog(const QString &photo = u"photos/ada.jpg"_s,
                        const QString &source = u"media/day-1.webm"_s,
                        const QString &subtitles = u"subtitles/day-1.en.vtt"_s,
                        const QString &material = u"materials/s1 slides.pdf"_s)
{
    const auto object = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject o;
        for (const auto &[name, value] : fields)
            o.insert(name, value);
        return o;
    };
    const QJsonObject root = object({
        {u"format"_s, u"forum-archive-catalog"_s},
        {u"version"_s, 1},
        {u"event"_s,
         object({{u"id"_s, u"e"_s},
                 {u"title"_s, u"Forum"_s},
                 {u"startDate"_s, u"2024-01-01"_s},
                 {u"endDate"_s, u"2024-01-01"_s},
                 {u"links"_s, QJsonArray{object({{u"kind"_s, u"event-page"_s},
                                                 {u"url"_s, u"https://example.org/forum"_s}})}}})},
        {u"days"_s, QJsonArray{object({{u"id"_s, u"d1"_s}, {u"date"_s, u"2024-01-01"_s}})}},
        {u"speakers"_s,
         QJsonArray{object({{u"id"_s, u"ada"_s}, {u"name"_s, u"Ada"_s}, {u"photo"_s, photo}})}},
        {u"recordings"_s,
         QJsonArray{
             object({{u"id"_s, u"r1"_s},
                     {u"kind"_s, u"day"_s},
                     {u"day"_s, u"d1"_s},
                     {u"language"_s, u"en"_s},
                     {u"sources"_s,
                      QJsonArray{object({{u"path"_s, source}}),
                                 object({{u"url"_s, u"https://video.example.org/r1.webm"_s}})}},
                     {u"subtitles"_s,
                      QJsonArray{object({{u"language"_s, u"en"_s}, {u"path"_s, subtitles}})}}})}},
        {u"sessions"_s,
         QJsonArray{object(
             {{u"id"_s, u"s1"_s},
              {u"day"_s, u"d1"_s},
              {u"title"_s, u"Opening"_s},
              {u"speakers"_s, QJsonArray{u"ada"_s}},
              {u"chapters"_s, QJsonArray{object({{u"recording"_s, u"r1"_s}, {u"at"_s, 30}})}},
              {u"materials"_s,
               QJsonArray{object({{u"title"_s, u"Slides"_s}, {u"path"_s, material}})}}})}},
    });
    return QJsonDocument(root).toJson();
}

QString describe(const CatalogProblems &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}
} // namespace

class TestRemotePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentAddress_data();
    void documentAddress();
    void resolveBeside_data();
    void resolveBeside();
    void remoteCatalogKeepsRelativePaths();
    void everyKindOfPathResolves();
    void refusals_data();
    void refusals();
    void localCatalogUnchanged();
    void presenterShowsAddresses();
    void playerStreamsBesideAddress();
    void downloadedCopyPlays();
    void addressesByJsonPath();
};

void TestRemotePaths::documentAddress_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("document");
    QTest::newRow("folder") << u"http://127.0.0.1:8000/archive/"_s
                            << u"http://127.0.0.1:8000/archive/catalog.json"_s;
    QTest::newRow("server root") << u"https://example.org"_s
                                 << u"https://example.org/catalog.json"_s;
    QTest::newRow("query kept") << u"https://example.org/a/?v=2"_s
                                << u"https://example.org/a/catalog.json?v=2"_s;
    QTest::newRow("file named") << u"https://example.org/a/forum.json"_s
                                << u"https://example.org/a/forum.json"_s;
}

void TestRemotePaths::documentAddress()
{
    QFETCH(QString, asked);
    QFETCH(QString, document);
    QCOMPARE(catalogDocumentAddress(QUrl(asked)), QUrl(document));
}

void TestRemotePaths::resolveBeside_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // empty: refused
    const QString base = archiveAddress.toString();
    QTest::newRow("file beside") << base << u"catalog-notes.txt"_s
                                 << u"https://forum.example.org/archive/2024/catalog-notes.txt"_s;
    QTest::newRow("in a folder") << base << u"media/day-1.webm"_s
                                 << u"https://forum.example.org/archive/2024/media/day-1.webm"_s;
    // A file name, not a reference: "#" and "?" are part of it, as on disk.
    QTest::newRow("special characters")
        << base << u"media/day 1#2?.webm"_s
        << u"https://forum.example.org/archive/2024/media/day%201%232%3F.webm"_s;
    QTest::newRow("colon in the first segment")
        << base << u"a:b.webm"_s << u"https://forum.example.org/archive/2024/a:b.webm"_s;
    QTest::newRow("base query dropped") << u"http://127.0.0.1:8000/x/catalog.json?v=3"_s
                                        << u"m.webm"_s << u"http://127.0.0.1:8000/x/m.webm"_s;
    QTest::newRow("climbs above") << base << u"../2023/media/day-1.webm"_s << QString();
    QTest::newRow("climbs above inside") << base << u"media/../../x.webm"_s << QString();
    QTest::newRow("absolute") << base << u"/etc/passwd"_s << QString();
    QTest::newRow("no web base") << u"file:///srv/catalog.json"_s << u"media/a.webm"_s << QString();
}

void TestRemotePaths::resolveBeside()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QUrl resolved = resolveBesideAddress(QUrl(base), path);
    QCOMPARE(resolved.toString(QUrl::FullyEncoded), expected);
}

void TestRemotePaths::remoteCatalogKeepsRelativePaths()
{
    const CatalogLoadResult result = CatalogReader::readData(sampleData(), remoteOptions());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Catalog &c = *result.catalog;
    const Recording *day1 = c.recording(u"day-1-en"_s);
    QVERIFY(day1);
    QCOMPARE(day1->sources.first().path, u"media/day-1.webm"_s);
    QVERIFY(day1->sources.first().url.isEmpty());
    QCOMPARE(c.resolve(day1->sources.first().path),
             QUrl(u"https://forum.example.org/archive/2024/media/day-1.webm"_s));
    QVERIFY(c.resolvePath(day1->sources.first().path).isEmpty()); // never a local file

    // Written back, the catalog keeps its relative paths: it can be published again.
    const QByteArray written = CatalogWriter::toData(c);
    QVERIFY(written.contains("\"media/day-1.webm\""));
    QVERIFY(!written.contains("forum.example.org/archive"));
}

void TestRemotePaths::everyKindOfPathResolves()
{
    const CatalogLoadResult result = CatalogReader::readData(pathsCatalog(), remoteOptions());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Catalog &c = *result.catalog;
    const QString folder = u"https://forum.example.org/archive/2024/"_s;
    QCOMPARE(c.resolve(c.speakers.first().photo), QUrl(folder + u"photos/ada.jpg"_s));
    const Recording &r = c.recordings.first();
    QCOMPARE(c.address(r.sources.at(0).path, r.sources.at(0).url),
             QUrl(folder + u"media/day-1.webm"_s));
    QCOMPARE(c.address(r.sources.at(1).path, r.sources.at(1).url),
             QUrl(u"https://video.example.org/r1.webm"_s));
    QCOMPARE(c.address(r.subtitles.first().path, r.subtitles.first().url),
             QUrl(folder + u"subtitles/day-1.en.vtt"_s));
    const Material &m = c.sessions.first().materials.first();
    QCOMPARE(c.address(m.path, m.url).toString(QUrl::FullyEncoded),
             folder + u"materials/s1%20slides.pdf"_s);
}

void TestRemotePaths::refusals_data()
{
    QTest::addColumn<int>("field"); // 0 photo, 1 source, 2 subtitles, 3 material
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QStringList wheres = {u"speakers[0].photo"_s, u"recordings[0].sources[0].path"_s,
                                u"recordings[0].subtitles[0].path"_s,
                                u"sessions[0].materials[0].path"_s};
    const QString local = u"cannot refer to the local file"_s;
    const QString outside = u"leads outside the catalog's folder on its server"_s;
    const QString address = u"is an address"_s;
    for (int field = 0; field < 4; ++field) {
        const QByteArray name = wheres.at(field).toUtf8();
        QTest::addRow("%s absolute", name.constData())
            << field << u"/srv/forum/file"_s << wheres.at(field) << local;
        QTest::addRow("%s home", name.constData())
            << field << u"~/forum/file"_s << wheres.at(field) << local;
        QTest::addRow("%s drive", name.constData())
            << field << u"C:/forum/file"_s << wheres.at(field) << local;
        QTest::addRow("%s backslash", name.constData())
            << field << u"media\\file"_s << wheres.at(field) << local;
        QTest::addRow("%s file: without slashes", name.constData())
            << field << u"file:media/file"_s << wheres.at(field) << local;
        QTest::addRow("%s climbs", name.constData())
            << field << u"../file"_s << wheres.at(field) << outside;
        QTest::addRow("%s climbs inside", name.constData())
            << field << u"media/../../../file"_s << wheres.at(field) << outside;
        QTest::addRow("%s other server", name.constData())
            << field << u"//cdn.example.org/file"_s << wheres.at(field) << address;
    }
    // file:// addresses: in a photo an address, elsewhere a path that is one.
    QTest::newRow("photo file://")
        << 0 << u"file:///etc/passwd"_s << wheres.at(0) << u"not an http or https address"_s;
    for (int field = 1; field < 4; ++field)
        QTest::addRow("%s file://", wheres.at(field).toUtf8().constData())
            << field << u"file:///etc/passwd"_s << wheres.at(field) << local;
    QTest::newRow("source address as path")
        << 1 << u"https://video.example.org/r1.webm"_s << wheres.at(1) << address;
}

void TestRemotePaths::refusals()
{
    QFETCH(int, field);
    QFETCH(QString, path);
    QFETCH(QString, where);
    QFETCH(QString, message);
    QStringList paths = {u"photos/ada.jpg"_s, u"media/day-1.webm"_s, u"subtitles/day-1.en.vtt"_s,
                         u"materials/s1.pdf"_s};
    paths[field] = path;
    const CatalogLoadResult result = CatalogReader::readData(
        pathsCatalog(paths.at(0), paths.at(1), paths.at(2), paths.at(3)), remoteOptions());
    QVERIFY(!result.ok());
    const CatalogProblems errors = result.errors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().where, where);
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
}

void TestRemotePaths::localCatalogUnchanged()
{
    // The same document read from a folder: its paths are that folder's files.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    CatalogReadOptions options;
    options.baseDir = folder.path();
    const CatalogLoadResult result = CatalogReader::readData(pathsCatalog(), options);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Source &source = result.catalog->recordings.first().sources.first();
    QCOMPARE(result.catalog->resolve(source.path),
             QUrl::fromLocalFile(folder.path() + u"/media/day-1.webm"_s));
    QVERIFY(!CatalogReader::readData(pathsCatalog(u"../x.jpg"_s), options).ok());
}

void TestRemotePaths::presenterShowsAddresses()
{
    const CatalogLoadResult result = CatalogReader::readData(pathsCatalog(), remoteOptions());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const SessionView view = SessionPresenter::present(*result.catalog, u"s1"_s, u"en"_s);
    QCOMPARE(view.materials.size(), 1);
    QVERIFY(!view.materials.first().isLocal);
    QCOMPARE(view.materials.first().location,
             u"https://forum.example.org/archive/2024/materials/s1%20slides.pdf"_s);
    const Material &material = result.catalog->sessions.first().materials.first();
    QCOMPARE(QUrl(view.materials.first().location), result.catalog->resolve(material.path));
    QCOMPARE(view.speakers.size(), 1);
    QCOMPARE(view.speakers.first().photo,
             u"https://forum.example.org/archive/2024/photos/ada.jpg"_s);
    QVERIFY(view.recordingGap.isEmpty());
}

void TestRemotePaths::playerStreamsBesideAddress()
{
    const CatalogLoadResult result = CatalogReader::readData(sampleData(), remoteOptions());
    QVERIFY(result.ok());
    const Catalog &c = *result.catalog;
    const ResolvedSource source = PlaybackPlanner::resolveSource(c, *c.recording(u"day-1-en"_s));
    QCOMPARE(source.mode, ResolvedSource::Mode::InProcess);
    QCOMPARE(source.kind, Source::Kind::Media);
    QCOMPARE(source.url, QUrl(u"https://forum.example.org/archive/2024/media/day-1.webm"_s));
    QCOMPARE(source.display, source.url.toDisplayString());
    QCOMPARE(PlaybackPlanner::downloadAddress(c, *c.recording(u"day-1-en"_s)), source.url);

    // From the folder, the same recording is a file: nothing to download.
    const CatalogLoadResult local = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(local.ok());
    QVERIFY(
        PlaybackPlanner::downloadAddress(*local.catalog, *local.catalog->recording(u"day-1-en"_s))
            .isEmpty());
}

void TestRemotePaths::downloadedCopyPlays()
{
    const CatalogLoadResult result = CatalogReader::readData(sampleData(), remoteOptions());
    QVERIFY(result.ok());
    const Catalog &c = *result.catalog;
    const Recording &day1 = *c.recording(u"day-1-en"_s);
    const QUrl address = PlaybackPlanner::downloadAddress(c, day1);
    const QString copy = QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm");
    QList<QUrl> asked;
    const PlaybackPlanner::DownloadedFiles downloaded = [&](const QUrl &url) {
        asked.append(url);
        return url == address ? copy : QString();
    };
    const ResolvedSource source = PlaybackPlanner::resolveSource(c, day1, {}, downloaded);
    QCOMPARE(asked, QList<QUrl>{address});
    QCOMPARE(source.mode, ResolvedSource::Mode::InProcess);
    QVERIFY(source.isLocalFile());
    QCOMPARE(source.url, QUrl::fromLocalFile(copy));
    QCOMPARE(source.downloadedFrom, address);
    // A link to the moment names the recording's address, not this machine's copy.
    QCOMPARE(MomentLink::build(source, 30000).toString(), address.toString() + u"#t=30"_s);

    // A copy that is gone is not played.
    const ResolvedSource gone = PlaybackPlanner::resolveSource(
        c, day1, {}, [](const QUrl &) { return u"/nonexistent/day-1.webm"_s; });
    QCOMPARE(gone.url, address);
    QVERIFY(gone.downloadedFrom.isEmpty());
}

void TestRemotePaths::addressesByJsonPath()
{
    const CatalogLoadResult result = CatalogReader::readData(pathsCatalog(), remoteOptions());
    QVERIFY(result.ok());
    const QList<CatalogAddress> addresses = catalogAddresses(*result.catalog);
    QStringList wheres;
    for (const CatalogAddress &a : addresses)
        wheres.append(a.where);
    QCOMPARE(
        wheres,
        (QStringList{u"event.links[0].url"_s, u"speakers[0].photo"_s,
                     u"recordings[0].sources[0].path"_s, u"recordings[0].sources[1].url"_s,
                     u"recordings[0].subtitles[0].path"_s, u"sessions[0].materials[0].path"_s}));
    QCOMPARE(addresses.at(2).url,
             QUrl(u"https://forum.example.org/archive/2024/media/day-1.webm"_s));
    QVERIFY(addresses.at(2).media);
    QVERIFY(addresses.at(3).media);
    QVERIFY(!addresses.at(4).media);
    QCOMPARE(addresses.at(0).url, QUrl(u"https://example.org/forum"_s));
}

QTEST_GUILESS_MAIN(TestRemotePaths)
#include "tst_remotepaths.moc"
