#include "momentlink.h"
#include "playbackplanner.h"
#include "samplecatalog.h"
#include "userdatastore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

namespace {
const QUrl youTube(QStringLiteral("https://www.youtube.com/watch?v=abcdefghijk"));
const QUrl mediaAddress(QStringLiteral("https://media.example.org/forum/day-2.webm"));
const QUrl page(QStringLiteral("https://example.org/forum/day-2"));
} // namespace

class TestPlaybackPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void options_data();
    void options();
    void defaultChoice_data();
    void defaultChoice();
    void anyWhenNoOriginalLanguageDay();
    void sessionHeldInAnotherLanguage();
    void unplacedSessionOffersItsDayFromTheStart();
    void resolveSource();
    void userLinkOnlyWithoutCatalogSource();
    void sourceFromLink_data();
    void sourceFromLink();
    void youTubeUrl_data();
    void youTubeUrl();
    void mediaUrl_data();
    void mediaUrl();
    void timeOf_data();
    void timeOf();
    void parseOffset_data();
    void parseOffset();
    void momentRoundTrip_data();
    void momentRoundTrip();
    void momentLinkToUserLink();
    void momentLinkUnknown();

private:
    CatalogPtr m_catalog;
};

void TestPlaybackPlanner::initTestCase()
{
    m_catalog = sampleCatalog();
    QVERIFY(m_catalog);
}

void TestPlaybackPlanner::options_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("recordings");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("s1 en") << u"s1"_s << u"en"_s << QStringList{u"day-1-en"_s} << QList<qint64>{0}
                           << QStringList{u"English — Day 1 recording (English) from 0:00"_s};
    QTest::newRow("s2 en") << u"s2"_s << u"en"_s
                           << QStringList{u"day-1-en"_s, u"s2-fr"_s, u"s2-es"_s}
                           << QList<qint64>{30000, 0, 0}
                           << QStringList{u"English — Day 1 recording (English) from 0:30"_s,
                                          u"French"_s, u"Spanish"_s};
    // The default first (the session's own French recording), then the day
    // recording in the original language, then the rest; languages named in
    // the interface language, never in themselves.
    QTest::newRow("s4 fr titles")
        << u"s4"_s << u"fr"_s << QStringList{u"s4-fr"_s, u"day-2-en"_s, u"s4-es"_s}
        << QList<qint64>{0, 0, 0}
        << QStringList{u"French"_s, u"English — Enregistrement du jour 2 (anglais) from 0:00"_s,
                       u"Spanish"_s};
    QTest::newRow("s2 es") << u"s2"_s << u"es"_s
                           << QStringList{u"s2-es"_s, u"day-1-en"_s, u"s2-fr"_s}
                           << QList<qint64>{0, 30000, 0}
                           << QStringList{u"Spanish"_s,
                                          u"English — Grabación del día 1 (inglés) from 0:30"_s,
                                          u"French"_s};
    QTest::newRow("unknown session")
        << u"nope"_s << u"en"_s << QStringList{} << QList<qint64>{} << QStringList{};
}

void TestPlaybackPlanner::options()
{
    QFETCH(QString, session);
    QFETCH(QString, language);
    QFETCH(QStringList, recordings);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QStringList, labels);

    const QList<PlaybackOption> options = PlaybackPlanner::options(*m_catalog, session, language);
    QStringList gotRecordings, gotLabels;
    QList<qint64> gotOffsets;
    for (const PlaybackOption &o : options) {
        gotRecordings.append(o.recordingId);
        gotOffsets.append(o.offset);
        gotLabels.append(o.label);
        QCOMPARE(o.sessionId, session);
        QCOMPARE(o.kind, o.recordingId.startsWith(u"day") ? Recording::Kind::Day
                                                          : Recording::Kind::Session);
    }
    QCOMPARE(gotRecordings, recordings);
    QCOMPARE(gotOffsets, offsets);
    QCOMPARE(gotLabels, labels);
}

