#include "catalogindex.h"
#include "catalogreader.h"
#include "sessionfilter.h"
#include "textfold.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
// Three sessions over two days with accents in French and Spanish titles.
const char *catalogJson = R"({
  "format": "forum-archive-catalog", "version": 1,
  "event": {"id": "f", "title": "Forum", "startDate": "2024-05-14", "endDate": "2024-05-15"},
  "pillars": [{"id": "finance", "title": "Finance"}, {"id": "formalization", "title": "Formalization"},
              {"id": "markets", "title": "Markets"}],
  "days": [{"id": "d1", "date": "2024-05-14"}, {"id": "d2", "date": "2024-05-15"}],
  "speakers": [{"id": "ada", "name": "Ada Lovelace"}, {"id": "jose", "name": "José Núñez"}],
  "sessions": [
    {"id": "s1", "day": "d1", "pillars": ["finance"], "speakers": ["ada"],
     "title": {"en": "Paying miners fairly", "fr": "Payer équitablement les mineurs", "es": "Pagar a los mineros"}},
    {"id": "s2", "day": "d1", "pillars": ["formalization", "finance"], "speakers": ["jose"],
     "title": {"en": "Formalization in practice", "es": "La formalización en la práctica"},
     "summary": {"fr": "Étapes vers l'économie formelle"}},
    {"id": "s3", "day": "d2", "pillars": ["markets"], "speakers": ["ada", "jose"],
     "title": {"en": "Selling gold to refiners", "fr": "Vendre l'or aux affineurs"}}
  ]})";
} // namespace

class TestSessionFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fold_data();
    void fold();
    void matches_data();
    void matches();
    void facetVariantsDropOneCriterion();
    void oneFilterOverTwoCatalogs();
    void largeCatalogSearchMatchesPlainScan();
    void searchMatchesPlainScanWhateverTheSpacing_data();
    void searchMatchesPlainScanWhateverTheSpacing();
    void sessionListsFarApart();

private:
    CatalogPtr m_catalog;
};

void TestSessionFilter::initTestCase()
{
    const CatalogLoadResult result = CatalogReader::readData(catalogJson, {});
    QVERIFY(result.ok());
    m_catalog = result.catalog;
}

void TestSessionFilter::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents") << u"Formalización"_s << u"formalizacion"_s;
    QTest::newRow("french") << u"Économie ÉQUITABLE"_s << u"economie equitable"_s;
    QTest::newRow("spaces") << u"  a \n\t b  "_s << u"a b"_s;
    QTest::newRow("n tilde") << u"Núñez"_s << u"nunez"_s;
    QTest::newRow("german sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("ligature and width") << u"ﬁnance ＡＢ"_s << u"finance ab"_s;
    QTest::newRow("greek") << u"Χρυσός"_s << u"χρυσοσ"_s; // case folding makes the final sigma σ
    QTest::newRow("combining accent") << u"Cafe\u0301"_s << u"cafe"_s;
    QTest::newRow("no-break space") << u"a\u00a0\u00a0b"_s << u"a b"_s;
    QTest::newRow("only spaces") << u" \t "_s << QString();
    QTest::newRow("latin extended")
        << u"Ǆemal Łódź Ørsted"_s << u"dzemal łodz ørsted"_s; // ł and ø do not decompose
}

void TestSessionFilter::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
    // The index's UTF-8 path gives the same bytes, after whatever came before.
    QByteArray out = "prefix ";
    appendFoldedUtf8(out, text.toUtf8());
    QCOMPARE(out, "prefix " + folded.toUtf8());
}

