#include "localizedtext.h"

#include <QTest>

using namespace fa;
using namespace Qt::StringLiterals;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallback_data();
    void fallback();
    void emptyTextsAreNotStored();
    void emptyLanguageCode();
    void replaceAndRemove();
};

void TestLocalizedText::fallback_data()
{
    QTest::addColumn<QStringList>("entries"); // lang=text pairs
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    const QStringList all{u"en=Opening"_s, u"fr=Ouverture"_s, u"es=Apertura"_s};
    QTest::newRow("chosen present") << all << "fr"
                                    << "en"
                                    << "Ouverture"
                                    << "fr";
    QTest::newRow("spanish") << all << "es"
                             << "en"
                             << "Apertura"
                             << "es";
    QTest::newRow("to original") << QStringList{u"en=Opening"_s, u"fr=Ouverture"_s} << "es"
                                 << "fr"
                                 << "Ouverture"
                                 << "fr";
    QTest::newRow("to english") << QStringList{u"en=Opening"_s, u"pt=Abertura"_s} << "es"
                                << "fr"
                                << "Opening"
                                << "en";
    QTest::newRow("to any") << QStringList{u"pt=Abertura"_s} << "es"
                            << "fr"
                            << "Abertura"
                            << "pt";
    QTest::newRow("empty") << QStringList{} << "es"
                           << "en"
                           << ""
                           << "";
}

void TestLocalizedText::fallback()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, chosen);
    QFETCH(QString, original);
    QFETCH(QString, text);
    QFETCH(QString, language);

    LocalizedText t;
    for (const QString &entry : entries)
        t.set(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const auto resolved = t.resolve(chosen, original);
    QCOMPARE(resolved.text, text);
    QCOMPARE(resolved.language, language);
}

void TestLocalizedText::emptyTextsAreNotStored()
{
    LocalizedText t(QStringLiteral("en"), QString());
    QVERIFY(t.isEmpty());
    t.set(QStringLiteral("fr"), QStringLiteral("Bonjour"));
    QCOMPARE(t.languages(), QStringList{u"fr"_s});
}

void TestLocalizedText::emptyLanguageCode()
{
    // Importers store text under no language until they know the schedule's.
    LocalizedText t(QString(), u"Opening"_s);
    QCOMPARE(t.languages(), QStringList{QString()});
    QCOMPARE(t.resolve(u"fr"_s, u"en"_s).text, u"Opening"_s);
    QCOMPARE(t.values().value(QString()), u"Opening"_s);
    t.set(u"en"_s, u"Opening"_s);
    QCOMPARE(t.languages(), (QStringList{QString(), u"en"_s}));
}

void TestLocalizedText::replaceAndRemove()
{
    LocalizedText t;
    t.set(u"fr"_s, u"Ouverture"_s);
    t.set(u"es"_s, u"Apertura"_s);
    t.set(u"en"_s, u"Opening"_s);
    QCOMPARE(t.languages(), (QStringList{u"en"_s, u"es"_s, u"fr"_s}));
    t.set(u"es"_s, u"Apertura del foro, día 1 — «Bienvenida»"_s);
    QCOMPARE(t.text(u"es"_s, u"en"_s), u"Apertura del foro, día 1 — «Bienvenida»"_s);
    QCOMPARE(t.text(u"fr"_s, u"en"_s), u"Ouverture"_s);
    t.set(u"en"_s, QString());
    QCOMPARE(t.languages(), (QStringList{u"es"_s, u"fr"_s}));
    QCOMPARE(t.resolve(u"de"_s, u"en"_s).language, u"es"_s); // no English: the first one
    LocalizedText same;
    same.set(u"fr"_s, u"Ouverture"_s);
    same.set(u"es"_s, u"Apertura del foro, día 1 — «Bienvenida»"_s);
    QVERIFY(same == t);
    same.set(u"fr"_s, u"Ouverture !"_s);
    QVERIFY(!(same == t));
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
