#include "catalogreader.h"
#include "catalogtoolrun.h"
#include "mediacccfixture.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// forum-archive-catalog import with media.ccc.de addresses, run in-process
// against the in-process server.
class TestMediaCccCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsConferencePage();
    void importsApiAddress();
    void unknownConferenceWritesNothing();
    void brokenAnswerWritesNothing();
    void optionsChecked();

private:
    HttpTestServer m_server;
    QTemporaryDir m_dir;
};

void TestMediaCccCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.isListening());
    MediaCccFixture::serve(m_server);
}

void TestMediaCccCommand::importsConferencePage()
{
    const QString out = m_dir.filePath(u"tcc24.json"_s);
    const ToolRun run = runCatalogTool({u"import"_s, u"https://media.ccc.de/c/tcc24"_s, u"--api"_s,
                                        m_server.url(u"/public/"_s).toString(), u"-o"_s, out});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"talks: 30, with recordings: 27, recordings: 42"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"written: "_s + out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const CatalogLoadResult loaded = CatalogReader::readPath(out);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.catalog->sessions.size(), MediaCccFixture::events);
    QCOMPARE(loaded.catalog->recordings.size(), MediaCccFixture::recordings);
    QCOMPARE(loaded.catalog->recording(MediaCccFixture::guid(1) + u"-en"_s)->audioTrack, 1);
}

void TestMediaCccCommand::importsApiAddress()
{
    // The API address names its instance: no --api needed. SD and MP4 first.
    const QString out = m_dir.filePath(u"api.json"_s);
    const ToolRun run =
        runCatalogTool({u"import"_s, m_server.url(u"/public/conferences/tcc24"_s).toString(),
                        u"--quality"_s, u"sd-mp4"_s, u"-o"_s, out});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const CatalogLoadResult loaded = CatalogReader::readPath(out);
    QVERIFY(loaded.ok());
    const Source &first =
        loaded.catalog->recording(MediaCccFixture::guid(12) + u"-en"_s)->sources.constFirst();
    QCOMPARE(first.mimeType, u"video/mp4"_s);
    QCOMPARE(first.height, 576);
}

void TestMediaCccCommand::unknownConferenceWritesNothing()
{
    const QString out = m_dir.filePath(u"nope.json"_s);
    const ToolRun run = runCatalogTool({u"import"_s, u"https://media.ccc.de/c/nope42"_s, u"--api"_s,
                                        m_server.url(u"/public/"_s).toString(), u"-o"_s, out});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"error: 127.0.0.1 has no conference 'nope42'."_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestMediaCccCommand::brokenAnswerWritesNothing()
{
    HttpTestServer broken;
    broken.addData(u"/public/conferences/half"_s, R"({"acronym": "half", "events": [{"gu)");
    const QString out = m_dir.filePath(u"half.json"_s);
    const ToolRun run = runCatalogTool({u"import"_s, u"https://media.ccc.de/c/half"_s, u"--api"_s,
                                        broken.url(u"/public/"_s).toString(), u"-o"_s, out});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"The answer for conference 'half' is not valid JSON"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(m_dir.path()).entryList({u"half*"_s}).isEmpty());
}

void TestMediaCccCommand::optionsChecked()
{
    const ToolRun quality =
        runCatalogTool({u"import"_s, u"https://media.ccc.de/c/tcc24"_s, u"--quality"_s, u"4k"_s});
    QCOMPARE(quality.code, 2);
    QVERIFY(quality.err.contains(u"--quality must be"_s));
    const ToolRun api = runCatalogTool(
        {u"import"_s, u"schedule.xml"_s, u"--api"_s, m_server.url(u"/public/"_s).toString()});
    QCOMPARE(api.code, 2);
    QVERIFY(api.err.contains(u"--api and --quality need a media.ccc.de"_s));
}

QTEST_GUILESS_MAIN(TestMediaCccCommand)
#include "tst_mediaccccommand.moc"
