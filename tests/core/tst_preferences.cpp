#include "preferences.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace Qt::StringLiterals;

// Preferences over a settings file of its own, as a person's file would be.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsWithoutSettings();
    void readsTheKeysOfExistingFiles();
    void valuesRoundTrip();
    void unknownQualityFallsBackWithWarning_data();
    void unknownQualityFallsBackWithWarning();
    void unknownQualityIsRefused();
    void qualitySpellingIsNormalised();
    void signalsOnlyOnChange();
    void clearedPathLeavesNoKey();

private:
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    void writeIni(const QByteArray &text);
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferences::writeIni(const QByteArray &text)
{
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestPreferences::defaultsWithoutSettings()
{
    const auto settings = openSettings();
    const Preferences preferences(settings.get());
    QCOMPARE(preferences.ytDlpPath(), QString());
    QCOMPARE(preferences.mediaQuality(), u"hd-webm"_s);
    QCOMPARE(preferences.warnings(), QStringList());
    QCOMPARE(Preferences::mediaQualities(),
             QStringList({u"hd-webm"_s, u"hd-mp4"_s, u"sd-webm"_s, u"sd-mp4"_s}));
}

void TestPreferences::readsTheKeysOfExistingFiles()
{
    // Written as earlier versions of the app read it.
    writeIni("[youtube]\nytDlp=/opt/yt-dlp/bin/yt-dlp\n\n[mediaccc]\nquality=sd-mp4\n");
    const auto settings = openSettings();
    const Preferences preferences(settings.get());
    QCOMPARE(preferences.ytDlpPath(), u"/opt/yt-dlp/bin/yt-dlp"_s);
    QCOMPARE(preferences.mediaQuality(), u"sd-mp4"_s);
    QCOMPARE(preferences.warnings(), QStringList());
}

void TestPreferences::valuesRoundTrip()
{
    {
        const auto settings = openSettings();
        Preferences preferences(settings.get());
        preferences.setYtDlpPath(u"/home/me/bin/yt-dlp"_s);
        QVERIFY(preferences.setMediaQuality(u"sd-webm"_s));
    }
    const auto settings = openSettings();
    QCOMPARE(settings->value(u"youtube/ytDlp"_s).toString(), u"/home/me/bin/yt-dlp"_s);
    QCOMPARE(settings->value(u"mediaccc/quality"_s).toString(), u"sd-webm"_s);
    const Preferences again(settings.get());
    QCOMPARE(again.ytDlpPath(), u"/home/me/bin/yt-dlp"_s);
    QCOMPARE(again.mediaQuality(), u"sd-webm"_s);
}

void TestPreferences::unknownQualityFallsBackWithWarning_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("unknown pair") << QByteArray("uhd-mkv") << u"uhd-mkv"_s;
    QTest::newRow("half") << QByteArray("hd") << u"hd"_s;
    QTest::newRow("word") << QByteArray("best") << u"best"_s;
}

void TestPreferences::unknownQualityFallsBackWithWarning()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, shown);
    writeIni("[mediaccc]\nquality=" + stored + '\n');
    const auto settings = openSettings();
    const Preferences preferences(settings.get());
    QCOMPARE(preferences.mediaQuality(), u"hd-webm"_s);
    QCOMPARE(preferences.warnings().size(), 1);
    const QString warning = preferences.warnings().constFirst();
    QVERIFY2(warning.contains(u"mediaccc/quality"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"“"_s + shown + u"”"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"hd-webm"_s), qPrintable(warning));
    // The file is left as it is until the user chooses.
    QCOMPARE(settings->value(u"mediaccc/quality"_s).toString(), shown);
}

void TestPreferences::unknownQualityIsRefused()
{
    const auto settings = openSettings();
    Preferences preferences(settings.get());
    QSignalSpy changed(&preferences, &Preferences::mediaQualityChanged);
    QVERIFY(!preferences.setMediaQuality(u"4k-mkv"_s));
    QVERIFY(!preferences.setMediaQuality(QString()));
    QCOMPARE(preferences.mediaQuality(), u"hd-webm"_s);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!settings->contains(u"mediaccc/quality"_s));
}

void TestPreferences::qualitySpellingIsNormalised()
{
    writeIni("[mediaccc]\nquality=HD-MP4\n");
    const auto settings = openSettings();
    Preferences preferences(settings.get());
    QCOMPARE(preferences.mediaQuality(), u"hd-mp4"_s);
    QCOMPARE(preferences.warnings(), QStringList());
    QVERIFY(preferences.setMediaQuality(u" SD-WebM "_s));
    QCOMPARE(preferences.mediaQuality(), u"sd-webm"_s);
    QCOMPARE(settings->value(u"mediaccc/quality"_s).toString(), u"sd-webm"_s);
}

void TestPreferences::signalsOnlyOnChange()
{
    const auto settings = openSettings();
    Preferences preferences(settings.get());
    QSignalSpy path(&preferences, &Preferences::ytDlpPathChanged);
    QSignalSpy quality(&preferences, &Preferences::mediaQualityChanged);

    preferences.setYtDlpPath(QString());                // already empty
    QVERIFY(preferences.setMediaQuality(u"hd-webm"_s)); // already the default
    QCOMPARE(path.size(), 0);
    QCOMPARE(quality.size(), 0);

    preferences.setYtDlpPath(u"/usr/local/bin/yt-dlp"_s);
    preferences.setYtDlpPath(u" /usr/local/bin/yt-dlp "_s); // the same, spaced
    QCOMPARE(path.size(), 1);
    QCOMPARE(path.at(0).at(0).toString(), u"/usr/local/bin/yt-dlp"_s);

    QVERIFY(preferences.setMediaQuality(u"sd-mp4"_s));
    QVERIFY(preferences.setMediaQuality(u"sd-mp4"_s));
    QCOMPARE(quality.size(), 1);
    QCOMPARE(quality.at(0).at(0).toString(), u"sd-mp4"_s);

    preferences.setYtDlpPath(QString());
    QCOMPARE(path.size(), 2);
    QCOMPARE(path.at(1).at(0).toString(), QString());
}

void TestPreferences::clearedPathLeavesNoKey()
{
    writeIni("[youtube]\nytDlp=/opt/yt-dlp\n");
    const auto settings = openSettings();
    Preferences preferences(settings.get());
    preferences.setYtDlpPath(u"  "_s);
    QCOMPARE(preferences.ytDlpPath(), QString());
    const auto reread = openSettings();
    QVERIFY(!reread->contains(u"youtube/ytDlp"_s));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
