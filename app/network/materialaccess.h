#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace fa {

class DownloadManager;

// Opens a session's material: a file of the bundle or an earlier download
// at once, anything at an address after downloading it (its checksum checked
// by the download manager).
class MaterialAccess
{
    Q_DECLARE_TR_FUNCTIONS(fa::MaterialAccess)

public:
    enum class Outcome { Opened, Downloading, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString message; // what happened, for the status bar or a warning
    };
    // Opens a local file outside the app; replaced in tests.
    using Opener = std::function<bool(const QUrl &)>;

    explicit MaterialAccess(DownloadManager *downloads, Opener opener = {});

    Result open(const QString &location, bool isLocal, const QString &title,
                const QByteArray &sha256) const;

private:
    DownloadManager *const m_downloads;
    Opener m_opener;
};

} // namespace fa
