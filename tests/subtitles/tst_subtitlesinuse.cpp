// Subtitles and transcript search as the app uses them, with the sample archive:
// the default subtitles follow the interface language, the user's choice is
// kept, a word said in chapter 3 is found and Enter plays from there, and the
// command line's --language fr shows the English day recording with French
// subtitles.
#include "../playback/decoderrequired.h"
#include "../ui/windowfixture.h"
#include "startrequest.h"
#include "subtitles/subtitledocument.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
const QString sampleDir = QStringLiteral(FA_SAMPLE_DIR);
const QString dayOne = QStringLiteral("day-1-en");
const QString choiceKey = QStringLiteral("player/subtitles");

// The language of the subtitles showing; empty when none show.
QString showing(const SubtitleSelection &subtitles)
{
    const int current = subtitles.current();
    return current >= 0 ? subtitles.tracks().at(current).file.language : QString();
}

int trackOf(const SubtitleSelection &subtitles, const QString &language)
{
    for (int i = 0; i < subtitles.tracks().size(); ++i) {
        if (subtitles.tracks().at(i).file.language == language)
            return i;
    }
    return -1;
}

// The text of the loaded document's cue at a moment, lines joined by " ".
QString cueTextAt(const SubtitleSelection &subtitles, Milliseconds at)
{
    const auto document = subtitles.document();
    if (!document)
        return {};
    QStringList lines;
    for (const Cue &cue : document->cuesAt(at))
        lines.append(cue.plainText(u" "));
    return lines.join(u' ');
}

// The checked choice of the player's Subtitles menu, rebuilt as when it opens.
QString checkedSubtitleAction(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->isChecked()
            && action->objectName().startsWith(u"subtitles"))
            return action->objectName();
    }
    return {};
}

// Types text key by key; QTest::keyClicks takes ASCII only, and French has "ç" and "é".
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const auto key = Qt::Key(ch.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(ch), Qt::NoModifier);
    }
}

// Chapter 3 of the day-1 recording: where session s3 starts and the next one.
std::pair<Milliseconds, Milliseconds> chapterRange(const PlayerController &player, int index)
{
    const auto &chapters = player.chapters();
    const Milliseconds end =
        index + 1 < chapters.size() ? chapters.at(index + 1).chapter.at : player.duration();
    return {chapters.at(index).chapter.at, end};
}
} // namespace

class TestSubtitlesInUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void interfaceLanguageSwitchesDefaultSubtitles();
    void userChoiceKeptAcrossLanguageSwitch_data();
    void userChoiceKeptAcrossLanguageSwitch();
    void subtitlesMenuFollowsLanguageSwitch();
    void transcriptSearchEnterPlaysChapterThree();
    void commandLineLanguageFrenchShowsFrenchSubtitles();
    void hitsNameSessionsInStartLanguage();
};

void TestSubtitlesInUse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSubtitlesInUse::interfaceLanguageSwitchesDefaultSubtitles()
{
    QTemporaryDir dir;
    CoreFixture f(dir.path(), {}, u"en"_s);
    QVERIFY(f.session->openCatalog(sampleDir));
    QVERIFY(f.session->play(u"s3"_s));
    QCOMPARE(f.player.recordingId(), dayOne);
    QCOMPARE(f.player.catalog()->recording(dayOne)->language, u"en"_s);
    // English audio, English interface: the recording's three files are
    // offered and none shows.
    QCOMPARE(f.subtitles.tracks().size(), 3);
    QCOMPARE(f.subtitles.current(), -1);
    QVERIFY(!f.subtitles.document());

    f.languages.setLanguage(u"fr"_s);
    QCOMPARE(showing(f.subtitles), u"fr"_s);
    QCOMPARE(f.player.recordingId(), dayOne); // the recording stays
    QTRY_VERIFY(f.subtitles.document());
    QVERIFY2(cueTextAt(f.subtitles, 67000).contains(u"traçabilité"_s),
             qPrintable(cueTextAt(f.subtitles, 67000)));
    // Nothing was chosen by the user, so nothing is remembered.
    QVERIFY(!f.settings.contains(choiceKey));

    // Back to English: the default goes back to none.
    f.languages.setLanguage(u"en"_s);
    QCOMPARE(f.subtitles.current(), -1);
    QVERIFY(!f.subtitles.document());
}

