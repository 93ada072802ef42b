#include "fuzzentries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// Replays every input the fuzzers once crashed on through the same entry point,
// in every build, so that a fixed finding stays fixed without clang or libFuzzer.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderNamesATarget();
    void everyTargetIsBuiltAndFuzzed();
    void replay_data();
    void replay();
};

namespace {
QString regressionsDir()
{
    return QStringLiteral(FA_FIXTURES_DIR "/fuzz-regressions");
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
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
