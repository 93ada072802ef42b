#pragma once

#include "appearance.h"
#include "archivesession.h"
#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "downloadmanager.h"
#include "facetmodel.h"
#include "knowncatalogs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "networkaccess.h"
#include "playercontroller.h"
#include "remotecatalogloader.h"
#include "roles.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"
#include "sessionlistpane.h"
#include "subtitles/subtitleloader.h"
#include "subtitleselection.h"
#include "transcriptsearch.h"
#include "userdatastore.h"

#include <QApplication>
#include <QSettings>
#include <QTreeView>

#include <memory>

// The core objects wired as main() wires them, without a window, all kept
// under one folder so that a second fixture on the same folder sees what the
// first one saved. The language is set before the session starts, as main() does.
struct CoreFixture
{
    explicit CoreFixture(const QString &folder, const QString &catalogPath = QString(),
                         const QString &language = QStringLiteral("en"))
        : settings(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , languages(&settings)
        , userData(folder + QStringLiteral("/data"))
        , player(&userData)
        , network(folder + QStringLiteral("/http-cache"))
        , remoteCatalogs(&network, folder + QStringLiteral("/catalog-cache"))
        , downloads(&network, folder + QStringLiteral("/downloads"))
        , chapters(&userData)
        , subtitleFiles(&network)
        , subtitles(&player, &subtitleFiles, &userData, &settings)
        , transcripts(&subtitleFiles)
    {
        languages.setLanguage(language);
        browse.setUserData(&userData);
        library.open(catalogPath.isEmpty() ? fa::embeddedCatalogPath() : catalogPath);
        session = std::make_unique<fa::ArchiveSession>(
            fa::ArchiveServices{&library, &browse, &chapters, &userData, &player, &remoteCatalogs,
                                &languages, &subtitles, &transcripts});
    }

    QStringList visibleIds() const
    {
        QStringList ids;
        const auto *proxy = browse.visibleSessions();
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.append(proxy->index(row, 0).data(fa::IdRole).toString());
        ids.sort();
        return ids;
    }

    QSettings settings;
    fa::LanguageManager languages;
    fa::UserDataStore userData;
    fa::PlayerController player;
    fa::NetworkAccess network;
    fa::RemoteCatalogLoader remoteCatalogs;
    fa::DownloadManager downloads;
    fa::ChapterOverlay chapters;
    fa::SubtitleLoader subtitleFiles;
    fa::SubtitleSelection subtitles;
    fa::TranscriptSearch transcripts;
    fa::CatalogLibrary library;
    fa::BrowseController browse;
    std::unique_ptr<fa::ArchiveSession> session;
};

// A main window over the core objects.
struct WindowFixture : CoreFixture
{
    explicit WindowFixture(const QString &folder, const QString &catalogPath = QString())
        : CoreFixture(folder, catalogPath)
        , appearance(&settings)
    {
        appearance.setPaletteSetter([](const QPalette &p) { QApplication::setPalette(p); });
        appearance.apply();
        fa::MainWindowServices services{session.get(), &settings, &downloads, nullptr};
        services.appearance = &appearance;
        window = std::make_unique<fa::MainWindow>(services);
    }
    ~WindowFixture() { window.reset(); } // before the core objects it shows

    template<typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }

    fa::Appearance appearance;
    std::unique_ptr<fa::MainWindow> window;
};
