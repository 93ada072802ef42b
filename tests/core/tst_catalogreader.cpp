#include "catalogreader.h"
#include "knowncatalogs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(FA_FIXTURES_DIR "/catalogs/") + name;
}

QString describe(const CatalogProblems &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}
} // namespace

class TestCatalogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFixture();
    void errors_data();
    void errors();
    void unknownFieldIsAWarning();
    void tooLarge();
    void nestedTooDeep();
    void folderBundle();
    void folderWithoutCatalog();
    void symlinkOutOfBundle();
    void remoteCatalogCannotUseLocalPaths();
    void plainStringsUseOriginalLanguage();
    void translationsWithEscapes();
    void sessionStartForms_data();
    void sessionStartForms();
    void largeCatalogProblemsKeepTheirPlaces();
    void embeddedCatalog();
    void sampleArchive();
    void garbageNeverCrashes();
};

void TestCatalogReader::validFixture()
{
    const CatalogLoadResult result = CatalogReader::readPath(fixture(QStringLiteral("valid.json")));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY(result.problems.isEmpty());
    const Catalog &c = *result.catalog;
    QCOMPARE(c.days.size(), 2);
    QCOMPARE(c.sessions.size(), 2);
    QCOMPARE(c.session(QStringLiteral("s2"))->chapters.first().at, 30 * 60 * 1000);
    QCOMPARE(c.session(QStringLiteral("s1"))->start,
             QDateTime(QDate(2024, 5, 14), QTime(9, 30), QTimeZone("Europe/Paris")));
    QCOMPARE(*c.recording(QStringLiteral("d1-en"))->duration, 3600 * 1000);
    QCOMPARE(c.chaptersOf(QStringLiteral("d1-en")).size(), 2);
    QCOMPARE(c.resolvePath(QStringLiteral("media/d1.webm")),
             QDir(QStringLiteral(FA_FIXTURES_DIR "/catalogs")).canonicalPath()
                 + QStringLiteral("/media/d1.webm"));
}

void TestCatalogReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // a part of the message

    QTest::newRow("malformed JSON") << "malformed.json"
                                    << "7:5" // the quote that should have been a comma
                                    << "malformed JSON";
    QTest::newRow("empty file") << "empty.json"
                                << ""
                                << "empty";
    QTest::newRow("wrong format") << "wrong-format.json"
                                  << "format"
                                  << "something-else";
    QTest::newRow("unsupported version") << "unsupported-version.json"
                                         << "version"
                                         << "version 2 is not supported";
    QTest::newRow("missing field") << "missing-field.json"
                                   << "sessions[1].title"
                                   << "required field is missing";
    QTest::newRow("wrong type") << "wrong-type.json"
                                << "days[0].date"
                                << "expected a string, found a number";
    QTest::newRow("duplicate id") << "duplicate-id.json"
                                  << "pillars[2].id"
                                  << "duplicate id 'finance'";
    QTest::newRow("unknown day") << "unknown-day.json"
                                 << "sessions[1].day"
                                 << "unknown day 'd9'";
    QTest::newRow("unknown pillar") << "unknown-pillar.json"
                                    << "sessions[0].pillars[1]"
                                    << "unknown pillar 'mining'";
    QTest::newRow("unknown speaker") << "unknown-speaker.json"
                                     << "sessions[0].speakers[1]"
                                     << "unknown speaker 'bob'";
    QTest::newRow("unknown recording") << "unknown-recording.json"
                                       << "sessions[1].chapters[0].recording"
                                       << "unknown recording 'd2-en'";
    QTest::newRow("unparsable offset") << "bad-offset.json"
                                       << "sessions[1].chapters[0].at"
                                       << "'1:75' is not a time";
    QTest::newRow("negative duration") << "negative-duration.json"
                                       << "recordings[0].duration"
                                       << "must not be negative";
    QTest::newRow("chapter beyond recording") << "chapter-beyond-recording.json"
                                              << "sessions[1].chapters[0].at"
                                              << "beyond the end of recording 'd1-en'";
    QTest::newRow("session outside day") << "session-outside-day.json"
                                         << "sessions[1].start"
                                         << "outside its day 'd1'";
    QTest::newRow("session past midnight") << "session-past-midnight.json"
                                           << "sessions[1].start"
                                           << "outside its day 'd1'";
    QTest::newRow("not http") << "not-http.json"
                              << "recordings[0].sources[0].url"
                              << "not an http or https address";
    QTest::newRow("path escapes bundle") << "path-escape.json"
                                         << "sessions[0].materials[0].path"
                                         << "leads outside the catalog's folder";
    QTest::newRow("absolute path") << "absolute-path.json"
                                   << "sessions[0].materials[0].path"
                                   << "must be a path relative";
    QTest::newRow("unknown time zone") << "unknown-timezone.json"
                                       << "event.timeZone"
                                       << "not a known time zone";
    QTest::newRow("day outside event") << "day-outside-event.json"
                                       << "days[1].date"
                                       << "outside the event's dates";
    QTest::newRow("source with path and url") << "source-both.json"
                                              << "recordings[0].sources[0]"
                                              << "exactly one of";
}

