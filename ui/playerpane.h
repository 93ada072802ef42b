#pragma once

#include "catalog.h"
#include "livetext.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QListView;
class QPushButton;
class QStackedWidget;
class QMenu;

namespace fa {

class ChapterListModel;
class PlayerControls;
class SubtitleSelection;
class SubtitleVideoView;
class PlayerController;

// The video, its chapters and its controls, wired to a PlayerController. When
// nothing can play it says why and offers what to do (link a file or address,
// open in the browser).
class PlayerPane : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerPane(PlayerController *player, QWidget *parent = nullptr);
    ~PlayerPane() override;

    void setLanguage(const QString &language);
    PlayerController *controller() const { return m_player; }
    SubtitleVideoView *videoWidget() const { return m_video; }
    // Subtitles over the video, chosen in the controls' Subtitles menu.
    void setSubtitles(SubtitleSelection *subtitles);
    void setFullScreen(bool on);

Q_SIGNALS:
    // Status messages for the window's status bar.
    void message(const fa::LiveText &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createShortcuts();
    void retranslateUi();
    void updateState();
    void updateRecording();
    void updateChapterLabel();
    void linkFile();
    void linkAddress();
    void copyLink();
    void copyAddress();
    void rebuildSubtitlesMenu();
    void linkSubtitles();

    PlayerController *const m_player;
    ChapterListModel *const m_chapterModel;
    QLabel *const m_title;
    QLabel *const m_chapterLabel;
    QStackedWidget *const m_stack;
    SubtitleVideoView *const m_video;
    QWidget *const m_placeholder;
    QLabel *const m_placeholderText;
    QPushButton *const m_linkFileButton;
    QPushButton *const m_linkAddressButton;
    QPushButton *const m_openExternalButton;
    QPushButton *const m_copyAddressButton;
    QPushButton *const m_cancelButton;
    QProgressBar *const m_busy;
    PlayerControls *const m_controls;
    QListView *const m_chapters;
    QMenu *const m_subtitlesMenu;
    SubtitleSelection *m_subtitles = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace fa
