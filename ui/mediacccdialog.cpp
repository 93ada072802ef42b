#include "mediacccdialog.h"
#include "textsize.h"

#include "conferencefilterproxy.h"
#include "conferencelistmodel.h"
#include "mediacccimport.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fa {

MediaCccDialog::MediaCccDialog(MediaCccClient *client, const MediaQuality &quality, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_quality(quality)
    , m_model(new ConferenceListModel(this))
    , m_proxy(new ConferenceFilterProxy(this))
    , m_intro(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_open(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"mediaCccDialog"_s);
    m_search->setObjectName(u"searchEdit"_s);
    m_list->setObjectName(u"conferenceList"_s);
    m_progress->setObjectName(u"progressBar"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_open->setObjectName(u"openButton"_s);

    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_list->setModel(m_proxy);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_progress->setRange(0, 0); // busy until something can be counted
    m_progress->setTextVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateOpenButton();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MediaCccDialog::updateOpenButton);
    connect(m_list, &QListView::activated, this, &MediaCccDialog::open);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MediaCccDialog::open);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_import)
            m_import->cancel();
        reject();
    });
    connect(m_client, &MediaCccClient::conferencesLoaded, this,
            &MediaCccDialog::onConferencesLoaded);

    retranslateUi();
    setBusy(true);
    m_client->loadConferences();
    sizeToText(this, 80, 33);
}

MediaCccDialog::~MediaCccDialog()
{
    if (m_listLoading)
        m_client->cancelConferences();
}

QString MediaCccDialog::acronym() const
{
    return m_acronym;
}

std::unique_ptr<MediaCccImport> MediaCccDialog::takeImport()
{
    if (m_import)
        m_import->disconnect(this);
    return std::move(m_import);
}

void MediaCccDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString MediaCccDialog::statusText() const
{
    return m_status->text();
}

void MediaCccDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

void MediaCccDialog::retranslateUi()
{
    setWindowTitle(tr("Open from media.ccc.de"));
    m_intro->setText(tr("Choose a conference to browse its talks and watch their recordings. "
                        "You can also type a conference's acronym or paste the address of a "
                        "conference or talk on media.ccc.de."));
    m_search->setPlaceholderText(tr("Search by title or acronym"));
    m_search->setAccessibleName(tr("Search conferences"));
    m_list->setAccessibleName(tr("Conferences"));
    m_progress->setAccessibleName(tr("Loading"));
    m_open->setText(tr("&Open"));
    if (!m_listLoading && !m_import)
        showListStatus();
}

void MediaCccDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_search->setEnabled(!m_import);
    m_list->setEnabled(!m_import);
    updateOpenButton();
}

void MediaCccDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void MediaCccDialog::showListStatus()
{
    if (!m_loaded.ok())
        showStatus(tr("The list of conferences could not be loaded: %1 You can still type an "
                      "acronym or paste an address.")
                       .arg(m_loaded.error));
    else if (!m_loaded.notice.isEmpty())
        showStatus(m_loaded.notice);
    else
        showStatus(tr("%n conference(s)", nullptr, int(m_loaded.conferences.size())));
}

void MediaCccDialog::onConferencesLoaded(const MediaCccConferenceList &list)
{
    m_listLoading = false;
    m_loaded = list;
    m_model->setConferences(list.conferences);
    showListStatus();
    setBusy(false);
}

MediaCccTarget MediaCccDialog::chosenTarget() const
{
    const QString text = m_search->text().trimmed();
    MediaCccTarget typed = MediaCccApi::parseInput(text, m_client->api().base());
    if (typed.isValid() && typed.kind == MediaCccTarget::Kind::Event)
        return typed;
    if (typed.isValid() && text.contains(u"://"_s))
        return typed;
    // A row the user chose, else the only one the search leaves.
    QModelIndex row = m_list->currentIndex();
    if (!row.isValid() && m_proxy->rowCount() == 1)
        row = m_proxy->index(0, 0);
    if (row.isValid()) {
        MediaCccTarget listed;
        listed.kind = MediaCccTarget::Kind::Conference;
        listed.id = row.data(ConferenceListModel::AcronymRole).toString();
        return listed;
    }
    return typed;
}

void MediaCccDialog::updateOpenButton()
{
    m_open->setEnabled(!m_import && chosenTarget().isValid());
}

void MediaCccDialog::open()
{
    const MediaCccTarget target = chosenTarget();
    if (m_import || !target.isValid())
        return;
    m_target = target;
    m_import = std::make_unique<MediaCccImport>(m_client);
    m_import->setQuality(m_quality);
    connect(m_import.get(), &MediaCccImport::statusChanged, this,
            [this](const QString &text) { showStatus(text); });
    connect(m_import.get(), &MediaCccImport::conferenceLoaded, this, [this](CatalogPtr catalog) {
        m_catalog = std::move(catalog);
        m_acronym = m_import->result().acronym;
        accept();
    });
    connect(m_import.get(), &MediaCccImport::finished, this, &MediaCccDialog::onImportFinished);
    setBusy(true);
    m_import->start(target);
}

void MediaCccDialog::onImportFinished(const MediaCccImportResult &result)
{
    if (m_catalog)
        return; // accepted already; the import belongs to the caller
    // The import is spent: a new choice starts a new one.
    m_import.release()->deleteLater();
    showStatus(result.error);
    setBusy(false);
}

} // namespace fa
