#pragma once

#include "gstreamerplugins.h"
#include "youtubefailure.h"
#include "youtubevideo.h"
#include "ytdlplocator.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QProcess;
class QTimer;

namespace fa {

// Turns a YouTube address into a stream the player can open by running yt-dlp
// as a child process: program and argument list, never a shell, with
// `--ignore-config` (a user's configuration could add --exec) and the
// canonical address after `--`. One run per video at a time; each run ends in
// exactly one resolved() or failed(), never emitted from within resolve().
class YouTubeResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{30000};
    static constexpr qint64 defaultMaxAnswerBytes = 32 * 1024 * 1024;
    static constexpr qint64 maxErrorBytes = 256 * 1024;

    explicit YouTubeResolver(QObject *parent = nullptr);
    ~YouTubeResolver() override;

    // The location set in Preferences; empty: yt-dlp on PATH.
    void setProgramPath(const QString &path) { m_locator.setConfiguredPath(path); }
    QString programPath() const { return m_locator.configuredPath(); }
    // Found at the first resolve from GStreamer's plugin folders unless set.
    void setPlugins(const GStreamerPlugins &plugins) { m_plugins = plugins; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // The arguments given to yt-dlp for a video.
    QStringList argumentsFor(const QString &videoId);

    void resolve(const QUrl &address);
    bool isResolving(const QString &videoId) const { return m_jobs.count(videoId) != 0; }
    // Stops the run for the video (or all runs); each ends in failed() with Kind::Cancelled.
    void cancel(const QString &videoId);
    void cancelAll();

Q_SIGNALS:
    void started(const QString &videoId);
    void resolved(const fa::YouTubeVideo &video);
    void failed(const fa::YouTubeFailure &failure);

private:
    struct Job
    {
        QUrl address;
        QProcess *process = nullptr; // child of the resolver
        QTimer *timer = nullptr;
        QByteArray out;
        QByteArray err;
    };

    const GStreamerPlugins &plugins();
    void failLater(const YouTubeFailure &failure);
    void readOutput(const QString &videoId);
    void finish(const QString &videoId, int exitCode, bool crashed);
    void fail(const QString &videoId, YouTubeFailure failure);
    // Takes the job out and stops its process without waiting for it.
    std::unique_ptr<Job> takeJob(const QString &videoId);
    static QStringList errorLines(const QByteArray &stderrBytes);

    YtDlpLocator m_locator;
    std::optional<GStreamerPlugins> m_plugins;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    qint64 m_maxAnswerBytes = defaultMaxAnswerBytes;
    std::map<QString, std::unique_ptr<Job>> m_jobs;
};

} // namespace fa