void TestSessionFilter::matches_data()
{
    QTest::addColumn<QString>("day");
    QTest::addColumn<QStringList>("pillars");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("favouritesOnly");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("no filter") << "" << none << ""
                               << "" << false << QStringList{u"s1"_s, u"s2"_s, u"s3"_s};
    QTest::newRow("day") << "d1" << none << ""
                         << "" << false << QStringList{u"s1"_s, u"s2"_s};
    QTest::newRow("one pillar") << "" << QStringList{u"finance"_s} << ""
                                << "" << false << QStringList{u"s1"_s, u"s2"_s};
    QTest::newRow("any of two pillars") << "" << QStringList{u"formalization"_s, u"markets"_s} << ""
                                        << "" << false << QStringList{u"s2"_s, u"s3"_s};
    QTest::newRow("speaker") << "" << none << "jose"
                             << "" << false << QStringList{u"s2"_s, u"s3"_s};
    QTest::newRow("text english") << "" << none << ""
                                  << "gold" << false << QStringList{u"s3"_s};
    QTest::newRow("text without accent finds accent")
        << "" << none << ""
        << "formalizacion" << false << QStringList{u"s2"_s};
    QTest::newRow("text with accent, other case")
        << "" << none << ""
        << "ÉQUITABLEMENT" << false << QStringList{u"s1"_s};
    QTest::newRow("text in summary") << "" << none << ""
                                     << "economie formelle" << false << QStringList{u"s2"_s};
    QTest::newRow("speaker name") << "" << none << ""
                                  << "nunez" << false << QStringList{u"s2"_s, u"s3"_s};
    QTest::newRow("words anywhere") << "" << none << ""
                                    << "lovelace refiners" << false << QStringList{u"s3"_s};
    QTest::newRow("no match") << "" << none << ""
                              << "mercury" << false << QStringList{};
    QTest::newRow("combined") << "d1" << QStringList{u"finance"_s} << "ada"
                              << "miners" << false << QStringList{u"s1"_s};
    QTest::newRow("combined, none left") << "d2" << QStringList{u"finance"_s} << ""
                                         << "" << false << QStringList{};
    QTest::newRow("favourites") << "" << none << ""
                                << "" << true << QStringList{u"s3"_s};
}

void TestSessionFilter::matches()
{
    QFETCH(QString, day);
    QFETCH(QStringList, pillars);
    QFETCH(QString, speaker);
    QFETCH(QString, text);
    QFETCH(bool, favouritesOnly);
    QFETCH(QStringList, expected);

    SessionFilter filter;
    filter.dayId = day;
    filter.pillarIds = QSet<QString>(pillars.cbegin(), pillars.cend());
    filter.speakerId = speaker;
    filter.text = text;
    filter.favouritesOnly = favouritesOnly;
    filter.favourites = {u"s3"_s};
    filter.prepare();

    const CatalogIndex index(*m_catalog);
    QStringList found;
    for (int row = 0; row < m_catalog->sessions.size(); ++row) {
        if (filter.matches(*m_catalog, index, row))
            found.append(m_catalog->sessions[row].id);
    }
    QCOMPARE(found, expected);
}

void TestSessionFilter::facetVariantsDropOneCriterion()
{
    SessionFilter filter;
    filter.dayId = u"d1"_s;
    filter.pillarIds = {u"finance"_s};
    filter.speakerId = u"ada"_s;
    QVERIFY(filter.withoutDay().dayId.isEmpty());
    QCOMPARE(filter.withoutDay().speakerId, u"ada"_s);
    QVERIFY(filter.withoutPillars().pillarIds.isEmpty());
    QVERIFY(filter.withoutSpeaker().speakerId.isEmpty());
    QVERIFY(!filter.isEmpty());
    QVERIFY(SessionFilter().isEmpty());
}

// The filter remembers which sessions its words matched, per index: used on
// another catalog's index it must look again, not reuse the first answer.
void TestSessionFilter::oneFilterOverTwoCatalogs()
{
    const CatalogLoadResult other = CatalogReader::readData(R"({
      "format": "forum-archive-catalog", "version": 1,
      "event": {"id": "o", "title": "Other", "startDate": "2024-05-14", "endDate": "2024-05-14"},
      "days": [{"id": "d1", "date": "2024-05-14"}],
      "sessions": [{"id": "x1", "day": "d1", "title": "Gold prices"},
                   {"id": "x2", "day": "d1", "title": "Refiners and formalisation"},
                   {"id": "x3", "day": "d1", "title": "Mercury"}]})",
                                                            {});
    QVERIFY(other.ok());
    SessionFilter filter;
    filter.text = u"refiner"_s;
    filter.prepare();
    const auto matching = [&filter](const Catalog &catalog) {
        const CatalogIndex index(catalog);
        QStringList ids;
        for (int row = 0; row < catalog.sessions.size(); ++row) {
            if (filter.matches(catalog, index, row))
                ids.append(catalog.sessions[row].id);
        }
        return ids;
    };
    QCOMPARE(matching(*m_catalog), QStringList{u"s3"_s});
    QCOMPARE(matching(*other.catalog), QStringList{u"x2"_s});
    QCOMPARE(matching(*m_catalog), QStringList{u"s3"_s});
}

