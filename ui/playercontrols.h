#pragma once

#include "chapterslider.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;

namespace fa {

class WrappingRows;

// Transport controls. Emits what the user asks for; shows what it is told.
// Knows nothing about QMediaPlayer (the shape of Qt's player example).
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms); // ignored while the user holds the seek bar
    void setSeekable(bool seekable);
    void setMarks(const QList<ChapterSlider::Mark> &marks);
    void setVolume(float volume);
    void setMuted(bool muted);
    void setRate(qreal rate);
    struct Choice
    {
        QString label;
        QString recordingId;
    };
    // The recordings the session can be watched in, as the planner orders them.
    void setRecordings(const QList<Choice> &recordings, const QString &current);
    void setResumeAt(qint64 ms); // negative hides the button
    void setFullScreen(bool on);

    ChapterSlider *seekBar() const { return m_seek; }
    // The Subtitles button opens this menu (filled by the player pane).
    void setSubtitlesMenu(QMenu *menu);
    // How many rows the buttons take: one when they fit side by side, more in a
    // narrow pane (the transport buttons, the recording and speed, the sound,
    // the view, in this order).
    int rowCount() const;

Q_SIGNALS:
    void playPauseClicked();
    void seekRequested(qint64 ms);
    void previousChapterClicked();
    void nextChapterClicked();
    void volumeRequested(float volume);
    void muteClicked();
    void rateRequested(qreal rate);
    void recordingRequested(const QString &recordingId);
    void resumeClicked();
    void copyLinkClicked();
    void fullScreenClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitIconsToText();
    void updateIcons();
    void updateTimeLabel();

    QToolButton *const m_playButton;
    QToolButton *const m_previousButton;
    QToolButton *const m_nextButton;
    ChapterSlider *const m_seek;
    QLabel *const m_timeLabel;
    QComboBox *const m_options;
    QComboBox *const m_rate;
    QToolButton *const m_muteButton;
    QSlider *const m_volume;
    QToolButton *const m_resumeButton;
    QToolButton *const m_copyLinkButton;
    QToolButton *const m_subtitlesButton;
    QToolButton *const m_fullScreenButton;
    WrappingRows *const m_buttons;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    qint64 m_resumeAt = -1;
    bool m_playing = false;
    bool m_muted = false;
    bool m_fullScreen = false;
};

} // namespace fa
