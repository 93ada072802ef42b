// Transcript search over 500 hours of subtitles: 167 one-hour recordings in
// English, French and Spanish (501 hours, about 257,000 cues of 5–9 s, two
// lines of ordinary conference speech each), generated in memory with a fixed
// seed. Times building the index and a keystroke: a 1-, 2- and 3-letter
// prefix, whole words, and words found late or nowhere (a full pass). Target:
// a keystroke <= 50 ms on the 2-core machine. See RESULTS.md.
//
//   build/<dir>/tests/bench/bench_transcript [-median N] [function]
#include "subtitles/transcriptindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <random>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {

constexpr int recordings = 167;
constexpr Milliseconds recordingLength = 3600 * 1000;

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Vocabulary
{
    QStringList subjects, verbs, objects, closings;
};

Vocabulary vocabulary(const QString &language)
{
    if (language == u"fr")
        return {{u"Les petits mineurs"_s, u"Notre coopérative"_s, u"Le gouvernement"_s,
                 u"La communauté"_s, u"Chaque région"_s, u"Les femmes mineures"_s,
                 u"Le ministère des mines"_s, u"Les acheteurs d'or"_s, u"Cette initiative"_s,
                 u"Le projet pilote"_s, u"Les jeunes"_s, u"La banque centrale"_s},
                {u"doivent améliorer"_s, u"ont besoin de"_s, u"financent"_s, u"contrôlent"_s,
                 u"réduisent"_s, u"soutiennent"_s, u"négocient"_s, u"documentent"_s, u"partagent"_s,
                 u"remplacent"_s, u"certifient"_s, u"découvrent"_s},
                {u"la traçabilité de l'or"_s, u"l'accès au crédit"_s, u"l'usage du mercure"_s,
                 u"les permis d'exploitation"_s, u"la sécurité des puits"_s,
                 u"les prix sur le marché"_s, u"la formalisation du secteur"_s,
                 u"les paiements numériques"_s, u"la santé des travailleurs"_s,
                 u"la restauration des terres"_s, u"les chaînes d'approvisionnement"_s,
                 u"la formation technique"_s},
                {u"depuis l'année dernière."_s, u"dans toute la province."_s,
                 u"avec l'appui des partenaires."_s, u"malgré les difficultés."_s,
                 u"grâce au dialogue."_s, u"avant la saison des pluies."_s,
                 u"pour les générations futures."_s, u"selon le dernier rapport."_s}};
    if (language == u"es")
        return {{u"Los pequeños mineros"_s, u"Nuestra cooperativa"_s, u"El gobierno"_s,
                 u"La comunidad"_s, u"Cada región"_s, u"Las mujeres mineras"_s,
                 u"El ministerio de minas"_s, u"Los compradores de oro"_s, u"Esta iniciativa"_s,
                 u"El proyecto piloto"_s, u"Los jóvenes"_s, u"El banco central"_s},
                {u"deben mejorar"_s, u"necesitan"_s, u"financian"_s, u"controlan"_s, u"reducen"_s,
                 u"apoyan"_s, u"negocian"_s, u"documentan"_s, u"comparten"_s, u"reemplazan"_s,
                 u"certifican"_s, u"descubren"_s},
                {u"la trazabilidad del oro"_s, u"el acceso al crédito"_s, u"el uso del mercurio"_s,
                 u"los permisos de explotación"_s, u"la seguridad de los pozos"_s,
                 u"los precios del mercado"_s, u"la formalización del sector"_s,
                 u"los pagos digitales"_s, u"la salud de los trabajadores"_s,
                 u"la restauración de tierras"_s, u"las cadenas de suministro"_s,
                 u"la formación técnica"_s},
                {u"desde el año pasado."_s, u"en toda la provincia."_s,
                 u"con el apoyo de los socios."_s, u"a pesar de las dificultades."_s,
                 u"gracias al diálogo."_s, u"antes de la temporada de lluvias."_s,
                 u"para las generaciones futuras."_s, u"según el último informe."_s}};
    return {
        {u"Small-scale miners"_s, u"Our cooperative"_s, u"The government"_s, u"The community"_s,
         u"Every region"_s, u"Women miners"_s, u"The ministry of mines"_s, u"Gold buyers"_s,
         u"This initiative"_s, u"The pilot project"_s, u"Young people"_s, u"The central bank"_s},
        {u"need to improve"_s, u"depend on"_s, u"finance"_s, u"monitor"_s, u"reduce"_s,
         u"support"_s, u"negotiate"_s, u"document"_s, u"share"_s, u"replace"_s, u"certify"_s,
         u"discover"_s},
        {u"the traceability of gold"_s, u"access to credit"_s, u"the use of mercury"_s,
         u"mining permits"_s, u"safety in the pits"_s, u"market prices"_s,
         u"the formalization of the sector"_s, u"digital payments"_s, u"the health of workers"_s,
         u"land restoration"_s, u"supply chains"_s, u"technical training"_s},
        {u"since last year."_s, u"across the whole province."_s, u"with support from partners."_s,
         u"despite the difficulties."_s, u"thanks to dialogue."_s, u"before the rainy season."_s,
         u"for future generations."_s, u"according to the latest report."_s}};
}

