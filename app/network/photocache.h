#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace fa {

class NetworkAccess;

// Speaker photos from http(s) addresses: fetched once, then read from the HTTP
// disk cache of NetworkAccess (give it a cache folder) and kept decoded in memory.
class PhotoCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxPhotoSize = 8 * 1024 * 1024;

    explicit PhotoCache(NetworkAccess *access, QObject *parent = nullptr);

    // The photo when it is already loaded; otherwise a null image, and
    // photoReady() follows (the caller shows a placeholder meanwhile).
    QImage photo(const QUrl &url);
    // The last failure for an address, empty when none.
    QString error(const QUrl &url) const { return m_errors.value(url); }

Q_SIGNALS:
    // image is null on failure, and error says why.
    void photoReady(const QUrl &url, const QImage &image, const QString &error);

private:
    NetworkAccess *const m_access;
    QHash<QUrl, QImage> m_images;
    QHash<QUrl, QString> m_errors;
    QSet<QUrl> m_pending;
};

} // namespace fa
