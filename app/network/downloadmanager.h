#pragma once

#include "downloaditem.h"
#include "downloadmodel.h"

#include <QObject>

#include <map>
#include <memory>

namespace fa {

class NetworkAccess;

// Downloads presentation materials into a folder: at most three at once, each
// written to "<name>.part", resumed with a Range request, checked against its
// sha256 and renamed when complete. Finished files are remembered across runs.
class DownloadManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConcurrent = 3;

    DownloadManager(NetworkAccess *access, const QString &folder, QObject *parent = nullptr);
    ~DownloadManager() override;

    QString folder() const { return m_folder; }
    DownloadModel *model() const { return m_model; }

    // Returns the id of the download; an address already finished or queued
    // returns the existing one (a paused or failed one is resumed).
    int enqueue(const DownloadRequest &request);
    // Stops a download and keeps its partial file for resume().
    void cancel(int id);
    void resume(int id);
    // Forgets a download and deletes its partial file (a finished file stays).
    void remove(int id);

    const DownloadItem *item(int id) const;
    int runningCount() const { return int(m_transfers.size()); }
    // The finished file for an address, or an empty string.
    QString localPath(const QUrl &url) const;
    static QString partPath(const QString &finalPath)
    {
        return finalPath + QStringLiteral(".part");
    }

Q_SIGNALS:
    void progress(int id, qint64 bytesReceived, qint64 bytesTotal);
    void stateChanged(int id, fa::DownloadItem::State state);
    void finished(int id, const QString &localPath);
    void failed(int id, const QString &message);

private:
    struct Transfer;
    void startQueued();
    void start(DownloadItem &item);
    void onMetaData(int id);
    void onReadyRead(int id);
    void onFinished(int id);
    void complete(DownloadItem &item, Transfer &transfer);
    void fail(DownloadItem &item, const QString &message);
    void setState(DownloadItem &item, DownloadItem::State state);
    void saveIndex();
    QString uniqueFileName(const QString &wanted) const;
    QString finalPath(const DownloadItem &item) const;

    NetworkAccess *const m_access;
    const QString m_folder;
    DownloadModel *const m_model;
    std::map<int, std::unique_ptr<Transfer>> m_transfers;
    int m_nextId = 1;
};

} // namespace fa
