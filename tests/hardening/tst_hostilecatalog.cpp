#include "catalog/catalogreader.h"
#include "detailhtml.h"
#include "models/sessionpresenter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace fa;
using namespace Qt::StringLiterals;

// Catalogs written to harm: markup, paths out of the bundle, absurd sizes.
class TestHostileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markupIsShownNotRun_data();
    void markupIsShownNotRun();
    void detailPaneOfHostileCatalog();
    void pathsStayInBundle_data();
    void pathsStayInBundle();
    void absurdSizes_data();
    void absurdSizes();
};

namespace {
// Records every resource a rendered document asks for: none may be loaded.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

QStringList anchorsIn(const QTextDocument &doc)
{
    QStringList hrefs;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty())
                hrefs.append(href);
        }
    }
    return hrefs;
}

// What the detail pane may link to: the web, and its own play/material actions.
bool allowedAnchor(const QString &href)
{
    const QString scheme = QUrl(href).scheme();
    return scheme == u"http" || scheme == u"https" || scheme == u"fa-play"
           || scheme == u"fa-material";
}

QJsonObject validCatalog()
{
    QFile f(QStringLiteral(FA_FIXTURES_DIR "/catalogs/valid.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("valid.json is missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly)
           && f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) > 0;
}

const QStringList hostileTexts = {
    u"<script>alert(1)</script>"_s,
    u"<img src=\"http://evil.example/track.png\">"_s,
    u"<a href=\"javascript:alert(1)\">click</a>"_s,
    u"<a href=\"file:///etc/passwd\">passwd</a>"_s,
    u"<style>@import url(http://evil.example/x.css)</style>"_s,
    u"<iframe src=\"https://evil.example/\"></iframe>"_s,
    u"see https://ok.example/a\"onmouseover=\"alert(1) now"_s,
    u"https://ok.example/<img src=http://evil.example/x.png>"_s,
    u"javascript:alert(1) file:///etc/passwd data:text/html,<b>x</b>"_s,
    u"&lt;script&gt; already escaped &amp; <b>bold</b>"_s,
};
} // namespace

void TestHostileCatalog::markupIsShownNotRun_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &t : hostileTexts)
        QTest::newRow(qPrintable(t.left(40))) << t;
}

void TestHostileCatalog::markupIsShownNotRun()
{
    QFETCH(QString, text);
    const QString html = plainTextToHtml(text);
    for (const char *tag : {"<script", "<img", "<iframe", "<style", "<b>"})
        QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), qPrintable(html));
    RecordingDocument doc;
    doc.setHtml(html);
    (void)doc.size();
    QVERIFY2(doc.requested.isEmpty(), qPrintable(doc.requested.value(0).toString()));
    // The user sees the text as written, markup and all.
    QCOMPARE(doc.toPlainText(), text);
    for (const QString &href : anchorsIn(doc)) {
        const QString scheme = QUrl(href).scheme();
        QVERIFY2(scheme == u"http" || scheme == u"https", qPrintable(href));
        QVERIFY2(!href.contains(u'<') && !href.contains(u'"'), qPrintable(href));
    }
}

