#include "timecode.h"

#include <QTest>

using namespace fa;

class TestTimecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void fromSeconds();
};

void TestTimecode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: rejected

    QTest::newRow("seconds") << "3750" << 3750000ll;
    QTest::newRow("zero") << "0" << 0ll;
    QTest::newRow("fraction") << "12.5" << 12500ll;
    QTest::newRow("m:ss") << "2:05" << 125000ll;
    QTest::newRow("mm:ss") << "12:05" << 725000ll;
    QTest::newRow("long minutes") << "75:00" << 4500000ll;
    QTest::newRow("h:mm:ss") << "1:02:30" << 3750000ll;
    QTest::newRow("hh:mm:ss") << "01:02:30" << 3750000ll;
    QTest::newRow("with millis") << "0:00:01.250" << 1250ll;
    QTest::newRow("spaces around") << "  1:00 " << 60000ll;
    QTest::newRow("empty") << "" << -1ll;
    QTest::newRow("negative") << "-5" << -1ll;
    QTest::newRow("negative m:ss") << "-1:00" << -1ll;
    QTest::newRow("seconds 60") << "1:60" << -1ll;
    QTest::newRow("minutes 60") << "1:60:00" << -1ll;
    QTest::newRow("one digit seconds") << "1:5" << -1ll;
    QTest::newRow("four parts") << "1:00:00:00" << -1ll;
    QTest::newRow("letters") << "ten" << -1ll;
    QTest::newRow("trailing colon") << "1:" << -1ll;
    QTest::newRow("exponent") << "1e3" << -1ll;
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << -1ll;
    QTest::newRow("huge") << "999999999999" << -1ll;
    QTest::newRow("nine digits, past 100 days") << "123456789" << -1ll;
    QTest::newRow("leading zeros") << "007" << 7000ll;
    QTest::newRow("fraction in minutes") << "1.5:00" << -1ll;
}

void TestTimecode::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto result = parseTimecode(text);
    if (expected < 0) {
        QVERIFY2(!result, qPrintable(QString::number(result.value_or(0))));
    } else {
        QVERIFY(result);
        QCOMPARE(*result, expected);
    }
}

void TestTimecode::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("keepMillis");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0ll << false << "0:00";
    QTest::newRow("m:ss") << 125000ll << false << "2:05";
    QTest::newRow("h:mm:ss") << 3750000ll << false << "1:02:30";
    QTest::newRow("millis dropped") << 1250ll << false << "0:01";
    QTest::newRow("millis kept") << 1250ll << true << "0:01.250";
}

void TestTimecode::format()
{
    QFETCH(qint64, ms);
    QFETCH(bool, keepMillis);
    QFETCH(QString, expected);
    QCOMPARE(formatTimecode(ms, keepMillis), expected);
    // What is written can be read back.
    QCOMPARE(*parseTimecode(formatTimecode(ms, true)), ms);
}

void TestTimecode::fromSeconds()
{
    QCOMPARE(*timecodeFromSeconds(1.5), 1500);
    QVERIFY(!timecodeFromSeconds(-0.5));
    QVERIFY(!timecodeFromSeconds(std::numeric_limits<double>::infinity()));
    QVERIFY(!timecodeFromSeconds(std::numeric_limits<double>::quiet_NaN()));
}

QTEST_GUILESS_MAIN(TestTimecode)
#include "tst_timecode.moc"