void TestPlaybackPlanner::defaultChoice_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("recording");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("fr has its own") << u"s2"_s << u"fr"_s << u"s2-fr"_s << qint64(0);
    QTest::newRow("es has its own") << u"s4"_s << u"es"_s << u"s4-es"_s << qint64(0);
    QTest::newRow("en is the day") << u"s2"_s << u"en"_s << u"day-1-en"_s << qint64(30000);
    QTest::newRow("fr without: day at offset")
        << u"s3"_s << u"fr"_s << u"day-1-en"_s << qint64(60000);
    QTest::newRow("de: day at offset") << u"s5"_s << u"de"_s << u"day-2-en"_s << qint64(30000);
    QTest::newRow("de with interpretations") << u"s4"_s << u"de"_s << u"day-2-en"_s << qint64(0);
}

void TestPlaybackPlanner::defaultChoice()
{
    QFETCH(QString, session);
    QFETCH(QString, language);
    QFETCH(QString, recording);
    QFETCH(qint64, offset);

    const std::optional<PlaybackOption> chosen =
        PlaybackPlanner::choose(*m_catalog, session, language);
    QVERIFY(chosen);
    QCOMPARE(chosen->recordingId, recording);
    QCOMPARE(chosen->offset, offset);
    // The default is the first of the list every view shows.
    QCOMPARE(PlaybackPlanner::options(*m_catalog, session, language).first(), *chosen);
    // Asking for a recording by id gives that one, at its own offset.
    const std::optional<PlaybackOption> asked =
        PlaybackPlanner::choose(*m_catalog, session, language, recording);
    QVERIFY(asked);
    QCOMPARE(asked->offset, offset);
    QVERIFY(!PlaybackPlanner::choose(*m_catalog, session, language, u"no-such-recording"_s));
}

void TestPlaybackPlanner::anyWhenNoOriginalLanguageDay()
{
    // Only interpretations, none in the asked language and no day recording.
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        for (Session &s : cat.sessions) {
            if (s.id == u"s2")
                s.chapters.removeFirst();
        }
    });
    const QList<PlaybackOption> options = PlaybackPlanner::options(*c, u"s2"_s, u"de"_s);
    // The two interpretations, then the day recording offered from its start.
    QCOMPARE(options.size(), 3);
    QVERIFY(!options[2].offsetKnown);
    QCOMPARE(options[2].recordingId, u"day-1-en"_s);
    QCOMPARE(PlaybackPlanner::choose(*c, u"s2"_s, u"de"_s)->recordingId, options[0].recordingId);
    // Even in English the placed interpretation wins over the unplaced English day.
    QCOMPARE(PlaybackPlanner::choose(*c, u"s2"_s, u"en"_s)->recordingId, u"s2-fr"_s);
    QVERIFY(!PlaybackPlanner::choose(*c, u"nope"_s, u"de"_s));
}

void TestPlaybackPlanner::sessionHeldInAnotherLanguage()
{
    // s2 without its day placement: a talk with a French and a Spanish
    // recording. Held in Spanish at an English event, Spanish is its original.
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        for (Session &s : cat.sessions) {
            if (s.id == u"s2") {
                s.chapters.removeFirst();
                s.language = u"es"_s;
            }
        }
    });
    QCOMPARE(PlaybackPlanner::choose(*c, u"s2"_s, u"de"_s)->recordingId, u"s2-es"_s);
    QCOMPARE(PlaybackPlanner::choose(*c, u"s2"_s, u"en"_s)->recordingId, u"s2-es"_s);
    // The interface language still comes first.
    QCOMPARE(PlaybackPlanner::choose(*c, u"s2"_s, u"fr"_s)->recordingId, u"s2-fr"_s);
    // Without the session's language the event's (English) decides nothing here:
    // the first placed recording comes first, as before.
    const CatalogPtr plain = modified(c, [](Catalog &cat) {
        for (Session &s : cat.sessions)
            s.language.clear();
    });
    QCOMPARE(PlaybackPlanner::choose(*plain, u"s2"_s, u"de"_s)->recordingId, u"s2-fr"_s);
}

void TestPlaybackPlanner::unplacedSessionOffersItsDayFromTheStart()
{
    // As in the 2022 catalog: no chapter places the session in its day's recording.
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        for (Session &s : cat.sessions) {
            if (s.id == u"s3")
                s.chapters.clear();
        }
    });
    const QList<PlaybackOption> options = PlaybackPlanner::options(*c, u"s3"_s, u"en"_s);
    QCOMPARE(options.size(), 1);
    QCOMPARE(options[0].recordingId, u"day-1-en"_s);
    QCOMPARE(options[0].offset, 0);
    QVERIFY(!options[0].offsetKnown);
    QVERIFY2(options[0].label.contains(u"from the start"_s), qPrintable(options[0].label));
    QCOMPARE(PlaybackPlanner::choose(*c, u"s3"_s, u"en"_s)->recordingId, u"day-1-en"_s);
}

