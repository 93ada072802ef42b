#include "downloadindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fa {

QList<DownloadItem> DownloadIndex::load(const QString &folder)
{
    QList<DownloadItem> items;
    QFile file(QDir(folder).filePath(QLatin1String(fileName)));
    if (!file.open(QIODevice::ReadOnly))
        return items;
    const QJsonArray files =
        QJsonDocument::fromJson(file.read(16 * 1024 * 1024)).object().value(u"files"_s).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject o = value.toObject();
        DownloadItem item;
        item.fileName = QFileInfo(o.value(u"file"_s).toString()).fileName();
        if (item.fileName.isEmpty())
            continue;
        item.localPath = QDir(folder).filePath(item.fileName);
        const QFileInfo info(item.localPath);
        if (!info.isFile())
            continue;
        item.url = QUrl(o.value(u"url"_s).toString());
        item.title = o.value(u"title"_s).toString();
        item.sha256 = o.value(u"sha256"_s).toString().toLatin1();
        item.state = DownloadItem::State::Finished;
        item.received = item.total = info.size();
        item.finishedAt = QDateTime::fromString(o.value(u"finished"_s).toString(), Qt::ISODate);
        items.append(item);
    }
    return items;
}

bool DownloadIndex::save(const QString &folder, const QList<DownloadItem> &finished)
{
    QJsonArray files;
    for (const DownloadItem &item : finished) {
        QJsonObject o;
        o.insert(u"url"_s, item.url.adjusted(QUrl::RemoveUserInfo).toString());
        o.insert(u"title"_s, item.title);
        o.insert(u"file"_s, item.fileName);
        o.insert(u"size"_s, item.total);
        if (!item.sha256.isEmpty())
            o.insert(u"sha256"_s, QString::fromLatin1(item.sha256));
        o.insert(u"finished"_s, item.finishedAt.toUTC().toString(Qt::ISODate));
        files.append(o);
    }
    QJsonObject root;
    root.insert(u"version"_s, 1);
    root.insert(u"files"_s, files);
    if (!QDir().mkpath(folder))
        return false;
    QSaveFile file(QDir(folder).filePath(QLatin1String(fileName)));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}

} // namespace fa
