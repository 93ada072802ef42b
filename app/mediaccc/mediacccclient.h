#pragma once

#include "apianswerfetcher.h"
#include "mediacccapi.h"
#include "mediacccdata.h"

#include <QObject>
#include <QStringList>

namespace fa {

class NetworkAccess;

struct MediaCccConferenceList
{
    QList<MediaCccConference> conferences;
    QString error;  // when the list could not be had at all
    QString notice; // "Offline copy from …" when the kept copy answered
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
};

// One voctoweb instance: its API addresses, and its answers fetched through
// the application's NetworkAccess and kept for offline use. Created by the
// application and passed to the dialog and to each MediaCccImport.
class MediaCccClient : public QObject
{
    Q_OBJECT

public:
    // cacheDir: where answers are kept for offline use; empty for none.
    MediaCccClient(NetworkAccess *access, const QString &cacheDir, QObject *parent = nullptr);

    MediaCccApi api() const { return m_api; }
    void setApiBase(const QUrl &base) { m_api = MediaCccApi(base); }
    ApiAnswerFetcher *fetcher() const { return m_fetcher; }

    // conferencesLoaded() follows.
    void loadConferences();
    void cancelConferences();

    // "Offline copy from <date>".
    static QString offlineNotice(const QDateTime &copyDate);

Q_SIGNALS:
    void conferencesLoaded(const fa::MediaCccConferenceList &list);

private:
    ApiAnswerFetcher *const m_fetcher;
    MediaCccApi m_api;
    QObject *m_listRequest = nullptr; // context of the running list request
};

} // namespace fa

Q_DECLARE_METATYPE(fa::MediaCccConferenceList)