void TestCatalogReader::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const CatalogLoadResult result = CatalogReader::readPath(fixture(file));
    QVERIFY(!result.ok());
    const CatalogProblems errors = result.errors();
    const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const CatalogProblem &p) {
        return p.where == where && p.message.contains(message);
    });
    QVERIFY2(found, qPrintable(QStringLiteral("expected '%1: ...%2...', got:\n%3")
                                   .arg(where, message, describe(result.problems))));
}

void TestCatalogReader::unknownFieldIsAWarning()
{
    const CatalogLoadResult result =
        CatalogReader::readPath(fixture(QStringLiteral("unknown-field.json")));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(result.warnings().size(), 1);
    QCOMPARE(result.warnings().first().where, QStringLiteral("sessions[0].rating"));
}

void TestCatalogReader::tooLarge()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(CatalogReader::maxFileSize + 1)); // sparse: costs no disk
    big.close();
    const CatalogLoadResult result = CatalogReader::readPath(big.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.first().message.contains(QStringLiteral("limit of 64 MiB")),
             qPrintable(describe(result.problems)));

    const CatalogLoadResult fromData =
        CatalogReader::readData(QByteArray(CatalogReader::maxFileSize + 1, ' '), {});
    QVERIFY(!fromData.ok());
}

void TestCatalogReader::nestedTooDeep()
{
    QByteArray data = R"({"format": "forum-archive-catalog", "version": 1, "x": )";
    data += QByteArray(40, '[') + QByteArray(40, ']') + "}";
    const CatalogLoadResult result = CatalogReader::readData(data, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().where, QStringLiteral("1:87"));
    QVERIFY(result.problems.first().message.contains(QStringLiteral("nested deeper than 32")));

    // A million brackets must not overflow the stack.
    const CatalogLoadResult hostile = CatalogReader::readData(QByteArray(1'000'000, '['), {});
    QVERIFY(!hostile.ok());
}

void TestCatalogReader::folderBundle()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(fixture(QStringLiteral("valid.json")),
                        dir.filePath(QStringLiteral("catalog.json"))));
    const CatalogLoadResult result = CatalogReader::readPath(dir.path());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(result.catalog->resolvePath(QStringLiteral("materials/s1.pdf")),
             QDir(dir.path()).canonicalPath() + QStringLiteral("/materials/s1.pdf"));
}

void TestCatalogReader::folderWithoutCatalog()
{
    QTemporaryDir dir;
    const CatalogLoadResult result = CatalogReader::readPath(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().where, dir.path());
    QVERIFY(result.problems.first().message.contains(QStringLiteral("no catalog.json")));

    const CatalogLoadResult missing =
        CatalogReader::readPath(dir.filePath(QStringLiteral("x.json")));
    QVERIFY(missing.problems.first().message.contains(QStringLiteral("no such file")));
}

