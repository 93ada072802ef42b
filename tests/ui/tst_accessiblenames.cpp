#include "screentour.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace fa;
using namespace fa::test;
using namespace Qt::StringLiterals;

// A guard for screen readers: every widget that Tab reaches says what it is,
// in the interface language.
class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTabStopHasANameInTheLanguage();

private:
    using Names = QMap<QString, QString>; // widget path → accessible name
    // What each screen is called in a test, and its tab stops' names.
    using Screens = QMap<QString, Names>;

    static Screens collect(const QString &language, QStringList &missed);
    static Names walk(QWidget *root);
    static QString pathOf(const QWidget *widget, const QWidget *root);
    static bool isProperName(const QString &language, const QString &name);
};

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestAccessibleNames::pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        QString part = w->objectName();
        if (part.isEmpty()) {
            // Unnamed widgets (a dialog's buttons) by class and place among their siblings.
            const QObjectList siblings = w->parent()->children();
            part = QString::fromLatin1(w->metaObject()->className()) + u'#'
                   + QString::number(siblings.indexOf(const_cast<QWidget *>(w)));
        }
        parts.prepend(part);
    }
    return parts.join(u'/');
}

TestAccessibleNames::Names TestAccessibleNames::walk(QWidget *root)
{
    Names names;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // On Linux a combo box's accessible Name is its current text (a catalog
        // text, often); what it is comes from its accessible name, checked instead.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = qobject_cast<QComboBox *>(w) ? w->accessibleName()
                             : iface                      ? iface->text(QAccessible::Name)
                                                          : QString();
        names.insert(pathOf(w, root), name);
    }
    return names;
}

bool TestAccessibleNames::isProperName(const QString &language, const QString &name)
{
    // Words that are spelled the same in the language (checked in its .ts).
    static const QMap<QString, QStringList> same{
        {u"fr"_s, {u"Sessions"_s, u"Pause"_s, u"Volume"_s}},
    };
    if (same.value(language).contains(name))
        return true;
    // Brands, numbers and times read the same in every language.
    static const QRegularExpression numeric(u"^[\\d\\s:.,×%/–-]*$"_s);
    return numeric.match(name).hasMatch() || name.contains(u"yt-dlp"_s)
           || name.contains(u"media.ccc.de"_s) || name == u"OK"_s;
}

TestAccessibleNames::Screens TestAccessibleNames::collect(const QString &language,
                                                          QStringList &missed)
{
    Screens screens;
    missed += tourScreens(language, {}, [&screens](const QString &screen, QWidget *root) {
        screens.insert(screen, walk(root));
    });
    return screens;
}

void TestAccessibleNames::everyTabStopHasANameInTheLanguage()
{
    QStringList failures;
    const Screens english = collect(u"en"_s, failures);
    for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s}) {
        const Screens screens = language == u"en"_s ? english : collect(language, failures);
        for (auto screen = screens.cbegin(); screen != screens.cend(); ++screen) {
            QVERIFY2(!screen->isEmpty(), qPrintable(screen.key() + u" has no tab stop"_s));
            for (auto it = screen->cbegin(); it != screen->cend(); ++it) {
                const QString where = language + u": " + screen.key() + u": " + it.key();
                if (it->trimmed().isEmpty())
                    failures.append(where + u" has no name"_s);
                else if (language != u"en"_s && !isProperName(language, *it)
                         && english.value(screen.key()).value(it.key()) == *it)
                    failures.append(where + u" is still in English: " + *it);
            }
        }
    }
    for (const QString &failure : std::as_const(failures))
        qWarning().noquote() << failure;
    QVERIFY2(failures.isEmpty(), "tab stops without a name in the language (listed above)");
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
