#include "materialaccess.h"

#include "downloadmanager.h"
#include "webaddress.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>

namespace fa {

MaterialAccess::MaterialAccess(DownloadManager *downloads, Opener opener)
    : m_downloads(downloads)
    , m_opener(opener ? std::move(opener)
                      : Opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }))
{}

MaterialAccess::Result MaterialAccess::open(const QString &location, bool isLocal,
                                            const QString &title, const QByteArray &sha256) const
{
    const auto openFile = [this](const QString &path) -> Result {
        if (m_opener(QUrl::fromLocalFile(path)))
            return {Outcome::Opened, tr("Opened %1").arg(QDir::toNativeSeparators(path))};
        return {Outcome::Failed,
                tr("No application could open %1.").arg(QDir::toNativeSeparators(path))};
    };
    if (isLocal) {
        if (!QFileInfo::exists(location))
            return {Outcome::Failed, tr("The file %1 is missing from the catalog's folder.")
                                         .arg(QDir::toNativeSeparators(location))};
        return openFile(location);
    }
    const QUrl url(location);
    if (!isWebAddress(url))
        return {Outcome::Failed, tr("“%1” is not an http or https address.").arg(location)};
    const QString downloaded = m_downloads->localPath(url);
    if (!downloaded.isEmpty() && QFileInfo::exists(downloaded))
        return openFile(downloaded);
    m_downloads->enqueue({url, title, QString(), sha256});
    return {Outcome::Downloading, tr("Downloading %1").arg(url.toDisplayString())};
}

} // namespace fa
