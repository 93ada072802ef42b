#pragma once

#include "mediaquality.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace fa {

class ArchiveSession;

// The dialogs that ask which catalog to open, what to import and where to
// export; each hands what the user chose to the archive session.
class CatalogDialogs
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogDialogs)

public:
    CatalogDialogs(QWidget *parent, ArchiveSession *session);

    void openFile() const;
    void openFolder() const;
    void openAddress() const;
    void openConference(MediaQuality quality) const;

    enum class Imported { Nothing, Catalog, Chapters };
    // The message for the status bar is set when something was imported.
    Imported importFile(QString *message) const;
    // The message for the status bar; nothing when the user cancelled.
    std::optional<QString> exportNotes() const;

private:
    QWidget *m_parent;
    ArchiveSession *m_session;
};

} // namespace fa
