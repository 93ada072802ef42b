#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace fa {

// The reply that NetworkAccess::get() hands out. Redirects are followed here,
// one request per hop, because Qt 6.4's user-verified policy sent some hops
// twice and ended replies with an interim status. Callers see a single reply:
// the headers, body and progress of the last hop, its address in url(), and
// the first address in request().
class RedirectingReply : public QNetworkReply
{
    Q_OBJECT

public:
    // request: sent again at each hop with only its address changed, so that
    // conditional and Range headers apply to the answer that is finally kept.
    // operation: GetOperation or HeadOperation.
    RedirectingReply(
        QNetworkAccessManager *manager, const QNetworkRequest &request, int maxRedirects,
        QObject *parent = nullptr,
        QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation);
    ~RedirectingReply() override;

    void abort() override;
    void close() override;
    qint64 bytesAvailable() const override;
    void setReadBufferSize(qint64 size) override;

    // The redirects followed so far.
    int redirectCount() const { return int(m_visited.size()) - 1; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void startHop(const QUrl &url);
    void releaseHop();
    void onHopMetaData();
    void onHopReadyRead();
    void onHopFinished();
    void follow(const QUrl &target);
    void takeMetaData();
    bool isRedirect() const;

    QNetworkAccessManager *const m_manager;
    const QNetworkRequest m_request;
    const int m_maxRedirects;
    const QNetworkAccessManager::Operation m_operation;
    QNetworkReply *m_hop = nullptr;
    bool m_hopIsRedirect = false;
    QList<QUrl> m_visited; // the first address, then every redirect target
};

} // namespace fa
