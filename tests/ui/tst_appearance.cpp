#include "appearance.h"
#include "authoringpanel.h"
#include "colorcontrast.h"
#include "detailhtml.h"
#include "sessiondelegate.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
double luminance(const QColor &color)
{
    return ColorContrast::relativeLuminance(color);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.5
           && luminance(palette.color(QPalette::Window)) < 0.5;
}

bool isLight(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) > 0.5
           && luminance(palette.color(QPalette::Window)) > 0.5;
}

bool sameColours(const QPalette &a, const QPalette &b)
{
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = static_cast<QPalette::ColorGroup>(group);
            const auto r = static_cast<QPalette::ColorRole>(role);
            if (a.color(g, r) != b.color(g, r))
                return false;
        }
    }
    return true;
}

// The pillar cell of one session drawn by the list's delegate: a white (or
// dark) cell with one dot in the given colour.
QImage pillarCell(const QString &colour, const QPalette &palette)
{
    QStandardItemModel model(1, SessionListModel::ColumnCount);
    model.setData(model.index(0, SessionListModel::PillarsColumn), QStringList{colour},
                  PillarColorsRole);
    SessionDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 40, 24);
    option.palette = palette;
    option.state = QStyle::State_Enabled;
    QImage image(40, 24, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, SessionListModel::PillarsColumn));
    return image;
}

// How many pixels of the image are within a small distance of the colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - colour.red()) + std::abs(p.green() - colour.green())
                    + std::abs(p.blue() - colour.blue())
                < 60)
                ++count;
        }
    }
    return count;
}
} // namespace

// View → Appearance: System, Light and Dark as a person switches them, what
// the panes then look like, and that coloured marks stay visible on both.
class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersTheThreeChoices();
    void darkAndLightReachThePanes();
    void systemRestoresTheStartPalette();
    void choiceSurvivesARestart();
    void unknownSettingMeansSystem();
    void detailTextIsLightWhenDark();
    void paleDotGetsAnEdge_data();
    void paleDotGetsAnEdge();
    void pillarCellNamesThePillars();
    void errorTextStaysReadable();
    void detailPillarDotsStandOut();
    void playerIconsStandOut_data();
    void playerIconsStandOut();

private:
    QAction *action(WindowFixture &f, const char *name) const;

    QPalette m_start;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_start = QApplication::palette();
}

void TestAppearance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppearance::cleanup()
{
    QApplication::setPalette(m_start);
    m_dir.reset();
}

QAction *TestAppearance::action(WindowFixture &f, const char *name) const
{
    auto *found = f.child<QAction>(name);
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void TestAppearance::menuOffersTheThreeChoices()
{
    WindowFixture f(m_dir->path());
    auto *menu = f.child<QMenu>("appearanceMenu");
    QVERIFY(menu);
    QVERIFY(f.child<QMenu>("viewMenu")->actions().contains(menu->menuAction()));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0), action(f, "appearance_system"));
    QCOMPARE(actions.at(1), action(f, "appearance_light"));
    QCOMPARE(actions.at(2), action(f, "appearance_dark"));
    for (QAction *a : actions) {
        QVERIFY(a->isCheckable());
        QVERIFY(a->isEnabled());
        QVERIFY(!a->text().isEmpty());
        QVERIFY(a->actionGroup() && a->actionGroup()->isExclusive());
    }
    QVERIFY(action(f, "appearance_system")->isChecked());
    QCOMPARE(menu->title(), u"&Appearance"_s);
}

void TestAppearance::darkAndLightReachThePanes()
{
    WindowFixture f(m_dir->path());
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *list = f.child<QTreeView>("sessionsView");
    auto *chapters = f.child<QAbstractItemView>("chapterList");
    auto *detail = f.child<QWidget>("detailPane");
    auto *browser = f.child<QTextBrowser>("detailBrowser");
    QVERIFY(list && chapters && detail && browser);

    action(f, "appearance_dark")->trigger();
    QVERIFY(action(f, "appearance_dark")->isChecked());
    QVERIFY(!action(f, "appearance_system")->isChecked());
    QVERIFY(isDark(QApplication::palette()));
    // The widgets follow when the event loop delivers the palette change.
    QTRY_VERIFY(isDark(list->viewport()->palette()));
    QTRY_VERIFY(isDark(chapters->palette()));
    QTRY_VERIFY(isDark(detail->palette()));
    QTRY_VERIFY(isDark(browser->palette()));
    QCOMPARE(f.settings.value(Appearance::settingsKey).toString(), u"dark"_s);

    action(f, "appearance_light")->trigger();
    QVERIFY(action(f, "appearance_light")->isChecked());
    QVERIFY(isLight(QApplication::palette()));
    QTRY_VERIFY(isLight(list->viewport()->palette()));
    QTRY_VERIFY(isLight(chapters->palette()));
    QTRY_VERIFY(isLight(detail->palette()));
    QTRY_VERIFY(isLight(browser->palette()));
    QCOMPARE(f.settings.value(Appearance::settingsKey).toString(), u"light"_s);
}

