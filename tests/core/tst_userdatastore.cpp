#include "userdatastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace fa;
using namespace Qt::StringLiterals;

class TestUserDataStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptAcrossInstances();
    void catalogsAreSeparate();
    void damagedFileIsSetAside();
    void fileOverTheSizeCapIsSetAside();
    void unwritableFolderReportsAndKeepsMemory();
    void hostileCatalogIdStaysInFolder();
    void staleSaveLeftoversRemoved();
};

void TestUserDataStore::keptAcrossInstances()
{
    QTemporaryDir dir;
    {
        UserDataStore store(dir.path());
        QSignalSpy favourites(&store, &UserDataStore::favouritesChanged);
        store.setFavourite(u"cat"_s, u"s1"_s, true);
        store.setFavourite(u"cat"_s, u"s1"_s, true); // no change, no signal
        QCOMPARE(favourites.size(), 1);
        store.setNote(u"cat"_s, u"s1"_s, u"Watch again with the team"_s);
        store.setRecordingLink(u"cat"_s, u"day-1-en"_s, u"/videos/day1.webm"_s);
        store.setResumePosition(u"cat"_s, u"day-1-en"_s, 754000);
        store.setSection(u"cat"_s, u"chapterOverlay"_s, {{u"s1"_s, 12.5}});
        QVERIFY(store.lastError().isEmpty());
    }
    UserDataStore again(dir.path());
    QCOMPARE(again.favourites(u"cat"_s), QSet<QString>{u"s1"_s});
    QCOMPARE(again.note(u"cat"_s, u"s1"_s), u"Watch again with the team"_s);
    QCOMPARE(again.recordingLink(u"cat"_s, u"day-1-en"_s), u"/videos/day1.webm"_s);
    QCOMPARE(again.resumePosition(u"cat"_s, u"day-1-en"_s), 754000);
    QCOMPARE(again.resumePosition(u"cat"_s, u"other"_s), -1);
    QCOMPARE(again.section(u"cat"_s, u"chapterOverlay"_s).value(u"s1"_s).toDouble(), 12.5);

    again.setFavourite(u"cat"_s, u"s1"_s, false);
    again.setNote(u"cat"_s, u"s1"_s, QString());
    UserDataStore third(dir.path());
    QVERIFY(third.favourites(u"cat"_s).isEmpty());
    QVERIFY(third.notes(u"cat"_s).isEmpty());
}

void TestUserDataStore::catalogsAreSeparate()
{
    QTemporaryDir dir;
    UserDataStore store(dir.path());
    store.setFavourite(u"a"_s, u"s1"_s, true);
    QVERIFY(store.favourites(u"b"_s).isEmpty());
    QVERIFY(store.fileFor(u"a"_s) != store.fileFor(u"b"_s));
}

void TestUserDataStore::damagedFileIsSetAside()
{
    QTemporaryDir dir;
    UserDataStore writer(dir.path());
    writer.setFavourite(u"cat"_s, u"s1"_s, true);
    QFile file(writer.fileFor(u"cat"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ \"format\": \"forum-archive-userdata\", \"favour");
    file.close();

    UserDataStore reader(dir.path());
    QSignalSpy problems(&reader, &UserDataStore::problem);
    QVERIFY(reader.favourites(u"cat"_s).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(u"set aside"_s));
    const QStringList aside = QDir(QFileInfo(file).path()).entryList({u"*.damaged-*"_s});
    QCOMPARE(aside.size(), 1);
    // The app goes on: new data saves normally.
    reader.setFavourite(u"cat"_s, u"s2"_s, true);
    QCOMPARE(UserDataStore(dir.path()).favourites(u"cat"_s), QSet<QString>{u"s2"_s});
}

void TestUserDataStore::fileOverTheSizeCapIsSetAside()
{
    // 32 MiB is far past any user's notes; a larger file is not read at all.
    constexpr qint64 cap = 32ll * 1024 * 1024;
    QTemporaryDir dir;
    UserDataStore writer(dir.path());
    writer.setFavourite(u"cat"_s, u"s1"_s, true);
    const QString path = writer.fileFor(u"cat"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray valid = file.readAll();
    QVERIFY(valid.endsWith('}') || valid.trimmed().endsWith('}'));
    // Valid JSON padded with trailing spaces up to exactly the cap: still read.
    QVERIFY(file.resize(0));
    QVERIFY(file.write(valid.trimmed() + QByteArray(cap - valid.trimmed().size(), ' ')) == cap);
    file.close();
    {
        UserDataStore reader(dir.path());
        QSignalSpy problems(&reader, &UserDataStore::problem);
        QCOMPARE(reader.favourites(u"cat"_s), QSet<QString>{u"s1"_s});
        QCOMPARE(problems.size(), 0);
    }
    // One byte more: refused, said, and set aside rather than overwritten.
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(" "), qint64(1));
    file.close();
    UserDataStore reader(dir.path());
    QSignalSpy problems(&reader, &UserDataStore::problem);
    QVERIFY(reader.favourites(u"cat"_s).isEmpty());
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"larger than 32 MiB"_s), qPrintable(message));
    QVERIFY2(message.contains(u"set aside"_s), qPrintable(message));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList({u"*.damaged-*"_s}).size(), 1);
}

void TestUserDataStore::unwritableFolderReportsAndKeepsMemory()
{
    if (geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop writes.");
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    UserDataStore store(dir.path());
    QSignalSpy problems(&store, &UserDataStore::problem);
    store.setFavourite(u"cat"_s, u"s1"_s, true);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.isFavourite(u"cat"_s, u"s1"_s));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestUserDataStore::hostileCatalogIdStaysInFolder()
{
    QTemporaryDir dir;
    UserDataStore store(dir.path());
    const QString path = store.fileFor(u"../../etc/passwd"_s);
    QVERIFY2(path.startsWith(dir.path() + u"/catalogs/"_s), qPrintable(path));
    QVERIFY(!QFileInfo(path).fileName().contains(u'/'));
    QVERIFY(!path.contains(u"/../"_s));
}

// A save killed before its rename leaves "<file>.XXXXXX" beside the data file.
void TestUserDataStore::staleSaveLeftoversRemoved()
{
    QTemporaryDir dir;
    const QString path = UserDataStore(dir.path()).fileFor(u"cat"_s);
    UserDataStore(dir.path()).setFavourite(u"cat"_s, u"s1"_s, true);
    const auto leftover = [&path](const QString &suffix, int ageSeconds) {
        QFile file(path + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"forum-archive-userdata\", \"fav");
        QVERIFY(file.flush()); // else closing writes, and stamps the file anew
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                 QFileDevice::FileModificationTime));
    };
    leftover(u".aB3xYz"_s, 2 * 3600);
    leftover(u".Qw9rTu"_s, 10);                 // a save in progress elsewhere: kept
    leftover(u".damaged-20260101"_s, 2 * 3600); // set aside for the user: kept

    UserDataStore store(dir.path());
    QCOMPARE(store.favourites(u"cat"_s), QSet<QString>{u"s1"_s});
    QVERIFY(!QFile::exists(path + u".aB3xYz"_s));
    QVERIFY(QFile::exists(path + u".Qw9rTu"_s));
    QVERIFY(QFile::exists(path + u".damaged-20260101"_s));
}

QTEST_GUILESS_MAIN(TestUserDataStore)
#include "tst_userdatastore.moc"