void TestPlaybackPlanner::resolveSource()
{
    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        recordingIn(cat, u"day-2-en"_s).sources = {urlSource(youTube)};
        recordingIn(cat, u"s4-fr"_s).sources = {urlSource(mediaAddress)};
        recordingIn(cat, u"s4-es"_s).sources = {urlSource(page)};
        recordingIn(cat, u"s2-es"_s).sources.clear();
        // A missing file first gives way to the next source.
        Source missing;
        missing.path = u"media/missing.webm"_s;
        recordingIn(cat, u"s2-fr"_s).sources.prepend(missing);
    });
    const auto resolve = [&](const QString &id) {
        return PlaybackPlanner::resolveSource(*c, *c->recording(id));
    };

    const ResolvedSource local = resolve(u"day-1-en"_s);
    QCOMPARE(local.mode, ResolvedSource::Mode::InProcess);
    QVERIFY(local.isLocalFile());
    QCOMPARE(QFileInfo(local.url.toLocalFile()).canonicalFilePath(),
             QFileInfo(QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm")).canonicalFilePath());
    QVERIFY(!local.linked);

    QCOMPARE(resolve(u"day-2-en"_s).mode, ResolvedSource::Mode::External);
    QCOMPARE(resolve(u"day-2-en"_s).kind, Source::Kind::YouTube);
    QCOMPARE(resolve(u"s4-fr"_s).mode, ResolvedSource::Mode::InProcess);
    QCOMPARE(resolve(u"s4-fr"_s).url, mediaAddress);
    QCOMPARE(resolve(u"s4-es"_s).mode, ResolvedSource::Mode::External);
    QCOMPARE(resolve(u"s2-es"_s).mode, ResolvedSource::Mode::None);
    QVERIFY(resolve(u"s2-fr"_s).url.toLocalFile().endsWith(u"/media/s2-fr.webm"));

    // Only a missing file: it is kept, so the error can name it.
    const CatalogPtr onlyMissing = modified(m_catalog, [](Catalog &cat) {
        recordingIn(cat, u"day-1-en"_s).sources.first().path = u"media/missing.webm"_s;
    });
    const ResolvedSource missing =
        PlaybackPlanner::resolveSource(*onlyMissing, *onlyMissing->recording(u"day-1-en"_s));
    QCOMPARE(missing.mode, ResolvedSource::Mode::InProcess);
    QVERIFY(missing.display.endsWith(u"missing.webm"));
}

void TestPlaybackPlanner::userLinkOnlyWithoutCatalogSource()
{
    const QString link = QStringLiteral(FA_SAMPLE_DIR "/media/s2-es.webm");
    const CatalogPtr c =
        modified(m_catalog, [](Catalog &cat) { recordingIn(cat, u"s2-fr"_s).sources.clear(); });
    const ResolvedSource linked =
        PlaybackPlanner::resolveSource(*c, *c->recording(u"s2-fr"_s), link);
    QVERIFY(linked.linked);
    QCOMPARE(linked.url, QUrl::fromLocalFile(link));
    QCOMPARE(linked.mode, ResolvedSource::Mode::InProcess);

    const ResolvedSource catalogFirst =
        PlaybackPlanner::resolveSource(*c, *c->recording(u"s2-es"_s), u"/elsewhere.webm"_s);
    QVERIFY(!catalogFirst.linked);
    QVERIFY(catalogFirst.url.toLocalFile().endsWith(u"/media/s2-es.webm"));
}

void TestPlaybackPlanner::sourceFromLink_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");

    const int none = int(ResolvedSource::Mode::None);
    const int inProcess = int(ResolvedSource::Mode::InProcess);
    const int external = int(ResolvedSource::Mode::External);
    QTest::newRow("absolute path")
        << u"/srv/videos/day1.mp4"_s << inProcess << int(Source::Kind::Media);
    QTest::newRow("file url") << u"file:///srv/videos/day1.mp4"_s << inProcess
                              << int(Source::Kind::Media);
    QTest::newRow("media address")
        << mediaAddress.toString() << inProcess << int(Source::Kind::Media);
    QTest::newRow("youtube") << u"https://youtu.be/abcdefghijk"_s << external
                             << int(Source::Kind::YouTube);
    QTest::newRow("page") << page.toString() << external << int(Source::Kind::Page);
    QTest::newRow("empty") << QString() << none << int(Source::Kind::Media);
    QTest::newRow("ftp") << u"ftp://example.org/a.webm"_s << none << int(Source::Kind::Media);
}

