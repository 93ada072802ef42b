#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace fa {

class BrowseController;
class TranscriptSearch;

// The search field, the sortable session list and the empty state that says
// why nothing shows.
class SessionListPane : public QWidget
{
    Q_OBJECT

public:
    explicit SessionListPane(BrowseController *browse, QWidget *parent = nullptr);

    QString currentSessionId() const;
    void selectSession(const QString &sessionId);
    void focusSearch();
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // Searching in what was said: the subtitles of the catalog's recordings.
    void setTranscripts(TranscriptSearch *transcripts);
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentSessionChanged(const QString &sessionId);
    void playRequested(const QString &sessionId);
    // A moment found in what was said: play the recording from there.
    void momentRequested(const QString &recordingId, qint64 offset);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void configureHeader();
    void keepTitlesReadable();
    void updateEmptyState();
    void emitCurrent();
    void setSearchingSaid(bool on);
    void updateHitsStatus();
    void playHit(const QModelIndex &hit);

    BrowseController *const m_browse;
    QLineEdit *const m_search;
    QCheckBox *const m_said;
    QStackedWidget *const m_stack;
    QTreeView *const m_view;
    QWidget *const m_emptyPage;
    QLabel *const m_emptyTitle;
    QLabel *const m_emptyDetail;
    QPushButton *const m_emptyClear;
    QWidget *const m_hitsPage;
    QLabel *const m_hitsStatus;
    QListView *const m_hits;
    TranscriptSearch *m_transcripts = nullptr;
    QString m_lastEmitted;
    QString m_wanted; // the session the user chose last
};

} // namespace fa
