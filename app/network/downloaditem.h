#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace fa {

struct DownloadRequest
{
    QUrl url;
    QString title;
    QString fileName;  // default: the last part of the address
    QByteArray sha256; // lower-case hex; empty when unknown
};

struct DownloadItem
{
    enum class State { Queued, Running, Paused, Finished, Failed };

    int id = 0;
    QUrl url;
    QString title;
    QString fileName;
    QByteArray sha256;
    State state = State::Queued;
    qint64 received = 0;
    qint64 total = -1; // -1 when the server does not say
    double rate = 0;   // bytes per second
    qint64 eta = -1;   // seconds left, -1 when unknown
    QString error;
    QString localPath; // the finished file
    QByteArray etag;   // validators of the partial file, for If-Range
    QByteArray lastModified;
    QDateTime finishedAt;

    // 0..1, or -1 when the size is unknown.
    double progress() const
    {
        if (state == State::Finished)
            return 1.0;
        return total > 0 ? double(received) / double(total) : -1.0;
    }
};

} // namespace fa
