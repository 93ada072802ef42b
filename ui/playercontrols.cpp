#include "playercontrols.h"

#include "playercontroller.h"
#include "timecode.h"

#include "elidingcombobox.h"
#include "icontint.h"
#include "wrappingrows.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace fa {

namespace {
QToolButton *toolButton(QWidget *parent, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent)
    , m_playButton(toolButton(this, "playPauseButton"))
    , m_previousButton(toolButton(this, "previousChapterButton"))
    , m_nextButton(toolButton(this, "nextChapterButton"))
    , m_seek(new ChapterSlider(this))
    , m_timeLabel(new QLabel(this))
    , m_options(new ElidingComboBox(this))
    , m_rate(new QComboBox(this))
    , m_muteButton(toolButton(this, "muteButton"))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_resumeButton(new QToolButton(this))
    , m_copyLinkButton(new QToolButton(this))
    , m_subtitlesButton(new QToolButton(this))
    , m_fullScreenButton(toolButton(this, "fullScreenButton"))
    , m_buttons(new WrappingRows(Qt::AlignLeft, this))
{
    m_seek->setObjectName(QStringLiteral("seekBar"));
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_options->setObjectName(QStringLiteral("recordingOptions"));
    m_rate->setObjectName(QStringLiteral("rateCombo"));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_subtitlesButton->setObjectName(QStringLiteral("subtitlesButton"));
    m_subtitlesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_subtitlesButton->setPopupMode(QToolButton::InstantPopup);
    m_resumeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyLinkButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_copyLinkButton->setAutoRaise(true);
    m_resumeButton->hide();
    m_volume->setRange(0, 100);
    m_volume->setMinimumWidth(50);
    m_volume->setMaximumWidth(110);
    m_options->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_options->setMinimumContentsLength(9);
    m_rate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timeLabel->setMinimumWidth(
        m_timeLabel->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_timeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_seek->setEnabled(false);

    for (qreal rate : PlayerController::playbackRates())
        m_rate->addItem(QString(), rate);

    // Groups that stay together; a narrow pane (large text, a small window) puts
    // them on as many rows as it needs, in this order.
    m_buttons->addGroup({m_playButton, m_previousButton, m_nextButton, m_timeLabel});
    m_buttons->addGroup({m_options, m_rate}, m_options);
    m_buttons->addGroup({m_muteButton, m_volume, m_resumeButton});
    m_buttons->addGroup({m_subtitlesButton, m_copyLinkButton, m_fullScreenButton});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_seek);
    layout->addWidget(m_buttons);

    connect(m_playButton, &QToolButton::clicked, this, &PlayerControls::playPauseClicked);
    connect(m_previousButton, &QToolButton::clicked, this, &PlayerControls::previousChapterClicked);
    connect(m_nextButton, &QToolButton::clicked, this, &PlayerControls::nextChapterClicked);
    connect(m_seek, &QSlider::sliderReleased, this,
            [this] { Q_EMIT seekRequested(m_seek->value()); });
    // Keyboard and page clicks on the bar seek as well.
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            Q_EMIT seekRequested(m_seek->sliderPosition());
    });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) {
        m_position = value;
        updateTimeLabel();
    });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { Q_EMIT volumeRequested(static_cast<float>(value) / 100.0f); });
    connect(m_muteButton, &QToolButton::clicked, this, &PlayerControls::muteClicked);
    connect(m_rate, &QComboBox::activated, this,
            [this](int index) { Q_EMIT rateRequested(m_rate->itemData(index).toReal()); });
    connect(m_options, &QComboBox::activated, this, [this](int index) {
        Q_EMIT recordingRequested(m_options->itemData(index).toString());
    });
    connect(m_resumeButton, &QToolButton::clicked, this, &PlayerControls::resumeClicked);
    connect(m_copyLinkButton, &QToolButton::clicked, this, &PlayerControls::copyLinkClicked);
    connect(m_fullScreenButton, &QToolButton::clicked, this, &PlayerControls::fullScreenClicked);

    setRate(1.0);
    setVolume(1.0f);
    retranslateUi();
    fitIconsToText();
}

void PlayerControls::fitIconsToText()
{
    // Icons as tall as a line of text, so that large text gets large buttons too.
    const int side = std::max(16, fontMetrics().height() * 4 / 5);
    for (QToolButton *button : findChildren<QToolButton *>())
        button->setIconSize(QSize(side, side));
    updateIcons();
}

void PlayerControls::updateIcons()
{
    const int side = m_playButton->iconSize().width();
    const auto set = [this, side](QToolButton *button, QStyle::StandardPixmap pixmap) {
        button->setIcon(iconInTextColour(style()->standardIcon(pixmap), palette(), side));
    };
    set(m_playButton, m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay);
    set(m_previousButton, QStyle::SP_MediaSkipBackward);
    set(m_nextButton, QStyle::SP_MediaSkipForward);
    set(m_muteButton, m_muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume);
    set(m_copyLinkButton, QStyle::SP_FileLinkIcon);
    set(m_fullScreenButton,
        m_fullScreen ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton);
}

