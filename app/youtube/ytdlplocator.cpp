#include "ytdlplocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

namespace fa {

YtDlpLocator::YtDlpLocator(QString configuredPath)
    : m_configuredPath(std::move(configuredPath).trimmed())
{}

QString YtDlpLocator::program() const
{
    if (m_configuredPath.isEmpty())
        return QStandardPaths::findExecutable(u"yt-dlp"_s);
    QString path = m_configuredPath;
    if (path.startsWith(u"~/"))
        path = QDir::homePath() + path.mid(1);
    // A bare name, as a user may type it, is looked up on PATH.
    if (!path.contains(u'/'))
        return QStandardPaths::findExecutable(path);
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

} // namespace fa
