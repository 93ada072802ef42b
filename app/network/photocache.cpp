#include "photocache.h"

#include "networkaccess.h"
#include "webaddress.h"

#include <QAbstractNetworkCache>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace fa {

PhotoCache::PhotoCache(NetworkAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{}

QImage PhotoCache::photo(const QUrl &url)
{
    if (const auto it = m_images.constFind(url); it != m_images.constEnd())
        return *it;
    if (m_pending.contains(url))
        return {};
    if (!isWebAddress(url)) {
        const QString message =
            tr("'%1' is not an http or https address.").arg(NetworkAccess::displayAddress(url));
        m_errors.insert(url, message);
        QMetaObject::invokeMethod(
            this, [this, url, message] { Q_EMIT photoReady(url, {}, message); },
            Qt::QueuedConnection);
        return {};
    }
    // Once fetched, a photo is read from the disk cache without asking the server
    // again, even when the server gave no freshness information.
    if (QAbstractNetworkCache *cache = m_access->manager()->cache()) {
        if (std::unique_ptr<QIODevice> data{cache->data(url)}) {
            QImage image;
            if (image.loadFromData(data->read(maxPhotoSize))) {
                m_images.insert(url, image);
                return image;
            }
        }
    }
    m_pending.insert(url);
    QNetworkReply *reply =
        m_access->get(QNetworkRequest(url), NetworkAccess::CachePolicy::HttpCache);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxPhotoSize)
            NetworkAccess::abortWith(reply, NetworkFailure::Kind::TooLarge, {}, maxPhotoSize);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_pending.remove(url);
        QImage image;
        QString message;
        const NetworkFailure failure = NetworkAccess::failureOf(reply);
        if (!failure.ok()) {
            message = NetworkAccess::message(failure);
        } else if (!image.loadFromData(reply->read(maxPhotoSize))) {
            message =
                tr("The picture at %1 cannot be read.").arg(NetworkAccess::displayAddress(url));
        }
        if (message.isEmpty()) {
            m_images.insert(url, image);
            m_errors.remove(url);
        } else {
            m_errors.insert(url, message);
        }
        Q_EMIT photoReady(url, image, message);
    });
    return {};
}

} // namespace fa
