#include "batchheap.h"
#include "catalogtoolrun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
// The VmFlags of the mapping that holds `address`, from /proc/self/smaps.
QByteArray mappingFlags(const void *address)
{
    QFile smaps(u"/proc/self/smaps"_s);
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.endsWith(':') && !line.contains(": ")) {
            bool okFrom = false;
            bool okTo = false;
            const auto from = line.left(dash).toULongLong(&okFrom, 16);
            const auto to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
            inside = okFrom && okTo && from <= at && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

bool hugePageAdvice(const void *address)
{
    return mappingFlags(address).split(' ').contains("hg");
}
} // namespace

class TestCliHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void blocksComeFromTheAdvisedHeap();
    void helperThreadsShareTheHeap();
    void executableWritesWhatTheCommandWrites();
};

void TestCliHeap::initTestCase()
{
    QCOMPARE(fa::BatchHeap::prepare(), fa::BatchHeap::available);
}

void TestCliHeap::blocksComeFromTheAdvisedHeap()
{
    if (!fa::BatchHeap::available)
        QSKIP("Not this build's heap: BatchHeap acts on glibc's malloc, which a sanitizer's "
              "allocator replaces here (prepare() doing nothing is checked in initTestCase).");
    // A file-sized block: without prepare() glibc maps it apart (above 128 KiB).
    constexpr std::size_t size = 3 * 1024 * 1024;
    void *block = std::malloc(size);
    QVERIFY(block);
    // Its end: the advice starts at the first 2 MiB boundary of the added heap.
    const bool advised = hugePageAdvice(static_cast<char *>(block) + size - 1);
    std::free(block);
    QVERIFY(advised);
}

void TestCliHeap::helperThreadsShareTheHeap()
{
    if (!fa::BatchHeap::available)
        QSKIP("Not this build's heap: BatchHeap acts on glibc's malloc, which a sanitizer's "
              "allocator replaces here (prepare() doing nothing is checked in initTestCase).");
    bool advised = false;
    std::thread helper([&advised] {
        void *block = std::malloc(64 * 1024);
        advised = block && hugePageAdvice(block);
        std::free(block);
    });
    helper.join();
    QVERIFY(advised);
}

void TestCliHeap::executableWritesWhatTheCommandWrites()
{
    const QString schedule = QStringLiteral(FA_FIXTURES_DIR "/import/edge-cases.schedule.xml");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fromProcess = dir.filePath(u"process.json"_s);
    const QString inProcess = dir.filePath(u"inprocess.json"_s);

    QProcess tool;
    tool.start(QStringLiteral(FA_CLI_EXECUTABLE), {u"import"_s, schedule, u"-o"_s, fromProcess});
    QVERIFY(tool.waitForFinished(60000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const fa::test::ToolRun run =
        fa::test::runCatalogTool({u"import"_s, schedule, u"-o"_s, inProcess});
    QCOMPARE(run.code, 0);
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).replace(fromProcess, inProcess),
             run.out);

    QFile a(fromProcess);
    QFile b(inProcess);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray written = a.readAll();
    QVERIFY(!written.isEmpty());
    QCOMPARE(written, b.readAll());
}

QTEST_GUILESS_MAIN(TestCliHeap)
#include "tst_cliheap.moc"