void TestCatalogReader::symlinkOutOfBundle()
{
    QTemporaryDir outside;
    QTemporaryDir bundle;
    QFile secret(outside.filePath(QStringLiteral("secret.pdf")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("x");
    secret.close();
    QVERIFY(QDir(bundle.path()).mkdir(QStringLiteral("materials")));
    QVERIFY(QFile::link(secret.fileName(), bundle.filePath(QStringLiteral("materials/s1.pdf"))));
    QVERIFY(QFile::copy(fixture(QStringLiteral("valid.json")),
                        bundle.filePath(QStringLiteral("catalog.json"))));

    const CatalogLoadResult result = CatalogReader::readPath(bundle.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().first().where, QStringLiteral("sessions[0].materials[0].path"));
    QVERIFY(result.errors().first().message.contains(QStringLiteral("link")));
}

void TestCatalogReader::remoteCatalogCannotUseLocalPaths()
{
    QFile file(fixture(QStringLiteral("valid.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CatalogReadOptions options;
    options.remote = true;
    options.origin = QStringLiteral("https://example.org/catalog.json");
    options.baseUrl = QUrl(options.origin);
    // Relative paths name files beside the address (tst_remotepaths); this
    // machine's files are refused.
    QVERIFY(CatalogReader::readData(file.readAll(), options).ok());
    file.seek(0);
    QByteArray data = file.readAll();
    data.replace("\"media/d1.webm\"", "\"/srv/media/d1.webm\"");
    const CatalogLoadResult result = CatalogReader::readData(data, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().first().where, QStringLiteral("recordings[0].sources[0].path"));
    QVERIFY(result.errors().first().message.contains(QStringLiteral("network")));
}

void TestCatalogReader::plainStringsUseOriginalLanguage()
{
    const QByteArray data = R"({"format": "forum-archive-catalog", "version": 1,
        "event": {"id": "e", "title": "Forum", "language": "fr", "startDate": "2024-01-01",
                  "endDate": "2024-01-01"},
        "days": [{"id": "d", "date": "2024-01-01", "title": "Jour 1"}]})";
    const CatalogLoadResult result = CatalogReader::readData(data, {});
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(result.catalog->days.first().title.languages(), QStringList{QStringLiteral("fr")});
    QCOMPARE(result.catalog->days.first()
                 .title.resolve(QStringLiteral("es"), QStringLiteral("fr"))
                 .language,
             QStringLiteral("fr"));
}

void TestCatalogReader::translationsWithEscapes()
{
    // Escaped names and texts go through the decoding path, plain ones are copied as UTF-8.
    const QByteArray data = R"({"format": "forum-archive-catalog", "version": 1,
        "event": {"id": "e", "title": {"e\u006e": "Quote \" and \u00e9", "fr": "Forum é"},
                  "startDate": "2024-01-01", "endDate": "2024-01-01"},
        "days": [{"id": "d", "date": "2024-01-01"}]})";
    const CatalogLoadResult result = CatalogReader::readData(data, {});
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const LocalizedText &title = result.catalog->event.title;
    QCOMPARE(title.languages(), (QStringList{u"en"_s, u"fr"_s}));
    QCOMPARE(title.text(u"en"_s, u"en"_s), u"Quote \" and é"_s);
    QCOMPARE(title.text(u"fr"_s, u"en"_s), u"Forum é"_s);
}

void TestCatalogReader::sessionStartForms_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("expected"); // HH:mm:ss, or empty for an error
    QTest::newRow("HH:MM") << u"08:30"_s << u"08:30:00"_s;
    QTest::newRow("HH:MM:SS") << u"23:59:59"_s << u"23:59:59"_s;
    QTest::newRow("midnight") << u"00:00"_s << u"00:00:00"_s;
    QTest::newRow("hour 24") << u"24:00"_s << QString();
    QTest::newRow("minute 60") << u"12:60"_s << QString();
    QTest::newRow("second 60") << u"12:00:60"_s << QString();
    QTest::newRow("letters") << u"ab:cd"_s << QString();
    QTest::newRow("dot") << u"08.30"_s << QString();
    QTest::newRow("date-time") << u"2024-01-01T09:15"_s << u"09:15:00"_s;
}

void TestCatalogReader::sessionStartForms()
{
    QFETCH(QString, start);
    QFETCH(QString, expected);
    const QByteArray data = R"({"format": "forum-archive-catalog", "version": 1,
        "event": {"id": "e", "title": "Forum", "timeZone": "Europe/Paris",
                  "startDate": "2024-01-01", "endDate": "2024-01-01"},
        "days": [{"id": "d", "date": "2024-01-01"}],
        "sessions": [{"id": "s", "day": "d", "title": "S", "start": ")"
                            + start.toUtf8() + R"("}]})";
    const CatalogLoadResult result = CatalogReader::readData(data, {});
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().first().where, u"sessions[0].start"_s);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const QDateTime at = result.catalog->sessions.first().start;
    QCOMPARE(at.time().toString(u"HH:mm:ss"), expected);
    QCOMPARE(at.date(), QDate(2024, 1, 1));
    QCOMPARE(at.timeZone().id(), QByteArray("Europe/Paris"));
}

