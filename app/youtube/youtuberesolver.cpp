#include "youtuberesolver.h"

#include "youtubeaddress.h"
#include "youtubeanswerreader.h"
#include "youtubeformatchooser.h"

#include <QDateTime>
#include <QPointer>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

constexpr int maxReportedLines = 20;
constexpr int maxLineLength = 2000;

} // namespace

YouTubeResolver::YouTubeResolver(QObject *parent)
    : QObject(parent)
{}

YouTubeResolver::~YouTubeResolver()
{
    // No signals while being destroyed: stop the programs quietly, and reap
    // those already stopped, so that none outlives the resolver.
    while (!m_jobs.empty())
        takeJob(m_jobs.begin()->first);
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

const GStreamerPlugins &YouTubeResolver::plugins()
{
    if (!m_plugins)
        m_plugins = GStreamerPlugins::detect();
    return *m_plugins;
}

QStringList YouTubeResolver::argumentsFor(const QString &videoId)
{
    return {u"--ignore-config"_s,
            u"--no-playlist"_s,
            u"--no-warnings"_s,
            u"-J"_s,
            u"-f"_s,
            YouTubeFormatChooser(plugins()).selector(),
            u"--"_s,
            YouTubeAddress::canonical(videoId).toString(QUrl::FullyEncoded)};
}

void YouTubeResolver::failLater(const YouTubeFailure &failure)
{
    QMetaObject::invokeMethod(
        this, [this, failure] { Q_EMIT failed(failure); }, Qt::QueuedConnection);
}

void YouTubeResolver::resolve(const QUrl &address)
{
    if (!YouTubeAddress::isResolvable(address)) {
        failLater(YouTubeFailure::of(YouTubeFailure::Kind::NotYouTube, address));
        return;
    }
    const QString videoId = YouTubeAddress::videoId(address);
    if (isResolving(videoId))
        return;
    const QString program = m_locator.program();
    if (program.isEmpty()) {
        YouTubeFailure failure =
            YouTubeFailure::of(YouTubeFailure::Kind::NotInstalled, address, videoId);
        failure.programPath = m_locator.configuredPath();
        failLater(failure);
        return;
    }

    auto job = std::make_unique<Job>();
    job->address = address;
    job->process = new QProcess(this);
    job->timer = new QTimer(this);
    QProcess *process = job->process;
    process->setProgram(program);
    process->setArguments(argumentsFor(videoId));
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, videoId] { readOutput(videoId); });
    connect(process, &QProcess::readyReadStandardError, this, [this, videoId] {
        Job &j = *m_jobs.at(videoId);
        j.err += j.process->readAllStandardError();
        // Errors come last: keep the end of what it writes.
        if (j.err.size() > maxErrorBytes)
            j.err = j.err.right(maxErrorBytes);
    });
    connect(process, &QProcess::finished, this,
            [this, videoId](int exitCode, QProcess::ExitStatus status) {
                finish(videoId, exitCode, status == QProcess::CrashExit);
            });
    // Queued: a failed start may be reported from within start().
    connect(
        process, &QProcess::errorOccurred, this,
        [this, videoId, process = QPointer<QProcess>(process)](QProcess::ProcessError error) {
            const auto it = m_jobs.find(videoId);
            if (error != QProcess::FailedToStart || !process || it == m_jobs.end()
                || it->second->process != process)
                return;
            YouTubeFailure failure = YouTubeFailure::of(YouTubeFailure::Kind::CouldNotStart,
                                                        it->second->address, videoId);
            failure.programPath = process->program();
            failure.detail = process->errorString();
            fail(videoId, failure);
        },
        Qt::QueuedConnection);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, videoId] {
        YouTubeFailure failure = YouTubeFailure::of(YouTubeFailure::Kind::TimedOut,
                                                    m_jobs.at(videoId)->address, videoId);
        failure.timeoutSeconds = int((m_timeout.count() + 999) / 1000);
        fail(videoId, failure);
    });
    job->timer->start(m_timeout);
    m_jobs.emplace(videoId, std::move(job));
    process->start(QIODevice::ReadOnly);
    Q_EMIT started(videoId);
}

void YouTubeResolver::readOutput(const QString &videoId)
{
    Job &job = *m_jobs.at(videoId);
    job.out += job.process->readAllStandardOutput();
    if (job.out.size() > m_maxAnswerBytes) {
        YouTubeFailure failure =
            YouTubeFailure::of(YouTubeFailure::Kind::Unreadable, job.address, videoId);
        failure.detail = YouTubeAnswerReader::tr("it is larger than %1 bytes")
                             .arg(QString::number(m_maxAnswerBytes));
        fail(videoId, failure);
    }
}

QStringList YouTubeResolver::errorLines(const QByteArray &stderrBytes)
{
    QStringList errors;
    QStringList last;
    for (const QByteArray &raw : stderrBytes.split('\n')) {
        const QString line = QString::fromUtf8(raw.trimmed()).left(maxLineLength);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"ERROR:") && errors.size() < maxReportedLines)
            errors << line;
        last << line;
        if (last.size() > 3)
            last.removeFirst();
    }
    return errors.isEmpty() ? last : errors;
}

void YouTubeResolver::finish(const QString &videoId, int exitCode, bool crashed)
{
    if (m_jobs.count(videoId) == 0)
        return;
    readOutput(videoId); // may end the job when the answer is too large
    if (m_jobs.count(videoId) == 0)
        return;
    const std::unique_ptr<Job> job = takeJob(videoId);
    job->err += job->process->readAllStandardError();
    if (crashed || exitCode != 0) {
        YouTubeFailure failure =
            YouTubeFailure::of(YouTubeFailure::Kind::ProgramFailed, job->address, videoId);
        failure.exitCode = exitCode;
        failure.crashed = crashed;
        failure.lines = errorLines(job->err);
        Q_EMIT failed(failure);
        return;
    }
    auto answer = YouTubeAnswerReader::read(job->out, YouTubeFormatChooser(plugins()), videoId,
                                            job->address, QDateTime::currentDateTimeUtc());
    if (auto *failure = std::get_if<YouTubeFailure>(&answer))
        Q_EMIT failed(*failure);
    else
        Q_EMIT resolved(std::get<YouTubeVideo>(answer));
}

void YouTubeResolver::fail(const QString &videoId, YouTubeFailure failure)
{
    if (!takeJob(videoId))
        return;
    Q_EMIT failed(failure);
}

std::unique_ptr<YouTubeResolver::Job> YouTubeResolver::takeJob(const QString &videoId)
{
    const auto it = m_jobs.find(videoId);
    if (it == m_jobs.end())
        return nullptr;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    job->timer->stop();
    job->timer->deleteLater();
    QProcess *process = job->process;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
    } else {
        // Deleted once it has ended, so that it is reaped without blocking here.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                process->deleteLater();
        });
        process->kill();
    }
    return job;
}

void YouTubeResolver::cancel(const QString &videoId)
{
    const std::unique_ptr<Job> job = takeJob(videoId);
    if (job)
        Q_EMIT failed(YouTubeFailure::of(YouTubeFailure::Kind::Cancelled, job->address, videoId));
}

void YouTubeResolver::cancelAll()
{
    while (!m_jobs.empty())
        cancel(m_jobs.begin()->first);
}

} // namespace fa