void TestHostileCatalog::detailPaneOfHostileCatalog()
{
    // Every text field of a catalog carries markup; the whole pane is rendered.
    QJsonObject root = validCatalog();
    QJsonArray sessions = root.value(u"sessions"_s).toArray();
    QJsonObject s = sessions.at(0).toObject();
    s.insert(u"title"_s, hostileTexts.at(0));
    s.insert(u"summary"_s, hostileTexts.join(u"\n\n"_s));
    s.insert(u"note"_s, hostileTexts.at(1));
    s.insert(u"kind"_s, hostileTexts.at(5));
    QJsonArray materials = s.value(u"materials"_s).toArray();
    QJsonObject m = materials.at(0).toObject();
    m.insert(u"title"_s, hostileTexts.at(2));
    materials.replace(0, m);
    s.insert(u"materials"_s, materials);
    s.insert(u"speakers"_s,
             QJsonArray{QJsonObject{{u"speaker"_s, u"ada"_s}, {u"role"_s, hostileTexts.at(4)}}});
    sessions.replace(0, s);
    root.insert(u"sessions"_s, sessions);
    QJsonArray speakers = root.value(u"speakers"_s).toArray();
    QJsonObject ada = speakers.at(0).toObject();
    ada.insert(u"name"_s, hostileTexts.at(3));
    ada.insert(u"bio"_s, hostileTexts.at(6));
    ada.insert(u"organization"_s, hostileTexts.at(7));
    speakers.replace(0, ada);
    root.insert(u"speakers"_s, speakers);

    const CatalogLoadResult result =
        CatalogReader::readData(QJsonDocument(root).toJson(), CatalogReadOptions{});
    QVERIFY2(
        result.ok(),
        qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().toString()));
    const SessionView view = SessionPresenter::present(*result.catalog, u"s1"_s, u"en"_s);
    const QString html = detailHtml(view, QPalette());
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    RecordingDocument doc;
    doc.setHtml(html);
    (void)doc.size(); // lays out, which is when images are asked for
    // Only the pane's own photo cache (fa-photo:) may be asked; never the catalog's text.
    for (const QUrl &url : std::as_const(doc.requested))
        QVERIFY2(url.scheme() == u"fa-photo", qPrintable(url.toString()));
    const QString shown = doc.toPlainText();
    QVERIFY(shown.contains(hostileTexts.at(0)));
    QVERIFY(shown.contains(hostileTexts.at(3)));
    const QStringList anchors = anchorsIn(doc);
    QVERIFY(!anchors.isEmpty());
    for (const QString &href : anchors)
        QVERIFY2(allowedAnchor(href), qPrintable(href));
}

void TestHostileCatalog::pathsStayInBundle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("refused");
    QTest::newRow("inside") << u"materials/s1.pdf"_s << false;
    QTest::newRow("link inside to inside") << u"inner-link.pdf"_s << false;
    QTest::newRow("missing but inside") << u"materials/later.pdf"_s << false;
    QTest::newRow("a/../../x") << u"a/../../x"_s << true;
    QTest::newRow("materials/../../outside/secret.pdf")
        << u"materials/../../outside/secret.pdf"_s << true;
    QTest::newRow("./../x") << u"./../x"_s << true;
    QTest::newRow("absolute") << u"/etc/passwd"_s << true;
    QTest::newRow("home") << u"~/secret.pdf"_s << true;
    QTest::newRow("backslashes") << u"..\\outside\\secret.pdf"_s << true;
    QTest::newRow("file link out") << u"secret-link.pdf"_s << true;
    QTest::newRow("folder link out") << u"linked/secret.pdf"_s << true;
    QTest::newRow("folder link out, file missing") << u"linked/missing.pdf"_s << true;
    QTest::newRow("dangling link out") << u"dangling.pdf"_s << true;
    QTest::newRow("link in a linked folder") << u"linked/deeper/secret.pdf"_s << true;
}

void TestHostileCatalog::pathsStayInBundle()
{
    QFETCH(QString, path);
    QFETCH(bool, refused);
    QTemporaryDir root;
    const QString bundle = root.filePath(u"bundle"_s);
    const QString outside = root.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(bundle + u"/materials"_s));
    QVERIFY(QDir().mkpath(outside + u"/deeper"_s));
    const QStringList files = {bundle + u"/materials/s1.pdf"_s, outside + u"/secret.pdf"_s,
                               outside + u"/deeper/secret.pdf"_s};
    for (const QString &f : files) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4");
    }
    QVERIFY(QFile::link(outside + u"/secret.pdf"_s, bundle + u"/secret-link.pdf"_s));
    QVERIFY(QFile::link(outside, bundle + u"/linked"_s));
    QVERIFY(QFile::link(outside + u"/missing.pdf"_s, bundle + u"/dangling.pdf"_s));
    QVERIFY(QFile::link(bundle + u"/materials/s1.pdf"_s, bundle + u"/inner-link.pdf"_s));

    QJsonObject catalog = validCatalog();
    QJsonArray sessions = catalog.value(u"sessions"_s).toArray();
    QJsonObject s = sessions.at(0).toObject();
    s.insert(u"materials"_s, QJsonArray{QJsonObject{{u"title"_s, u"Slides"_s}, {u"path"_s, path}}});
    sessions.replace(0, s);
    catalog.insert(u"sessions"_s, sessions);
    QVERIFY(writeJson(bundle + u"/catalog.json"_s, catalog));

    const CatalogLoadResult result = CatalogReader::readPath(bundle);
    bool found = false;
    for (const CatalogProblem &p : result.errors()) {
        if (p.where == u"sessions[0].materials[0].path")
            found = true;
    }
    QVERIFY2(found == refused,
             qPrintable(result.problems.isEmpty() ? u"no problems"_s
                                                  : result.problems.first().toString()));
    if (refused)
        QVERIFY(!result.ok());
}

