#include "conferencefilterproxy.h"
#include "conferencelistmodel.h"
#include "mediacccclient.h"
#include "mediacccfixture.h"
#include "networkaccess.h"
#include "textfold.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

class TestConferenceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelOrderAndRoles();
    void filter_data();
    void filter();
    void clientLoadsList();
    void clientReportsFailure();
    void clientFallsBackToCopy();

private:
    MediaCccConferenceList load(MediaCccClient &client);
};

namespace {
QList<MediaCccConference> fixtureConferences()
{
    // The shapes as the client hands them over.
    MediaCccConference gpn;
    gpn.acronym = u"gpn22"_s;
    gpn.title = u"Gulaschprogrammiernacht 22"_s;
    gpn.slug = u"gpn/gpn22"_s;
    gpn.lastReleasedAt = QDateTime(QDate(2024, 6, 2), QTime(9, 0), Qt::UTC);
    MediaCccConference tcc;
    tcc.acronym = u"tcc24"_s;
    tcc.title = u"Test Chaos Congress 2024 – Ümlaut Édition"_s;
    tcc.slug = u"congress/2024"_s;
    tcc.lastReleasedAt = QDateTime(QDate(2024, 12, 30), QTime(11, 0), Qt::UTC);
    MediaCccConference future;
    future.acronym = u"future25"_s;
    future.title = u"Zukunftskonferenz 2025"_s;
    MediaCccConference ds;
    ds.acronym = u"ds24"_s;
    ds.title = u"Datenspuren 2024"_s;
    ds.slug = u"datenspuren/2024"_s;
    ds.lastReleasedAt = QDateTime(QDate(2024, 9, 30), QTime(16, 0), Qt::UTC);
    return {gpn, tcc, future, ds};
}
} // namespace

void TestConferenceList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConferenceList::modelOrderAndRoles()
{
    ConferenceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConferences(fixtureConferences());
    QCOMPARE(model.rowCount(), 4);
    // Newest release first; nothing released last.
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.index(row).data(ConferenceListModel::AcronymRole).toString());
    QCOMPARE(order, (QStringList{u"tcc24"_s, u"ds24"_s, u"gpn22"_s, u"future25"_s}));
    const QModelIndex first = model.index(0);
    const QString display = first.data().toString();
    QVERIFY2(
        display.startsWith(u"Test Chaos Congress 2024 – Ümlaut Édition\ntcc24 · last release "_s),
        qPrintable(display));
    QCOMPARE(first.data(ConferenceListModel::LastReleaseRole).toDateTime(),
             QDateTime(QDate(2024, 12, 30), QTime(11, 0), Qt::UTC));
    QCOMPARE(first.data(ConferenceListModel::TitleRole).toString(),
             u"Test Chaos Congress 2024 – Ümlaut Édition"_s);
    QVERIFY(model.index(3).data().toString().endsWith(u"nothing released yet"_s));
    QCOMPARE(model.roleNames().value(ConferenceListModel::AcronymRole), QByteArray("acronym"));
    QCOMPARE(model.rowOf(u"DS24"_s), 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    model.setConferences({});
    QCOMPARE(model.rowCount(), 0);
}

void TestConferenceList::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("empty") << QString()
                           << QStringList{u"tcc24"_s, u"ds24"_s, u"gpn22"_s, u"future25"_s};
    QTest::newRow("acronym") << u"GPN"_s << QStringList{u"gpn22"_s};
    QTest::newRow("accents ignored") << u"umlaut edition"_s << QStringList{u"tcc24"_s};
    QTest::newRow("slug") << u"congress"_s << QStringList{u"tcc24"_s};
    QTest::newRow("all words") << u"2024 daten"_s << QStringList{u"ds24"_s};
    QTest::newRow("nothing") << u"xyzzy"_s << QStringList();
}

void TestConferenceList::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    ConferenceListModel model;
    ConferenceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConferences(fixtureConferences());
    proxy.setFilterText(text);
    QStringList acronyms;
    for (int row = 0; row < proxy.rowCount(); ++row)
        acronyms.append(proxy.index(row, 0).data(ConferenceListModel::AcronymRole).toString());
    QCOMPARE(acronyms, shown);
    // The value class decides alone, on folded text.
    QCOMPARE(ConferenceFilter(text).matches(foldForSearch(u"Gulaschprogrammiernacht 22 gpn22"_s)),
             shown.contains(u"gpn22"_s));
}

MediaCccConferenceList TestConferenceList::load(MediaCccClient &client)
{
    QSignalSpy loaded(&client, &MediaCccClient::conferencesLoaded);
    client.loadConferences();
    if (!loaded.wait(10000))
        return {};
    return loaded.constFirst().at(0).value<MediaCccConferenceList>();
}

void TestConferenceList::clientLoadsList()
{
    HttpTestServer server;
    MediaCccFixture::serve(server);
    QTemporaryDir cache;
    NetworkAccess access;
    MediaCccClient client(&access, cache.path());
    client.setApiBase(server.url(u"/public/"_s));
    const MediaCccConferenceList list = load(client);
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.conferences.size(), 4);
    QVERIFY(list.notice.isEmpty());
    QCOMPARE(list.conferences.at(1).acronym, u"tcc24"_s);
    QCOMPARE(list.conferences.at(1).scheduleUrl, server.url(u"/schedule-tcc24.xml"_s));
}

void TestConferenceList::clientReportsFailure()
{
    HttpTestServer server;
    server.addData(u"/public/conferences"_s, "{\"conferences\": [{\"acronym\": ");
    NetworkAccess access;
    MediaCccClient client(&access, QString());
    client.setApiBase(server.url(u"/public/"_s));
    const MediaCccConferenceList broken = load(client);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.startsWith(u"The answer for the list of conferences is not valid JSON"_s),
             qPrintable(broken.error));

    server.addStatus(u"/public/conferences"_s, 503);
    const MediaCccConferenceList unavailable = load(client);
    QVERIFY(unavailable.error.contains(u"HTTP error 503"_s));
}

void TestConferenceList::clientFallsBackToCopy()
{
    QTemporaryDir cache;
    QUrl base;
    {
        HttpTestServer server;
        MediaCccFixture::serve(server);
        base = server.url(u"/public/"_s);
        NetworkAccess access;
        MediaCccClient client(&access, cache.path());
        client.setApiBase(base);
        QVERIFY(load(client).ok());
    }
    NetworkAccess access;
    MediaCccClient client(&access, cache.path());
    client.setApiBase(base);
    const MediaCccConferenceList kept = load(client);
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    QCOMPARE(kept.conferences.size(), 4);
    QVERIFY(kept.notice.startsWith(u"Offline copy from"_s));
}

QTEST_GUILESS_MAIN(TestConferenceList)
#include "tst_conferencelist.moc"
