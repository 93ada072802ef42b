#include "elidinglabel.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace fa;
using namespace Qt::StringLiterals;

// The player's title and chapter line: a long text (or large text) is ended with
// "…" and shown whole as a tooltip instead of widening the pane.
class TestElidingLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longTextIsElidedAndShownWhole();
    void textThatFitsIsShownAsIs();
    void doesNotWidenItsLayout();
};

namespace {
const QString longTitle = u"Financer les petits mineurs : banques, coopératives et fonds"_s;

QString tooltipAt(QWidget &widget)
{
    QToolTip::hideText();
    const QPoint at = widget.rect().center();
    QHelpEvent help(QEvent::ToolTip, at, widget.mapToGlobal(at));
    QCoreApplication::sendEvent(&widget, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}
} // namespace

void TestElidingLabel::longTextIsElidedAndShownWhole()
{
    ElidingLabel label;
    label.setText(longTitle);
    label.resize(150, label.sizeHint().height());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(label.text(), longTitle);
    QVERIFY(label.isElided());
    QVERIFY(label.shownText().endsWith(u'…'));
    QVERIFY(label.fontMetrics().horizontalAdvance(label.shownText()) <= 150);
    QCOMPARE(tooltipAt(label), longTitle);
}

void TestElidingLabel::textThatFitsIsShownAsIs()
{
    ElidingLabel label;
    label.setText(u"Player"_s);
    label.resize(300, label.sizeHint().height());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QVERIFY(!label.isElided());
    QCOMPARE(label.shownText(), u"Player"_s);
    QCOMPARE(tooltipAt(label), QString());
}

void TestElidingLabel::doesNotWidenItsLayout()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *label = new ElidingLabel(&window);
    label->setText(longTitle);
    layout->addWidget(label);
    const int full = label->fontMetrics().horizontalAdvance(longTitle);
    QVERIFY2(window.minimumSizeHint().width() < full / 2,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(label->minimumSizeHint().height(), QLabel(longTitle).minimumSizeHint().height());
}

QTEST_MAIN(TestElidingLabel)
#include "tst_elidinglabel.moc"