void TestCatalogReader::largeCatalogProblemsKeepTheirPlaces()
{
    // Large enough for the sessions to be read in two halves on two threads:
    // problems from either half, and duplicates across them, name the right place.
    QByteArray json = R"({"format": "forum-archive-catalog", "version": 1,
        "event": {"id": "e", "title": "E", "timeZone": "Europe/Paris",
                  "startDate": "2024-03-31", "endDate": "2024-03-31"},
        "days": [{"id": "d", "date": "2024-03-31"}],
        "sessions": [)";
    const int count = 8000;
    for (int i = 0; i < count; ++i) {
        QString id = u"s%1"_s.arg(i);
        QString day = u"d"_s;
        if (i == 100)
            id = u"s7000"_s; // seen first, so s7000 itself is the duplicate
        if (i == 6000)
            id = u"s10"_s;
        if (i == 4500)
            day = u"nope"_s;
        const QString start = u"%1:%2"_s.arg((i / 60) % 24, 2, 10, QLatin1Char('0'))
                                  .arg(i % 60, 2, 10, QLatin1Char('0'));
        json += (i ? "," : "")
                + u"{\"id\": \"%1\", \"day\": \"%2\", \"title\": \"T\", \"start\": \"%3\"}"_s
                      .arg(id, day, start)
                      .toUtf8();
    }
    json += "]}";
    const CatalogLoadResult result = CatalogReader::readData(json, {});
    QStringList places;
    for (const CatalogProblem &problem : result.errors())
        places << problem.where + u' ' + problem.message;
    places.sort();
    QCOMPARE(places, (QStringList{u"sessions[4500].day unknown day 'nope'"_s,
                                  u"sessions[6000].id duplicate id 's10'"_s,
                                  u"sessions[7000].id duplicate id 's7000'"_s}));

    // The same catalog without its problems: every session in order, with its time.
    json.replace("\"id\": \"s7000\", \"day\": \"d\", \"title\": \"T\", \"start\": \"01:40\"",
                 "\"id\": \"s100\", \"day\": \"d\", \"title\": \"T\", \"start\": \"01:40\"");
    json.replace("\"s10\", \"day\": \"d\", \"title\": \"T\", \"start\": \"04:00\"",
                 "\"s6000\", \"day\": \"d\", \"title\": \"T\", \"start\": \"04:00\"");
    json.replace("\"nope\"", "\"d\"");
    const CatalogLoadResult valid = CatalogReader::readData(json, {});
    QVERIFY2(valid.ok(), qPrintable(describe(valid.problems)));
    const QList<Session> &sessions = valid.catalog->sessions;
    QCOMPARE(sessions.size(), count);
    for (int i : {0, 100, 3999, 4000, 4001, 6000, count - 1}) {
        QCOMPARE(sessions.at(i).id, u"s%1"_s.arg(i));
        // 31 March 2024: Paris moves to summer time at 02:00, both halves must agree.
        const QDateTime expected(QDate(2024, 3, 31), QTime((i / 60) % 24, i % 60),
                                 QTimeZone("Europe/Paris"));
        QCOMPARE(sessions.at(i).start, expected);
    }
}

void TestCatalogReader::embeddedCatalog()
{
    const CatalogLoadResult result = CatalogReader::readPath(embeddedCatalogPath());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    const Catalog &c = *result.catalog;
    QCOMPARE(c.event.startDate, QDate(2022, 4, 26));
    QCOMPARE(c.event.endDate, QDate(2022, 4, 28));
    QCOMPARE(c.days.size(), 3);
    QCOMPARE(c.pillars.size(), 4);
    // Every text is given in the three languages of the app.
    for (const Session &s : c.sessions) {
        for (const char *lang : {"en", "fr", "es"})
            QVERIFY2(s.title.has(QLatin1String(lang)), qPrintable(s.id));
    }
}

void TestCatalogReader::sampleArchive()
{
    const CatalogLoadResult result = CatalogReader::readPath(QStringLiteral(FA_SAMPLE_DIR));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    const Catalog &c = *result.catalog;
    QCOMPARE(c.days.size(), 2);
    QVERIFY(c.sessions.size() >= 6);
    for (const Recording &r : c.recordings) {
        for (const Source &s : r.sources) {
            if (s.hasPath())
                QVERIFY2(QFile::exists(c.resolvePath(s.path)), qPrintable(s.path));
        }
    }
}

void TestCatalogReader::garbageNeverCrashes()
{
    // Cut the valid fixture at every length and flip bytes: any outcome but a crash.
    QFile file(fixture(QStringLiteral("valid.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray valid = file.readAll();
    for (qsizetype n = 0; n < valid.size(); n += 7)
        CatalogReader::readData(valid.left(n), {});
    for (qsizetype i = 0; i < valid.size(); i += 5) {
        QByteArray broken = valid;
        broken[i] = static_cast<char>(broken[i] ^ 0x5a);
        CatalogReader::readData(broken, {});
    }
}

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
