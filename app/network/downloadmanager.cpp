#include "downloadmanager.h"

#include "downloadindex.h"
#include "networkaccess.h"
#include "transferrate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fa {

struct DownloadManager::Transfer
{
    QNetworkReply *reply = nullptr;
    QFile part;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    TransferRate rate;
    bool restart = false; // the partial file no longer fits: start over
};

namespace {
bool sameAddress(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::RemoveUserInfo) == b.adjusted(QUrl::RemoveUserInfo);
}

// "bytes 100-199/1000" -> first byte and total (-1 when "*").
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    static const QRegularExpression re(u"^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"_s);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value.trimmed()));
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *total = m.captured(3) == u"*" ? -1 : m.captured(3).toLongLong();
    return true;
}
} // namespace

DownloadManager::DownloadManager(NetworkAccess *access, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_folder(folder)
    , m_model(new DownloadModel(this))
{
    for (DownloadItem item : DownloadIndex::load(m_folder)) {
        item.id = m_nextId++;
        m_model->append(item);
    }
}

DownloadManager::~DownloadManager()
{
    for (auto &[id, transfer] : m_transfers) {
        transfer->reply->disconnect(this);
        transfer->reply->abort();
        transfer->reply->deleteLater();
    }
}

const DownloadItem *DownloadManager::item(int id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? nullptr : &m_model->items().at(row);
}

QString DownloadManager::localPath(const QUrl &url) const
{
    for (const DownloadItem &item : m_model->items()) {
        if (item.state == DownloadItem::State::Finished && sameAddress(item.url, url)
            && QFileInfo::exists(item.localPath))
            return item.localPath;
    }
    return {};
}

QString DownloadManager::finalPath(const DownloadItem &item) const
{
    return QDir(m_folder).filePath(item.fileName);
}

QString DownloadManager::uniqueFileName(const QString &wanted) const
{
    static const QRegularExpression unsafe(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    QString name = QFileInfo(wanted).fileName().replace(unsafe, u"_"_s);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = u"download"_s;
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    QString candidate = name;
    for (int n = 2;; ++n) {
        bool taken = QFileInfo::exists(QDir(m_folder).filePath(candidate));
        for (const DownloadItem &item : m_model->items()) {
            if (item.fileName == candidate)
                taken = true;
        }
        if (!taken)
            return candidate;
        candidate = base + u" (" + QString::number(n) + u')' + suffix;
    }
}

int DownloadManager::enqueue(const DownloadRequest &request)
{
    for (const DownloadItem &existing : m_model->items()) {
        if (!sameAddress(existing.url, request.url))
            continue;
        if (existing.state == DownloadItem::State::Finished
            && !QFileInfo::exists(existing.localPath))
            continue;
        if (existing.state == DownloadItem::State::Paused
            || existing.state == DownloadItem::State::Failed)
            resume(existing.id);
        return existing.id;
    }
    DownloadItem item;
    item.id = m_nextId++;
    item.url = request.url;
    item.title = request.title;
    item.sha256 = request.sha256.toLower();
    item.fileName =
        uniqueFileName(request.fileName.isEmpty() ? request.url.fileName() : request.fileName);
    m_model->append(item);
    startQueued();
    return item.id;
}

void DownloadManager::cancel(int id)
{
    const auto it = m_transfers.find(id);
    if (it != m_transfers.end()) {
        NetworkAccess::abortWith(it->second->reply, NetworkFailure::Kind::Cancelled);
        return;
    }
    if (DownloadItem *item = m_model->item(id); item && item->state == DownloadItem::State::Queued)
        setState(*item, DownloadItem::State::Paused);
}

void DownloadManager::resume(int id)
{
    DownloadItem *item = m_model->item(id);
    if (!item
        || (item->state != DownloadItem::State::Paused
            && item->state != DownloadItem::State::Failed))
        return;
    item->error.clear();
    setState(*item, DownloadItem::State::Queued);
    startQueued();
}

void DownloadManager::remove(int id)
{
    DownloadItem *item = m_model->item(id);
    if (!item)
        return;
    const bool wasFinished = item->state == DownloadItem::State::Finished;
    const QString part = partPath(finalPath(*item));
    if (const auto it = m_transfers.find(id); it != m_transfers.end()) {
        QNetworkReply *reply = it->second->reply;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_transfers.erase(it);
    }
    QFile::remove(part);
    m_model->remove(id);
    if (wasFinished)
        saveIndex();
    startQueued();
}

void DownloadManager::startQueued()
{
    for (const DownloadItem &item : m_model->items()) {
        if (runningCount() >= maxConcurrent)
            return;
        if (item.state == DownloadItem::State::Queued)
            start(*m_model->item(item.id));
    }
}

void DownloadManager::start(DownloadItem &item)
{
    if (!QDir().mkpath(m_folder)) {
        fail(item,
             tr("Cannot create the download folder %1.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    const QString part = partPath(finalPath(item));
    const qint64 existing = QFileInfo(part).isFile() ? QFileInfo(part).size() : 0;

    QNetworkRequest request(item.url);
    if (existing > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(existing) + '-');
        // If-Range makes the server send the whole file when it changed meanwhile.
        if (!item.etag.isEmpty() && !item.etag.startsWith("W/"))
            request.setRawHeader("If-Range", item.etag);
        else if (!item.lastModified.isEmpty())
            request.setRawHeader("If-Range", item.lastModified);
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->part.setFileName(part);
    transfer->reply = m_access->get(request);
    transfer->rate.start();
    const int id = item.id;
    QNetworkReply *reply = transfer->reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    m_transfers.emplace(id, std::move(transfer));
    item.rate = 0;
    item.eta = -1;
    setState(item, DownloadItem::State::Running);
}

void DownloadManager::onMetaData(int id)
{
    Transfer &t = *m_transfers.at(id);
    DownloadItem &item = *m_model->item(id);
    const int status = t.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (t.part.isOpen())
        return;
    if (status == 416) {
        t.restart = true;
        NetworkAccess::abortWith(t.reply, NetworkFailure::Kind::Cancelled);
        return;
    }
    if (status != 200 && status != 206)
        return;
    item.etag = t.reply->rawHeader("ETag");
    item.lastModified = t.reply->rawHeader("Last-Modified");
    const qint64 existing = t.part.exists() ? t.part.size() : 0;
    qint64 first = 0;
    qint64 total = -1;
    if (status == 206) {
        if (!parseContentRange(t.reply->rawHeader("Content-Range"), &first, &total)
            || first != existing) {
            t.restart = true;
            NetworkAccess::abortWith(t.reply, NetworkFailure::Kind::Cancelled);
            return;
        }
        QFile previous(t.part.fileName());
        if (previous.open(QIODevice::ReadOnly))
            t.hash.addData(&previous);
    } else {
        const QVariant length = t.reply->header(QNetworkRequest::ContentLengthHeader);
        total = length.isValid() ? length.toLongLong() : -1;
    }
    const QIODevice::OpenMode mode =
        status == 206 ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!t.part.open(mode)) {
        fail(item, tr("Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(t.part.fileName()), t.part.errorString()));
        NetworkAccess::abortWith(t.reply, NetworkFailure::Kind::Other);
        return;
    }
    item.received = first;
    item.total = total;
    t.rate.add(first);
    m_model->changed(id);
}

void DownloadManager::onReadyRead(int id)
{
    Transfer &t = *m_transfers.at(id);
    if (!t.part.isOpen())
        return;
    DownloadItem &item = *m_model->item(id);
    const QByteArray data = t.reply->readAll();
    if (data.isEmpty())
        return;
    if (t.part.write(data) != data.size()) {
        fail(item, tr("Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(t.part.fileName()), t.part.errorString()));
        NetworkAccess::abortWith(t.reply, NetworkFailure::Kind::Other);
        return;
    }
    t.hash.addData(data);
    item.received += data.size();
    t.rate.add(item.received);
    item.rate = t.rate.bytesPerSecond();
    item.eta = t.rate.secondsLeft(item.received, item.total);
    m_model->changed(id);
    Q_EMIT progress(id, item.received, item.total);
}

void DownloadManager::onFinished(int id)
{
    const auto it = m_transfers.find(id);
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_transfers.erase(it);
    t->reply->deleteLater();
    DownloadItem &item = *m_model->item(id);

    const NetworkFailure failure = NetworkAccess::failureOf(t->reply);
    if (failure.ok() && t->part.isOpen()) {
        const QByteArray rest = t->reply->readAll();
        t->part.write(rest);
        t->hash.addData(rest);
        item.received += rest.size();
    }
    t->part.close();
    item.rate = 0;
    item.eta = -1;

    if (t->restart) {
        QFile::remove(t->part.fileName());
        item.etag.clear();
        item.lastModified.clear();
        item.received = 0;
        setState(item, DownloadItem::State::Queued);
    } else if (item.state == DownloadItem::State::Failed) {
        // A write error was already reported.
    } else if (failure.kind == NetworkFailure::Kind::Cancelled) {
        setState(item, DownloadItem::State::Paused);
    } else if (!failure.ok()) {
        fail(item, NetworkAccess::message(failure));
    } else if (!QFileInfo::exists(t->part.fileName())) {
        fail(item, tr("%1 sent nothing to download.").arg(NetworkAccess::displayAddress(item.url)));
    } else {
        complete(item, *t);
    }
    startQueued();
}

void DownloadManager::complete(DownloadItem &item, Transfer &transfer)
{
    const QString part = transfer.part.fileName();
    if (!item.sha256.isEmpty() && transfer.hash.result().toHex() != item.sha256) {
        QFile::remove(part);
        item.received = 0;
        fail(item, tr("The file downloaded from %1 does not match its sha256 checksum; it was "
                      "discarded.")
                       .arg(NetworkAccess::displayAddress(item.url)));
        return;
    }
    const QString target = finalPath(item);
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        fail(item, tr("Cannot rename %1 to %2.")
                       .arg(QDir::toNativeSeparators(part), QDir::toNativeSeparators(target)));
        return;
    }
    item.localPath = target;
    item.total = item.received = QFileInfo(target).size();
    item.finishedAt = QDateTime::currentDateTimeUtc();
    item.error.clear();
    setState(item, DownloadItem::State::Finished);
    saveIndex();
    Q_EMIT finished(item.id, target);
}

void DownloadManager::fail(DownloadItem &item, const QString &message)
{
    item.error = message;
    setState(item, DownloadItem::State::Failed);
    Q_EMIT failed(item.id, message);
}

void DownloadManager::setState(DownloadItem &item, DownloadItem::State state)
{
    item.state = state;
    m_model->changed(item.id);
    Q_EMIT stateChanged(item.id, state);
}

void DownloadManager::saveIndex()
{
    QList<DownloadItem> done;
    for (const DownloadItem &item : m_model->items()) {
        if (item.state == DownloadItem::State::Finished)
            done.append(item);
    }
    if (!DownloadIndex::save(m_folder, done))
        qWarning("Cannot write the download index in %s", qPrintable(m_folder));
}

} // namespace fa
