#include "importtesthelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestCatalogWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void plainStringsAndOmittedFields();
    void writeFile();
};

void TestCatalogWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("valid fixture") << QStringLiteral(FA_FIXTURES_DIR "/catalogs/valid.json");
    QTest::newRow("embedded 2022 catalog")
        << QStringLiteral(FA_SOURCE_DIR "/resources/catalogs/global-forum-2022.json");
    QTest::newRow("sample archive") << QStringLiteral(FA_SAMPLE_DIR "/catalog.json");
    QTest::newRow("chapter base") << importFixture(u"base-catalog.json"_s);
}

void TestCatalogWriter::roundTrip()
{
    QFETCH(QString, path);
    if (!QFile::exists(path))
        QSKIP(qPrintable(u"not there yet: "_s + path));
    const CatalogLoadResult first = CatalogReader::readPath(path);
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));

    // Read from the same folder so that relative paths resolve alike.
    CatalogReadOptions options;
    options.baseDir = first.catalog->baseDir;
    const QByteArray written = CatalogWriter::toData(*first.catalog);
    const CatalogLoadResult second = CatalogReader::readData(written, options);
    QVERIFY2(second.ok(), qPrintable(describe(second.problems)));
    QVERIFY2(second.problems.isEmpty(), qPrintable(describe(second.problems)));

    const Catalog &a = *first.catalog;
    const Catalog &b = *second.catalog;
    QCOMPARE(CatalogWriter::toData(b), written);
    QCOMPARE(b.event.id, a.event.id);
    QCOMPARE(b.event.title, a.event.title);
    QCOMPARE(b.event.timeZone, a.event.timeZone);
    QCOMPARE(b.days.size(), a.days.size());
    QCOMPARE(b.sessions.size(), a.sessions.size());
    QCOMPARE(b.speakers.size(), a.speakers.size());
    QCOMPARE(b.recordings.size(), a.recordings.size());
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        QCOMPARE(b.sessions[i].id, a.sessions[i].id);
        QCOMPARE(b.sessions[i].title, a.sessions[i].title);
        QCOMPARE(b.sessions[i].start, a.sessions[i].start);
        QCOMPARE(b.sessions[i].duration, a.sessions[i].duration);
        QCOMPARE(b.sessions[i].chapters.size(), a.sessions[i].chapters.size());
        for (qsizetype c = 0; c < a.sessions[i].chapters.size(); ++c)
            QCOMPARE(b.sessions[i].chapters[c].at, a.sessions[i].chapters[c].at);
        QCOMPARE(b.sessions[i].materials.size(), a.sessions[i].materials.size());
    }
    for (qsizetype i = 0; i < a.recordings.size(); ++i) {
        QCOMPARE(b.recordings[i].duration, a.recordings[i].duration);
        QCOMPARE(b.recordings[i].sources.size(), a.recordings[i].sources.size());
    }
}

void TestCatalogWriter::plainStringsAndOmittedFields()
{
    Catalog c;
    c.event.id = u"e"_s;
    c.event.language = u"fr"_s;
    c.event.title = LocalizedText(u"fr"_s, u"Forum"_s);
    c.event.startDate = c.event.endDate = QDate(2024, 5, 14);
    c.days.append({u"d1"_s, QDate(2024, 5, 14), {}, {}, {}, {}});
    Session s;
    s.id = u"s1"_s;
    s.dayId = u"d1"_s;
    s.title = LocalizedText(u"en"_s, u"Opening"_s);
    s.duration = 90500;
    c.sessions.append(s);
    c.buildIndex();

    const QJsonObject json = CatalogWriter::toJson(c);
    QCOMPARE(json.value(u"event").toObject().value(u"title").toString(), u"Forum"_s);
    const QJsonObject session = json.value(u"sessions").toArray().first().toObject();
    QCOMPARE(session.value(u"title").toObject().value(u"en").toString(), u"Opening"_s);
    QCOMPARE(session.value(u"duration").toString(), u"1:30.500"_s);
    QVERIFY(!session.contains(u"summary"));
    QVERIFY(!session.contains(u"chapters"));
    QVERIFY(!json.contains(u"speakers"));
    QVERIFY2(writeAndRead(c).ok(), qPrintable(describe(writeAndRead(c).problems)));
}

void TestCatalogWriter::writeFile()
{
    const CatalogLoadResult loaded = CatalogReader::readPath(importFixture(u"base-catalog.json"_s));
    QVERIFY(loaded.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    QString error;
    QVERIFY2(CatalogWriter::writeFile(*loaded.catalog, path, &error), qPrintable(error));
    QVERIFY(CatalogReader::readPath(path).ok());
    QVERIFY(
        !CatalogWriter::writeFile(*loaded.catalog, dir.filePath(u"missing/out.json"_s), &error));
    QVERIFY(!error.isEmpty());

    // writeData writes the given bytes as they are, atomically like writeFile.
    const QByteArray data = CatalogWriter::toData(*loaded.catalog);
    const QString dataPath = dir.filePath(u"data.json"_s);
    error.clear();
    QVERIFY2(CatalogWriter::writeData(data, dataPath, &error), qPrintable(error));
    QCOMPARE(readAll(dataPath), data);
    QCOMPARE(readAll(dataPath), readAll(path));
    QVERIFY(!CatalogWriter::writeData(data, dir.filePath(u"missing/data.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