void TestSubtitlesInUse::userChoiceKeptAcrossLanguageSwitch_data()
{
    QTest::addColumn<QString>("chosen"); // a track's language, or empty for Off
    QTest::addColumn<QString>("remembered");
    QTest::newRow("English chosen") << u"en"_s << u"en"_s;
    QTest::newRow("Spanish chosen") << u"es"_s << u"es"_s;
    QTest::newRow("off chosen") << QString() << u"off"_s;
}

void TestSubtitlesInUse::userChoiceKeptAcrossLanguageSwitch()
{
    QFETCH(QString, chosen);
    QFETCH(QString, remembered);
    QTemporaryDir dir;
    CoreFixture f(dir.path(), {}, u"en"_s);
    QVERIFY(f.session->openCatalog(sampleDir));
    QVERIFY(f.session->play(u"s3"_s));
    const int index = chosen.isEmpty() ? -1 : trackOf(f.subtitles, chosen);
    QVERIFY(chosen.isEmpty() || index >= 0);
    f.subtitles.choose(index);
    QCOMPARE(showing(f.subtitles), chosen);
    QCOMPARE(f.settings.value(choiceKey).toString(), remembered);

    f.languages.setLanguage(u"fr"_s);
    QCOMPARE(showing(f.subtitles), chosen);
    QCOMPARE(f.settings.value(choiceKey).toString(), remembered);
    // The next recording too follows the user's choice, not the interface.
    QVERIFY(f.session->play(u"s5"_s));
    QCOMPARE(f.player.recordingId(), u"day-2-en"_s);
    QCOMPARE(showing(f.subtitles), chosen);
}

void TestSubtitlesInUse::subtitlesMenuFollowsLanguageSwitch()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.session->play(u"s3"_s));
    QCOMPARE(f.player.recordingId(), dayOne);
    auto *menu = f.child<QMenu>("subtitlesMenu");
    QVERIFY(menu);
    QCOMPARE(checkedSubtitleAction(menu), u"subtitlesOff"_s);

    f.languages.setLanguage(u"fr"_s);
    const int french = trackOf(f.subtitles, u"fr"_s);
    QVERIFY(french >= 0);
    QCOMPARE(checkedSubtitleAction(menu), u"subtitles_%1"_s.arg(french));
    auto *frenchAction = menu->findChild<QAction *>(u"subtitles_%1"_s.arg(french));
    QVERIFY(frenchAction);
    QCOMPARE(frenchAction->text(), u"Français"_s);

    // The user picks English in the menu; switching languages keeps it.
    const int english = trackOf(f.subtitles, u"en"_s);
    auto *englishAction = menu->findChild<QAction *>(u"subtitles_%1"_s.arg(english));
    QVERIFY(englishAction);
    englishAction->trigger();
    QCOMPARE(showing(f.subtitles), u"en"_s);
    QCOMPARE(f.settings.value(choiceKey).toString(), u"en"_s);
    f.languages.setLanguage(u"en"_s);
    f.languages.setLanguage(u"fr"_s);
    QCOMPARE(checkedSubtitleAction(menu), u"subtitles_%1"_s.arg(english));
    QCOMPARE(showing(f.subtitles), u"en"_s);
}

