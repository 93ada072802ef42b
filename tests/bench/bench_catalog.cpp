// Load, index, filter and memory costs of a 20,000-session catalog in three
// languages (written by generate_catalog). Targets on the 2-core machine:
// load and index <= 200 ms, a filter pass <= 10 ms, resident memory for the
// loaded catalog <= 60 MB. See RESULTS.md.
//
//   build/<dir>/tests/bench/bench_catalog [-iterations N] [function]
//
// FA_BENCH_CATALOG=path uses an existing catalog instead of generating one;
// FA_BENCH_SESSIONS=N generates (or expects) N sessions, for profiling runs.
// Memory is measured first, in initTestCase, so that no earlier load has
// left freed heap behind to hide the catalog's cost.
#include "browsecontroller.h"
#include "catalogindex.h"
#include "catalogreader.h"
#include "sessionfilter.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {

// Resident set size of this process in KiB, from /proc/self/status; key is
// "VmRSS" or "VmHWM" (the peak).
qint64 statusKiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Bytes the allocator has handed out and not had back, mmapped blocks included:
// the live heap, without the freed pages RSS may still count.
qint64 heapKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>((info.uordblks + info.hblkhd) / 1024);
}

double mib(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

} // namespace

class BenchCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadAndIndex();
    void loadOnly();
    void indexOnly();
    void filterPass_data();
    void filterPass();
    void proxyPass_data();
    void proxyPass();
    void sortByTitle();

private:
    QTemporaryDir m_dir;
    QString m_path;
    CatalogPtr m_catalog;
    int m_sessions = 20000;
    QByteArray m_lastTag; // prints counts once per data row, not once per iteration
};

void BenchCatalog::initTestCase()
{
    if (qEnvironmentVariableIsSet("FA_BENCH_SESSIONS"))
        m_sessions = qEnvironmentVariableIntValue("FA_BENCH_SESSIONS");
    m_path = qEnvironmentVariable("FA_BENCH_CATALOG");
    if (m_path.isEmpty()) {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"bench-catalog.json"_s);
        QProcess generator;
        generator.start(QStringLiteral(FA_GENERATOR),
                        {m_path, u"--sessions"_s, QString::number(m_sessions)});
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);
    }

    const qint64 before = statusKiB("VmRSS");
    const qint64 heapBefore = heapKiB();
    CatalogLoadResult result = CatalogReader::readPath(m_path);
    const qint64 loaded = statusKiB("VmRSS");
    const qint64 heapLoaded = heapKiB();
    const qint64 peak = statusKiB("VmHWM");
    for (const CatalogProblem &p : std::as_const(result.problems))
        qWarning().noquote() << p.where << p.message;
    QVERIFY(result.ok());
    QVERIFY(result.problems.isEmpty());
    m_catalog = std::move(result.catalog); // the only owner: closing must free it
    QCOMPARE(static_cast<int>(m_catalog->sessions.size()), m_sessions);

    // The app's path: the browsing controller's session model builds the index.
    BrowseController controller;
    QElapsedTimer opening;
    opening.start();
    controller.setCatalog(m_catalog);
    qInfo("BrowseController::setCatalog (index, models, first filter pass, trim): %.1f ms",
          double(opening.nsecsElapsed()) / 1e6);
    const qint64 browsing = statusKiB("VmRSS");
    const qint64 heapBrowsing = heapKiB();
    qInfo("Resident: before load %.1f MiB; +catalog %.1f MiB; +browsing (index, models) %.1f MiB; "
          "catalog + browsing %.1f MiB; peak during load %.1f MiB",
          mib(before), mib(loaded - before), mib(browsing - loaded), mib(browsing - before),
          mib(peak));
    qInfo("Live heap: catalog %.1f MiB, browsing %.1f MiB", mib(heapLoaded - heapBefore),
          mib(heapBrowsing - heapLoaded));
    malloc_trim(0);
    qInfo("Resident after malloc_trim: catalog + browsing %.1f MiB",
          mib(statusKiB("VmRSS") - before));
    QCOMPARE(controller.totalCount(), m_sessions);

    // Closing and opening again in the same process: what was freed must not pile up.
    controller.setCatalog({});
    m_catalog.reset();
    const qint64 closed = statusKiB("VmRSS");
    m_catalog = CatalogReader::readPath(m_path).catalog;
    QVERIFY(m_catalog);
    controller.setCatalog(m_catalog);
    qInfo(
        "Resident over the start: after closing %.1f MiB; catalog + browsing opened again %.1f MiB",
        mib(closed - before), mib(statusKiB("VmRSS") - before));
}

