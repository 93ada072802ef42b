#include "../ui/windowfixture.h"

#include "playerpane.h"
#include "problemsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <string>

using namespace fa;
using namespace Qt::StringLiterals;

namespace {
using Texts = QMap<QString, QString>; // "objectPath#property" -> text

// A path that is the same for the same widget in a window built again.
QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        QString part = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                 : o->objectName();
        if (o->parent())
            part += u'[' + QString::number(o->parent()->children().indexOf(o)) + u']';
        parts.prepend(part);
    }
    return parts.join(u'/');
}

void add(Texts &texts, const QObject *object, const char *what, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.insert(pathOf(object) + u'#' + QLatin1String(what), text);
}

// Every text a person can see or hear (through a screen reader) in a widget tree.
Texts collect(const QWidget *root)
{
    Texts texts;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : widgets) {
        // Qt's own internal widgets (dock buttons) name themselves once, in English.
        if (w->objectName().startsWith(u"qt_"))
            continue;
        add(texts, w, "toolTip", w->toolTip());
        add(texts, w, "accessibleName", w->accessibleName());
        if (w->isWindow())
            add(texts, w, "windowTitle", w->windowTitle());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            add(texts, w, "text", label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(texts, w, "text", button->text());
        if (const auto *line = qobject_cast<const QLineEdit *>(w))
            add(texts, w, "placeholder", line->placeholderText());
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            add(texts, w, "placeholder", edit->placeholderText());
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            add(texts, w, "windowTitle", dock->windowTitle());
        if (const auto *menu = qobject_cast<const QMenu *>(w)) {
            add(texts, w, "title", menu->title());
            for (const QAction *action : menu->actions())
                add(texts, action, "text", action->text());
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(w)) {
            for (int i = 0; header->model() && i < header->count(); ++i) {
                const std::string key = "section" + std::to_string(i);
                add(texts, w, key.c_str(),
                    header->model()->headerData(i, header->orientation()).toString());
            }
        }
    }
    return texts;
}

bool allowed(const QString &text, const QStringList &names)
{
    QString plain = text;
    plain.remove(u'&');
    // Numbers, times and symbols read the same in every language.
    static const QRegularExpression symbolsOnly(QStringLiteral(R"(^[\d\s:.,/×%+\-–—−()]*(s)?$)"));
    if (symbolsOnly.match(plain).hasMatch())
        return true;
    static const QStringList sameEverywhere = {
        u"Forum Archive"_s,
        u"English"_s,
        u"Français"_s,
        u"Español"_s,
        // True cognates: the French or Spanish word is spelt as in English.
        u"Session"_s,
        u"Sessions"_s,
        u"Action"_s,
        u"Volume"_s,
        u"Video"_s,
        u"Documents"_s,
    };
    // "6 sessions" is French as well as English.
    static const QRegularExpression sessionCount(QStringLiteral(R"(^\d+ sessions?$)"));
    if (sessionCount.match(plain).hasMatch())
        return true;
    if (sameEverywhere.contains(plain))
        return true;
    for (const QString &name : names) {
        if (plain.contains(name))
            return true; // texts built from catalog content such as a speaker's name
    }
    return false;
}
} // namespace

// Walks the main window (player and downloads shown, a session selected) and its
// dialogs in French and Spanish; any visible text still identical to the English
// one is a missed translation, apart from proper names and symbols.
class TestUntranslated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyVisibleTextIsTranslated_data();
    void everyVisibleTextIsTranslated();
};

void TestUntranslated::everyVisibleTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestUntranslated::everyVisibleTextIsTranslated()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.player.setMuted(true);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->sessionList()->selectSession(u"s2"_s);
    QVERIFY(f.session->play(u"s2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(f.player.status(), PlayerController::Status::Playing, 20000);
    f.player.pause();
    f.window->findChild<QDockWidget *>(u"downloadsDock"_s)->show();
    // Dialogs are built in the current language, as when a person opens them.
    const auto dialogTexts = [&] {
        ProblemsDialog problems(u"catalog.json"_s,
                                {{CatalogProblem::Severity::Error, u"days[0].date"_s, u"x"_s}},
                                true, f.window.get());
        problems.show();
        Texts texts = collect(&problems);
        QTimer::singleShot(0, f.window.get(), [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == u"shortcutsDialog"_s) {
                    const Texts shortcuts = collect(w);
                    for (auto it = shortcuts.begin(); it != shortcuts.end(); ++it)
                        texts.insert(it.key(), it.value());
                    w->close();
                }
            }
        });
        f.window->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
        return texts;
    };

    QStringList names;
    for (const Speaker &s : f.library.current()->speakers)
        names.append(s.name);
    names.append(f.library.current()->origin);
    names.append(u"catalog.json"_s);
    names.append(u"days[0].date"_s);

    QCoreApplication::processEvents();
    Texts englishAll = collect(f.window.get());
    const Texts englishDialog = dialogTexts();
    for (auto it = englishDialog.begin(); it != englishDialog.end(); ++it)
        englishAll.insert(it.key(), it.value());

    f.languages.setLanguage(language);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    Texts translated = collect(f.window.get());
    const Texts dialog = dialogTexts();
    for (auto it = dialog.begin(); it != dialog.end(); ++it)
        translated.insert(it.key(), it.value());

    QStringList untranslated;
    for (auto it = englishAll.begin(); it != englishAll.end(); ++it) {
        const QString now = translated.value(it.key());
        if (now == it.value() && !allowed(now, names))
            untranslated.append(it.key() + u": " + now);
    }
    f.languages.setLanguage(u"en"_s);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

QTEST_MAIN(TestUntranslated)
#include "tst_untranslated.moc"
