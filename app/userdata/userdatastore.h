#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace fa {

// The user's own data about catalogs, one JSON file per catalog id in the
// user's data folder: favourites, notes, recording links, resume positions, and
// named sections other modules keep (chapter overlays). Every write is atomic.
class UserDataStore : public QObject
{
    Q_OBJECT

public:
    // An empty directory means the standard application data location.
    explicit UserDataStore(const QString &directory = {}, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString fileFor(const QString &catalogId) const;

    QSet<QString> favourites(const QString &catalogId);
    bool isFavourite(const QString &catalogId, const QString &sessionId);
    void setFavourite(const QString &catalogId, const QString &sessionId, bool favourite);

    QString note(const QString &catalogId, const QString &sessionId);
    QHash<QString, QString> notes(const QString &catalogId);
    void setNote(const QString &catalogId, const QString &sessionId, const QString &note);

    // A file path or address the user linked to a recording without a source.
    QString recordingLink(const QString &catalogId, const QString &recordingId);
    void setRecordingLink(const QString &catalogId, const QString &recordingId,
                          const QString &link);

    // Last position in a recording, -1 when none.
    qint64 resumePosition(const QString &catalogId, const QString &recordingId);
    void setResumePosition(const QString &catalogId, const QString &recordingId, qint64 ms);

    // Free-form data owned by another module, e.g. "chapterOverlay".
    QJsonObject section(const QString &catalogId, const QString &name);
    void setSection(const QString &catalogId, const QString &name, const QJsonObject &value);

    // The last write error, empty when the last write succeeded.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void favouritesChanged(const QString &catalogId);
    void noteChanged(const QString &catalogId, const QString &sessionId);
    void recordingLinkChanged(const QString &catalogId, const QString &recordingId);
    void sectionChanged(const QString &catalogId, const QString &name);
    // Something the user should read: a write failed, a damaged file was set aside.
    void problem(const QString &message);

private:
    QJsonObject &document(const QString &catalogId);
    QJsonObject readFile(const QString &catalogId);
    static void removeStaleSaves(const QString &path);
    bool save(const QString &catalogId);

    QString m_directory;
    QHash<QString, QJsonObject> m_documents;
    QSet<QString> m_unreadable; // catalog ids whose existing file could not be opened
    QString m_lastError;
};

} // namespace fa