void TestSessionFilter::largeCatalogSearchMatchesPlainScan()
{
    // Enough sessions for the index to be built in two halves on two threads,
    // with words, accents and speakers spread over both halves.
    const QStringList vocabulary{u"oro"_s,       u"mercurio"_s, u"Formalización"_s, u"Équité"_s,
                                 u"refinería"_s, u"Sahel"_s,    u"traçabilité"_s,   u"cobre"_s,
                                 u"STRAßE"_s,    u"niño"_s,     u"Ørsted"_s,        u"marché"_s};
    QByteArray json = R"({"format": "forum-archive-catalog", "version": 1,
      "event": {"id": "e", "title": "E", "startDate": "2024-01-01", "endDate": "2024-01-01"},
      "days": [{"id": "d", "date": "2024-01-01"}],
      "speakers": [{"id": "a", "name": "Ana Núñez"}, {"id": "b", "name": "Bo Ørsted"}],
      "sessions": [)";
    const int count = 9000;
    for (int i = 0; i < count; ++i) {
        const QString en = vocabulary[i % 12] + u' ' + vocabulary[(i / 12) % 12];
        const QString fr = vocabulary[(i * 7) % 12] + u" n°" + QString::number(i);
        json += (i ? "," : "")
                + u"{\"id\": \"s%1\", \"day\": \"d\", \"title\": {\"en\": \"%2\", "
                  u"\"fr\": \"%3\"}, \"speakers\": [\"%4\"]}"_s.arg(i)
                      .arg(en, fr, i % 5 == 0 ? u"b"_s : u"a"_s)
                      .toUtf8();
    }
    json += "]}";
    const CatalogLoadResult result = CatalogReader::readData(json, {});
    QVERIFY(result.ok());
    const Catalog &catalog = *result.catalog;
    QCOMPARE(catalog.sessions.size(), count);
    QCOMPARE(catalog.sessions.at(count - 1).id, u"s%1"_s.arg(count - 1));
    const CatalogIndex index(catalog);

    for (const QString &query : {u"formalizacion"_s, u"equite"_s, u"strasse"_s, u"ORSTED"_s,
                                 u"nunez"_s, u"8999"_s, u"ref"_s, u"absent"_s}) {
        SessionFilter filter;
        filter.text = query;
        filter.prepare();
        const QString folded = foldForSearch(query);
        for (int row = 0; row < count; ++row) {
            const Session &session = catalog.sessions.at(row);
            QString text;
            for (const QString &language : session.title.languages())
                text += session.title.text(language, language) + u' ';
            text += catalog.speaker(session.speakers.first().speakerId)->name;
            const bool expected = foldForSearch(text).contains(folded);
            if (filter.matches(catalog, index, row) != expected)
                QFAIL(qPrintable(u"'%1' in session %2 (%3): expected %4"_s.arg(
                    query, session.id, text, expected ? u"a match"_s : u"none"_s)));
        }
    }
}

namespace {
// A catalog of count sessions whose English titles are title(i).
CatalogPtr catalogOfTitles(int count, const std::function<QString(int)> &title)
{
    QByteArray json = R"({"format": "forum-archive-catalog", "version": 1,
      "event": {"id": "e", "title": "E", "startDate": "2024-01-01", "endDate": "2024-01-01"},
      "days": [{"id": "d", "date": "2024-01-01"}], "sessions": [)";
    for (int i = 0; i < count; ++i) {
        QJsonObject session{{u"id"_s, u"s%1"_s.arg(i)},
                            {u"day"_s, u"d"_s},
                            {u"title"_s, QJsonObject{{u"en"_s, title(i)}}}};
        json += (i ? "," : "") + QJsonDocument(session).toJson(QJsonDocument::Compact);
    }
    json += "]}";
    const CatalogLoadResult result = CatalogReader::readData(json, {});
    return result.ok() ? result.catalog : nullptr;
}
} // namespace

