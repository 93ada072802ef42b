#include "catalogdiff.h"
#include "catalogreader.h"

#include <QFile>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
CatalogPtr read(const QString &name)
{
    QFile file(QStringLiteral(FA_FIXTURES_DIR "/network/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CatalogReadOptions options;
    options.remote = true;
    return CatalogReader::readData(file.readAll(), options).catalog;
}
} // namespace

class TestCatalogDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCatalog();
    void addedRemovedChanged();
    void eachFieldCounts_data();
    void eachFieldCounts();
};

void TestCatalogDiff::sameCatalog()
{
    const CatalogPtr v1 = read(u"catalog-v1.json"_s);
    QVERIFY(v1);
    const CatalogDiff diff = diffCatalogs(*v1, *read(u"catalog-v1.json"_s));
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.summary(), u"No session changed."_s);
}

void TestCatalogDiff::addedRemovedChanged()
{
    const CatalogPtr v1 = read(u"catalog-v1.json"_s);
    const CatalogPtr v2 = read(u"catalog-v2.json"_s);
    QVERIFY(v1 && v2);
    const CatalogDiff diff = diffCatalogs(*v1, *v2);
    QCOMPARE(diff.added, QStringList{u"s3"_s});
    QCOMPARE(diff.removed, QStringList{u"s2"_s});
    QCOMPARE(diff.changed, QStringList{u"s1"_s});
    QCOMPARE(diff.summary(), u"1 session(s) added, 1 session(s) removed, 1 session(s) changed"_s);

    const CatalogDiff back = diffCatalogs(*v2, *v1);
    QCOMPARE(back.added, QStringList{u"s2"_s});
    QCOMPARE(back.removed, QStringList{u"s3"_s});
}

void TestCatalogDiff::eachFieldCounts_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("field %d", i) << i;
}

void TestCatalogDiff::eachFieldCounts()
{
    QFETCH(int, field);
    const CatalogPtr v1 = read(u"catalog-v1.json"_s);
    QVERIFY(v1);
    Catalog changed = *v1;
    Session &s = changed.sessions[0];
    switch (field) {
    case 0: s.summary.set(u"en"_s, u"New summary"_s); break;
    case 1: s.duration = 10; break;
    case 2: s.pillarIds.clear(); break;
    case 3: s.speakers.clear(); break;
    case 4: s.chapters[0].at += 1000; break;
    case 5: s.materials[0].sha256 = "00"; break;
    }
    changed.buildIndex();
    QCOMPARE(diffCatalogs(*v1, changed).changed, QStringList{u"s1"_s});
}

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
