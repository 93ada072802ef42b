#include "fuzzentries.h"

#include "catalog/catalogreader.h"
#include "catalog/timecode.h"
#include "import/chapterlist.h"
#include "import/scheduleimport.h"
#include "subtitles/subtitlereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

// Replays every input the fuzzers once crashed on through the same entry point,
// in every build, so that a fixed finding stays fixed without clang or libFuzzer.
// A crash only shows under the sanitizers, so each input's outcome (refused, or
// accepted with what) is also checked against expected.txt beside the inputs:
// that part fails in any build.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderNamesATarget();
    void everyTargetIsBuiltAndFuzzed();
    void replay_data();
    void replay();
    void everyInputHasAnExpectedOutcome();
};

namespace {
QString regressionsDir()
{
    return QStringLiteral(FA_FIXTURES_DIR "/fuzz-regressions");
}

QString firstProblem(const fa::ImportReport &report)
{
    return report.errors.isEmpty() ? QString() : report.errors.first().toString();
}

// What the code under the target makes of an input, in one line: "refused: why"
// or "accepted: what", through the same public calls the entry makes.
QString outcome(const QString &target, const QByteArray &data)
{
    using namespace fa;
    if (target == u"frab_xml" || target == u"schedule_json") {
        const ImportResult r = ScheduleImport::importSchedule(
            data, target == u"frab_xml" ? ImportFormat::Frab : ImportFormat::ScheduleJson);
        if (!r.report.ok() || !r.catalog)
            return u"refused: "_s + firstProblem(r.report);
        return u"accepted: %1 sessions, %2 warnings"_s.arg(r.report.sessions)
            .arg(r.report.warnings.size());
    }
    if (target == u"youtube_chapters" || target == u"webvtt_chapters") {
        ImportReport report;
        const QString text = QString::fromUtf8(data);
        const QList<ImportedChapter> chapters = target == u"youtube_chapters"
                                                    ? ChapterList::parseYouTube(text, report)
                                                    : ChapterList::parseWebVtt(text, report);
        if (!report.ok())
            return u"refused: "_s + firstProblem(report);
        QStringList at;
        for (const ImportedChapter &c : chapters)
            at.append(QString::number(c.at));
        return u"accepted: %1 chapters at %2 ms"_s.arg(chapters.size()).arg(at.join(u','));
    }
    if (target == u"webvtt_subtitles" || target == u"srt_subtitles") {
        const SubtitleReadResult r = SubtitleReader::readData(
            data, target == u"srt_subtitles" ? SubtitleFormat::Srt : SubtitleFormat::WebVtt);
        if (!r.ok())
            return u"refused: "_s + r.error;
        return u"accepted: %1 cues, %2 problems"_s.arg(r.document.size()).arg(r.problems.size());
    }
    if (target == u"catalog") {
        const CatalogLoadResult r = CatalogReader::readData(data, {});
        if (!r.ok())
            return u"refused: %1 errors"_s.arg(r.errors().size());
        return u"accepted: %1 sessions"_s.arg(r.catalog->sessions.size());
    }
    if (target == u"timecode") {
        const auto ms = parseTimecode(QString::fromUtf8(data));
        return ms ? u"accepted: %1 ms"_s.arg(*ms) : u"refused"_s;
    }
    return u"unknown target"_s;
}

// expected.txt: "target/file<TAB>outcome" per line; # starts a comment.
QHash<QString, QString> expectedOutcomes()
{
    QHash<QString, QString> expected;
    QFile f(regressionsDir() + u"/expected.txt"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return expected;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            expected.insert(line.left(tab), line.mid(tab + 1));
    }
    return expected;
}
} // namespace

void TestFuzzRegressions::everyFolderNamesATarget()
{
    const QStringList folders = QDir(regressionsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders)
        QVERIFY2(fa::fuzz::entryNamed(folder), qPrintable(u"unknown target folder "_s + folder));
}

void TestFuzzRegressions::everyTargetIsBuiltAndFuzzed()
{
    // The CMake list builds the libFuzzer executables and feeds the smoke run.
    const QStringList built = QStringLiteral(FA_FUZZ_TARGET_LIST).split(u',');
    QCOMPARE(built, fa::fuzz::targetNames());
    // Each entry runs through its checks without a finding on ordinary inputs.
    const QList<QByteArray> inputs{
        {},
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<b>x</b> y\n",
        "1\n00:00:01,000 --> 00:00:02,000\n<i>x</i> y\n",
        "0:00 Opening\n1:00 Closing\n",
    };
    for (const QString &name : built) {
        const fa::fuzz::Entry entry = fa::fuzz::entryNamed(name);
        QVERIFY2(entry, qPrintable(name));
        for (const QByteArray &input : inputs)
            QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(input.constData()),
                           static_cast<std::size_t>(input.size())),
                     0);
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (const QString &target : fa::fuzz::targetNames()) {
        QDirIterator it(regressionsDir() + u'/' + target, QDir::Files);
        while (it.hasNext()) {
            const QString file = it.next();
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(QFileInfo(file).fileName()))
                << target << file;
            ++rows;
        }
    }
    if (rows == 0) // keep the test meaningful even before the first finding
        QTest::addRow("timecode/empty") << u"timecode"_s << QString();
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QByteArray data;
    if (!file.isEmpty()) {
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        data = f.readAll();
    }
    const fa::fuzz::Entry entry = fa::fuzz::entryNamed(target);
    QVERIFY(entry);
    // A regression shows as a crash or a sanitizer report, which fails the test.
    QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(data.constData()),
                   static_cast<std::size_t>(data.size())),
             0);
    if (file.isEmpty())
        return;
    // ... or as a changed outcome, in any build.
    const QString key = target + u'/' + QFileInfo(file).fileName();
    const QHash<QString, QString> expected = expectedOutcomes();
    QVERIFY2(expected.contains(key), qPrintable(u"no line for "_s + key + u" in expected.txt"_s));
    QCOMPARE(outcome(target, data), expected.value(key));
}

void TestFuzzRegressions::everyInputHasAnExpectedOutcome()
{
    const QHash<QString, QString> expected = expectedOutcomes();
    QStringList inputs;
    for (const QString &target : fa::fuzz::targetNames()) {
        const QStringList files = QDir(regressionsDir() + u'/' + target).entryList(QDir::Files);
        for (const QString &file : files)
            inputs.append(target + u'/' + file);
    }
    QStringList keys = expected.keys();
    inputs.sort();
    keys.sort();
    QCOMPARE(keys, inputs); // no stale line, no input without one
    QVERIFY(!inputs.isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