void TestAppearance::systemRestoresTheStartPalette()
{
    WindowFixture f(m_dir->path());
    action(f, "appearance_dark")->trigger();
    QVERIFY(!sameColours(QApplication::palette(), m_start));
    action(f, "appearance_system")->trigger();
    QVERIFY(action(f, "appearance_system")->isChecked());
    QVERIFY(sameColours(QApplication::palette(), m_start));
    QVERIFY(sameColours(Appearance::systemPalette(), m_start));
    QCOMPARE(f.settings.value(Appearance::settingsKey).toString(), u"system"_s);
    // The application holds no colours of its own again, so Qt follows a
    // theme the desktop switches to while the app runs.
    QCOMPARE(QApplication::palette().resolveMask(), QPalette::ResolveMask(0));
}

void TestAppearance::choiceSurvivesARestart()
{
    {
        WindowFixture f(m_dir->path());
        action(f, "appearance_dark")->trigger();
    }
    QApplication::setPalette(m_start); // as a new process would start
    WindowFixture f(m_dir->path());
    QVERIFY(action(f, "appearance_dark")->isChecked());
    QVERIFY(!action(f, "appearance_system")->isChecked());
    QVERIFY(isDark(QApplication::palette()));
    QTRY_VERIFY(isDark(f.child<QTreeView>("sessionsView")->viewport()->palette()));
}

void TestAppearance::unknownSettingMeansSystem()
{
    {
        QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        settings.setValue(Appearance::settingsKey, u"purple"_s);
    }
    WindowFixture f(m_dir->path());
    QVERIFY(action(f, "appearance_system")->isChecked());
    QVERIFY(!action(f, "appearance_dark")->isChecked());
    QVERIFY(!action(f, "appearance_light")->isChecked());
    QVERIFY(sameColours(QApplication::palette(), m_start));
}

void TestAppearance::detailTextIsLightWhenDark()
{
    WindowFixture f(m_dir->path());
    f.window->resize(1200, 800);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const QStringList ids = f.visibleIds();
    QVERIFY(!ids.isEmpty());
    f.window->sessionList()->selectSession(ids.first());
    auto *browser = f.child<QTextBrowser>("detailBrowser");
    QTRY_VERIFY(!browser->toPlainText().isEmpty());
    const QString lightMuted = QApplication::palette().color(QPalette::PlaceholderText).name();

    action(f, "appearance_dark")->trigger();
    // The muted texts were written in the light palette's colour; now the dark one's.
    const QString darkMuted = Appearance::darkPalette().color(QPalette::PlaceholderText).name();
    QTRY_VERIFY(browser->toHtml().contains(darkMuted));
    const QString html = browser->toHtml();
    if (lightMuted != darkMuted)
        QVERIFY(!html.contains(lightMuted));

    // On screen: the text is lighter than the background, nowhere darker.
    const QImage shot = browser->viewport()->grab().toImage();
    const double background = luminance(Appearance::darkPalette().color(QPalette::Base));
    int light = 0;
    int darker = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const double l = luminance(shot.pixelColor(x, y));
            light += l > 0.5 ? 1 : 0;
            darker += l < background - 0.005 ? 1 : 0;
        }
    }
    QVERIFY2(light > 100, qPrintable(QString::number(light)));
    QVERIFY2(darker == 0, qPrintable(QString::number(darker)));
}

void TestAppearance::paleDotGetsAnEdge_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("edged");
    QTest::newRow("yellow on light") << u"#f0e442"_s << Appearance::lightPalette() << true;
    QTest::newRow("blue on light") << u"#0072b2"_s << Appearance::lightPalette() << false;
    QTest::newRow("navy on dark") << u"#202060"_s << Appearance::darkPalette() << true;
    QTest::newRow("yellow on dark") << u"#f0e442"_s << Appearance::darkPalette() << false;
}

void TestAppearance::paleDotGetsAnEdge()
{
    QFETCH(QString, colour);
    QFETCH(QPalette, palette);
    QFETCH(bool, edged);
    QCOMPARE(ColorContrast::needsOutline(QColor(colour), palette.color(QPalette::Base)), edged);
    const QImage cell = pillarCell(colour, palette);
    QVERIFY(pixelsNear(cell, QColor(colour)) > 10); // the dot is there
    // The edge is drawn in the text colour, which is nowhere else in the cell.
    const int edge = pixelsNear(cell, palette.color(QPalette::Text));
    if (edged)
        QVERIFY2(edge > 3, qPrintable(QString::number(edge)));
    else
        QCOMPARE(edge, 0);
}

