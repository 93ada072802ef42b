#include "browsecontroller.h"
#include "catalogreader.h"
#include "facetmodel.h"
#include "roles.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelsPassTheTester();
    void filterThroughController();
    void countsFollowOtherFilters();
    void titlesFollowLanguage();
    void favouritesFilter();
    void sortByTitle();
    void titleSortCollatesAndFollowsLanguage();
    void restoredFilterDropsUnknownIds();
    void pillarsWithoutColourGetDistinctOnes();
    void untitledDaysNamedByDateInTheLanguage();

private:
    QStringList visibleIds() const;
    std::unique_ptr<BrowseController> m_browse;
};

void TestModels::init()
{
    const CatalogLoadResult result = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(result.ok());
    m_browse = std::make_unique<BrowseController>();
    m_browse->setCatalog(result.catalog);
}

QStringList TestModels::visibleIds() const
{
    QStringList ids;
    const auto *proxy = m_browse->visibleSessions();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(IdRole).toString());
    return ids;
}

void TestModels::modelsPassTheTester()
{
    QAbstractItemModelTester sessions(m_browse->sessions(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(m_browse->visibleSessions(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester days(m_browse->days(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pillars(m_browse->pillars(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester speakers(m_browse->speakers(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Exercise changes under the testers' eyes.
    m_browse->setDay(u"day-1"_s);
    m_browse->setPillarChecked(u"finance"_s, true);
    m_browse->setSearchText(u"a"_s);
    m_browse->setLanguage(u"fr"_s);
    m_browse->setFavourites({u"s1"_s});
    m_browse->setFavouritesOnly(true);
    m_browse->visibleSessions()->sort(SessionListModel::TitleColumn);
    m_browse->clearFilters();
    const CatalogLoadResult again = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    m_browse->setCatalog(again.catalog);
}

void TestModels::filterThroughController()
{
    QSignalSpy changed(m_browse.get(), &BrowseController::filterChanged);
    const int total = m_browse->totalCount();
    QCOMPARE(m_browse->visibleCount(), total);
    m_browse->setDay(u"day-2"_s);
    QCOMPARE(changed.size(), 1);
    for (const QString &id : visibleIds())
        QCOMPARE(m_browse->catalog()->session(id)->dayId, u"day-2"_s);
    QVERIFY(m_browse->visibleCount() > 0 && m_browse->visibleCount() < total);
    m_browse->setDay(u"day-2"_s); // no change, no signal
    QCOMPARE(changed.size(), 1);
    m_browse->clearFilters();
    QCOMPARE(m_browse->visibleCount(), total);
}

void TestModels::countsFollowOtherFilters()
{
    FacetModel *days = m_browse->days();
    const int allRow = days->rowOf(QString());
    QCOMPARE(allRow, 0);
    QCOMPARE(days->index(allRow).data(CountRole).toInt(), m_browse->totalCount());

    // With a day chosen, the day counts still show every day (they ignore the day filter)...
    m_browse->setDay(u"day-1"_s);
    const int day2 = days->rowOf(u"day-2"_s);
    QCOMPARE(days->index(day2).data(CountRole).toInt(), 3);
    // ...but follow the pillar filter.
    m_browse->setPillarChecked(u"finance"_s, true);
    int financeOnDay2 = 0;
    for (const Session &s : m_browse->catalog()->sessions)
        financeOnDay2 += s.dayId == u"day-2"_s && s.pillarIds.contains(u"finance"_s);
    QCOMPARE(days->index(day2).data(CountRole).toInt(), financeOnDay2);
    // Pillar check state mirrors the filter.
    FacetModel *pillars = m_browse->pillars();
    QCOMPARE(pillars->index(pillars->rowOf(u"finance"_s)).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
}

void TestModels::titlesFollowLanguage()
{
    SessionListModel *model = m_browse->sessions();
    const QModelIndex first = model->index(0, SessionListModel::TitleColumn);
    const Session &s = m_browse->catalog()->sessions.first();
    QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);
    QSignalSpy headerChanged(model, &QAbstractItemModel::headerDataChanged);
    m_browse->setLanguage(u"es"_s);
    QVERIFY(dataChanged.size() >= 1);
    QVERIFY(headerChanged.size() >= 1);
    QCOMPARE(first.data().toString(), s.title.values().value(u"es"_s));
    QCOMPARE(first.data(TitleLanguageRole).toString(), u"es"_s);
    m_browse->setLanguage(u"fr"_s);
    QCOMPARE(first.data().toString(), s.title.values().value(u"fr"_s));
}

void TestModels::favouritesFilter()
{
    m_browse->setFavourites({u"s2"_s, u"s5"_s});
    m_browse->setFavouritesOnly(true);
    QStringList ids = visibleIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{u"s2"_s, u"s5"_s}));
    QVERIFY(m_browse->sessions()
                ->index(m_browse->sessions()->rowOf(u"s2"_s), 0)
                .data(IsFavouriteRole)
                .toBool());
    m_browse->setFavourites({u"s5"_s});
    QCOMPARE(visibleIds(), QStringList{u"s5"_s});
}

void TestModels::sortByTitle()
{
    m_browse->visibleSessions()->sort(SessionListModel::TitleColumn, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < m_browse->visibleCount(); ++row)
        titles.append(m_browse->visibleSessions()
                          ->index(row, SessionListModel::TitleColumn)
                          .data()
                          .toString());
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
    });
    QCOMPARE(titles, sorted);
}

void TestModels::titleSortCollatesAndFollowsLanguage()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const CatalogLoadResult result = CatalogReader::readData(R"({
      "format": "forum-archive-catalog", "version": 1,
      "event": {"id": "t", "title": "T", "startDate": "2024-01-01", "endDate": "2024-01-01"},
      "days": [{"id": "d", "date": "2024-01-01"}],
      "sessions": [
        {"id": "z", "day": "d", "title": {"en": "Zinc", "fr": "Abeilles"}},
        {"id": "e", "day": "d", "title": {"en": "économie", "fr": "Zèbre"}},
        {"id": "w", "day": "d", "title": {"en": "Eau", "fr": "écluse"}},
        {"id": "a", "day": "d", "title": {"en": "abc", "fr": "Étang"}}]})",
                                                             {});
    QVERIFY(result.ok());
    BrowseController browse;
    browse.setCatalog(result.catalog);
    SessionFilterProxy *proxy = browse.visibleSessions();
    proxy->sort(SessionListModel::TitleColumn, Qt::AscendingOrder);
    const auto ids = [proxy] {
        QStringList out;
        for (int row = 0; row < proxy->rowCount(); ++row)
            out.append(proxy->index(row, 0).data(IdRole).toString());
        return out;
    };
    // Collated, not by code point: "é" sorts with "e", not after "z"; case is ignored.
    QCOMPARE(ids(), (QStringList{u"a"_s, u"w"_s, u"e"_s, u"z"_s}));
    browse.setLanguage(u"fr"_s); // the sorted list follows the new titles
    QCOMPARE(ids(), (QStringList{u"z"_s, u"w"_s, u"a"_s, u"e"_s}));
    proxy->sort(SessionListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QStringList{u"e"_s, u"a"_s, u"w"_s, u"z"_s}));
    QLocale::setDefault(saved);
}

void TestModels::restoredFilterDropsUnknownIds()
{
    SessionFilter saved;
    saved.dayId = u"no-such-day"_s;
    saved.pillarIds = {u"finance"_s, u"no-such-pillar"_s};
    m_browse->setFilter(saved);
    QVERIFY(m_browse->filter().dayId.isEmpty());
    QCOMPARE(m_browse->filter().pillarIds, QSet<QString>{u"finance"_s});
}

void TestModels::pillarsWithoutColourGetDistinctOnes()
{
    // Tracks of an imported schedule carry no colour: the list and the filter
    // show the same palette colour for each, and no two alike.
    const CatalogLoadResult result = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(result.ok());
    auto plain = std::make_shared<Catalog>(*result.catalog);
    const QString kept = plain->pillars[0].color;
    for (qsizetype i = 1; i < plain->pillars.size(); ++i)
        plain->pillars[i].color.clear();
    BrowseController browse;
    browse.setCatalog(plain);
    FacetModel *facets = browse.pillars();
    QSet<QString> seen;
    for (int row = 0; row < facets->rowCount(); ++row) {
        const QModelIndex index = facets->index(row, 0);
        const QString id = index.data(IdRole).toString();
        const QString color = index.data(ColorRole).toString();
        QVERIFY2(QColor(color).isValid(), qPrintable(id + u": "_s + color));
        QVERIFY2(!seen.contains(color), qPrintable(color));
        seen.insert(color);
        QCOMPARE(color, plain->pillarColor(plain->pillarIndex(id)));
        if (plain->pillarIndex(id) == 0)
            QCOMPARE(color, kept);
    }
    QCOMPARE(seen.size(), plain->pillars.size());
    SessionListModel *sessions = browse.sessions();
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const QModelIndex index = sessions->index(row, 0);
        const QStringList ids = index.data(PillarIdsRole).toStringList();
        const QStringList colors = index.data(PillarColorsRole).toStringList();
        QCOMPARE(colors.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(colors[i], plain->pillarColor(plain->pillarIndex(ids[i])));
    }
    QVERIFY(plain->pillarColor(-1).isEmpty());

    // The tooltip names the pillar whole, then describes it when the catalog does.
    for (int row = 0; row < facets->rowCount(); ++row) {
        const QModelIndex index = facets->index(row, 0);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        const Pillar &pillar = plain->pillars[plain->pillarIndex(index.data(IdRole).toString())];
        QVERIFY2(tip.startsWith(plain->text(pillar.title, u"en"_s)), qPrintable(tip));
        if (!pillar.description.isEmpty())
            QVERIFY(tip.contains(plain->text(pillar.description, u"en"_s)));
    }
}

void TestModels::untitledDaysNamedByDateInTheLanguage()
{
    const CatalogLoadResult result = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY(result.ok());
    auto untitled = std::make_shared<Catalog>(*result.catalog);
    for (Day &day : untitled->days)
        day.title = LocalizedText();
    BrowseController browse;
    browse.setCatalog(untitled);
    browse.setLanguage(u"fr"_s);
    FacetModel *days = browse.days();
    const QDate first = untitled->days.first().date; // 2024-03-12, a Tuesday
    bool found = false;
    for (int row = 0; row < days->rowCount(); ++row)
        found = found || days->index(row, 0).data().toString() == u"mar. 12 mars"_s;
    QVERIFY2(found, qPrintable(QLocale(u"fr"_s).toString(first, u"ddd d MMM")));
    browse.setLanguage(u"es"_s);
    found = false;
    for (int row = 0; row < days->rowCount(); ++row)
        found = found || days->index(row, 0).data().toString().contains(u"12 mar"_s);
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
