#include "userdatastore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace fa {

namespace {
constexpr auto formatName = "forum-archive-userdata";
constexpr qint64 maxUserFileSize = 32ll * 1024 * 1024;

const QString favouritesKey = QStringLiteral("favourites");
const QString notesKey = QStringLiteral("notes");
const QString linksKey = QStringLiteral("recordingLinks");
const QString resumeKey = QStringLiteral("resume");
const QString sectionsKey = QStringLiteral("sections");

QJsonObject emptyDocument()
{
    return {{QStringLiteral("format"), QLatin1String(formatName)}, {QStringLiteral("version"), 1}};
}

// Catalog ids come from outside: keep file names safe and unambiguous.
QString safeFileName(const QString &catalogId)
{
    QString name;
    for (QChar c : catalogId) {
        if ((c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' || c == u'.')
            name.append(c);
        else
            name.append(QStringLiteral("%%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return name + QStringLiteral(".json");
}
} // namespace

UserDataStore::UserDataStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      : directory)
{}

QString UserDataStore::fileFor(const QString &catalogId) const
{
    return QDir(m_directory).filePath(QStringLiteral("catalogs/") + safeFileName(catalogId));
}

void UserDataStore::removeStaleSaves(const QString &path)
{
    // QSaveFile writes to "<name>.XXXXXX" and renames; a process killed mid-save
    // leaves that file behind. An hour-old one belongs to no save in progress
    // (another instance may be writing a fresh one right now).
    const QFileInfo target(path);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList leftovers = target.dir().entryInfoList(
        {target.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC() < before)
            QFile::remove(leftover.filePath());
    }
}

QJsonObject UserDataStore::readFile(const QString &catalogId)
{
    const QString path = fileFor(catalogId);
    removeStaleSaves(path);
    QFile file(path);
    if (!file.exists())
        return emptyDocument();
    QString damage;
    QJsonObject object;
    if (!file.open(QIODevice::ReadOnly)) {
        // Saving would replace data we could not read with an empty document.
        m_unreadable.insert(catalogId);
        Q_EMIT problem(tr("Your saved data for this catalog could not be read (%1: %2). "
                          "Changes will be kept in memory until it can be saved.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return emptyDocument();
    }
    if (file.size() > maxUserFileSize) {
        damage = tr("the file is larger than %1 MiB").arg(maxUserFileSize / (1024 * 1024));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            damage = error.errorString();
        else if (!doc.isObject()
                 || doc.object().value(QStringLiteral("format")).toString()
                        != QLatin1String(formatName))
            damage = tr("it is not a Forum Archive data file");
        else
            object = doc.object();
    }
    file.close();
    if (damage.isEmpty())
        return object;

    // Keep the damaged file for the user instead of overwriting it.
    const QString aside = path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss");
    QFile::rename(path, aside);
    Q_EMIT problem(tr("Your saved data for this catalog was damaged (%1) and has been set aside "
                      "as %2. Starting with empty favourites and notes.")
                       .arg(damage, QDir::toNativeSeparators(aside)));
    return emptyDocument();
}

QJsonObject &UserDataStore::document(const QString &catalogId)
{
    auto it = m_documents.find(catalogId);
    if (it == m_documents.end())
        it = m_documents.insert(catalogId, readFile(catalogId));
    return it.value();
}

bool UserDataStore::save(const QString &catalogId)
{
    const QString path = fileFor(catalogId);
    if (m_unreadable.contains(catalogId)) {
        m_lastError = tr("Your saved data in %1 could not be read, so it is not overwritten. "
                         "Changes are kept until Forum Archive closes.")
                          .arg(QDir::toNativeSeparators(path));
        Q_EMIT problem(m_lastError);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).path())) {
        m_lastError = tr("Could not create the folder %1 for your data.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).path()));
        Q_EMIT problem(m_lastError);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Could not save your data to %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        Q_EMIT problem(m_lastError);
        return false;
    }
    const QByteArray data =
        QJsonDocument(m_documents.value(catalogId)).toJson(QJsonDocument::Indented);
    // A full disk can end in a short write that QSaveFile does not count as an
    // error; committing it would replace the good file with a truncated one.
    if (file.write(data) != data.size())
        file.cancelWriting();
    if (!file.commit()) {
        m_lastError = tr("Could not save your data to %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        Q_EMIT problem(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

QSet<QString> UserDataStore::favourites(const QString &catalogId)
{
    QSet<QString> result;
    const QJsonArray list = document(catalogId).value(favouritesKey).toArray();
    for (const QJsonValue &v : list) {
        if (v.isString())
            result.insert(v.toString());
    }
    return result;
}

bool UserDataStore::isFavourite(const QString &catalogId, const QString &sessionId)
{
    return favourites(catalogId).contains(sessionId);
}

void UserDataStore::setFavourite(const QString &catalogId, const QString &sessionId, bool favourite)
{
    QSet<QString> set = favourites(catalogId);
    if (set.contains(sessionId) == favourite)
        return;
    if (favourite)
        set.insert(sessionId);
    else
        set.remove(sessionId);
    QStringList sorted(set.cbegin(), set.cend());
    sorted.sort();
    document(catalogId).insert(favouritesKey, QJsonArray::fromStringList(sorted));
    save(catalogId);
    Q_EMIT favouritesChanged(catalogId);
}

QString UserDataStore::note(const QString &catalogId, const QString &sessionId)
{
    return document(catalogId).value(notesKey).toObject().value(sessionId).toString();
}

QHash<QString, QString> UserDataStore::notes(const QString &catalogId)
{
    QHash<QString, QString> result;
    const QJsonObject all = document(catalogId).value(notesKey).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            result.insert(it.key(), it.value().toString());
    }
    return result;
}

void UserDataStore::setNote(const QString &catalogId, const QString &sessionId, const QString &note)
{
    QJsonObject &doc = document(catalogId);
    QJsonObject all = doc.value(notesKey).toObject();
    if (all.value(sessionId).toString() == note)
        return;
    if (note.isEmpty())
        all.remove(sessionId);
    else
        all.insert(sessionId, note);
    doc.insert(notesKey, all);
    save(catalogId);
    Q_EMIT noteChanged(catalogId, sessionId);
}

QString UserDataStore::recordingLink(const QString &catalogId, const QString &recordingId)
{
    return document(catalogId).value(linksKey).toObject().value(recordingId).toString();
}

void UserDataStore::setRecordingLink(const QString &catalogId, const QString &recordingId,
                                     const QString &link)
{
    QJsonObject &doc = document(catalogId);
    QJsonObject all = doc.value(linksKey).toObject();
    if (link.isEmpty())
        all.remove(recordingId);
    else
        all.insert(recordingId, link);
    doc.insert(linksKey, all);
    save(catalogId);
    Q_EMIT recordingLinkChanged(catalogId, recordingId);
}

qint64 UserDataStore::resumePosition(const QString &catalogId, const QString &recordingId)
{
    const QJsonValue v = document(catalogId).value(resumeKey).toObject().value(recordingId);
    return v.isDouble() && v.toDouble() >= 0 ? static_cast<qint64>(v.toDouble()) : -1;
}

void UserDataStore::setResumePosition(const QString &catalogId, const QString &recordingId,
                                      qint64 ms)
{
    QJsonObject &doc = document(catalogId);
    QJsonObject all = doc.value(resumeKey).toObject();
    if (ms < 0)
        all.remove(recordingId);
    else
        all.insert(recordingId, static_cast<double>(ms));
    doc.insert(resumeKey, all);
    save(catalogId);
}

QJsonObject UserDataStore::section(const QString &catalogId, const QString &name)
{
    return document(catalogId).value(sectionsKey).toObject().value(name).toObject();
}

void UserDataStore::setSection(const QString &catalogId, const QString &name,
                               const QJsonObject &value)
{
    QJsonObject &doc = document(catalogId);
    QJsonObject all = doc.value(sectionsKey).toObject();
    if (value.isEmpty())
        all.remove(name);
    else
        all.insert(name, value);
    doc.insert(sectionsKey, all);
    save(catalogId);
    Q_EMIT sectionChanged(catalogId, name);
}

} // namespace fa
