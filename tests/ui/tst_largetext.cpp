#include "laptopscreen.h"
#include "layoutcheck.h"
#include "playercontrols.h"
#include "screentour.h"
#include "windowfixture.h"

#include <QApplication>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// The application font at twice its size, as a reader who needs large text sets
// it on the desktop (a font of 20 points where 10 is usual), on a 1280×800
// screen: nothing may be cut, overlap or reach off the screen.
class TestLargeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingCutOrOverlapping_data();
    void nothingCutOrOverlapping();
    void filterColumnGrowsWithTheText_data();
    void filterColumnGrowsWithTheText();
    void playerControlsTakeMoreRowsWhenNarrow();

private:
    static void firstStartLayout(QWidget *window)
    {
        if (auto *main = qobject_cast<MainWindow *>(window))
            main->restoreLayout(); // with no saved layout: the first start's size
    }
    qreal m_normalPointSize = 0;
};

void TestLargeText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFont font = QApplication::font();
    // Desktops start from 10 or 11 points; offscreen from less.
    m_normalPointSize = std::max(font.pointSizeF(), 10.0);
    font.setPointSizeF(m_normalPointSize * 2);
    QApplication::setFont(font);
}

void TestLargeText::nothingCutOrOverlapping_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageManager::supportedLanguages())
        QTest::addRow("%s", qPrintable(code)) << code;
}

void TestLargeText::nothingCutOrOverlapping()
{
    QFETCH(QString, language);
    QStringList problems;
    int screens = 0;
    const QStringList missed =
        tourScreens(language, firstStartLayout, [&](const QString &screen, QWidget *root) {
            ++screens;
            // FA_LARGETEXT_GRABS=DIR keeps a picture of each screen to look at.
            if (!qEnvironmentVariableIsEmpty("FA_LARGETEXT_GRABS"))
                root->grab().save(qEnvironmentVariable("FA_LARGETEXT_GRABS") + u'/' + language
                                  + u'-' + QString(screen).replace(u' ', u'-') + u".png"_s);
            QVERIFY2(root->font().pointSizeF() >= 2 * m_normalPointSize - 0.01,
                     qPrintable(screen + u" is not at twice the text size"_s));
            for (const QString &problem : layoutProblems(root))
                problems.append(screen + u": "_s + problem);
        });
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
    QCOMPARE(screens, 12);
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << language << problem;
    QVERIFY2(problems.isEmpty(), "text cut or widgets overlapping at 200 % (listed above)");
}

void TestLargeText::filterColumnGrowsWithTheText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("catalog");
    for (const QString &code : LanguageManager::supportedLanguages()) {
        QTest::addRow("2022 %s", qPrintable(code)) << code << QString();
        QTest::addRow("sample %s", qPrintable(code)) << code << QStringLiteral(FA_SAMPLE_DIR);
    }
}

void TestLargeText::filterColumnGrowsWithTheText()
{
    QFETCH(QString, language);
    QFETCH(QString, catalog);
    QTemporaryDir dir;
    WindowFixture f(dir.path(), catalog);
    f.languages.setLanguage(language);
    f.window->restoreLayout();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QCoreApplication::processEvents();
    // A grab paints every row at the size the reader sees.
    QVERIFY(!f.window->grab().isNull());
    for (const char *name : {"daysView", "pillarsView"}) {
        const auto *view = f.child<QListView>(name);
        QVERIFY(view->isVisible());
        const QStringList cut = elidedFacetTexts(view);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        // Every row is shown whole: the list grew with its rows.
        const int rows = view->model()->rowCount();
        const QRect last = view->visualRect(view->model()->index(rows - 1, 0));
        QVERIFY2(view->viewport()->rect().contains(last),
                 qPrintable(u"%1: the last row ends at %2, the list at %3"_s.arg(
                     QLatin1String(name), QString::number(last.bottom()),
                     QString::number(view->viewport()->height()))));
        QVERIFY(last.height() >= view->fontMetrics().height());
    }
}

void TestLargeText::playerControlsTakeMoreRowsWhenNarrow()
{
    PlayerControls controls;
    controls.setRecordings({{u"English — Day 1 recording (English)"_s, u"day-1-en"_s}},
                           u"day-1-en"_s);
    controls.resize(3000, controls.minimumSizeHint().height());
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    QTRY_COMPARE(controls.rowCount(), 1);
    const int oneRowHeight = controls.minimumSizeHint().height();

    const int narrow = controls.minimumSizeHint().width();
    controls.resize(narrow, 600);
    QTRY_VERIFY(controls.rowCount() >= 3);
    QTRY_VERIFY(controls.minimumSizeHint().height() > oneRowHeight);
    controls.resize(narrow, controls.minimumSizeHint().height());
    QCoreApplication::processEvents();
    const QStringList problems = layoutProblems(&controls);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const char *name : {"playPauseButton", "recordingOptions", "volumeSlider",
                             "subtitlesButton", "fullScreenButton"}) {
        const auto *widget = controls.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(
            controls.rect().contains(QRect(widget->mapTo(&controls, QPoint()), widget->size())),
            name);
    }

    controls.resize(3000, controls.height());
    QTRY_COMPARE(controls.rowCount(), 1);
}

int main(int argc, char **argv)
{
    return fa::test::runOnLaptopScreen<TestLargeText>(argc, argv);
}

#include "tst_largetext.moc"