void TestAppearance::pillarCellNamesThePillars()
{
    WindowFixture f(m_dir->path());
    f.window->resize(1200, 800);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Catalog &catalog = *f.library.current();
    auto *view = f.child<QTreeView>("sessionsView");
    QAbstractItemModel *model = view->model();
    QModelIndex cell;
    QStringList titles;
    for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row) {
        const QModelIndex index = model->index(row, SessionListModel::PillarsColumn);
        const QStringList pillarIds = index.data(PillarIdsRole).toStringList();
        if (pillarIds.isEmpty())
            continue;
        cell = index;
        for (const QString &id : pillarIds)
            titles.append(catalog.text(catalog.pillar(id)->title, u"en"_s));
    }
    QVERIFY2(cell.isValid(), "the catalog has sessions with pillars");
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
    for (const QString &title : titles) {
        QVERIFY2(tip.contains(title), qPrintable(tip));
        QVERIFY2(spoken.contains(title), qPrintable(spoken));
    }

    // Hovering the dots shows the names.
    view->scrollTo(cell);
    const QRect rect = view->visualRect(cell);
    QVERIFY(!rect.isEmpty());
    QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    QToolTip::hideText();
}

void TestAppearance::errorTextStaysReadable()
{
    WindowFixture f(m_dir->path());
    auto *panel = f.child<AuthoringPanel>("authoringPanel");
    auto *status = f.child<QLabel>("authoringStatus");
    QVERIFY(panel && status);
    // Chapters are per recording: with nothing playing the export fails.
    QVERIFY(!panel->exportTo(AuthoringPanel::ExportKind::YouTube, m_dir->filePath(u"a.txt"_s)));
    const auto check = [status](const char *when) {
        const QPalette palette = status->palette();
        const QColor text = palette.color(QPalette::WindowText);
        const double ratio = ColorContrast::contrastRatio(text, palette.color(QPalette::Window));
        if (ratio < ColorContrast::textMinimum || text.red() <= text.green() + 60)
            qWarning("%s: %s, contrast %.2f", when, qPrintable(text.name()), ratio);
        return ratio >= ColorContrast::textMinimum && text.red() > text.green() + 60;
    };
    action(f, "appearance_light")->trigger();
    QTRY_VERIFY(isLight(status->palette()));
    QVERIFY(check("light"));
    action(f, "appearance_dark")->trigger();
    QTRY_VERIFY(isDark(status->palette()));
    QVERIFY(check("dark"));
}

void TestAppearance::detailPillarDotsStandOut()
{
    // The detail pane's dots are glyphs, without an edge: a pale one is darkened
    // on a light page, a dark one lightened on a dark page; the rest keep theirs.
    SessionView view;
    view.pillars.append({u"p1"_s, u"Pale"_s, u"#f0e442"_s, QString()});
    view.pillars.append({u"p2"_s, u"Deep"_s, u"#202060"_s, QString()});
    const QString light = detailHtml(view, Appearance::lightPalette());
    const QString dark = detailHtml(view, Appearance::darkPalette());
    QVERIFY(!light.contains(u"#f0e442"_s));
    QVERIFY(light.contains(u"#202060"_s));
    QVERIFY(dark.contains(u"#f0e442"_s));
    QVERIFY(!dark.contains(u"#202060"_s));
    const QColor adjusted = ColorContrast::withContrast(
        QColor(u"#f0e442"_s), Appearance::lightPalette().color(QPalette::Base),
        ColorContrast::markMinimum);
    QVERIFY(light.contains(adjusted.name()));
    QCOMPARE(adjusted.toHsl().hslHue(), QColor(u"#f0e442"_s).toHsl().hslHue());
}

void TestAppearance::playerIconsStandOut_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addRow("light") << u"appearance_light"_s;
    QTest::addRow("dark") << u"appearance_dark"_s;
}

void TestAppearance::playerIconsStandOut()
{
    QFETCH(QString, choice);
    WindowFixture f(m_dir->path());
    action(f, qPrintable(choice))->trigger();
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QCoreApplication::processEvents();
    for (const char *name : {"playPauseButton", "previousChapterButton", "nextChapterButton",
                             "muteButton", "fullScreenButton", "copyLinkButton"}) {
        auto *button = f.child<QToolButton>(name);
        QVERIFY2(button, name);
        // The icon's own pixels (alpha over half) against what the raised-less
        // button sits on.
        const QImage image = button->icon().pixmap(button->iconSize()).toImage();
        double red = 0, green = 0, blue = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 128)
                    continue;
                red += pixel.redF();
                green += pixel.greenF();
                blue += pixel.blueF();
                ++count;
            }
        }
        QVERIFY2(count > 0, name);
        const QColor mark =
            QColor::fromRgbF(float(red / count), float(green / count), float(blue / count));
        const QColor background = button->palette().color(QPalette::Window);
        const double ratio = ColorContrast::contrastRatio(mark, background);
        QVERIFY2(ratio >= ColorContrast::markMinimum,
                 qPrintable(u"%1: %2 on %3 is %4:1"_s
                                .arg(QLatin1String(name), mark.name(), background.name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