void TestPlaybackPlanner::sourceFromLink()
{
    QFETCH(QString, link);
    QFETCH(int, mode);
    QFETCH(int, kind);
    const ResolvedSource s = PlaybackPlanner::sourceFromLink(link);
    QCOMPARE(int(s.mode), mode);
    if (s.mode != ResolvedSource::Mode::None)
        QCOMPARE(int(s.kind), kind);
}

void TestPlaybackPlanner::youTubeUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("watch") << youTube.toString() << qint64(3750000)
                           << u"https://www.youtube.com/watch?v=abcdefghijk&t=3750s"_s;
    QTest::newRow("replaces t") << u"https://www.youtube.com/watch?t=10s&v=abcdefghijk&list=PL1"_s
                                << qint64(90500)
                                << u"https://www.youtube.com/watch?v=abcdefghijk&list=PL1&t=90s"_s;
    QTest::newRow("short") << u"https://youtu.be/abcdefghijk?t=5"_s << qint64(0)
                           << u"https://youtu.be/abcdefghijk?t=0s"_s;
}

void TestPlaybackPlanner::youTubeUrl()
{
    QFETCH(QString, url);
    QFETCH(qint64, offset);
    QFETCH(QString, expected);
    QCOMPARE(PlaybackPlanner::youTubeUrlAt(QUrl(url), offset).toString(), expected);
}

void TestPlaybackPlanner::mediaUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("seconds") << mediaAddress.toString() << qint64(90000)
                             << mediaAddress.toString() + u"#t=90"_s;
    QTest::newRow("fraction") << mediaAddress.toString() << qint64(90500)
                              << mediaAddress.toString() + u"#t=90.5"_s;
    QTest::newRow("replaces fragment") << mediaAddress.toString() + u"#t=3"_s << qint64(1000)
                                       << mediaAddress.toString() + u"#t=1"_s;
    QTest::newRow("file") << u"file:///srv/a b.webm"_s << qint64(60000)
                          << u"file:///srv/a b.webm#t=60"_s;
}

void TestPlaybackPlanner::mediaUrl()
{
    QFETCH(QString, url);
    QFETCH(qint64, offset);
    QFETCH(QString, expected);
    QCOMPARE(PlaybackPlanner::mediaUrlAt(QUrl(url), offset).toString(), expected);
}

void TestPlaybackPlanner::timeOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("expected"); // -1: none

    QTest::newRow("yt seconds") << u"https://youtu.be/x?t=90"_s << qint64(90000);
    QTest::newRow("yt s") << u"https://youtu.be/x?t=90s"_s << qint64(90000);
    QTest::newRow("yt hms") << u"https://www.youtube.com/watch?v=x&t=1h2m30s"_s << qint64(3750000);
    QTest::newRow("yt ms") << u"https://www.youtube.com/watch?v=x&t=2m"_s << qint64(120000);
    QTest::newRow("fragment") << u"https://a.org/v.webm#t=90"_s << qint64(90000);
    QTest::newRow("fraction") << u"https://a.org/v.webm#t=90.25"_s << qint64(90250);
    QTest::newRow("npt") << u"https://a.org/v.webm#t=npt:1:02:30"_s << qint64(3750000);
    QTest::newRow("range") << u"https://a.org/v.webm#t=10,20"_s << qint64(10000);
    QTest::newRow("open range") << u"https://a.org/v.webm#t=,20"_s << qint64(0);
    QTest::newRow("none") << u"https://a.org/v.webm"_s << qint64(-1);
    QTest::newRow("garbage") << u"https://a.org/v.webm#t=soon"_s << qint64(-1);
    QTest::newRow("negative") << u"https://a.org/v.webm#t=-5"_s << qint64(-1);
}

