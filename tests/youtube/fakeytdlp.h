#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace fa::test {

// Drives tests/support/fake-yt-dlp: a copy named `yt-dlp` in a folder of its
// own (to put on PATH or give as the configured location), how it answers,
// and the calls it has recorded.
class FakeYtDlp
{
public:
    static constexpr auto videoId = "Gf2022Day1x";

    FakeYtDlp()
    {
        QDir().mkpath(binDir());
        QFile::copy(QStringLiteral(FA_SOURCE_DIR "/tests/support/fake-yt-dlp"), program());
        QFile::setPermissions(program(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("FAKE_YTDLP_LOG", QFile::encodeName(logPath()));
        answerWith("{}");
    }
    ~FakeYtDlp()
    {
        for (const char *name : {"FAKE_YTDLP_LOG", "FAKE_YTDLP_MODE", "FAKE_YTDLP_ANSWER",
                                 "FAKE_YTDLP_ERROR", "FAKE_YTDLP_SLEEP"})
            qunsetenv(name);
    }
    FakeYtDlp(const FakeYtDlp &) = delete;
    FakeYtDlp &operator=(const FakeYtDlp &) = delete;

    QString binDir() const { return m_dir.path() + QStringLiteral("/bin"); }
    QString program() const { return binDir() + QStringLiteral("/yt-dlp"); }
    QString logPath() const { return m_dir.path() + QStringLiteral("/calls.log"); }

    static QByteArray fixture()
    {
        QFile file(QStringLiteral(FA_FIXTURES_DIR "/youtube/answer.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // The fixture with its stream addresses under `streamBase` expiring at `expire`.
    static QByteArray fixture(const QUrl &streamBase, const QDateTime &expire)
    {
        return fixture()
            .replace("@STREAM_BASE@", streamBase.toString(QUrl::FullyEncoded).toUtf8())
            .replace("@EXPIRE@", QByteArray::number(expire.toSecsSinceEpoch()));
    }

    void answerWith(const QByteArray &json)
    {
        const QString path = m_dir.path() + QStringLiteral("/answer.json");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(json);
        qputenv("FAKE_YTDLP_ANSWER", QFile::encodeName(path));
        qputenv("FAKE_YTDLP_MODE", "answer");
    }
    void failWith(const QByteArray &stderrText = {})
    {
        qputenv("FAKE_YTDLP_MODE", "error");
        if (stderrText.isEmpty())
            qunsetenv("FAKE_YTDLP_ERROR");
        else
            qputenv("FAKE_YTDLP_ERROR", stderrText);
    }
    void sleepFor(int seconds)
    {
        qputenv("FAKE_YTDLP_MODE", "sleep");
        qputenv("FAKE_YTDLP_SLEEP", QByteArray::number(seconds));
    }
    void printGarbage() { qputenv("FAKE_YTDLP_MODE", "garbage"); }
    void setMode(const QByteArray &mode) { qputenv("FAKE_YTDLP_MODE", mode); }

    // The arguments of each call so far.
    QList<QStringList> calls() const
    {
        QList<QStringList> calls;
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly))
            return calls;
        QStringList current;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line == "=== end of call ===") {
                calls.append(current);
                current.clear();
            } else if (!line.isEmpty()) {
                current.append(QString::fromUtf8(line));
            }
        }
        return calls;
    }
    int callCount() const { return int(calls().size()); }

private:
    QTemporaryDir m_dir;
};

// Sets an environment variable for the lifetime of the object.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace fa::test
