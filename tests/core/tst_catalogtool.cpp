#include "catalogtoolrun.h"

#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
using Run = fa::test::ToolRun;

Run run(const QStringList &arguments)
{
    return fa::test::runCatalogTool(arguments);
}

QString fixture(const QString &name)
{
    return QStringLiteral(FA_FIXTURES_DIR "/catalogs/") + name;
}
} // namespace

class TestCatalogTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateValid();
    void validateInvalid();
    void usageErrors_data();
    void usageErrors();
    void stats();
    void listWithFilters_data();
    void listWithFilters();
    void helpAndVersion();
};

void TestCatalogTool::validateValid()
{
    const Run r = run({u"validate"_s, fixture(u"valid.json"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const Run bundle = run({u"validate"_s, QStringLiteral(FA_SAMPLE_DIR)});
    QCOMPARE(bundle.code, 0);
}

void TestCatalogTool::validateInvalid()
{
    const Run r = run({u"validate"_s, fixture(u"unknown-day.json"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"sessions[1].day: unknown day 'd9'"_s), qPrintable(r.err));

    const Run warning = run({u"validate"_s, fixture(u"unknown-field.json"_s)});
    QCOMPARE(warning.code, 0);
    QVERIFY(warning.err.contains(u"sessions[0].rating"_s));
}

void TestCatalogTool::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("validate without path") << QStringList{u"validate"_s};
    QTest::newRow("two paths") << QStringList{u"stats"_s, u"a"_s, u"b"_s};
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s, u"x"_s};
    QTest::newRow("bad language") << QStringList{u"list"_s, u"--language"_s, u"de"_s, u"x"_s};
}

void TestCatalogTool::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCatalogTool::stats()
{
    const Run r = run({u"stats"_s, fixture(u"valid.json"_s)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"days: 2\nsessions: 2\nspeakers: 1\npillars: 2\nrecordings: 1\n"_s);
}

void TestCatalogTool::listWithFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QString s1 = u"s1\td1\t2024-05-14T09:30\tPaying miners fairly\n"_s;
    const QString s2 = u"s2\td1\t2024-05-14T10:30\tFormalization now\n"_s;
    QTest::newRow("all") << QStringList{} << s1 + s2;
    QTest::newRow("pillar") << QStringList{u"--pillar"_s, u"formalization"_s} << s2;
    QTest::newRow("speaker") << QStringList{u"--speaker"_s, u"ada"_s} << s1;
    QTest::newRow("search accent-insensitive")
        << QStringList{u"--search"_s, u"EQUITABLEMENT"_s} << s1;
    QTest::newRow("day without sessions") << QStringList{u"--day"_s, u"d2"_s} << QString();
    QTest::newRow("french titles")
        << QStringList{u"--language"_s, u"fr"_s, u"--speaker"_s, u"ada"_s}
        << u"s1\td1\t2024-05-14T09:30\tPayer équitablement les mineurs\n"_s;
}

void TestCatalogTool::listWithFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const Run r = run(QStringList{u"list"_s} + options + QStringList{fixture(u"valid.json"_s)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expected);
}

void TestCatalogTool::helpAndVersion()
{
    QCOMPARE(run({u"--version"_s}).out, u"forum-archive-catalog " FORUM_ARCHIVE_VERSION "\n"_s);
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"validate"_s));
    const Run listHelp = run({u"list"_s, u"--help"_s});
    QCOMPARE(listHelp.code, 0);
    QVERIFY(listHelp.out.contains(u"--pillar"_s));
}

QTEST_GUILESS_MAIN(TestCatalogTool)
#include "tst_catalogtool.moc"