void TestHostileCatalog::absurdSizes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected"); // "ok" or the start of the refusal
    QTest::addColumn<int>("maxRssMiB");
    // Bounds measured on the release build with margin; see tests/RELIABILITY.md.
    QTest::newRow("65 MiB file") << u"padding"_s << 65 << u"refused"_s << 64;
    QTest::newRow("a million sessions") << u"sessions"_s << 1000000 << u"refused"_s << 700;
    QTest::newRow("50,000 sessions (the limit)") << u"sessions"_s << 50000 << u"ok"_s << 200;
    QTest::newRow("10 MB title") << u"title"_s << 10 << u"ok"_s << 200;
    QTest::newRow("10,000 chapters in one recording") << u"chapters"_s << 10000 << u"ok"_s << 150;
}

void TestHostileCatalog::absurdSizes()
{
#if defined(FA_SANITIZED)
    QSKIP("memory bounds are measured without sanitizers, whose shadow memory inflates RSS");
#endif
    QFETCH(QString, kind);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QFETCH(int, maxRssMiB);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog.json"_s);
    QJsonObject catalog = validCatalog();
    if (kind == u"padding") {
        // Valid JSON, just too much of it: the size cap refuses before parsing.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(catalog).toJson());
        f.write(QByteArray(qint64(count) * 1024 * 1024, ' '));
    } else {
        QJsonArray sessions;
        if (kind == u"sessions") {
            for (int i = 0; i < count; ++i)
                sessions.append(QJsonObject{
                    {u"id"_s, QString::number(i, 36)}, {u"day"_s, u"d1"_s}, {u"title"_s, u"t"_s}});
        } else if (kind == u"title") {
            sessions.append(QJsonObject{{u"id"_s, u"s1"_s},
                                        {u"day"_s, u"d1"_s},
                                        {u"title"_s, QString(count * 1000 * 1000, u'T')}});
        } else {
            QJsonArray recordings = catalog.value(u"recordings"_s).toArray();
            QJsonObject r = recordings.at(0).toObject();
            r.insert(u"duration"_s, u"20:00:00"_s);
            recordings.replace(0, r);
            catalog.insert(u"recordings"_s, recordings);
            for (int i = 0; i < count; ++i)
                sessions.append(QJsonObject{
                    {u"id"_s, u"s%1"_s.arg(i)},
                    {u"day"_s, u"d1"_s},
                    {u"title"_s, u"Session %1"_s.arg(i)},
                    {u"chapters"_s,
                     QJsonArray{QJsonObject{{u"recording"_s, u"d1-en"_s}, {u"at"_s, i * 7}}}}});
        }
        catalog.insert(u"sessions"_s, sessions);
        QVERIFY(writeJson(path, catalog));
    }
    const qint64 fileSize = QFileInfo(path).size();
    QProcess loader;
    loader.start(QStringLiteral(FA_HARDENING_HELPER), {u"load"_s, path});
    QVERIFY(loader.waitForFinished(240000)); // a hang guard, not a timing assertion
    const QString out = QString::fromUtf8(loader.readAllStandardOutput());
    QCOMPARE(loader.exitCode(), 0);
    static const QRegularExpression rss(u"rss_kib (\\d+)"_s), ms(u"ms (\\d+)"_s);
    const qint64 rssMiB = rss.match(out).captured(1).toLongLong() / 1024;
    qInfo("%s: file %lld MiB, peak RSS %lld MiB, %s ms; %s", QTest::currentDataTag(),
          fileSize / (1024 * 1024), rssMiB, qPrintable(ms.match(out).captured(1)),
          qPrintable(out.section(u'\n', 0, 0)));
    QVERIFY2(out.startsWith(expected), qPrintable(out));
    QVERIFY2(rssMiB <= maxRssMiB, qPrintable(u"peak RSS %1 MiB"_s.arg(rssMiB)));
}

QTEST_MAIN(TestHostileCatalog)
#include "tst_hostilecatalog.moc"
