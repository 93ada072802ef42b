// `forum-archive-catalog validate http://…`: the sample archive published on
// the test server, checked address by address with HEAD requests.
#include "archiveserver.h"
#include "catalogtoolrun.h"

#include <QFile>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestRemoteValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void publishedArchiveValid();
    void missingFileNamed();
    void serverRefusingHead();
    void serverWithoutRangeWarned();
    void refusedPathsFail();
    void unreachableCatalog();
    void slowAddressTimesOut();

private:
    // The sample archive under /forum/, its outside addresses moved to /elsewhere/.
    void publish(bool honourRange = true);

    std::unique_ptr<HttpTestServer> m_server;
};

void TestRemoteValidation::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->isListening());
}

void TestRemoteValidation::cleanup()
{
    m_server.reset();
}

void TestRemoteValidation::publish(bool honourRange)
{
    serveFolder(*m_server, QStringLiteral(FA_SAMPLE_DIR), u"/forum/"_s, honourRange);
    QFile sample(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray data = sample.readAll();
    // Nothing leaves this machine: example.org is played by the test server.
    data.replace("https://example.org/", m_server->url(u"/elsewhere/"_s).toEncoded());
    m_server->addData(u"/forum/catalog.json"_s, data);
    m_server->addData(u"/elsewhere/"_s, "<html></html>", "text/html");
    m_server->addData(u"/elsewhere/sample-slides.pdf"_s, "%PDF-1.4", "application/pdf");
}

void TestRemoteValidation::publishedArchiveValid()
{
    publish();
    const ToolRun r = runCatalogTool({u"validate"_s, m_server->url(u"/forum/"_s).toString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"valid: 6 sessions, 16 addresses checked, 0 warning"_s),
             qPrintable(r.out));
    // Every file of the bundle the catalog names was asked for, with HEAD.
    for (const QString &path :
         {u"/forum/media/day-1.webm"_s, u"/forum/media/s4-es.webm"_s,
          u"/forum/materials/s2-slides.pdf"_s, u"/forum/materials/s3-slides.md"_s,
          u"/elsewhere/sample-slides.pdf"_s}) {
        const QList<HttpTestRequest> asked = m_server->requests(path);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().method, QByteArray("HEAD"));
    }
}

void TestRemoteValidation::missingFileNamed()
{
    publish();
    m_server->removeHandler(u"/forum/materials/s2-slides.pdf"_s);
    const QUrl missing = m_server->url(u"/forum/materials/s2-slides.pdf"_s);
    const ToolRun r =
        runCatalogTool({u"validate"_s, m_server->url(u"/forum/catalog.json"_s).toString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"sessions[1].materials[0].path: "_s + missing.toDisplayString()
                            + u" answered with HTTP error 404"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"1 of the catalog's addresses cannot be reached."_s),
             qPrintable(r.err));
    QCOMPARE(r.err.count(u"\n"_s), 2); // that address alone, and the summary
    QVERIFY(r.out.isEmpty());
}

void TestRemoteValidation::serverRefusingHead()
{
    publish();
    // Some servers answer HEAD with 405: the first byte is asked for instead.
    const QString file = QStringLiteral(FA_SAMPLE_DIR "/media/day-2.webm");
    m_server->setHandler(u"/forum/media/day-2.webm"_s, [file](const HttpTestRequest &request) {
        HttpTestResponse response;
        if (request.method == "HEAD") {
            response.status = 405;
            return response;
        }
        response.filePath = file;
        return response;
    });
    const ToolRun r = runCatalogTool({u"validate"_s, m_server->url(u"/forum/"_s).toString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<HttpTestRequest> asked = m_server->requests(u"/forum/media/day-2.webm"_s);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(1).method, QByteArray("GET"));
    QCOMPARE(asked.at(1).header("range"), QByteArray("bytes=0-0"));
}

void TestRemoteValidation::serverWithoutRangeWarned()
{
    publish(false);
    const ToolRun r = runCatalogTool({u"validate"_s, m_server->url(u"/forum/"_s).toString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"warning: recordings[0].sources[0].path: "_s
                            + m_server->url(u"/forum/media/day-1.webm"_s).toDisplayString()
                            + u" does not announce Range requests"_s),
             qPrintable(r.err));
    QCOMPARE(r.err.count(u"warning: "_s), 6); // each recording, no material
    QVERIFY(r.out.contains(u"6 warning"_s));
}

void TestRemoteValidation::refusedPathsFail()
{
    QFile sample(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray data = sample.readAll();
    data.replace("\"media/day-2.webm\"", "\"file:///srv/forum/day-2.webm\"");
    m_server->addData(u"/forum/catalog.json"_s, data);
    const ToolRun r = runCatalogTool({u"validate"_s, m_server->url(u"/forum/"_s).toString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"recordings[1].sources[0].path: a catalog loaded from the network "
                            "cannot refer to the local file 'file:///srv/forum/day-2.webm'"_s),
             qPrintable(r.err));
    QVERIFY(r.err.contains(u"1 error"_s));
    QCOMPARE(m_server->requests().size(), 1); // no address checked
}

void TestRemoteValidation::unreachableCatalog()
{
    const QUrl nobody(u"http://127.0.0.1:%1/forum/"_s.arg(closedPort()));
    const ToolRun r = runCatalogTool({u"validate"_s, nobody.toString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"refused the connection"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"/forum/catalog.json"_s), qPrintable(r.err));
}

void TestRemoteValidation::slowAddressTimesOut()
{
    publish();
    m_server->addSlow(u"/forum/materials/s3-slides.md"_s, 4000);
    const ToolRun r = runCatalogTool(
        {u"validate"_s, u"--timeout"_s, u"1"_s, m_server->url(u"/forum/"_s).toString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"sessions[2].materials[0].path: "_s)
                 && r.err.contains(u"did not answer in time"_s),
             qPrintable(r.err));

    const ToolRun bad = runCatalogTool(
        {u"validate"_s, u"--timeout"_s, u"soon"_s, m_server->url(u"/forum/"_s).toString()});
    QCOMPARE(bad.code, 2);
}

QTEST_GUILESS_MAIN(TestRemoteValidation)
#include "tst_remotevalidation.moc"
