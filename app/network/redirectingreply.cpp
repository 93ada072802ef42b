#include "redirectingreply.h"

#include "networkaccess.h"
#include "webaddress.h"

#include <QNetworkAccessManager>

namespace fa {

namespace {
// What a caller may ask of the reply; the rest of a hop's attributes stay with it.
constexpr QNetworkRequest::Attribute answerAttributes[] = {
    QNetworkRequest::HttpStatusCodeAttribute,    QNetworkRequest::HttpReasonPhraseAttribute,
    QNetworkRequest::RedirectionTargetAttribute, QNetworkRequest::ConnectionEncryptedAttribute,
    QNetworkRequest::SourceIsFromCacheAttribute, QNetworkRequest::HttpPipeliningWasUsedAttribute,
    QNetworkRequest::Http2WasUsedAttribute,      QNetworkRequest::OriginalContentLengthAttribute,
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

QUrl withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}
} // namespace

RedirectingReply::RedirectingReply(QNetworkAccessManager *manager, const QNetworkRequest &request,
                                   int maxRedirects, QObject *parent,
                                   QNetworkAccessManager::Operation operation)
    : QNetworkReply(parent)
    , m_manager(manager)
    , m_request(request)
    , m_maxRedirects(maxRedirects)
    , m_operation(operation == QNetworkAccessManager::HeadOperation
                      ? operation
                      : QNetworkAccessManager::GetOperation)
{
    setRequest(request);
    setOperation(m_operation);
    open(QIODevice::ReadOnly);
    m_visited.append(withoutFragment(request.url()));
    startHop(request.url());
}

RedirectingReply::~RedirectingReply()
{
    releaseHop();
}

void RedirectingReply::startHop(const QUrl &url)
{
    QNetworkRequest request = m_request;
    request.setUrl(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Credentials given for one server are not handed to another.
    if (!sameOrigin(url, m_request.url()))
        request.setRawHeader("Authorization", QByteArray());
    setUrl(url);
    m_hopIsRedirect = false;
    m_hop = m_operation == QNetworkAccessManager::HeadOperation ? m_manager->head(request)
                                                                : m_manager->get(request);
    m_hop->setReadBufferSize(readBufferSize());
    connect(m_hop, &QNetworkReply::metaDataChanged, this, &RedirectingReply::onHopMetaData);
    connect(m_hop, &QNetworkReply::readyRead, this, &RedirectingReply::onHopReadyRead);
    connect(m_hop, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!m_hopIsRedirect)
            Q_EMIT downloadProgress(received, total);
    });
    connect(m_hop, &QNetworkReply::finished, this, &RedirectingReply::onHopFinished);
    connect(m_hop, &QNetworkReply::sslErrors, this, &QNetworkReply::sslErrors);
    connect(m_hop, &QNetworkReply::encrypted, this, &QNetworkReply::encrypted);
}

void RedirectingReply::releaseHop()
{
    if (!m_hop)
        return;
    // Deleted later: this may run while the hop is still emitting a signal.
    m_hop->disconnect(this);
    m_hop->abort();
    m_hop->deleteLater();
    m_hop = nullptr;
}

bool RedirectingReply::isRedirect() const
{
    const int status = m_hop->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirectStatus =
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    return redirectStatus && !m_hop->rawHeader("Location").isEmpty();
}

void RedirectingReply::onHopMetaData()
{
    // A redirect's headers and body are never shown: the next hop's will be.
    m_hopIsRedirect = isRedirect();
    if (m_hopIsRedirect)
        return;
    takeMetaData();
    Q_EMIT metaDataChanged();
}

void RedirectingReply::onHopReadyRead()
{
    if (m_hopIsRedirect)
        m_hop->readAll();
    else
        Q_EMIT readyRead();
}

void RedirectingReply::onHopFinished()
{
    // Following only once the redirect's (small) body is read keeps the
    // connection open for the next hop.
    if (m_hop->error() == QNetworkReply::NoError && isRedirect()) {
        const QString location = QString::fromUtf8(m_hop->rawHeader("Location"));
        const QUrl relative(location, QUrl::TolerantMode);
        if (relative.isValid()) {
            follow(m_hop->url().resolved(relative));
        } else {
            NetworkAccess::abortWith(this, NetworkFailure::Kind::RedirectScheme,
                                     NetworkAccess::stripCredentials(location));
        }
        return;
    }
    takeMetaData();
    const NetworkError error = m_hop->error();
    if (error != QNetworkReply::NoError)
        setError(error, m_hop->errorString());
    setFinished(true);
    if (error != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void RedirectingReply::follow(const QUrl &target)
{
    using Kind = NetworkFailure::Kind;
    // A redirect back to an address already asked would repeat forever.
    if (redirectCount() >= m_maxRedirects || m_visited.contains(withoutFragment(target))) {
        NetworkAccess::abortWith(this, Kind::RedirectLoop, NetworkAccess::displayAddress(target));
    } else if (!isWebAddress(target)) {
        NetworkAccess::abortWith(this, Kind::RedirectScheme, NetworkAccess::displayAddress(target));
    } else if (m_hop->url().scheme() == u"https" && target.scheme() != u"https") {
        // What was asked over TLS is not fetched in the clear, as Qt's own default
        // redirect policy (NoLessSafeRedirectPolicy) would also refuse.
        NetworkAccess::abortWith(this, Kind::RedirectDowngrade,
                                 NetworkAccess::displayAddress(target));
    } else {
        releaseHop();
        m_visited.append(withoutFragment(target));
        Q_EMIT redirected(target);
        if (!isFinished()) // not stopped by whoever heard of the redirect
            startHop(target);
    }
}

void RedirectingReply::takeMetaData()
{
    for (const QNetworkRequest::Attribute code : answerAttributes) {
        if (const QVariant value = m_hop->attribute(code); value.isValid())
            setAttribute(code, value);
    }
    // Raw headers are parsed into the known ones (content type, length, ...) too.
    const QList<RawHeaderPair> headers = m_hop->rawHeaderPairs();
    for (const RawHeaderPair &header : headers)
        setRawHeader(header.first, header.second);
    setUrl(m_hop->url());
}

void RedirectingReply::abort()
{
    if (isFinished())
        return;
    releaseHop();
    QNetworkReply::close();
    setError(OperationCanceledError, tr("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

void RedirectingReply::close()
{
    if (isFinished())
        QNetworkReply::close();
    else
        abort();
}

qint64 RedirectingReply::bytesAvailable() const
{
    const qint64 pending = m_hop && !m_hopIsRedirect ? m_hop->bytesAvailable() : 0;
    return QNetworkReply::bytesAvailable() + pending;
}

void RedirectingReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    if (m_hop)
        m_hop->setReadBufferSize(size);
}

qint64 RedirectingReply::readData(char *data, qint64 maxSize)
{
    if (m_hop && !m_hopIsRedirect) {
        if (const qint64 n = m_hop->read(data, maxSize); n > 0)
            return n;
    }
    return isFinished() ? -1 : 0;
}

} // namespace fa
