#pragma once

#include "networkaccess.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace fa {

class RemoteCatalogCache;
struct CachedCatalog;

// How a request ended once its data was read (or could not be).
struct ApiOutcome
{
    bool ok = false;          // accept() took the fresh data or the kept copy
    QString error;            // when not ok: the transfer's or accept()'s message
    QString refusedFresh;     // ok from the copy although fresh data came: why it was refused
    NetworkFailure failure;   // of the transfer, also when the copy was used
    bool fromCache = false;   // the kept copy was used
    bool notModified = false; // the server answered 304
    QDateTime copyDate;       // when the kept copy was downloaded
    bool cancelled = false;
};

// GETs answers of a web API through NetworkAccess, size-capped, keeping the
// last accepted answer of each address with its ETag and Last-Modified:
// requests are conditional, and when the network fails (or a new answer is
// refused) the kept copy answers, dated.
class ApiAnswerFetcher : public QObject
{
    Q_OBJECT

public:
    // Reads data into the caller's state: empty when accepted, else what is wrong.
    using Accept = std::function<QString(const QByteArray &data)>;
    using Done = std::function<void(const ApiOutcome &outcome)>;

    // cacheDir: where answers are kept; empty for no copies.
    ApiAnswerFetcher(NetworkAccess *access, const QString &cacheDir, QObject *parent = nullptr);
    ~ApiAnswerFetcher() override;

    // cacheOnly: answer from the kept copy without the network (known to be
    // offline). done() is called once, later, unless context is gone by then.
    void request(const QUrl &url, qint64 maxSize, bool cacheOnly, QObject *context, Accept accept,
                 Done done);
    // Stops every transfer of context (all when null); their done() report cancelled.
    void abort(QObject *context = nullptr);
    int inFlight() const { return int(m_fetches.size()); }
    QString cacheDir() const;
    // Waits until every accepted answer is on disk (they are written on a
    // thread of their own, so that a thousand files cost the caller nothing).
    void waitForWrites();

    // True for failures that say the server cannot be reached at all.
    static bool isUnreachable(const NetworkFailure &failure);

private:
    struct Fetch;
    void onMetaData(Fetch *fetch);
    void onReadyRead(Fetch *fetch);
    void onFinished(const std::shared_ptr<Fetch> &fetch);
    void answerFromCopy(const std::shared_ptr<Fetch> &fetch, ApiOutcome outcome);
    std::optional<CachedCatalog> keptCopy(const QUrl &url) const;
    void keep(const QUrl &url, const CachedCatalog &copy);

    NetworkAccess *const m_access;
    std::shared_ptr<const RemoteCatalogCache> m_cache;
    QList<std::shared_ptr<Fetch>> m_fetches;
    QThreadPool m_writer; // one thread: writes reach the disk in order
    mutable QMutex m_pendingMutex;
    QHash<QString, std::shared_ptr<const CachedCatalog>> m_pending; // by cache key, until written
};

} // namespace fa