void TestPlaybackPlanner::timeOf()
{
    QFETCH(QString, url);
    QFETCH(qint64, expected);
    QCOMPARE(MomentLink::timeOf(QUrl(url)).value_or(-1), expected);
}

void TestPlaybackPlanner::parseOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << u"90"_s << qint64(90000);
    QTest::newRow("m:ss") << u"1:30"_s << qint64(90000);
    QTest::newRow("h:mm:ss") << u" 1:02:30 "_s << qint64(3750000);
    QTest::newRow("bad") << u"later"_s << qint64(-1);
}

void TestPlaybackPlanner::parseOffset()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(MomentLink::parseOffset(text).value_or(-1), expected);
}

void TestPlaybackPlanner::momentRoundTrip_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<qint64>("position");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("linkStart");

    QTest::newRow("local file") << u"day-1-en"_s << qint64(65000) << u"s3"_s << u"file:///"_s;
    QTest::newRow("youtube") << u"day-2-en"_s << qint64(31000) << u"s5"_s
                             << u"https://www.youtube.com/watch?v=abcdefghijk&t=31s"_s;
    QTest::newRow("media address") << u"s4-fr"_s << qint64(12500) << u"s4"_s
                                   << u"https://media.example.org/forum/day-2.webm#t=12.5"_s;
}

void TestPlaybackPlanner::momentRoundTrip()
{
    QFETCH(QString, recording);
    QFETCH(qint64, position);
    QFETCH(QString, session);
    QFETCH(QString, linkStart);

    const CatalogPtr c = modified(m_catalog, [](Catalog &cat) {
        recordingIn(cat, u"day-2-en"_s).sources = {urlSource(youTube)};
        recordingIn(cat, u"s4-fr"_s).sources = {urlSource(mediaAddress)};
    });
    const ResolvedSource source = PlaybackPlanner::resolveSource(*c, *c->recording(recording));
    const QUrl link = MomentLink::build(source, position);
    QVERIFY2(link.toString().startsWith(linkStart), qPrintable(link.toString()));

    // Through text, as the command line receives it.
    const auto target = MomentLink::parse(*c, QUrl(link.toString(QUrl::FullyEncoded)));
    QVERIFY(target);
    QCOMPARE(target->recordingId, recording);
    QCOMPARE(target->offset, position / 1000 * 1000 + (recording == u"s4-fr" ? 500 : 0));
    QCOMPARE(target->sessionId, session);

    if (recording == u"day-2-en") {
        const auto shortForm = MomentLink::parse(*c, QUrl(u"https://youtu.be/abcdefghijk?t=1m"_s));
        QVERIFY(shortForm);
        QCOMPARE(shortForm->recordingId, recording);
        QCOMPARE(shortForm->offset, 60000);
        QCOMPARE(shortForm->sessionId, u"s6"_s);
    }
}

void TestPlaybackPlanner::momentLinkToUserLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UserDataStore store(dir.path());
    const CatalogPtr c =
        modified(m_catalog, [](Catalog &cat) { recordingIn(cat, u"s2-fr"_s).sources.clear(); });
    store.setRecordingLink(c->event.id, u"s2-fr"_s, mediaAddress.toString());
    const QUrl link(mediaAddress.toString() + u"#t=7"_s);
    QVERIFY(!MomentLink::parse(*c, link)); // without the store the link is unknown
    const auto target = MomentLink::parse(*c, link, &store);
    QVERIFY(target);
    QCOMPARE(target->recordingId, u"s2-fr"_s);
    QCOMPARE(target->offset, 7000);
    QCOMPARE(target->sessionId, u"s2"_s);
}

void TestPlaybackPlanner::momentLinkUnknown()
{
    QVERIFY(!MomentLink::parse(*m_catalog, QUrl(u"https://example.org/other.webm#t=5"_s)));
    QVERIFY(!MomentLink::parse(*m_catalog, QUrl(u"file:///tmp/other.webm#t=5"_s)));
    QVERIFY(!MomentLink::parse(*m_catalog, QUrl()));
}

QTEST_GUILESS_MAIN(TestPlaybackPlanner)
#include "tst_playbackplanner.moc"
