#include "remotecatalogloader.h"

#include "remotecatalogcache.h"
#include "webaddress.h"

#include <QDir>
#include <QLocale>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fa {

struct RemoteCatalogLoader::Fetch
{
    QUrl url;      // as asked
    QUrl document; // the catalog.json it names
    QNetworkReply *reply = nullptr;
    QByteArray data;
    std::optional<CachedCatalog> copy;
};

RemoteCatalogLoader::RemoteCatalogLoader(NetworkAccess *access, const QString &cacheDir,
                                         QObject *parent)
    : QObject(parent)
    , m_access(access)
{
    const QString dir = cacheDir.isEmpty()
                            ? QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                  .filePath(u"catalogs"_s)
                            : cacheDir;
    m_cache = std::make_unique<RemoteCatalogCache>(dir);
    qRegisterMetaType<fa::RemoteCatalogResult>();
}

RemoteCatalogLoader::~RemoteCatalogLoader()
{
    // Replies outlive us only as children of the manager: make sure they stay quiet.
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString RemoteCatalogLoader::cacheDir() const
{
    return m_cache->dir();
}

bool RemoteCatalogLoader::isAcceptableContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type == "text/json"
           || type == "text/plain" || type == "application/octet-stream" || type.endsWith("+json");
}

CatalogReadOptions RemoteCatalogLoader::readOptions(const QUrl &document, const QUrl &location)
{
    CatalogReadOptions options;
    options.origin = NetworkAccess::displayAddress(document);
    options.remote = true;
    // Relative references resolve against the address the catalog was finally
    // read from (RFC 3986 section 5.1.3), as a browser does after a redirect.
    // Credentials stay with the catalog: they are never sent on to its files.
    options.baseUrl = (location.isEmpty() ? document : location)
                          .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    return options;
}

void RemoteCatalogLoader::load(const QUrl &url)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->url = url;
    fetch->document = catalogDocumentAddress(url);
    fetch->copy = m_cache->read(fetch->document);

    if (!isWebAddress(url)) {
        RemoteCatalogResult result;
        result.url = url;
        result.address = NetworkAccess::displayAddress(url);
        result.error = tr("'%1' is not an http or https address.").arg(result.address);
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }

    QNetworkRequest request(fetch->document);
    request.setRawHeader("Accept", "application/json, text/plain;q=0.5, */*;q=0.1");
    if (fetch->copy) {
        if (!fetch->copy->etag.isEmpty())
            request.setRawHeader("If-None-Match", fetch->copy->etag);
        if (!fetch->copy->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", fetch->copy->lastModified);
    }
    QNetworkReply *reply = m_access->get(request);
    fetch->reply = reply;
    m_replies.append(reply);
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, fetch] { onMetaData(fetch.get()); });
    connect(reply, &QNetworkReply::readyRead, this, [this, fetch] { onReadyRead(fetch.get()); });
    connect(reply, &QNetworkReply::downloadProgress, this, &RemoteCatalogLoader::progress);
    connect(reply, &QNetworkReply::finished, this, [this, fetch] { onFinished(fetch.get()); });
}

void RemoteCatalogLoader::cancel()
{
    const QList<QNetworkReply *> replies = m_replies;
    for (QNetworkReply *reply : replies)
        NetworkAccess::abortWith(reply, NetworkFailure::Kind::Cancelled);
}

void RemoteCatalogLoader::onMetaData(Fetch *fetch)
{
    QNetworkReply *reply = fetch->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!isAcceptableContentType(type)) {
        NetworkAccess::abortWith(reply, NetworkFailure::Kind::WrongContentType,
                                 QString::fromLatin1(type.split(';').value(0).trimmed()));
        return;
    }
    // A declared length over the cap is refused before any byte is read.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxSize)
        NetworkAccess::abortWith(reply, NetworkFailure::Kind::TooLarge, {}, m_maxSize);
}

void RemoteCatalogLoader::onReadyRead(Fetch *fetch)
{
    QNetworkReply *reply = fetch->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        reply->readAll(); // error pages are not kept
        return;
    }
    fetch->data += reply->read(m_maxSize + 1 - fetch->data.size());
    if (fetch->data.size() > m_maxSize) {
        fetch->data.clear();
        NetworkAccess::abortWith(reply, NetworkFailure::Kind::TooLarge, {}, m_maxSize);
    }
}