void PlayerControls::setSubtitlesMenu(QMenu *menu)
{
    m_subtitlesButton->setMenu(menu);
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    updateIcons();
    retranslateUi();
}

void PlayerControls::setDuration(qint64 ms)
{
    m_duration = std::max<qint64>(0, ms);
    m_seek->setRange(0, static_cast<int>(std::min<qint64>(m_duration, INT_MAX)));
    updateTimeLabel();
}

void PlayerControls::setPosition(qint64 ms)
{
    if (m_seek->isSliderDown())
        return;
    m_position = ms;
    const QSignalBlocker blocker(m_seek);
    m_seek->setValue(static_cast<int>(std::min<qint64>(ms, INT_MAX)));
    updateTimeLabel();
}

void PlayerControls::setSeekable(bool seekable)
{
    m_seek->setEnabled(seekable);
}

void PlayerControls::setMarks(const QList<ChapterSlider::Mark> &marks)
{
    m_seek->setMarks(marks);
    m_previousButton->setEnabled(!marks.isEmpty());
    m_nextButton->setEnabled(!marks.isEmpty());
}

void PlayerControls::setVolume(float volume)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(qRound(volume * 100));
}

void PlayerControls::setMuted(bool muted)
{
    m_muted = muted;
    updateIcons();
    retranslateUi();
}

void PlayerControls::setRate(qreal rate)
{
    for (int i = 0; i < m_rate->count(); ++i) {
        if (qFuzzyCompare(m_rate->itemData(i).toReal(), rate))
            m_rate->setCurrentIndex(i);
    }
}

void PlayerControls::setRecordings(const QList<Choice> &recordings, const QString &current)
{
    m_options->clear();
    for (const Choice &choice : recordings)
        m_options->addItem(choice.label, choice.recordingId);
    m_options->setCurrentIndex(m_options->findData(current));
    m_options->setEnabled(recordings.size() > 1);
}

void PlayerControls::setResumeAt(qint64 ms)
{
    m_resumeAt = ms;
    m_resumeButton->setVisible(ms >= 0);
    retranslateUi();
}

void PlayerControls::setFullScreen(bool on)
{
    m_fullScreen = on;
    updateIcons();
}

void PlayerControls::updateTimeLabel()
{
    //: Elapsed and total time, e.g. "1:02:30 / 2:45:00"
    m_timeLabel->setText(tr("%1 / %2").arg(formatTimecode(m_position), formatTimecode(m_duration)));
}

void PlayerControls::retranslateUi()
{
    m_playButton->setToolTip(m_playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_playButton->setAccessibleName(m_playing ? tr("Pause") : tr("Play"));
    m_previousButton->setToolTip(tr("Previous chapter ([)"));
    m_previousButton->setAccessibleName(tr("Previous chapter"));
    m_nextButton->setToolTip(tr("Next chapter (])"));
    m_nextButton->setAccessibleName(tr("Next chapter"));
    m_seek->setAccessibleName(tr("Position in the recording"));
    m_options->setToolTip(tr("Recording and language"));
    m_options->setAccessibleName(tr("Recording and language"));
    m_rate->setToolTip(tr("Playback speed"));
    m_rate->setAccessibleName(tr("Playback speed"));
    const QLocale locale;
    for (int i = 0; i < m_rate->count(); ++i)
        //: Playback speed, e.g. "1.5×"
        m_rate->setItemText(i, tr("%1×").arg(locale.toString(m_rate->itemData(i).toReal())));
    m_muteButton->setToolTip(m_muted ? tr("Unmute (M)") : tr("Mute (M)"));
    m_muteButton->setAccessibleName(m_muted ? tr("Unmute") : tr("Mute"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_resumeButton->setText(
        tr("Resume at %1").arg(formatTimecode(std::max<qint64>(0, m_resumeAt))));
    m_subtitlesButton->setText(tr("Subtitles"));
    m_subtitlesButton->setToolTip(tr("Subtitles and their size"));
    m_subtitlesButton->setAccessibleName(tr("Subtitles"));
    m_copyLinkButton->setText(tr("Copy link"));
    m_copyLinkButton->setAccessibleName(tr("Copy link"));
    m_copyLinkButton->setToolTip(tr("Copy a link to this moment of the recording"));
    m_fullScreenButton->setToolTip(tr("Full screen (F, Esc to leave)"));
    m_fullScreenButton->setAccessibleName(tr("Full screen"));
    updateTimeLabel();
}

int PlayerControls::rowCount() const
{
    return m_buttons->rowCount();
}

void PlayerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        fitIconsToText();
    // Light, Dark or the desktop's colours: the icons take the new text colour.
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

} // namespace fa
