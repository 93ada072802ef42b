#include "elidingcombobox.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace fa;
using namespace Qt::StringLiterals;

// The catalog switcher, the speaker filter and the player's recording choice
// end a text that does not fit with "…" and show it whole as a tooltip.
class TestElidingComboBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longTextIsElidedAndShownWhole();
    void textThatFitsIsShownAsIs();
};

namespace {
const QString longTitle = u"Foro de ejemplo sobre minería responsable (datos de ejemplo)"_s;

QString tooltipAt(ElidingComboBox &box)
{
    QToolTip::hideText();
    const QPoint at = box.rect().center();
    QHelpEvent help(QEvent::ToolTip, at, box.mapToGlobal(at));
    QCoreApplication::sendEvent(&box, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}
} // namespace

void TestElidingComboBox::longTextIsElidedAndShownWhole()
{
    ElidingComboBox box;
    box.addItem(longTitle);
    box.setToolTip(u"Switch between the open catalogs"_s);
    box.resize(160, box.sizeHint().height());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(box.isElided());
    QVERIFY(box.shownText().endsWith(u'…'));
    QVERIFY(box.fontMetrics().horizontalAdvance(box.shownText()) < 160);
    const QString tip = tooltipAt(box);
    QVERIFY2(tip.startsWith(longTitle), qPrintable(tip));
    QVERIFY(tip.contains(u"Switch between the open catalogs"_s));
}

void TestElidingComboBox::textThatFitsIsShownAsIs()
{
    ElidingComboBox box;
    box.addItem(u"Day 1"_s);
    box.setToolTip(u"Speaker"_s);
    box.resize(300, box.sizeHint().height());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(!box.isElided());
    QCOMPARE(box.shownText(), u"Day 1"_s);
    QCOMPARE(tooltipAt(box), u"Speaker"_s); // the box's own tooltip, not the text
}

QTEST_MAIN(TestElidingComboBox)
#include "tst_elidingcombobox.moc"
