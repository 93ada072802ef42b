#include "remotecatalogcache.h"

#include "catalogreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
bool saveAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

// A temporary file renamed over the old one: readers see the old or the new
// copy, never a part; only the wait for the disk is left out.
bool replaceUnsynced(const QString &path, const QByteArray &data)
{
    const QString temporary = path + u".part"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    std::error_code error;
    if (written)
        std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                                QFile::encodeName(path).toStdString(), error);
    if (!written || error) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}
} // namespace

RemoteCatalogCache::RemoteCatalogCache(const QString &dir, Writes writes)
    : m_dir(dir)
    , m_writes(writes)
{}

bool RemoteCatalogCache::save(const QString &path, const QByteArray &data) const
{
    return m_writes == Writes::Synced ? saveAtomically(path, data) : replaceUnsynced(path, data);
}

QString RemoteCatalogCache::key(const QUrl &url)
{
    const QByteArray address =
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment).toEncoded();
    return QString::fromLatin1(
        QCryptographicHash::hash(address, QCryptographicHash::Sha256).toHex().left(32));
}

QString RemoteCatalogCache::dataPath(const QUrl &url) const
{
    return QDir(m_dir).filePath(key(url) + u".json"_s);
}

QString RemoteCatalogCache::metaPath(const QUrl &url) const
{
    return QDir(m_dir).filePath(key(url) + u".meta.json"_s);
}

std::optional<CachedCatalog> RemoteCatalogCache::read(const QUrl &url) const
{
    if (m_dir.isEmpty())
        return std::nullopt;
    QFile dataFile(dataPath(url));
    if (!dataFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    CachedCatalog copy;
    copy.data = dataFile.read(CatalogReader::maxFileSize + 1);
    if (copy.data.size() > CatalogReader::maxFileSize)
        return std::nullopt;

    // Without readable metadata the copy still opens, only unconditionally refetched.
    QFile metaFile(metaPath(url));
    if (metaFile.open(QIODevice::ReadOnly)) {
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(64 * 1024)).object();
        copy.etag = meta.value(u"etag"_s).toString().toLatin1();
        copy.lastModified = meta.value(u"lastModified"_s).toString().toLatin1();
        copy.fetched = QDateTime::fromString(meta.value(u"fetched"_s).toString(), Qt::ISODate);
        copy.checked = QDateTime::fromString(meta.value(u"checked"_s).toString(), Qt::ISODate);
        copy.location = QUrl(meta.value(u"location"_s).toString(), QUrl::StrictMode);
    }
    if (!copy.fetched.isValid())
        copy.fetched = QFileInfo(dataFile).lastModified();
    return copy;
}

bool RemoteCatalogCache::write(const QUrl &url, const CachedCatalog &copy) const
{
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir))
        return false;
    return save(dataPath(url), copy.data) && writeMeta(url, copy);
}

bool RemoteCatalogCache::markChecked(const QUrl &url, const QDateTime &when) const
{
    std::optional<CachedCatalog> copy = read(url);
    if (!copy)
        return false;
    copy->checked = when;
    return writeMeta(url, *copy);
}

bool RemoteCatalogCache::writeMeta(const QUrl &url, const CachedCatalog &copy) const
{
    QJsonObject meta;
    meta.insert(u"url"_s, url.adjusted(QUrl::RemoveUserInfo).toString());
    meta.insert(u"etag"_s, QString::fromLatin1(copy.etag));
    meta.insert(u"lastModified"_s, QString::fromLatin1(copy.lastModified));
    meta.insert(u"fetched"_s, copy.fetched.toUTC().toString(Qt::ISODateWithMs));
    meta.insert(u"checked"_s, copy.checked.toUTC().toString(Qt::ISODateWithMs));
    if (!copy.location.isEmpty())
        meta.insert(u"location"_s, copy.location.adjusted(QUrl::RemoveUserInfo).toString());
    return save(metaPath(url), QJsonDocument(meta).toJson());
}

} // namespace fa
