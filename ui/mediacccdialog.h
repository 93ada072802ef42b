#pragma once

#include "catalog.h"
#include "mediacccapi.h"
#include "mediacccclient.h"
#include "mediaquality.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;

namespace fa {

class ConferenceFilterProxy;
class ConferenceListModel;
class MediaCccImport;
struct MediaCccImportResult;

// File → Open from media.ccc.de…: the conferences of the instance, searchable;
// choosing one (or typing an acronym or pasting a conference or talk address)
// loads it. The dialog closes as soon as the conference's days and sessions
// are known; the import goes on fetching recordings and is handed over.
class MediaCccDialog : public QDialog
{
    Q_OBJECT

public:
    // client: the application's; the list is loaded at once.
    MediaCccDialog(MediaCccClient *client, const MediaQuality &quality, QWidget *parent = nullptr);
    ~MediaCccDialog() override;

    // After accept(): what was opened, the first catalog (sessions, no
    // recordings yet) and the running import, which the caller takes over:
    // parent it, connect catalogUpdated(), progress(), finished() (it may
    // already be finished: check isRunning() and result()) and offer cancel().
    MediaCccTarget target() const { return m_target; }
    // The conference opened (also when a talk address was given).
    QString acronym() const;
    CatalogPtr catalog() const { return m_catalog; }
    std::unique_ptr<MediaCccImport> takeImport();

    void setSearchText(const QString &text);
    QString statusText() const;
    // What Open would load now; Kind::None when nothing is chosen.
    MediaCccTarget chosenTarget() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onConferencesLoaded(const MediaCccConferenceList &list);
    void updateOpenButton();
    void open();
    void onImportFinished(const MediaCccImportResult &result);
    void setBusy(bool busy);
    void showStatus(const QString &text);
    void showListStatus();

    MediaCccClient *const m_client;
    const MediaQuality m_quality;
    ConferenceListModel *const m_model;
    ConferenceFilterProxy *const m_proxy;
    QLabel *const m_intro;
    QLineEdit *const m_search;
    QListView *const m_list;
    QProgressBar *const m_progress;
    QLabel *const m_status;
    QDialogButtonBox *const m_buttons;
    QPushButton *const m_open;

    MediaCccConferenceList m_loaded;
    bool m_listLoading = true;
    std::unique_ptr<MediaCccImport> m_import;
    MediaCccTarget m_target;
    QString m_acronym;
    CatalogPtr m_catalog;
};

} // namespace fa
