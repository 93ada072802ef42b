#include "apianswerfetcher.h"

#include "remotecatalogcache.h"

#include <QNetworkReply>
#include <QTimer>

namespace fa {

struct ApiAnswerFetcher::Fetch
{
    QUrl url;
    qint64 maxSize = 0;
    QPointer<QObject> context;
    Accept accept;
    Done done;
    QNetworkReply *reply = nullptr;
    QByteArray data;
    std::optional<CachedCatalog> copy;
    bool offline = false;
};

ApiAnswerFetcher::ApiAnswerFetcher(NetworkAccess *access, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_cache(std::make_shared<const RemoteCatalogCache>(cacheDir,
                                                         RemoteCatalogCache::Writes::Unsynced))
{
    m_writer.setMaxThreadCount(1);
}

ApiAnswerFetcher::~ApiAnswerFetcher()
{
    m_writer.waitForDone();
    for (const std::shared_ptr<Fetch> &fetch : std::as_const(m_fetches)) {
        fetch->reply->disconnect(this);
        fetch->reply->abort();
        fetch->reply->deleteLater();
    }
}

QString ApiAnswerFetcher::cacheDir() const
{
    return m_cache->dir();
}

void ApiAnswerFetcher::waitForWrites()
{
    m_writer.waitForDone();
}

std::optional<CachedCatalog> ApiAnswerFetcher::keptCopy(const QUrl &url) const
{
    if (m_cache->dir().isEmpty())
        return std::nullopt;
    {
        const QMutexLocker lock(&m_pendingMutex);
        if (const auto it = m_pending.constFind(RemoteCatalogCache::key(url));
            it != m_pending.cend())
            return **it;
    }
    return m_cache->read(url);
}

void ApiAnswerFetcher::keep(const QUrl &url, const CachedCatalog &copy)
{
    if (m_cache->dir().isEmpty())
        return;
    const QString key = RemoteCatalogCache::key(url);
    auto pending = std::make_shared<const CachedCatalog>(copy);
    {
        const QMutexLocker lock(&m_pendingMutex);
        m_pending.insert(key, pending);
    }
    m_writer.start([this, cache = m_cache, url, key, pending] {
        if (!cache->write(url, *pending))
            qWarning("Cannot keep a copy of %s in %s",
                     qPrintable(NetworkAccess::displayAddress(url)), qPrintable(cache->dir()));
        const QMutexLocker lock(&m_pendingMutex);
        if (m_pending.value(key) == pending)
            m_pending.remove(key);
    });
}

bool ApiAnswerFetcher::isUnreachable(const NetworkFailure &failure)
{
    using Kind = NetworkFailure::Kind;
    return failure.kind == Kind::HostNotFound || failure.kind == Kind::ConnectionRefused
           || failure.kind == Kind::Timeout;
}

void ApiAnswerFetcher::request(const QUrl &url, qint64 maxSize, bool cacheOnly, QObject *context,
                               Accept accept, Done done)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->url = url;
    fetch->maxSize = maxSize;
    fetch->context = context;
    fetch->accept = std::move(accept);
    fetch->done = std::move(done);
    fetch->copy = keptCopy(url);

    const QString scheme = url.scheme().toLower();
    if (cacheOnly || (scheme != u"http" && scheme != u"https")) {
        fetch->offline = cacheOnly;
        ApiOutcome outcome;
        outcome.failure.url = url;
        outcome.failure.kind = NetworkFailure::Kind::Other;
        outcome.failure.detail = tr("not an http or https address");
        QTimer::singleShot(0, this, [this, fetch, outcome] { answerFromCopy(fetch, outcome); });
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, application/xml;q=0.9, */*;q=0.1");
    if (fetch->copy) {
        if (!fetch->copy->etag.isEmpty())
            request.setRawHeader("If-None-Match", fetch->copy->etag);
        if (!fetch->copy->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", fetch->copy->lastModified);
    }
    fetch->reply = m_access->get(request);
    m_fetches.append(fetch);
    Fetch *raw = fetch.get();
    connect(fetch->reply, &QNetworkReply::metaDataChanged, this, [this, raw] { onMetaData(raw); });
    connect(fetch->reply, &QNetworkReply::readyRead, this, [this, raw] { onReadyRead(raw); });
    connect(fetch->reply, &QNetworkReply::finished, this, [this, fetch] { onFinished(fetch); });
}

void ApiAnswerFetcher::abort(QObject *context)
{
    const QList<std::shared_ptr<Fetch>> fetches = m_fetches;
    for (const std::shared_ptr<Fetch> &fetch : fetches) {
        if (!context || fetch->context == context)
            NetworkAccess::abortWith(fetch->reply, NetworkFailure::Kind::Cancelled);
    }
}

void ApiAnswerFetcher::onMetaData(Fetch *fetch)
{
    const int status = fetch->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    // A declared length over the cap is refused before any byte is read.
    const QVariant length = fetch->reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > fetch->maxSize)
        NetworkAccess::abortWith(fetch->reply, NetworkFailure::Kind::TooLarge, {}, fetch->maxSize);
}

void ApiAnswerFetcher::onReadyRead(Fetch *fetch)
{
    QNetworkReply *reply = fetch->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        reply->readAll(); // error pages are not kept
        return;
    }
    fetch->data += reply->read(fetch->maxSize + 1 - fetch->data.size());
    if (fetch->data.size() > fetch->maxSize) {
        fetch->data.clear();
        NetworkAccess::abortWith(reply, NetworkFailure::Kind::TooLarge, {}, fetch->maxSize);
    }
}

void ApiAnswerFetcher::onFinished(const std::shared_ptr<Fetch> &fetch)
{
    QNetworkReply *reply = fetch->reply;
    m_fetches.removeAll(fetch);
    reply->deleteLater();
    if (!NetworkAccess::wasAborted(reply) && reply->isOpen())
        onReadyRead(fetch.get());

    ApiOutcome outcome;
    outcome.failure = NetworkAccess::failureOf(reply);
    if (outcome.failure.kind == NetworkFailure::Kind::Cancelled) {
        outcome.cancelled = true;
        outcome.error = NetworkAccess::message(outcome.failure);
        if (fetch->context)
            fetch->done(outcome);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!outcome.failure.ok() || status == 304) {
        outcome.notModified = outcome.failure.ok();
        answerFromCopy(fetch, outcome);
        return;
    }
    if (!fetch->context)
        return;
    const QString refused = fetch->accept(fetch->data);
    if (refused.isEmpty()) {
        outcome.ok = true;
        CachedCatalog copy;
        copy.data = fetch->data;
        copy.etag = reply->rawHeader("ETag");
        copy.lastModified = reply->rawHeader("Last-Modified");
        copy.fetched = QDateTime::currentDateTimeUtc();
        copy.checked = copy.fetched;
        keep(fetch->url, copy);
        fetch->done(outcome);
        return;
    }
    outcome.refusedFresh = refused;
    answerFromCopy(fetch, outcome);
}

void ApiAnswerFetcher::answerFromCopy(const std::shared_ptr<Fetch> &fetch, ApiOutcome outcome)
{
    if (!fetch->context)
        return;
    if (fetch->copy) {
        const QString refused = fetch->accept(fetch->copy->data);
        if (refused.isEmpty()) {
            outcome.ok = true;
            outcome.fromCache = true;
            outcome.copyDate = fetch->copy->fetched;
            fetch->done(outcome);
            return;
        }
        if (outcome.refusedFresh.isEmpty())
            outcome.refusedFresh = refused;
    }
    if (!outcome.refusedFresh.isEmpty())
        outcome.error = outcome.refusedFresh;
    else if (fetch->offline)
        outcome.error = tr("%1 cannot be reached and no copy of it is kept.")
                            .arg(NetworkAccess::displayAddress(fetch->url));
    else if (outcome.notModified)
        outcome.error = tr("%1 answered 'not modified' but no copy of it is kept.")
                            .arg(NetworkAccess::displayAddress(fetch->url));
    else
        outcome.error = NetworkAccess::message(outcome.failure);
    fetch->done(outcome);
}

} // namespace fa
