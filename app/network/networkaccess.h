#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace fa {

// Why a transfer failed, with what is needed to say so plainly.
struct NetworkFailure
{
    enum class Kind {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Tls,
        Http,
        CutShort,
        TooLarge,
        WrongContentType,
        RedirectLoop,
        RedirectScheme,
        RedirectDowngrade,
        Cancelled,
        Other
    };

    Kind kind = Kind::None;
    QUrl url;           // the address asked for
    int httpStatus = 0; // for Http
    QString httpReason;
    QString detail;    // content type, refused redirect target, TLS or Qt error text
    qint64 limit = 0;  // bytes, for TooLarge
    int timeoutMs = 0; // for Timeout

    bool ok() const { return kind == Kind::None; }
};

// Owns the application's one QNetworkAccessManager and the rules every transfer
// follows: a timeout, at most five redirects and only to http(s), never from
// https to http, TLS errors never ignored. Created by the application and passed
// to whoever needs it.
class NetworkAccess : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 20000;
    static constexpr int maxRedirects = 5;

    // HttpCache: saved in and revalidated against the disk cache, if there is one.
    enum class CachePolicy { NetworkOnly, HttpCache };

    // httpCacheDir: folder of the QNetworkDiskCache used by HttpCache requests;
    // empty for none.
    explicit NetworkAccess(const QString &httpCacheDir = {}, QObject *parent = nullptr);

    QNetworkAccessManager *manager() const { return m_manager; }
    // Longest wait without any data, in milliseconds.
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // A GET that follows the rules above. The caller owns the reply (deleteLater).
    // Redirects are followed inside the reply: its signals, headers and body are
    // those of the last address, which url() gives; request() keeps the first.
    QNetworkReply *get(QNetworkRequest request, CachePolicy cache = CachePolicy::NetworkOnly);
    // A HEAD under the same rules, never from a cache: is the address there?
    QNetworkReply *head(QNetworkRequest request);

    // Stops a reply and records why, so that failureOf() reports that reason.
    static void abortWith(QNetworkReply *reply, NetworkFailure::Kind kind,
                          const QString &detail = {}, qint64 limit = 0);
    // True once abortWith() stopped the reply.
    static bool wasAborted(QNetworkReply *reply);
    // What went wrong with a finished reply; Kind::None when nothing did.
    static NetworkFailure failureOf(QNetworkReply *reply);
    // A translated sentence naming the address (never its user name or password).
    static QString message(const NetworkFailure &failure);
    // The address for messages and logs: without user name and password.
    static QString displayAddress(const QUrl &url);
    // Removes "user:password@" from any address inside a text.
    static QString stripCredentials(const QString &text);

private:
    QNetworkReply *send(QNetworkRequest request, CachePolicy cache, bool head);

    QNetworkAccessManager *const m_manager;
    int m_timeoutMs = defaultTimeoutMs;
};

} // namespace fa