// Place and person names, and figures, as real talks have them: a long tail of
// words heard once or twice, which is what makes a real transcript's dictionary large.
QString rareWord(std::mt19937 &random)
{
    static const QStringList syllables{u"ka"_s,  u"mo"_s,  u"tu"_s,  u"ba"_s, u"ni"_s, u"sé"_s,
                                       u"ra"_s,  u"lo"_s,  u"we"_s,  u"gu"_s, u"zi"_s, u"pa"_s,
                                       u"don"_s, u"mar"_s, u"kel"_s, u"ñu"_s};
    QString word;
    const int count = 2 + int(random() % 3);
    for (int i = 0; i < count; ++i)
        word += syllables[int(random() % syllables.size())];
    word[0] = word[0].toUpper();
    return word;
}

SubtitleDocument transcript(const QString &language, std::mt19937 &random)
{
    const Vocabulary v = vocabulary(language);
    const auto pick = [&random](const QStringList &list) {
        return list[int(random() % list.size())];
    };
    QList<Cue> cues;
    for (Milliseconds at = 0; at < recordingLength;) {
        const Milliseconds length = 5000 + Milliseconds(random() % 4001);
        QString first = pick(v.subjects) + u' ' + pick(v.verbs) + u' ' + pick(v.objects);
        QString second = pick(v.closings);
        if (random() % 3 == 0)
            second = rareWord(random) + u", " + QString::number(random() % 2030) + u' ' + second;
        cues.append(
            {at, at + length, {CueLine{{CueSpan{first}}}, CueLine{{CueSpan{second}}}}, {}, {}, 0});
        at += length;
    }
    return SubtitleDocument(cues);
}

} // namespace

class BenchTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void build();
    void keystroke_data();
    void keystroke();
    void typing();

private:
    QList<std::pair<QString, std::pair<QString, SubtitleDocument>>> m_documents;
    TranscriptIndex m_index;
    qsizetype m_cues = 0;
    QByteArray m_lastTag;
};

void BenchTranscript::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    std::mt19937 random(20240312);
    for (int r = 0; r < recordings; ++r) {
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
            SubtitleDocument document = transcript(language, random);
            m_cues += document.size();
            m_documents.append({u"rec-%1"_s.arg(r, 3, 10, QChar(u'0')), {language, document}});
        }
    }
    // One word said once, at the very end: a search for it visits every recording.
    QList<Cue> last = m_documents.last().second.second.cues();
    last.last().lines.append(CueLine{{CueSpan{u"Zanzibarite"_s}}});
    m_documents.last().second.second = SubtitleDocument(last);
    qInfo("generated %d documents, %lld cues, %.1f hours in %.0f ms", int(m_documents.size()),
          qint64(m_cues), double(m_documents.size()) * double(recordingLength) / 3.6e6,
          double(timer.elapsed()));

    const qint64 before = residentKiB();
    timer.restart();
    for (const auto &[recording, document] : std::as_const(m_documents))
        m_index.add(recording, document.first, document.second);
    qInfo("index built in %.0f ms; resident memory +%.1f MiB", double(timer.elapsed()),
          double(residentKiB() - before) / 1024.0);
    QCOMPARE(m_index.cueCount(), m_cues);
}

void BenchTranscript::build()
{
    qsizetype cues = 0;
    QBENCHMARK
    {
        TranscriptIndex index;
        for (const auto &[recording, document] : std::as_const(m_documents))
            index.add(recording, document.first, document.second);
        cues = index.cueCount();
    }
    QCOMPARE(cues, m_cues);
}

void BenchTranscript::keystroke_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("1 letter") << u"t"_s;
    QTest::newRow("2 letters") << u"tr"_s;
    QTest::newRow("3 letters") << u"tra"_s;
    QTest::newRow("whole word") << u"traceability"_s;
    QTest::newRow("accented word, typed without accents") << u"tracabilite"_s;
    QTest::newRow("two words") << u"gold buyers"_s;
    QTest::newRow("common + rare word (full pass)") << u"the zanzibar"_s;
    QTest::newRow("two common words never together (full pass)") << u"credit mercury"_s;
    QTest::newRow("word said once, at the end (full pass)") << u"zanzibarite"_s;
    QTest::newRow("absent word (full pass)") << u"uranium"_s;
}

void BenchTranscript::keystroke()
{
    QFETCH(QString, query);
    QList<TranscriptHit> hits;
    bool more = false;
    QBENCHMARK
    {
        hits = m_index.search(query, TranscriptIndex::defaultMaxHits, &more);
    }
    if (m_lastTag != QTest::currentDataTag()) { // once per row, not per iteration
        m_lastTag = QTest::currentDataTag();
        qInfo("'%s': %d hits%s", qPrintable(query), int(hits.size()), more ? " and more" : "");
    }
    if (query == u"zanzibarite")
        QCOMPARE(hits.size(), 1);
}

void BenchTranscript::typing()
{
    // Every prefix of a sentence, one keystroke after another, as a user types it.
    const QString sentence = u"traçabilité de l'or"_s;
    QBENCHMARK
    {
        for (qsizetype n = 1; n <= sentence.size(); ++n)
            (void)m_index.search(sentence.first(n));
    }
}

QTEST_GUILESS_MAIN(BenchTranscript)
#include "bench_transcript.moc"
