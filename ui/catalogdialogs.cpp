#include "catalogdialogs.h"

#include "archivesession.h"
#include "cataloglibrary.h"
#include "chapteroverlay.h"
#include "importdialog.h"
#include "mediacccapi.h"
#include "mediacccclient.h"
#include "mediacccdialog.h"
#include "mediacccimport.h"
#include "notesexport.h"
#include "userdatastore.h"
#include "webaddress.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace fa {

CatalogDialogs::CatalogDialogs(QWidget *parent, ArchiveSession *session)
    : m_parent(parent)
    , m_session(session)
{}

void CatalogDialogs::openFile() const
{
    const QString path =
        QFileDialog::getOpenFileName(m_parent, tr("Open Catalog"), QString(),
                                     tr("Forum Archive catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_session->openCatalog(path);
}

void CatalogDialogs::openFolder() const
{
    const QString path = QFileDialog::getExistingDirectory(m_parent, tr("Open Folder Bundle"));
    if (!path.isEmpty())
        m_session->openCatalog(path);
}

void CatalogDialogs::openAddress() const
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        m_parent, tr("Open from Address"),
        tr("Address of a Forum Archive catalog, or of a media.ccc.de conference or talk:"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok)
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!isWebAddress(url)) {
        QMessageBox::warning(m_parent, tr("Open from Address"),
                             tr("“%1” is not an http or https address.").arg(text.trimmed()));
        return;
    }
    m_session->openRemoteCatalog(url);
}

void CatalogDialogs::openConference(MediaQuality quality) const
{
    MediaCccClient *client = m_session->services().mediaCcc;
    if (!client)
        return;
    MediaCccDialog dialog(client, quality, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<MediaCccImport> import = dialog.takeImport())
        m_session->adoptImport(std::move(import));
    else if (dialog.target().isValid())
        m_session->openMediaCcc(client->api().conferenceUrl(dialog.target().id));
}

CatalogDialogs::Imported CatalogDialogs::importFile(QString *message) const
{
    const ArchiveServices &core = m_session->services();
    ImportDialog dialog(m_session->catalog(), m_parent);
    dialog.setLanguage(m_session->language());
    if (dialog.exec() != QDialog::Accepted)
        return Imported::Nothing;
    const ImportDialogResult &result = dialog.importResult();
    if (result.kind == ImportDialogResult::Kind::Catalog && result.catalog) {
        core.library->add(result.catalog);
        *message = tr("Imported %1").arg(QDir::toNativeSeparators(result.inputFile));
        return Imported::Catalog;
    }
    if (result.kind == ImportDialogResult::Kind::Chapters) {
        core.chapters->applyImport(result.chapterImport);
        return Imported::Chapters;
    }
    return Imported::Nothing;
}

std::optional<QString> CatalogDialogs::exportNotes() const
{
    const CatalogPtr catalog = m_session->catalog();
    if (!catalog)
        return std::nullopt;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(catalog->event.id + QStringLiteral("-notes.md"));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Favourites and Notes"),
                                                      suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return std::nullopt;
    UserDataStore *store = m_session->services().userData;
    const QString markdown =
        NotesExport::toMarkdown(*catalog, store->favourites(catalog->event.id),
                                store->notes(catalog->event.id), m_session->language());
    if (const auto error = NotesExport::write(path, markdown)) {
        QMessageBox::warning(m_parent, tr("Export Favourites and Notes"), *error);
        return std::nullopt;
    }
    return tr("Exported to %1").arg(QDir::toNativeSeparators(path));
}

} // namespace fa