QString RemoteCatalogLoader::noticeText(RemoteCatalogResult::Notice notice,
                                        const QDateTime &copyDate)
{
    const QString date = QLocale().toString(copyDate.toLocalTime(), QLocale::ShortFormat);
    switch (notice) {
    case RemoteCatalogResult::Notice::None: return {};
    case RemoteCatalogResult::Notice::OfflineCopy: return tr("Offline copy from %1").arg(date);
    case RemoteCatalogResult::Notice::NewVersionRefused:
        return tr("Copy from %1 kept: the new version was refused").arg(date);
    }
    return {};
}

void RemoteCatalogLoader::fallBack(RemoteCatalogResult &result,
                                   RemoteCatalogResult::Notice notice) const
{
    if (!result.catalog)
        return;
    result.fromCache = true;
    result.noticeKind = notice;
    result.notice = noticeText(notice, result.copyDate);
}

void RemoteCatalogLoader::onFinished(Fetch *fetch)
{
    QNetworkReply *reply = fetch->reply;
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (!NetworkAccess::wasAborted(reply) && reply->isOpen())
        onReadyRead(fetch);

    RemoteCatalogResult result;
    result.url = fetch->url;
    result.address = NetworkAccess::displayAddress(fetch->document);

    CatalogPtr kept;
    if (fetch->copy) {
        const CatalogLoadResult cached = CatalogReader::readData(
            fetch->copy->data, readOptions(fetch->document, fetch->copy->location));
        kept = cached.catalog;
        result.copyDate = fetch->copy->fetched;
    }

    result.failure = NetworkAccess::failureOf(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!result.failure.ok()) {
        result.error = NetworkAccess::message(result.failure);
        result.catalog = kept;
        fallBack(result, RemoteCatalogResult::Notice::OfflineCopy);
    } else if (status == 304) {
        result.catalog = kept;
        result.fromCache = true;
        result.notModified = true;
        if (kept)
            m_cache->markChecked(fetch->document, QDateTime::currentDateTimeUtc());
        else
            result.error =
                tr("%1 answered 'not modified' but no copy of it is kept.").arg(result.address);
    } else {
        const CatalogLoadResult fresh =
            CatalogReader::readData(fetch->data, readOptions(fetch->document, reply->url()));
        result.problems = fresh.problems;
        if (!fresh.ok()) {
            result.error =
                tr("The catalog at %1 has problems and was not opened.").arg(result.address);
            result.catalog = kept;
            fallBack(result, RemoteCatalogResult::Notice::NewVersionRefused);
        } else {
            result.catalog = fresh.catalog;
            if (kept) {
                result.hadPrevious = true;
                result.changes = diffCatalogs(*kept, *fresh.catalog);
            }
            CachedCatalog copy;
            copy.data = fetch->data;
            copy.etag = reply->rawHeader("ETag");
            copy.lastModified = reply->rawHeader("Last-Modified");
            copy.fetched = QDateTime::currentDateTimeUtc();
            copy.checked = copy.fetched;
            copy.location = reply->url().adjusted(QUrl::RemoveUserInfo);
            if (!m_cache->write(fetch->document, copy))
                qWarning("Cannot keep a copy of the catalog from %s in %s",
                         qPrintable(result.address), qPrintable(m_cache->dir()));
        }
    }
    Q_EMIT finished(result);
}

RemoteCatalogResult RemoteCatalogLoader::openCachedCopy(const QUrl &url) const
{
    RemoteCatalogResult result;
    result.url = url;
    const QUrl document = catalogDocumentAddress(url);
    result.address = NetworkAccess::displayAddress(document);
    const std::optional<CachedCatalog> copy = m_cache->read(document);
    if (!copy) {
        result.error = tr("No copy of %1 is kept.").arg(result.address);
        return result;
    }
    const CatalogLoadResult cached =
        CatalogReader::readData(copy->data, readOptions(document, copy->location));
    result.problems = cached.problems;
    result.catalog = cached.catalog;
    result.copyDate = copy->fetched;
    fallBack(result, RemoteCatalogResult::Notice::OfflineCopy);
    return result;
}

bool RemoteCatalogLoader::isUpdateCheckDue(const QUrl &url, const QDateTime &now) const
{
    const std::optional<CachedCatalog> copy = m_cache->read(catalogDocumentAddress(url));
    if (!copy || !copy->checked.isValid())
        return true;
    return copy->checked.secsTo(now) >= 24 * 60 * 60;
}

} // namespace fa