void BenchCatalog::loadAndIndex()
{
    // Opening a catalog: read, validate, index. Each one is kept until the
    // loop ends, because tearing the previous catalog down is not part of
    // opening one; it is timed on its own below.
    std::vector<std::pair<CatalogPtr, std::unique_ptr<CatalogIndex>>> opened;
    QBENCHMARK
    {
        const CatalogLoadResult result = CatalogReader::readPath(m_path);
        auto index = std::make_unique<CatalogIndex>(*result.catalog);
        opened.emplace_back(result.catalog, std::move(index));
    }
    QCOMPARE(opened.back().second->sessionCount(), m_sessions);
    QElapsedTimer teardown;
    teardown.start();
    const auto count = static_cast<double>(opened.size());
    opened.clear();
    qInfo("closing a catalog and its index: %.1f ms",
          double(teardown.nsecsElapsed()) / 1e6 / count);
}

void BenchCatalog::loadOnly()
{
    std::vector<CatalogPtr> opened;
    QBENCHMARK
    {
        opened.push_back(CatalogReader::readPath(m_path).catalog);
    }
    QCOMPARE(static_cast<int>(opened.back()->sessions.size()), m_sessions);
}

void BenchCatalog::indexOnly()
{
    int sessions = 0;
    QBENCHMARK
    {
        sessions = CatalogIndex(*m_catalog).sessionCount();
    }
    QCOMPARE(sessions, m_sessions);
}

void BenchCatalog::filterPass_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pillars");
    QTest::newRow("accent-free word + pillar") << u"formalizacion"_s << QStringList{u"finance"_s};
    QTest::newRow("two words, no pillar") << u"trazabilidad sahel"_s << QStringList();
    QTest::newRow("speaker name, no match") << u"Zoë Sørensen-X"_s << QStringList();
    QTest::newRow("pillar only") << QString() << QStringList{u"markets"_s};
}

void BenchCatalog::filterPass()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pillars);
    const CatalogIndex index(*m_catalog);
    SessionFilter filter;
    filter.text = text;
    filter.pillarIds = QSet<QString>(pillars.cbegin(), pillars.cend());
    const int rows = static_cast<int>(m_catalog->sessions.size());
    int visible = 0;
    QBENCHMARK
    {
        // A keystroke prepares the filter anew: the dictionary scan is part of the pass.
        filter.prepare();
        visible = 0;
        for (int row = 0; row < rows; ++row)
            visible += filter.matches(*m_catalog, index, row) ? 1 : 0;
    }
    if (QTest::currentDataTag() != m_lastTag) {
        m_lastTag = QTest::currentDataTag();
        qInfo("%d of %d sessions match", visible, rows);
    }
}

void BenchCatalog::proxyPass_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("sortColumn"); // -1: unsorted
    const int when = SessionListModel::WhenColumn;
    QTest::newRow("accent-free word + pillar, unsorted")
        << u"formalizacion"_s << u"formalisation"_s << -1;
    QTest::newRow("accent-free word + pillar, sorted by time")
        << u"formalizacion"_s << u"formalisation"_s << when;
    QTest::newRow("cleared search + pillar, sorted by time") << QString() << u"e"_s << when;
    QTest::newRow("cleared search + pillar, sorted by title")
        << QString() << u"e"_s << int(SessionListModel::TitleColumn);
}

void BenchCatalog::proxyPass()
{
    // What one keystroke costs in the app: the proxy refilters (and re-sorts,
    // as the session list view sorts by time) and the day, pillar and speaker
    // counts are recomputed. Two texts alternate so that every iteration
    // really changes the filter.
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, sortColumn);
    BrowseController controller;
    controller.setCatalog(m_catalog);
    if (sortColumn >= 0)
        controller.visibleSessions()->sort(sortColumn, Qt::AscendingOrder);
    controller.setPillarChecked(u"finance"_s, true);
    const QString texts[] = {first, second};
    int i = 0;
    QBENCHMARK
    {
        controller.setSearchText(texts[i++ % 2]);
    }
    if (QTest::currentDataTag() != m_lastTag) {
        m_lastTag = QTest::currentDataTag();
        qInfo("%d of %d sessions visible", controller.visibleCount(), controller.totalCount());
    }
    QVERIFY(controller.visibleCount() > 0);
}

void BenchCatalog::sortByTitle()
{
    // Clicking the title column header with every session visible: titles are
    // stored as UTF-8 and converted for each comparison.
    BrowseController controller;
    controller.setCatalog(m_catalog);
    controller.setLanguage(u"fr"_s);
    SessionFilterProxy *proxy = controller.visibleSessions();
    int i = 0;
    QBENCHMARK
    {
        proxy->sort(SessionListModel::TitleColumn,
                    i++ % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    QCOMPARE(proxy->rowCount(), m_sessions);
    proxy->sort(SessionListModel::TitleColumn, Qt::AscendingOrder);
    const auto title = [proxy](int row) {
        return proxy->index(row, SessionListModel::TitleColumn).data().toString();
    };
    for (int row = 0; row + 1 < 1000; ++row)
        QVERIFY(QString::compare(title(row), title(row + 1)) <= 0);
}

QTEST_GUILESS_MAIN(BenchCatalog)
#include "bench_catalog.moc"
