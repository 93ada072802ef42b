#pragma once

#include <QString>

namespace fa {

// Where the yt-dlp program is: the location set in Preferences when there is
// one (a missing program there is reported, not replaced by another), else
// `yt-dlp` on PATH.
class YtDlpLocator
{
public:
    explicit YtDlpLocator(QString configuredPath = {});

    void setConfiguredPath(const QString &path) { m_configuredPath = path.trimmed(); }
    QString configuredPath() const { return m_configuredPath; }

    // The program to run; empty when it is not installed (or not at the set location).
    QString program() const;

private:
    QString m_configuredPath;
};

} // namespace fa
