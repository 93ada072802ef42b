// Import speed of the largest real schedule (../shared/schedules). Target: <= 100 ms.
// Run: build/<dir>/tests/bench/bench_import [-iterations N]
#include "catalogreader.h"
#include "catalogwriter.h"
#include "scheduleimport.h"

#include <QFile>
#include <QTest>

using namespace fa;

class BenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importLargestSchedule();
    void importAndWrite();

private:
    QByteArray m_data;
};

void BenchImport::initTestCase()
{
    QFile file(QStringLiteral(FA_SHARED_SCHEDULES_DIR "/36c3-merged.schedule.xml"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/schedules/36c3-merged.schedule.xml is missing");
    m_data = file.readAll();
}

void BenchImport::importLargestSchedule()
{
    int sessions = 0;
    QBENCHMARK
    {
        const ImportResult r = ScheduleImport::importSchedule(m_data, ImportFormat::Frab);
        sessions = r.report.sessions;
    }
    QCOMPARE(sessions, 1351);
}

void BenchImport::importAndWrite()
{
    qsizetype size = 0;
    QBENCHMARK
    {
        const ImportResult r = ScheduleImport::importSchedule(m_data, ImportFormat::Frab);
        size = CatalogWriter::toData(*r.catalog).size();
    }
    QVERIFY(size > 0);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
