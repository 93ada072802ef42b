#include "../ui/windowfixture.h"

#include "facetmodel.h"
#include "sessionpresenter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
const QString sampleDir = QStringLiteral(FA_SAMPLE_DIR);

QString menuTitle(const QMainWindow *window, const char *name)
{
    const auto *menu = window->findChild<QMenu *>(QLatin1String(name));
    return menu ? menu->title() : QString();
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchingRetranslatesAndKeepsState();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
    void fallbackIsMarked();
    void choiceIsKept();
    void firstRunDefault_data();
    void firstRunDefault();
    void qtOwnStringsAreTranslated();
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguages::switchingRetranslatesAndKeepsState()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const Catalog &catalog = *f.library.current();

    // State that must survive: a day, a pillar, a search text with no match, a selection.
    f.browse.setDay(u"day-1"_s);
    f.browse.setPillarChecked(u"finance"_s, true);
    f.window->sessionList()->selectSession(u"s2"_s);
    auto *search = f.child<QLineEdit>("searchField");
    auto *clear = f.child<QPushButton>("clearButton");
    auto *header = f.window->sessionList()->view()->header();
    const auto headerText = [&] {
        return header->model()->headerData(SessionListModel::WhenColumn, Qt::Horizontal).toString();
    };
    const auto sessionTitle = [&] {
        const QModelIndex index = f.browse.sessions()->index(f.browse.sessions()->rowOf(u"s2"_s),
                                                             SessionListModel::TitleColumn);
        return index.data().toString();
    };
    const auto dayDetail = [&] {
        return f.browse.days()
            ->index(f.browse.days()->rowOf(u"day-1"_s))
            .data(Qt::ToolTipRole)
            .toString();
    };

    struct Expected
    {
        QString language, file, clear, header, emptyTitle, date;
    };
    const QList<Expected> steps = {
        {u"fr"_s, u"&Fichier"_s, u"&Effacer les filtres"_s, u"Jour et heure"_s,
         u"Aucune session ne correspond"_s, u"mardi 12 mars 2024"_s},
        {u"es"_s, u"&Archivo"_s, u"&Quitar filtros"_s, u"Día y hora"_s,
         u"Ninguna sesión coincide"_s, u"martes, 12 de marzo de 2024"_s},
        {u"en"_s, u"&File"_s, u"&Clear filters"_s, u"Day and time"_s, u"No sessions match"_s,
         u"Tuesday, March 12, 2024"_s},
    };
    for (const Expected &step : steps) {
        f.languages.setLanguage(step.language);
        QTRY_COMPARE(menuTitle(f.window.get(), "fileMenu"), step.file);
        QCOMPARE(f.window->windowTitle(),
                 catalog.text(catalog.event.title, step.language) + u" — Forum Archive"_s);
        QCOMPARE(clear->text(), step.clear);
        QCOMPARE(headerText(), step.header);
        QCOMPARE(sessionTitle(), catalog.session(u"s2"_s)->title.values().value(step.language));
        QCOMPARE(dayDetail(), step.date);
        // State survived the switch.
        QCOMPARE(f.browse.filter().dayId, u"day-1"_s);
        QCOMPARE(f.browse.filter().pillarIds, QSet<QString>{u"finance"_s});
        QCOMPARE(f.window->sessionList()->currentSessionId(), u"s2"_s);

        // The empty state, in this language, and the search text kept.
        QTest::keyClicks(search, u"zzqx"_s);
        QTRY_COMPARE(f.child<QLabel>("emptyTitle")->text(), step.emptyTitle);
        f.languages.setLanguage(step.language == u"en" ? u"fr"_s : u"en"_s);
        QTRY_VERIFY(f.child<QLabel>("emptyTitle")->text() != step.emptyTitle);
        QCOMPARE(search->text(), u"zzqx"_s);
        f.languages.setLanguage(step.language);
        QTRY_COMPARE(f.child<QLabel>("emptyTitle")->text(), step.emptyTitle);
        search->clear();
    }
}

void TestLanguages::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << u"Tuesday, April 26, 2022"_s;
    QTest::newRow("fr") << u"fr"_s << u"mardi 26 avril 2022"_s;
    QTest::newRow("es") << u"es"_s << u"martes, 26 de abril de 2022"_s;
}

void TestLanguages::datesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(SessionPresenter::longDate(QDate(2022, 4, 26), language), expected);
}

void TestLanguages::fallbackIsMarked()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_FIXTURES_DIR "/catalogs/valid.json"));
    // s2's title exists in English only; s1's has French.
    f.languages.setLanguage(u"fr"_s);
    QCoreApplication::processEvents();
    const Catalog &catalog = *f.library.current();
    const SessionView english = SessionPresenter::present(catalog, u"s2"_s, u"fr"_s);
    QCOMPARE(english.title.text, u"Formalization now"_s);
    QCOMPARE(english.title.fallbackNote, u"(anglais)"_s);
    const SessionView french = SessionPresenter::present(catalog, u"s1"_s, u"fr"_s);
    QVERIFY(french.title.fallbackNote.isEmpty());
    f.languages.setLanguage(u"es"_s);
    QCOMPARE(SessionPresenter::present(catalog, u"s1"_s, u"es"_s).title.fallbackNote,
             u"(inglés)"_s);
    f.languages.setLanguage(u"en"_s);
}

void TestLanguages::choiceIsKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        LanguageManager manager(&settings);
        manager.applyInitialLanguage(QLocale(u"en_US"_s));
        QCOMPARE(manager.language(), u"en"_s);
        manager.setLanguage(u"es"_s);
    }
    QSettings settings(file, QSettings::IniFormat);
    LanguageManager again(&settings);
    again.applyInitialLanguage(QLocale(u"fr_FR"_s)); // the saved choice wins over the system
    QCOMPARE(again.language(), u"es"_s);
    again.setLanguage(u"en"_s);
}

void TestLanguages::firstRunDefault_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr_FR") << u"fr_FR"_s << u"fr"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("es_MX") << u"es_MX"_s << u"es"_s;
    QTest::newRow("es_ES") << u"es_ES"_s << u"es"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"en"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void TestLanguages::firstRunDefault()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    LanguageManager manager(&settings);
    manager.applyInitialLanguage(QLocale(locale));
    QCOMPARE(manager.language(), expected);
    manager.setLanguage(u"en"_s);
}

void TestLanguages::qtOwnStringsAreTranslated()
{
    LanguageManager manager(nullptr);
    manager.setLanguage(u"fr"_s);
    if (!manager.qtTranslationLoaded())
        QSKIP("Qt's own French translation (qt6-translations-l10n) is not installed.");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    manager.setLanguage(u"es"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
    manager.setLanguage(u"en"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
