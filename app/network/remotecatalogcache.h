#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace fa {

// The last good copy of a remote catalog and the validators to revalidate it.
struct CachedCatalog
{
    QByteArray data;
    QByteArray etag;
    QByteArray lastModified; // as the server sent it
    QDateTime fetched;       // when this version was downloaded
    QDateTime checked;       // when the server last confirmed it
    // Where the copy came from after redirects, without user name and password:
    // the catalog's relative paths name files beside it. Empty when not kept.
    QUrl location;
};

// One file per address in a cache folder (never holding user names or passwords).
class RemoteCatalogCache
{
public:
    // Synced: each write reaches the disk before it counts (one copy per
    // catalog). Unsynced: still atomic, but without waiting for the disk, for
    // caches written thousands of times in a row that can always be fetched again.
    enum class Writes { Synced, Unsynced };

    explicit RemoteCatalogCache(const QString &dir, Writes writes = Writes::Synced);

    QString dir() const { return m_dir; }
    std::optional<CachedCatalog> read(const QUrl &url) const;
    // Atomic writes; false when the folder cannot be written.
    bool write(const QUrl &url, const CachedCatalog &copy) const;
    bool markChecked(const QUrl &url, const QDateTime &when) const;

    // File name stem for an address: a hash of it without user info.
    static QString key(const QUrl &url);

private:
    bool writeMeta(const QUrl &url, const CachedCatalog &copy) const;
    QString dataPath(const QUrl &url) const;
    QString metaPath(const QUrl &url) const;

    bool save(const QString &path, const QByteArray &data) const;

    QString m_dir;
    Writes m_writes = Writes::Synced;
};

} // namespace fa
