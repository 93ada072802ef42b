#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace fa {

class DownloadManager;

// The downloads of presentation materials: progress, rate and time left,
// cancel, resume, open.
class DownloadsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadsPanel(DownloadManager *downloads, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    int currentId() const;

    DownloadManager *const m_downloads;
    QListView *const m_list;
    QLabel *const m_empty;
    QPushButton *const m_cancel;
    QPushButton *const m_resume;
    QPushButton *const m_open;
    QPushButton *const m_remove;
};

} // namespace fa
