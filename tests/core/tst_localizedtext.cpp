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

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
