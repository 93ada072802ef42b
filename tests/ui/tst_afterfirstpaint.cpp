#include "afterfirstpaint.h"

#include <QTest>
#include <QWidget>

#include <memory>

using namespace fa;

namespace {
class PaintCounter : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};
} // namespace

// Start-up work that waits for the window's first picture runs once, after it.
class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheFirstPaint();
    void nothingRunsForAWidgetGoneUnpainted();
};

void TestAfterFirstPaint::runsOnceAfterTheFirstPaint()
{
    PaintCounter window;
    window.resize(200, 100);
    int runs = 0;
    int paintsWhenRun = 0;
    AfterFirstPaint::run(&window, [&] {
        ++runs;
        paintsWhenRun = window.paints;
    });
    QTest::qWait(20);
    QCOMPARE(runs, 0); // not shown, not painted
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    QCOMPARE(paintsWhenRun, 1);
    window.repaint();
    QTest::qWait(50);
    QVERIFY(window.paints >= 2);
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::nothingRunsForAWidgetGoneUnpainted()
{
    int runs = 0;
    {
        QWidget window;
        AfterFirstPaint::run(&window, [&] { ++runs; });
    }
    QTest::qWait(20);
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
