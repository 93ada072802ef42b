#include "catalogtoolrun.h"
#include "importtesthelpers.h"
#include "scheduleimport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
using Run = fa::test::ToolRun;

Run run(const QStringList &arguments)
{
    return fa::test::runCatalogTool(arguments);
}
} // namespace

class TestImportCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importScheduleThenValidate();
    void importRealSchedule();
    void malformedInput_data();
    void malformedInput();
    void importChapters();
    void exportChapters_data();
    void exportChapters();
    void usageErrors_data();
    void usageErrors();
    void helpListsCommands();
};

void TestImportCommands::importScheduleThenValidate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"edge.json"_s);
    const Run r = run({u"import"_s, importFixture(u"edge-cases.schedule.xml"_s), u"-o"_s, out});
    QCOMPARE(r.code, 0);
    for (const QString &line : {u"format: frab"_s, u"days: 2"_s, u"sessions: 5"_s, u"speakers: 3"_s,
                                u"pillars: 2"_s, u"recordings: 1"_s, u"skipped elements: "_s,
                                u"  <foo>: 1"_s, u"warnings: 2"_s, u"line 53: duplicate id"_s})
        QVERIFY2(r.out.contains(line), qPrintable(line + u"\n" + r.out));
    const Run v = run({u"validate"_s, out});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.contains(u"valid: 5 sessions"), qPrintable(v.out + v.err));

    // The file holds the very bytes the command validated: the serialization of the
    // imported catalog, which the reader accepts as they are.
    const ImportResult imported = ScheduleImport::importSchedule(
        readAll(importFixture(u"edge-cases.schedule.xml"_s)), ImportFormat::Frab);
    QVERIFY(imported.catalog);
    const QByteArray written = readAll(out);
    QCOMPARE(written, CatalogWriter::toData(*imported.catalog));
    const CatalogLoadResult check = CatalogReader::readData(written, {});
    QVERIFY2(check.ok(), qPrintable(describe(check.problems)));
}

void TestImportCommands::importRealSchedule()
{
    const QString input = QStringLiteral(FA_SHARED_SCHEDULES_DIR "/camp2019.schedule.json");
    if (!QFile::exists(input))
        QSKIP("the shared schedules folder is missing");
    QTemporaryDir dir;
    const QString out = dir.filePath(u"camp.json"_s);
    const Run r = run({u"import"_s, input, u"--format"_s, u"schedule-json"_s, u"-o"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"sessions: 79"));
    QCOMPARE(run({u"validate"_s, out}).code, 0);
}

void TestImportCommands::malformedInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("xml") << QStringList{importFixture(u"malformed.schedule.xml"_s)}
                         << u"error: line 8: column"_s;
    QTest::newRow("json") << QStringList{importFixture(u"malformed.schedule.json"_s)}
                          << u"error: line 6: column"_s;
    QTest::newRow("webvtt") << QStringList{importFixture(u"malformed.vtt"_s), u"--catalog"_s,
                                           importFixture(u"base-catalog.json"_s), u"--recording"_s,
                                           u"day-1-en"_s}
                            << u"error: line 8: "_s;
    QTest::newRow("missing file") << QStringList{importFixture(u"nothing.xml"_s)}
                                  << u"cannot read the file"_s;
}

void TestImportCommands::malformedInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"never.json"_s);
    const Run r = run(QStringList{u"import"_s} + arguments + QStringList{u"-o"_s, out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestImportCommands::importChapters()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"with-chapters.json"_s);
    const Run r =
        run({u"import"_s, importFixture(u"day1.youtube.txt"_s), u"--catalog"_s,
             importFixture(u"base-catalog.json"_s), u"--recording"_s, u"day-1-en"_s, u"-o"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"matched chapters: 3"), qPrintable(r.out));
    QVERIFY(r.out.contains(u"unmatched chapters: 1"));
    QVERIFY(r.out.contains(u"sessions without a chapter: 1\n  markets"));
    const Run exported = run(
        {u"export-chapters"_s, out, u"--recording"_s, u"day-1-en"_s, u"--format"_s, u"youtube"_s});
    QCOMPARE(exported.code, 0);
    // Every chapter of the recording, as its publisher named them.
    QCOMPARE(exported.out, u"0:00 Opening ceremony\n12:30 FORMALIZACIÓN DE LA MAPE\n"
                           "45:10 Session 3 – Access to finance for the miners\n"
                           "1:30:00 Coffee break and networking\n"_s);
}

void TestImportCommands::exportChapters_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("youtube") << u"youtube"_s
                             << u"0:00 Day two opening\n12:30 Mercury-free technologies\n"
                                "1:40:05 Closing remarks\n"_s;
    QTest::newRow("webvtt") << u"webvtt"_s
                            << u"WEBVTT\n\n1\n00:00:00.000 --> 00:12:30.000\nDay two opening\n"
                               "\n2\n00:12:30.000 --> 01:40:05.000\nMercury-free technologies\n"
                               "\n3\n01:40:05.000 --> 02:00:00.000\nClosing remarks\n"_s;
}

void TestImportCommands::exportChapters()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run r = run({u"export-chapters"_s, importFixture(u"base-catalog.json"_s),
                       u"--recording"_s, u"day-2-en"_s, u"--format"_s, format});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expected);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestImportCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    const QString base = importFixture(u"base-catalog.json"_s);
    QTest::newRow("import without input") << QStringList{u"import"_s} << 2;
    QTest::newRow("bad format") << QStringList{u"import"_s, base, u"--format"_s, u"pdf"_s} << 2;
    QTest::newRow("chapters without catalog")
        << QStringList{u"import"_s, importFixture(u"day1.vtt"_s)} << 2;
    QTest::newRow("unknown recording") << QStringList{
        u"import"_s, importFixture(u"day1.vtt"_s), u"--catalog"_s, base, u"--recording"_s,
        u"nope"_s} << 1;
    QTest::newRow("export without recording") << QStringList{u"export-chapters"_s, base} << 2;
    QTest::newRow("export bad format")
        << QStringList{u"export-chapters"_s, base,          u"--recording"_s,
                       u"day-2-en"_s,        u"--format"_s, u"srt"_s}
        << 2;
    QTest::newRow("export no chapters")
        << QStringList{u"export-chapters"_s, base, u"--recording"_s, u"day-1-en"_s} << 1;
}

void TestImportCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const Run r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

void TestImportCommands::helpListsCommands()
{
    const Run r = run({u"--help"_s});
    QVERIFY(r.out.contains(u"import INPUT"));
    QVERIFY(r.out.contains(u"export-chapters PATH"));
    const Run h = run({u"import"_s, u"--help"_s});
    QCOMPARE(h.code, 0);
    QVERIFY(h.out.contains(u"--recording"));
}

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
