#include "subtitles/subtitlereader.h"
#include "subtitles/transcriptindex.h"

#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
SubtitleDocument sampleDocument(int day, const QString &language)
{
    const SubtitleReadResult result = SubtitleReader::readFile(
        QStringLiteral(FA_SAMPLE_DIR "/subtitles/day-%1.%2.vtt").arg(day).arg(language));
    return result.document;
}

SubtitleDocument documentOf(const QStringList &texts)
{
    QList<Cue> cues;
    for (int i = 0; i < texts.size(); ++i)
        cues.append({i * 1000, i * 1000 + 900, {CueLine{{CueSpan{texts[i]}}}}, {}, {}, 0});
    return SubtitleDocument(cues);
}

// "recording/language@seconds" per hit.
QStringList describe(const QList<TranscriptHit> &hits)
{
    QStringList out;
    for (const TranscriptHit &h : hits)
        out.append(u"%1/%2@%3"_s.arg(h.recordingId, h.language).arg(h.start / 1000));
    return out;
}
} // namespace

class TestTranscriptIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wordSaidInChapterThree();
    void search_data();
    void search();
    void capAndMore();
    void recordingOrder();
    void replaceAndRemove();
    void otherScripts();

private:
    TranscriptIndex m_index;
};

void TestTranscriptIndex::initTestCase()
{
    for (int day = 1; day <= 2; ++day) {
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            const SubtitleDocument document = sampleDocument(day, language);
            QCOMPARE(document.size(), 12);
            m_index.add(u"day-%1-en"_s.arg(day), language, document);
        }
    }
    QCOMPARE(m_index.documentCount(), 6);
    QCOMPARE(m_index.cueCount(), 72);
}

void TestTranscriptIndex::wordSaidInChapterThree()
{
    // Chapter 3 is day 1 from 1:00 to 1:30; its second cue names the topic.
    bool more = true;
    const QList<TranscriptHit> hits = m_index.search(u"traçabilité"_s, 50, &more);
    QCOMPARE(hits.size(), 1);
    QVERIFY(!more);
    QCOMPARE(hits[0].recordingId, u"day-1-en"_s);
    QCOMPARE(hits[0].language, u"fr"_s);
    QCOMPARE(hits[0].start, 66000);
    QCOMPARE(hits[0].end, 74000);
    QCOMPARE(hits[0].text,
             u"Chapitre trois en français : la traçabilité de l'or, de la mine au marché."_s);
}

void TestTranscriptIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("without accents") << u"TRACABILITE"_s << QStringList{u"day-1-en/fr@66"_s};
    QTest::newRow("prefix") << u"traç"_s << QStringList{u"day-1-en/en@66"_s, u"day-1-en/fr@66"_s};
    QTest::newRow("not inside a word") << u"abilite"_s << QStringList{};
    QTest::newRow("Spanish") << u"trazab"_s << QStringList{u"day-1-en/es@66"_s};
    QTest::newRow("every word must match") << u"chapitre trois"_s
                                           << QStringList{u"day-1-en/fr@60"_s, u"day-1-en/fr@66"_s,
                                                          u"day-1-en/fr@74"_s, u"day-1-en/fr@83"_s};
    QTest::newRow("words in any order") << u"marché l'or"_s << QStringList{u"day-1-en/fr@66"_s};
    QTest::newRow("languages merged by time")
        << u"cooperativ"_s
        << QStringList{u"day-2-en/en@36"_s, u"day-2-en/es@36"_s, u"day-2-en/fr@36"_s};
    QTest::newRow("hyphenated") << u"sous-titres un"_s << QStringList{u"day-1-en/fr@0"_s};
    QTest::newRow("punctuation only") << u" ,;- "_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("absent") << u"uranium"_s << QStringList{};
}

void TestTranscriptIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(m_index.search(query)), expected);
}

void TestTranscriptIndex::capAndMore()
{
    bool more = false;
    const QList<TranscriptHit> hits = m_index.search(u"de"_s, 3, &more);
    // At 0 s, Spanish and French "de 0:00"; at 14 s, Spanish "del público".
    QCOMPARE(describe(hits),
             (QStringList{u"day-1-en/es@0"_s, u"day-1-en/fr@0"_s, u"day-1-en/es@14"_s}));
    QVERIFY(more);
    const QList<TranscriptHit> all = m_index.search(u"de"_s, 1000, &more);
    QVERIFY(!more);
    QVERIFY(all.size() > 3);
    QCOMPARE(all.mid(0, 3), hits);
}

void TestTranscriptIndex::recordingOrder()
{
    TranscriptIndex index;
    index.add(u"b"_s, u"en"_s, documentOf({u"gold"_s}));
    index.add(u"a"_s, u"en"_s, documentOf({u"silver"_s, u"gold"_s}));
    index.add(u"c"_s, u"en"_s, documentOf({u"gold"_s}));
    QCOMPARE(describe(index.search(u"gold"_s)),
             (QStringList{u"a/en@1"_s, u"b/en@0"_s, u"c/en@0"_s}));
    index.setRecordingOrder({u"c"_s, u"b"_s});
    QCOMPARE(describe(index.search(u"gold"_s)),
             (QStringList{u"c/en@0"_s, u"b/en@0"_s, u"a/en@1"_s}));
}

void TestTranscriptIndex::replaceAndRemove()
{
    TranscriptIndex index;
    index.add(u"r"_s, u"en"_s, documentOf({u"first version"_s}));
    index.add(u"r"_s, u"en"_s, documentOf({u"second version"_s}));
    QCOMPARE(index.documentCount(), 1);
    QVERIFY(index.search(u"first"_s).isEmpty());
    QCOMPARE(index.search(u"second"_s).size(), 1);
    QVERIFY(index.contains(u"r"_s, u"en"_s));
    index.remove(u"r"_s, u"en"_s);
    QVERIFY(!index.contains(u"r"_s, u"en"_s));
    QVERIFY(index.search(u"second"_s).isEmpty());
    index.add(u"r"_s, u"en"_s, SubtitleDocument());
    QVERIFY(index.search(u"second"_s).isEmpty());
}

void TestTranscriptIndex::otherScripts()
{
    TranscriptIndex index;
    index.add(u"r"_s, u"el"_s, documentOf({u"Η ΙΧΝΗΛΑΣΙΜΟΤΗΤΑ του χρυσού"_s}));
    index.add(u"r"_s, u"ja"_s, documentOf({u"金の追跡可能性「テスト」"_s}));
    index.add(u"r"_s, u"es"_s, documentOf({u"¿Cómo formalizar la minería?"_s}));
    QCOMPARE(describe(index.search(u"ιχνηλ"_s)), QStringList{u"r/el@0"_s});
    QCOMPARE(describe(index.search(u"χρυσου"_s)), QStringList{u"r/el@0"_s});
    // Words of scripts without spaces run to the next punctuation.
    QCOMPARE(describe(index.search(u"金の"_s)), QStringList{u"r/ja@0"_s});
    QCOMPARE(describe(index.search(u"テスト"_s)), QStringList{u"r/ja@0"_s});
    QCOMPARE(describe(index.search(u"como mineria"_s)), QStringList{u"r/es@0"_s});
}

QTEST_GUILESS_MAIN(TestTranscriptIndex)
#include "tst_transcriptindex.moc"
