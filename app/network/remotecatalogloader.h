#pragma once

#include "catalogdiff.h"
#include "catalogreader.h"
#include "networkaccess.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace fa {

class RemoteCatalogCache;

struct RemoteCatalogResult
{
    // Why the kept copy is shown instead of a fresh one.
    enum class Notice { None, OfflineCopy, NewVersionRefused };

    QUrl url;                 // as asked; may hold credentials, so show `address` instead
    QString address;          // of the catalog.json fetched, without user name and password
    CatalogPtr catalog;       // the fresh catalog or the kept copy; null when nothing opens
    CatalogProblems problems; // of the fetched version: warnings, or the errors that refused it
    NetworkFailure failure;   // Kind::None unless the transfer failed
    QString error;            // for the user; empty when the fresh catalog (or a 304) opened
    QString notice;           // e.g. "Offline copy from <date>" when the kept copy opened
    Notice noticeKind = Notice::None;
    bool fromCache = false;   // catalog is the kept copy
    bool notModified = false; // the server answered 304
    QDateTime copyDate;       // when the kept copy was downloaded
    bool hadPrevious = false; // a kept copy existed, so `changes` is meaningful
    CatalogDiff changes;      // from the kept copy to the fresh catalog

    bool ok() const { return catalog != nullptr; }
};

// Fetches catalogs from http(s) addresses, keeps the last good copy of each and
// falls back to it when the network fails or a new version is refused.
class RemoteCatalogLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultMaxSize = CatalogReader::maxFileSize;

    // cacheDir: where the copies are kept; empty for QStandardPaths::CacheLocation.
    explicit RemoteCatalogLoader(NetworkAccess *access, const QString &cacheDir = {},
                                 QObject *parent = nullptr);
    ~RemoteCatalogLoader() override;

    QString cacheDir() const;
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }

    // Starts a fetch; finished() follows, also for addresses refused at once.
    // An address naming a folder ("…/archive/") fetches the catalog.json in it.
    void load(const QUrl &url);
    void cancel();
    // The kept copy alone, without the network (a notice names its date).
    RemoteCatalogResult openCachedCopy(const QUrl &url) const;
    // True when the last check of this address is a day old or more (or never happened).
    bool isUpdateCheckDue(const QUrl &url,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static bool isAcceptableContentType(const QByteArray &contentType);
    // The notice in the current language: texts shown long follow a language switch.
    static QString noticeText(RemoteCatalogResult::Notice notice, const QDateTime &copyDate);

Q_SIGNALS:
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const fa::RemoteCatalogResult &result);

private:
    struct Fetch;
    void onMetaData(Fetch *fetch);
    void onReadyRead(Fetch *fetch);
    void onFinished(Fetch *fetch);
    void fallBack(RemoteCatalogResult &result, RemoteCatalogResult::Notice notice) const;
    // location: where the catalog was read from after redirects; empty for document.
    static CatalogReadOptions readOptions(const QUrl &document, const QUrl &location);

    NetworkAccess *const m_access;
    std::unique_ptr<RemoteCatalogCache> m_cache;
    qint64 m_maxSize = defaultMaxSize;
    QList<QNetworkReply *> m_replies;
};

} // namespace fa

Q_DECLARE_METATYPE(fa::RemoteCatalogResult)
