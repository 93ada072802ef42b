#include "networkaccess.h"

#include "redirectingreply.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
// Dynamic properties that travel with a reply until it is classified.
constexpr auto originalUrlProperty = "fa_originalUrl";
constexpr auto abortKindProperty = "fa_abortKind";
constexpr auto abortDetailProperty = "fa_abortDetail";
constexpr auto abortLimitProperty = "fa_abortLimit";
constexpr auto timeoutProperty = "fa_timeoutMs";
constexpr auto tlsErrorsProperty = "fa_tlsErrors";
} // namespace

NetworkAccess::NetworkAccess(const QString &httpCacheDir, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    if (!httpCacheDir.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_manager);
        cache->setCacheDirectory(httpCacheDir);
        m_manager->setCache(cache);
    }
}

QNetworkReply *NetworkAccess::get(QNetworkRequest request, CachePolicy cache)
{
    return send(std::move(request), cache, false);
}

QNetworkReply *NetworkAccess::head(QNetworkRequest request)
{
    return send(std::move(request), CachePolicy::NetworkOnly, true);
}

QNetworkReply *NetworkAccess::send(QNetworkRequest request, CachePolicy cache, bool head)
{
    const QUrl original = request.url();
    request.setTransferTimeout(m_timeoutMs);
    if (cache == CachePolicy::NetworkOnly) {
        // Catalogs and downloads keep their own copies; the HTTP cache would
        // otherwise answer their conditional and Range requests itself.
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    }

    // Its parent is the manager, as for the manager's own replies.
    QNetworkReply *reply = new RedirectingReply(m_manager, request, maxRedirects, m_manager,
                                                head ? QNetworkAccessManager::HeadOperation
                                                     : QNetworkAccessManager::GetOperation);
    reply->setProperty(originalUrlProperty, original);
    reply->setProperty(timeoutProperty, m_timeoutMs);
    // Never ignoreSslErrors(): the errors are only kept to explain the failure.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty(tlsErrorsProperty, texts.join(u"; "_s));
    });
    return reply;
}

void NetworkAccess::abortWith(QNetworkReply *reply, NetworkFailure::Kind kind,
                              const QString &detail, qint64 limit)
{
    if (reply->property(abortKindProperty).isValid())
        return;
    reply->setProperty(abortKindProperty, int(kind));
    reply->setProperty(abortDetailProperty, detail);
    reply->setProperty(abortLimitProperty, limit);
    reply->abort();
}

bool NetworkAccess::wasAborted(QNetworkReply *reply)
{
    return reply->property(abortKindProperty).isValid();
}

NetworkFailure NetworkAccess::failureOf(QNetworkReply *reply)
{
    NetworkFailure f;
    f.url = reply->property(originalUrlProperty).toUrl();
    if (f.url.isEmpty())
        f.url = reply->request().url();
    f.timeoutMs = reply->property(timeoutProperty).toInt();

    const QVariant aborted = reply->property(abortKindProperty);
    if (aborted.isValid()) {
        f.kind = NetworkFailure::Kind(aborted.toInt());
        f.detail = reply->property(abortDetailProperty).toString();
        f.limit = reply->property(abortLimitProperty).toLongLong();
        return f;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError) {
        // A redirect without a usable Location, or an interim status, is not an answer.
        if ((status >= 300 && status < 400 && status != 304) || (status > 0 && status < 200)) {
            f.kind = NetworkFailure::Kind::Other;
            f.detail = tr("unexpected answer %1").arg(status);
        }
        return f;
    }
    f.detail = stripCredentials(reply->errorString());
    switch (error) {
    case QNetworkReply::HostNotFoundError: f.kind = NetworkFailure::Kind::HostNotFound; break;
    case QNetworkReply::ConnectionRefusedError:
        f.kind = NetworkFailure::Kind::ConnectionRefused;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels without a recorded reason.
        f.kind = NetworkFailure::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        f.kind = NetworkFailure::Kind::Tls;
        if (const QString tls = reply->property(tlsErrorsProperty).toString(); !tls.isEmpty())
            f.detail = tls;
        break;
    case QNetworkReply::TooManyRedirectsError: f.kind = NetworkFailure::Kind::RedirectLoop; break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        // After the headers arrived, a closed connection means a short body.
        f.kind = status > 0 ? NetworkFailure::Kind::CutShort : NetworkFailure::Kind::Other;
        break;
    default:
        if (status >= 400) {
            f.kind = NetworkFailure::Kind::Http;
        } else {
            f.kind = NetworkFailure::Kind::Other;
        }
        break;
    }
    if (status >= 400 && f.kind != NetworkFailure::Kind::CutShort) {
        f.kind = NetworkFailure::Kind::Http;
        f.httpStatus = status;
        f.httpReason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    }
    return f;
}

QString NetworkAccess::message(const NetworkFailure &f)
{
    using Kind = NetworkFailure::Kind;
    const QString address = displayAddress(f.url);
    switch (f.kind) {
    case Kind::None: return {};
    case Kind::HostNotFound:
        return tr("Cannot reach %1: the server name was not found.").arg(address);
    case Kind::ConnectionRefused:
        return tr("Cannot reach %1: the server refused the connection.").arg(address);
    case Kind::Timeout:
        return tr("%1 did not answer in time (no data for %2 seconds).")
            .arg(address, QLocale().toString(f.timeoutMs / 1000.0, 'g', 3));
    case Kind::Tls:
        return tr("The secure connection to %1 failed and was not used: %2").arg(address, f.detail);
    case Kind::Http:
        return tr("%1 answered with HTTP error %2 (%3).")
            .arg(address, QString::number(f.httpStatus), f.httpReason);
    case Kind::CutShort:
        return tr("The transfer from %1 was cut short: the connection closed before all the "
                  "data arrived.")
            .arg(address);
    case Kind::TooLarge:
        return tr("%1 sends more than the limit of %2 MiB; the transfer was stopped.")
            .arg(address, QString::number(f.limit / (1024 * 1024)));
    case Kind::WrongContentType:
        return tr("%1 sent content of type '%2', not a JSON catalog.").arg(address, f.detail);
    case Kind::RedirectLoop:
        return tr("%1 redirects in a loop or more than %2 times.")
            .arg(address, QString::number(maxRedirects));
    case Kind::RedirectScheme:
        return tr("%1 redirects to '%2', which is not an http or https address; the redirect "
                  "was refused.")
            .arg(address, f.detail);
    case Kind::RedirectDowngrade:
        return tr("%1 redirects to '%2', which is not a secure (https) address; the redirect "
                  "was refused.")
            .arg(address, f.detail);
    case Kind::Cancelled: return tr("The transfer from %1 was cancelled.").arg(address);
    case Kind::Other: break;
    }
    return tr("Cannot load %1: %2").arg(address, f.detail);
}

QString NetworkAccess::displayAddress(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
}

QString NetworkAccess::stripCredentials(const QString &text)
{
    static const QRegularExpression userInfo(u"(\\b[A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"_s);
    QString result = text;
    return result.replace(userInfo, u"\\1"_s);
}

} // namespace fa