void TestSubtitlesInUse::transcriptSearchEnterPlaysChapterThree()
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), sampleDir);
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));

    auto *said = f.child<QCheckBox>("searchSaidToggle");
    QVERIFY(said);
    QVERIFY(said->isVisible()); // the sample's day recordings have subtitles
    QTest::mouseClick(said, Qt::LeftButton, {}, said->rect().center());
    QVERIFY(said->isChecked());
    auto *status = f.child<QLabel>("transcriptStatus");
    auto *hits = f.child<QListView>("transcriptHits");
    QVERIFY(status && hits);
    QTRY_VERIFY(hits->isVisible());
    QTRY_COMPARE(f.transcripts.filesDone(), f.transcripts.fileCount());

    auto *search = f.child<QLineEdit>("searchField");
    QVERIFY(search->hasFocus()); // ticking the box hands the typing back to the field
    typeText(search, u"traçabilité"_s);
    QCOMPARE(search->text(), u"traçabilité"_s);
    QTRY_COMPARE(hits->model()->rowCount(), 1);
    const QModelIndex hit = hits->model()->index(0, 0);
    QCOMPARE(hit.data(HitRecordingIdRole).toString(), dayOne);
    QCOMPARE(hit.data(HitLanguageRole).toString(), u"fr"_s);
    QCOMPARE(hit.data(IdRole).toString(), u"s3"_s);
    QVERIFY2(status->text().contains(u"Enter"_s), qPrintable(status->text()));

    // The status says "press Enter to play one": Enter where the word was typed.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(f.player.recordingId(), dayOne);
    QCOMPARE(f.player.sessionId(), u"s3"_s);
    const int chapter = f.player.currentChapter();
    QVERIFY(chapter >= 0);
    const int placed = f.player.chapters().at(chapter).sessionIndex;
    QVERIFY(placed >= 0);
    QCOMPARE(f.player.catalog()->sessions.at(placed).id, u"s3"_s);
    const auto [chapterStart, chapterEnd] = chapterRange(f.player, chapter);
    QCOMPARE(chapterStart, Milliseconds(60000));
    const Milliseconds said66 = hit.data(HitOffsetRole).toLongLong();
    QVERIFY(said66 >= chapterStart && said66 < chapterEnd);
    QCOMPARE(f.window->sessionList()->currentSessionId(), u"s3"_s);

    // Where the pipeline really is: inside chapter 3.
    FA_REQUIRE_DECODER();
    QTRY_VERIFY_WITH_TIMEOUT(f.player.isPlaying(), 20000);
    QTRY_VERIFY(f.player.position() >= said66 - 1000);
    QVERIFY2(f.player.position() >= chapterStart && f.player.position() < chapterEnd,
             qPrintable(QString::number(f.player.position())));
}

void TestSubtitlesInUse::commandLineLanguageFrenchShowsFrenchSubtitles()
{
    const StartRequest request =
        StartRequest::parse({u"forum-archive"_s, u"--catalog"_s, sampleDir, u"--session"_s, u"s3"_s,
                             u"--language"_s, u"fr"_s});
    QCOMPARE(request.outcome, StartRequest::Outcome::Run);
    QCOMPARE(request.language, u"fr"_s);
    QTemporaryDir dir;
    CoreFixture f(dir.path(), {}, request.language);
    QString error;
    QVERIFY2(request.apply(*f.session, &error), qPrintable(error));
    QTRY_COMPARE(f.player.recordingId(), dayOne); // played after the first paint
    QCOMPARE(f.player.sessionId(), u"s3"_s);
    QCOMPARE(f.player.catalog()->recording(dayOne)->language, u"en"_s);
    QCOMPARE(showing(f.subtitles), u"fr"_s);
    QTRY_VERIFY(f.subtitles.document());
    QVERIFY2(cueTextAt(f.subtitles, 61000).contains(u"Chapitre trois"_s),
             qPrintable(cueTextAt(f.subtitles, 61000)));
}

void TestSubtitlesInUse::hitsNameSessionsInStartLanguage()
{
    // Started in French (--language fr), no switch: the hits' session titles
    // are French from the first search.
    QTemporaryDir dir;
    CoreFixture f(dir.path(), {}, u"fr"_s);
    QVERIFY(f.session->openCatalog(sampleDir));
    f.transcripts.setActive(true);
    QTRY_COMPARE(f.transcripts.filesDone(), f.transcripts.fileCount());
    f.transcripts.setText(u"traçabilité"_s);
    QCOMPARE(f.transcripts.rowCount(), 1);
    QCOMPARE(f.transcripts.index(0).data(TitleRole).toString(), u"Technologies de traçabilité"_s);
}

QTEST_MAIN(TestSubtitlesInUse)
#include "tst_subtitlesinuse.moc"
