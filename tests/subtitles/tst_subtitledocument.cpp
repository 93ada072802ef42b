#include "subtitles/subtitledocument.h"

#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
Cue cue(Milliseconds start, Milliseconds end, const QString &text)
{
    return {start, end, {CueLine{{CueSpan{text}}}}, {}, {}, 0};
}

QStringList texts(const QList<Cue> &cues)
{
    QStringList out;
    for (const Cue &c : cues)
        out.append(c.plainText());
    return out;
}
} // namespace

class TestSubtitleDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortedByStart();
    void cuesAt_data();
    void cuesAt();
    void nextCueAfter();
    void manyCuesAgainstAScan();
};

void TestSubtitleDocument::sortedByStart()
{
    const SubtitleDocument document(
        {cue(5000, 6000, u"c"_s), cue(1000, 2000, u"a"_s), cue(1000, 3000, u"b"_s)});
    QCOMPARE(texts(document.cues()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(document.overlappingCount(), 1);
}

void TestSubtitleDocument::cuesAt_data()
{
    QTest::addColumn<qint64>("position");
    QTest::addColumn<QStringList>("expected");
    // long: 0-100 s; a: 10-20; b: 15-25; c: 30-40; d: 40-50 (touching c)
    QTest::newRow("before any") << qint64(-1) << QStringList{};
    QTest::newRow("start is inside") << qint64(0) << QStringList{u"long"_s};
    QTest::newRow("one over the long cue") << qint64(12000) << QStringList{u"long"_s, u"a"_s};
    QTest::newRow("three at once") << qint64(15000) << QStringList{u"long"_s, u"a"_s, u"b"_s};
    QTest::newRow("end is outside") << qint64(20000) << QStringList{u"long"_s, u"b"_s};
    QTest::newRow("touching cues") << qint64(40000) << QStringList{u"long"_s, u"d"_s};
    QTest::newRow("after all but the long one") << qint64(99999) << QStringList{u"long"_s};
    QTest::newRow("after all") << qint64(100000) << QStringList{};
}

void TestSubtitleDocument::cuesAt()
{
    QFETCH(qint64, position);
    QFETCH(QStringList, expected);
    const SubtitleDocument document({cue(30000, 40000, u"c"_s), cue(0, 100000, u"long"_s),
                                     cue(10000, 20000, u"a"_s), cue(15000, 25000, u"b"_s),
                                     cue(40000, 50000, u"d"_s)});
    QCOMPARE(texts(document.cuesAt(position)), expected);
}

void TestSubtitleDocument::nextCueAfter()
{
    const SubtitleDocument document({cue(1000, 2000, u"a"_s), cue(5000, 6000, u"b"_s)});
    QCOMPARE(document.nextCueAfter(0), 0);
    QCOMPARE(document.nextCueAfter(1000), 1);
    QCOMPARE(document.nextCueAfter(5000), -1);
    QCOMPARE(SubtitleDocument().nextCueAfter(0), -1);
    QVERIFY(SubtitleDocument().cuesAt(0).isEmpty());
}

void TestSubtitleDocument::manyCuesAgainstAScan()
{
    // Pseudo-random overlapping cues: the binary search must agree with a full scan.
    QList<Cue> cues;
    quint32 seed = 12345;
    const auto next = [&seed](quint32 bound) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % bound;
    };
    for (int i = 0; i < 2000; ++i) {
        const Milliseconds start = next(600000);
        cues.append(cue(start, start + 1 + next(i % 50 == 0 ? 120000 : 8000), QString::number(i)));
    }
    const SubtitleDocument document(cues);
    for (Milliseconds at = 0; at < 620000; at += 997) {
        QStringList expected;
        for (const Cue &c : document.cues()) {
            if (c.isActiveAt(at))
                expected.append(c.plainText());
        }
        QCOMPARE(texts(document.cuesAt(at)), expected);
    }
}

QTEST_GUILESS_MAIN(TestSubtitleDocument)
#include "tst_subtitledocument.moc"
