// The network side of the main window: catalogs from addresses, offline copies,
// update checks and the downloads panel.
#include "mainwindow.h"

#include "cataloglibrary.h"
#include "downloadmanager.h"
#include "downloadspanel.h"
#include "problemsdialog.h"
#include "remotecatalogloader.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace fa {

void MainWindow::createNetworkUi()
{
    m_openAddressAction = new QAction(this);
    m_openAddressAction->setObjectName(QStringLiteral("openAddressAction"));
    m_openAddressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openAddressAction, &QAction::triggered, this, &MainWindow::chooseAddress);
    m_checkUpdatesAction = new QAction(this);
    m_checkUpdatesAction->setObjectName(QStringLiteral("checkUpdatesAction"));
    connect(m_checkUpdatesAction, &QAction::triggered, this, [this] {
        const CatalogPtr current = m_services.library->current();
        if (current && current->remote)
            openRemoteCatalog(QUrl(current->origin));
    });

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("networkProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_noticeLabel);
    statusBar()->addPermanentWidget(m_progress);

    m_downloadsDock = new QDockWidget(this);
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_downloadsDock->setWidget(new DownloadsPanel(m_services.downloads, m_downloadsDock));
    m_downloadsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();

    RemoteCatalogLoader *loader = m_services.remoteCatalogs;
    connect(loader, &RemoteCatalogLoader::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(static_cast<int>(received * 1000 / total));
        m_progress->show();
    });
    connect(loader, &RemoteCatalogLoader::finished, this, &MainWindow::onRemoteFinished);
    connect(m_services.downloads, &DownloadManager::failed, this,
            [this](int, const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::chooseAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Open from Address"), tr("Address of a Forum Archive catalog (http or https):"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok)
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        QMessageBox::warning(this, tr("Open from Address"),
                             tr("“%1” is not an http or https address.").arg(text.trimmed()));
        return;
    }
    openRemoteCatalog(url);
}

void MainWindow::openRemoteCatalog(const QUrl &url, bool quiet)
{
    if (quiet)
        m_quietChecks.insert(url.toString());
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Fetching %1…").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    m_services.remoteCatalogs->load(url);
}

void MainWindow::checkDueUpdates()
{
    for (const QString &origin : m_services.library->origins()) {
        const QUrl url(origin);
        if ((url.scheme() == u"http" || url.scheme() == u"https")
            && m_services.remoteCatalogs->isUpdateCheckDue(url))
            openRemoteCatalog(url, true);
    }
}

void MainWindow::onRemoteFinished(const RemoteCatalogResult &result)
{
    m_progress->hide();
    statusBar()->clearMessage();
    const bool quiet = m_quietChecks.remove(result.url.toString());
    if (!result.catalog) {
        if (!result.problems.isEmpty()) {
            ProblemsDialog dialog(result.address, result.problems, true, this);
            dialog.exec();
        } else if (!quiet) {
            QMessageBox::warning(this, tr("Open from Address"), result.error);
        }
        return;
    }
    m_notices.insert(result.catalog->origin, result.notice);
    const bool already = m_services.library->rowOfOrigin(result.catalog->origin) >= 0;
    if (!(quiet && result.notModified && already))
        m_services.library->add(result.catalog);
    updateNotice();

    if (result.fromCache && hasErrors(result.problems)) {
        // A new version with problems was refused; the good copy stays open.
        ProblemsDialog dialog(result.address, result.problems, true, this);
        dialog.exec();
    } else if (!result.error.isEmpty() && !quiet) {
        QMessageBox::information(this, tr("Open from Address"), result.error);
    }
    if (result.notModified)
        statusBar()->showMessage(tr("%1 is up to date.").arg(result.address), 5000);
    else if (result.hadPrevious && !result.fromCache)
        statusBar()->showMessage(tr("%1 updated: %2").arg(result.address, result.changes.summary()),
                                 10000);
}

void MainWindow::updateNotice()
{
    const CatalogPtr current = m_services.library->current();
    const QString notice = current ? m_notices.value(current->origin) : QString();
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

} // namespace fa