void TestSessionFilter::searchMatchesPlainScanWhateverTheSpacing_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one thread") << 40;
    QTest::newRow("two threads") << 8000;
}

void TestSessionFilter::searchMatchesPlainScanWhateverTheSpacing()
{
    // The index folds each written word once and reuses it wherever it is
    // written again: words between tabs, line breaks, no-break spaces, runs of
    // spaces, with punctuation, in Greek (folded by the full algorithm), with
    // a combining accent after a space, and the same word in other cases.
    QFETCH(int, count);
    const QStringList pieces{u"Économie"_s,  u"économie,"_s, u"\tÉCONOMIE\n"_s, u"eco\u00A0nomie"_s,
                             u"  Ωμέγα  "_s, u"ωμεγα."_s,    u" \u0301oro"_s,   u"oro\r\nplata"_s,
                             u"STRAßE"_s,    u"strasse"_s,   u"½-Öl"_s,         u"\u2003mina\t"_s};
    const auto title = [&pieces](int i) -> QString {
        return pieces[i % 12] + pieces[(i / 12) % 12] + u' ' + pieces[(i * 5) % 12];
    };
    const CatalogPtr catalog = catalogOfTitles(count, title);
    QVERIFY(catalog);
    const CatalogIndex index(*catalog);
    for (const QString &query :
         {u"economie"_s, u"economie,"_s, u"nomie"_s, u"ωμεγα"_s, u"μεγα."_s, u"oro"_s, u"plata"_s,
          u"strasse"_s, u"1⁄2-ol"_s, u"mina"_s, u"economieeconomie"_s, u"absent"_s}) {
        SessionFilter filter;
        filter.text = query;
        filter.prepare();
        const QString folded = foldForSearch(query);
        int found = 0;
        for (int row = 0; row < count; ++row) {
            const Session &session = catalog->sessions.at(row);
            const QString text = session.title.text(u"en"_s, u"en"_s);
            const bool expected = foldForSearch(text).contains(folded);
            found += expected ? 1 : 0;
            if (filter.matches(*catalog, index, row) != expected)
                QFAIL(qPrintable(u"'%1' in session %2 (%3): expected %4"_s.arg(
                    query, session.id, text, expected ? u"a match"_s : u"none"_s)));
        }
        if (query != u"absent"_s)
            QVERIFY2(found > 0, qPrintable(query)); // each query must test something
    }
}

void TestSessionFilter::sessionListsFarApart()
{
    // A word's sessions are stored as gaps, seven bits a byte: gaps of one,
    // two and three bytes, and the last session of a catalog past 2^14.
    const int count = 17000;
    const QList<int> rare{0, 1, 129, 130, 16'500, count - 1};
    const CatalogPtr catalog = catalogOfTitles(count, [&rare](int i) {
        return rare.contains(i) ? u"Rare word %1"_s.arg(i) : u"Common word %1"_s.arg(i);
    });
    QVERIFY(catalog);
    const CatalogIndex index(*catalog);
    const auto sessionsOf = [&index](QByteArrayView folded) {
        QList<int> sessions;
        const CatalogIndex::SessionSet set = index.sessionsContaining(folded);
        for (std::size_t i = 0; i < set.size(); ++i) {
            if (set[i])
                sessions.append(int(i));
        }
        return sessions;
    };
    QCOMPARE(sessionsOf("rare"), rare);
    QCOMPARE(sessionsOf("common").size(), count - rare.size());
    QCOMPARE(sessionsOf("16999"), QList<int>{count - 1});
    QCOMPARE(sessionsOf("word").size(), count);
}

QTEST_GUILESS_MAIN(TestSessionFilter)
#include "tst_sessionfilter.moc"
