#include "appearance.h"
#include "catalog.h"
#include "colorcontrast.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

// The contrast arithmetic, the Light and Dark palettes and the stored choice,
// without a window.
class TestColorContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrastRatio_data();
    void contrastRatio();
    void withContrastReachesTheMinimum_data();
    void withContrastReachesTheMinimum();
    void palettesHaveReadableText_data();
    void palettesHaveReadableText();
    void settingsValues_data();
    void settingsValues();
    void pillarColoursStandOut_data();
    void pillarColoursStandOut();
    void choiceIsSavedAndSignalled();
};

void TestColorContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestColorContrast::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same") << QColor(0x33, 0x66, 0x99) << QColor(0x33, 0x66, 0x99) << 1.0;
    // Worked out by hand from the WCAG 2 formulas.
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#f0e442 on white") << QColor(0xf0, 0xe4, 0x42) << QColor(Qt::white) << 1.32;
    QTest::newRow("#0072b2 on white") << QColor(0x00, 0x72, 0xb2) << QColor(Qt::white) << 5.19;
}

void TestColorContrast::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(ColorContrast::contrastRatio(a, b) - ratio) < 0.02,
             qPrintable(QString::number(ColorContrast::contrastRatio(a, b))));
}

void TestColorContrast::withContrastReachesTheMinimum_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QPalette>("palette");
    for (const QString &name : {u"#e69f00"_s, u"#f0e442"_s, u"#56b4e9"_s, u"#0072b2"_s,
                                u"#999999"_s, u"#000000"_s, u"#ffffff"_s}) {
        QTest::addRow("%s light", qPrintable(name)) << QColor(name) << Appearance::lightPalette();
        QTest::addRow("%s dark", qPrintable(name)) << QColor(name) << Appearance::darkPalette();
    }
}

void TestColorContrast::withContrastReachesTheMinimum()
{
    QFETCH(QColor, colour);
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor adjusted = ColorContrast::withContrast(colour, base, ColorContrast::markMinimum);
    QVERIFY(ColorContrast::contrastRatio(adjusted, base) >= ColorContrast::markMinimum);
    if (ColorContrast::contrastRatio(colour, base) >= ColorContrast::markMinimum)
        QCOMPARE(adjusted, colour); // what has the contrast is kept as it is
}

void TestColorContrast::palettesHaveReadableText_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Appearance::lightPalette();
    QTest::newRow("dark") << Appearance::darkPalette();
}

void TestColorContrast::palettesHaveReadableText()
{
    QFETCH(QPalette, palette);
    const auto ratio = [&palette](QPalette::ColorRole fg, QPalette::ColorRole bg) {
        return ColorContrast::contrastRatio(palette.color(QPalette::Active, fg),
                                            palette.color(QPalette::Active, bg));
    };
    const double minimum = ColorContrast::textMinimum;
    QVERIFY(ratio(QPalette::Text, QPalette::Base) >= minimum);
    QVERIFY(ratio(QPalette::Text, QPalette::AlternateBase) >= minimum);
    QVERIFY(ratio(QPalette::WindowText, QPalette::Window) >= minimum);
    QVERIFY(ratio(QPalette::ButtonText, QPalette::Button) >= minimum);
    QVERIFY(ratio(QPalette::PlaceholderText, QPalette::Base) >= minimum);
    QVERIFY(ratio(QPalette::Link, QPalette::Base) >= minimum);
    QVERIFY(ratio(QPalette::LinkVisited, QPalette::Base) >= minimum);
    QVERIFY(ratio(QPalette::HighlightedText, QPalette::Highlight) >= minimum);
    QVERIFY(ratio(QPalette::ToolTipText, QPalette::ToolTipBase) >= minimum);
    // Disabled text is dimmer than enabled text, yet still there.
    const QColor base = palette.color(QPalette::Disabled, QPalette::Base);
    const double disabled =
        ColorContrast::contrastRatio(palette.color(QPalette::Disabled, QPalette::Text), base);
    QVERIFY(disabled >= 2.0);
    QVERIFY(disabled < ratio(QPalette::Text, QPalette::Base));
}

void TestColorContrast::settingsValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Appearance::Choice>("choice");
    QTest::newRow("system") << u"system"_s << Appearance::Choice::System;
    QTest::newRow("light") << u"light"_s << Appearance::Choice::Light;
    QTest::newRow("dark") << u"dark"_s << Appearance::Choice::Dark;
    QTest::newRow("capitals and spaces") << u" Dark "_s << Appearance::Choice::Dark;
    QTest::newRow("empty") << QString() << Appearance::Choice::System;
    QTest::newRow("unknown") << u"purple"_s << Appearance::Choice::System;
}

void TestColorContrast::settingsValues()
{
    QFETCH(QString, text);
    QFETCH(Appearance::Choice, choice);
    QCOMPARE(Appearance::fromString(text), choice);
    QCOMPARE(Appearance::fromString(Appearance::toString(choice)), choice);
}

void TestColorContrast::pillarColoursStandOut_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QPalette>("palette");
    Catalog catalog;
    catalog.pillars.resize(8);
    for (int i = 0; i < 8; ++i) {
        const QString name = catalog.pillarColor(i);
        QTest::addRow("%s light", qPrintable(name)) << QColor(name) << Appearance::lightPalette();
        QTest::addRow("%s dark", qPrintable(name)) << QColor(name) << Appearance::darkPalette();
    }
}

void TestColorContrast::pillarColoursStandOut()
{
    // Every pillar colour has 3:1 against the list, by itself or by its edge.
    QFETCH(QColor, colour);
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor seen = ColorContrast::needsOutline(colour, base) ? text : colour;
    QVERIFY(ColorContrast::contrastRatio(seen, base) >= ColorContrast::markMinimum);
}

void TestColorContrast::choiceIsSavedAndSignalled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QPalette start = QGuiApplication::palette();
    {
        Appearance appearance(&settings);
        QCOMPARE(appearance.choice(), Appearance::Choice::System);
        QSignalSpy changed(&appearance, &Appearance::changed);
        appearance.setChoice(Appearance::Choice::Dark);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Appearance::Choice>(), Appearance::Choice::Dark);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base),
                 Appearance::darkPalette().color(QPalette::Base));
        appearance.setChoice(Appearance::Choice::Dark); // no change, no signal
        QCOMPARE(changed.size(), 1);
    }
    QCOMPARE(settings.value(Appearance::settingsKey).toString(), u"dark"_s);
    Appearance again(&settings);
    QCOMPARE(again.choice(), Appearance::Choice::Dark);
    // System is the palette from before the first change, not the one now.
    QCOMPARE(Appearance::systemPalette().color(QPalette::Base), start.color(QPalette::Base));
    again.setChoice(Appearance::Choice::System);
    QCOMPARE(QGuiApplication::palette().color(QPalette::Base), start.color(QPalette::Base));
    QCOMPARE(settings.value(Appearance::settingsKey).toString(), u"system"_s);
}

QTEST_MAIN(TestColorContrast)
#include "tst_colorcontrast.moc"
