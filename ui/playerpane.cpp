#include "playerpane.h"

#include "chapterlistmodel.h"
#include "elidinglabel.h"
#include "languagenames.h"
#include "playercontroller.h"
#include "playercontrols.h"
#include "roles.h"
#include "subtitleselection.h"
#include "subtitlevideoview.h"
#include "verticalscrollarea.h"
#include "webaddress.h"
#include "wrappingrows.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fa {

PlayerPane::PlayerPane(PlayerController *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_chapterModel(new ChapterListModel(this))
    , m_title(new ElidingLabel(this))
    , m_chapterLabel(new ElidingLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_video(new SubtitleVideoView(m_stack))
    , m_placeholder(new QWidget(m_stack))
    , m_placeholderText(new QLabel(m_placeholder))
    , m_linkFileButton(new QPushButton(m_placeholder))
    , m_linkAddressButton(new QPushButton(m_placeholder))
    , m_openExternalButton(new QPushButton(m_placeholder))
    , m_copyAddressButton(new QPushButton(m_placeholder))
    , m_cancelButton(new QPushButton(m_placeholder))
    , m_busy(new QProgressBar(m_placeholder))
    , m_controls(new PlayerControls(this))
    , m_chapters(new QListView(this))
    , m_subtitlesMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("playerPane"));
    setFocusPolicy(Qt::StrongFocus); // its shortcuts need the focus inside it
    m_title->setObjectName(QStringLiteral("playerTitle"));
    m_chapterLabel->setObjectName(QStringLiteral("chapterLabel"));
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_placeholderText->setObjectName(QStringLiteral("playerMessage"));
    m_linkFileButton->setObjectName(QStringLiteral("linkFileButton"));
    m_linkAddressButton->setObjectName(QStringLiteral("linkAddressButton"));
    m_openExternalButton->setObjectName(QStringLiteral("openExternalButton"));
    m_copyAddressButton->setObjectName(QStringLiteral("copyAddressButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelResolvingButton"));
    m_busy->setObjectName(QStringLiteral("resolvingIndicator"));
    m_busy->setRange(0, 0); // busy: yt-dlp says nothing of its progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(240);
    m_chapters->setObjectName(QStringLiteral("chapterList"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_chapterLabel->setTextFormat(Qt::PlainText);
    m_chapterLabel->setForegroundRole(QPalette::PlaceholderText);
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    m_video->setMinimumSize(240, 135);
    m_video->installEventFilter(this);
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setTextFormat(Qt::PlainText);
    m_placeholderText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::AlternateBase);

    // Side by side when they fit, one under the other in a narrow pane.
    auto *buttons = new WrappingRows(Qt::AlignHCenter, m_placeholder);
    for (QWidget *button : {m_linkFileButton, m_linkAddressButton, m_openExternalButton,
                            m_copyAddressButton, m_cancelButton})
        buttons->addGroup({button});
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    placeholderLayout->addWidget(buttons);
    placeholderLayout->addStretch(1);
    // A short pane (large text) scrolls its message rather than cutting it.
    m_stack->addWidget(new VerticalScrollArea(m_placeholder, m_stack));
    m_stack->addWidget(m_video);

    m_chapters->setModel(m_chapterModel);
    m_chapters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chapters->setMinimumWidth(150);
    m_chapters->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chapters->setTextElideMode(Qt::ElideRight);
    m_chapters->setUniformItemSizes(true);
    m_chapterModel->follow(m_player);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(m_chapters);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 10, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_chapterLabel);
    layout->addWidget(split, 1);
    layout->addWidget(m_controls);

    // Made with the media player (the first play), not with the window.
    m_player->setVideoOutputMaker([video = QPointer<SubtitleVideoView>(m_video)]() -> QObject * {
        return video ? video->videoSink() : nullptr;
    });
    m_subtitlesMenu->setObjectName(QStringLiteral("subtitlesMenu"));
    m_controls->setSubtitlesMenu(m_subtitlesMenu);
    connect(m_subtitlesMenu, &QMenu::aboutToShow, this, &PlayerPane::rebuildSubtitlesMenu);
    connect(m_player, &PlayerController::statusChanged, this, &PlayerPane::updateState);
    connect(m_player, &PlayerController::errorOccurred, this, &PlayerPane::updateState);
    connect(m_player, &PlayerController::recordingChanged, this, &PlayerPane::updateRecording);
    connect(m_player, &PlayerController::optionsChanged, this, &PlayerPane::updateRecording);
    connect(m_player, &PlayerController::currentChapterChanged, this,
            &PlayerPane::updateChapterLabel);
    connect(m_player, &PlayerController::positionChanged, m_controls, &PlayerControls::setPosition);
    connect(m_player, &PlayerController::durationChanged, m_controls, &PlayerControls::setDuration);
    connect(m_player, &PlayerController::seekableChanged, m_controls, &PlayerControls::setSeekable);
    connect(m_player, &PlayerController::playbackRateChanged, m_controls, &PlayerControls::setRate);
    connect(m_player, &PlayerController::volumeChanged, m_controls, &PlayerControls::setVolume);
    connect(m_player, &PlayerController::mutedChanged, m_controls, &PlayerControls::setMuted);

    connect(m_controls, &PlayerControls::playPauseClicked, m_player,
            &PlayerController::togglePlayPause);
    connect(m_controls, &PlayerControls::seekRequested, m_player, &PlayerController::setPosition);
    connect(m_controls, &PlayerControls::previousChapterClicked, m_player,
            &PlayerController::previousChapter);
    connect(m_controls, &PlayerControls::nextChapterClicked, m_player,
            &PlayerController::nextChapter);
    connect(m_controls, &PlayerControls::volumeRequested, m_player, &PlayerController::setVolume);
    connect(m_controls, &PlayerControls::muteClicked, m_player, &PlayerController::toggleMuted);
    connect(m_controls, &PlayerControls::rateRequested, m_player,
            &PlayerController::setPlaybackRate);
    connect(m_controls, &PlayerControls::recordingRequested, m_player,
            &PlayerController::selectRecording);
    connect(m_controls, &PlayerControls::resumeClicked, m_player, [this] {
        m_player->resume();
        m_controls->setResumeAt(-1);
    });
    connect(m_controls, &PlayerControls::copyLinkClicked, this, &PlayerPane::copyLink);
    connect(m_controls, &PlayerControls::fullScreenClicked, this,
            [this] { setFullScreen(!m_video->isFullScreen()); });
    connect(m_chapters, &QListView::activated, this,
            [this](const QModelIndex &index) { m_player->jumpToChapter(index.row()); });
    connect(m_chapters, &QListView::clicked, this,
            [this](const QModelIndex &index) { m_player->jumpToChapter(index.row()); });
    connect(m_linkFileButton, &QPushButton::clicked, this, &PlayerPane::linkFile);
    connect(m_linkAddressButton, &QPushButton::clicked, this, &PlayerPane::linkAddress);
    connect(m_openExternalButton, &QPushButton::clicked, m_player,
            &PlayerController::openExternally);
    connect(m_copyAddressButton, &QPushButton::clicked, this, &PlayerPane::copyAddress);
    connect(m_cancelButton, &QPushButton::clicked, m_player, &PlayerController::cancelResolving);

    createShortcuts();
    retranslateUi();
    updateRecording();
}

PlayerPane::~PlayerPane()
{
    // The player outlives the pane: it must stop rendering into the view's
    // sink before the sink goes, not from inside the sink's destructor.
    m_player->setVideoOutput(nullptr);
}

void PlayerPane::createShortcuts()
{
    const auto add = [this](const char *name, QKeySequence keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add("playPauseShortcut", QKeySequence(Qt::Key_Space), [this] { m_player->togglePlayPause(); });
    add("backShortcut", QKeySequence(Qt::Key_Left), [this] { m_player->seekRelative(-5000); });
    add("forwardShortcut", QKeySequence(Qt::Key_Right), [this] { m_player->seekRelative(5000); });
    add("backLongShortcut", QKeySequence(Qt::Key_J), [this] { m_player->seekRelative(-10000); });
    add("forwardLongShortcut", QKeySequence(Qt::Key_L), [this] { m_player->seekRelative(10000); });
    add("previousChapterShortcut", QKeySequence(Qt::Key_BracketLeft),
        [this] { m_player->previousChapter(); });
    add("nextChapterShortcut", QKeySequence(Qt::Key_BracketRight),
        [this] { m_player->nextChapter(); });
    add("muteShortcut", QKeySequence(Qt::Key_M), [this] { m_player->toggleMuted(); });
    add("fullScreenShortcut", QKeySequence(Qt::Key_F),
        [this] { setFullScreen(!m_video->isFullScreen()); });
}

void PlayerPane::setLanguage(const QString &language)
{
    m_language = language;
    m_player->setLanguage(language);
    m_chapterModel->setLanguage(language);
    updateRecording();
}

void PlayerPane::setFullScreen(bool on)
{
    m_video->setFullScreen(on);
    m_controls->setFullScreen(on);
    if (on)
        m_video->setFocus();
}

bool PlayerPane::eventFilter(QObject *watched, QEvent *event)
{
    // A full-screen video is its own window: its keys do not reach the pane's shortcuts.
    if (watched == m_video && event->type() == QEvent::KeyPress && m_video->isFullScreen()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
        case Qt::Key_F: setFullScreen(false); return true;
        case Qt::Key_Space: m_player->togglePlayPause(); return true;
        case Qt::Key_Left: m_player->seekRelative(-5000); return true;
        case Qt::Key_Right: m_player->seekRelative(5000); return true;
        case Qt::Key_BracketLeft: m_player->previousChapter(); return true;
        case Qt::Key_BracketRight: m_player->nextChapter(); return true;
        case Qt::Key_M: m_player->toggleMuted(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlayerPane::updateRecording()
{
    const CatalogPtr &catalog = m_player->catalog();
    const Session *session = catalog ? catalog->session(m_player->sessionId()) : nullptr;
    m_title->setText(session ? catalog->text(session->title, m_language) : tr("Player"));

    QList<ChapterSlider::Mark> marks;
    for (int i = 0; i < m_chapterModel->rowCount(); ++i) {
        const QModelIndex index = m_chapterModel->index(i);
        marks.append(
            {index.data(ChapterOffsetRole).toLongLong(), index.data(ChapterTitleRole).toString()});
    }
    m_controls->setMarks(marks);
    QList<PlayerControls::Choice> recordings;
    for (const PlaybackOption &option : m_player->options())
        recordings.append({option.label, option.recordingId});
    m_controls->setRecordings(recordings, m_player->recordingId());
    // Nothing to list beside a message: the message gets the room.
    m_chapters->setVisible(m_chapterModel->rowCount() > 0);
    const qint64 resume =
        m_player->recordingId().isEmpty() ? -1 : m_player->resumePosition(m_player->recordingId());
    m_controls->setResumeAt(resume > 5000 && std::abs(resume - m_player->position()) > 5000 ? resume
                                                                                            : -1);
    updateChapterLabel();
    updateState();
}

void PlayerPane::updateChapterLabel()
{
    const int current = m_player->currentChapter();
    m_chapterLabel->setText(
        current >= 0 && current < m_chapterModel->rowCount()
            ? tr("Chapter: %1")
                  .arg(m_chapterModel->index(current).data(ChapterTitleRole).toString())
            : QString());
    if (current >= 0 && current < m_chapterModel->rowCount())
        m_chapters->setCurrentIndex(m_chapterModel->index(current));
}

void PlayerPane::updateState()
{
    using Status = PlayerController::Status;
    const Status status = m_player->status();
    const bool video =
        status == Status::Playing || status == Status::Paused || status == Status::Loading;
    m_stack->setCurrentIndex(video ? m_stack->indexOf(m_video) : 0);
    m_controls->setPlaying(status == Status::Playing);
    m_controls->setEnabled(video);
    const bool canLink = status == Status::NoSource || status == Status::Error;
    // A recording with an address can always be opened outside the app.
    const bool hasAddress = isWebAddress(m_player->source().url);
    m_linkFileButton->setVisible(canLink && !m_player->recordingId().isEmpty());
    m_linkAddressButton->setVisible(canLink && !m_player->recordingId().isEmpty());
    m_openExternalButton->setVisible(status == Status::External
                                     || (status == Status::Error && hasAddress));
    m_copyAddressButton->setVisible((status == Status::External || status == Status::Error)
                                    && hasAddress);
    m_cancelButton->setVisible(status == Status::Resolving);
    m_busy->setVisible(status == Status::Resolving);
    m_openExternalButton->setText(status == Status::External ? tr("Open in &Browser Again")
                                                             : tr("Open in &Browser"));

    switch (status) {
    case Status::Idle:
    case Status::Loading:
    case Status::Paused:
    case Status::Playing:
        // Hidden behind the video while something plays; kept current for the next stop.
        m_placeholderText->setText(tr("Nothing is playing. Choose a session and press Play."));
        break;
    case Status::NoSource:
        m_placeholderText->setText(tr("No recording linked. If you have this recording as a file "
                                      "or know its address, link it here: it will be used from "
                                      "now on."));
        break;
    case Status::External:
        m_placeholderText->setText(tr("This recording plays in your web browser. It was opened at "
                                      "the session's start:\n%1")
                                       .arg(m_player->externalUrl().toDisplayString()));
        break;
    case Status::Resolving: m_placeholderText->setText(tr("Finding the video stream…")); break;
    case Status::Error: m_placeholderText->setText(m_player->errorString()); break;
    }
}

void PlayerPane::linkFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Link a Recording File"), QString(),
                                     tr("Videos (*.webm *.mp4 *.mkv *.ogv *.mov);;Audio (*.ogg "
                                        "*.opus *.mp3 *.m4a);;All files (*)"));
    if (!path.isEmpty())
        m_player->linkRecording(path);
}

void PlayerPane::linkAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Link a Recording Address"),
        tr("Address of the recording (a video file on the web, or a YouTube address):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QString typed = text.trimmed();
    const QUrl url(typed, QUrl::StrictMode);
    if (!isWebAddress(url)) {
        Q_EMIT message(
            LiveText([typed] { return tr("“%1” is not an http or https address.").arg(typed); }));
        return;
    }
    m_player->linkRecording(url.toString());
}

void PlayerPane::copyLink()
{
    const QUrl link = m_player->momentLink();
    if (link.isEmpty())
        return;
    QApplication::clipboard()->setText(link.toString());
    const QString shown = link.toDisplayString();
    Q_EMIT message(LiveText([shown] { return tr("Copied %1").arg(shown); }));
}

void PlayerPane::setSubtitles(SubtitleSelection *subtitles)
{
    m_subtitles = subtitles;
    connect(subtitles, &SubtitleSelection::documentChanged, this,
            [this] { m_video->setDocument(m_subtitles->document()); });
    connect(subtitles, &SubtitleSelection::textScaleChanged, m_video,
            &SubtitleVideoView::setTextScale);
    connect(subtitles, &SubtitleSelection::problem, this, &PlayerPane::message);
    m_video->setTextScale(subtitles->textScale());
    m_video->setDocument(subtitles->document());
}

void PlayerPane::rebuildSubtitlesMenu()
{
    // clear() deletes the actions only, not the groups and the submenu made
    // with them: without this they would pile up at each opening. Later, not
    // now: whoever opens the menu may still hold the old submenu.
    for (QActionGroup *group :
         m_subtitlesMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly))
        group->deleteLater();
    const QList<QMenu *> submenus =
        m_subtitlesMenu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    m_subtitlesMenu->clear();
    for (QMenu *submenu : submenus)
        submenu->deleteLater();
    if (!m_subtitles)
        return;
    // Off, each language (named in the interface language), then the size.
    auto *choices = new QActionGroup(m_subtitlesMenu);
    for (int i = -1; i < int(m_subtitles->tracks().size()); ++i) {
        QAction *action = m_subtitlesMenu->addAction(m_subtitles->label(i));
        action->setObjectName(i < 0 ? QStringLiteral("subtitlesOff")
                                    : QStringLiteral("subtitles_%1").arg(i));
        action->setCheckable(true);
        action->setChecked(m_subtitles->current() == i);
        choices->addAction(action);
        connect(action, &QAction::triggered, m_subtitles, [this, i] { m_subtitles->choose(i); });
    }
    m_subtitlesMenu->addSeparator();
    QAction *link = m_subtitlesMenu->addAction(tr("&Link Subtitles…"));
    link->setObjectName(QStringLiteral("linkSubtitlesAction"));
    link->setEnabled(!m_player->recordingId().isEmpty());
    connect(link, &QAction::triggered, this, &PlayerPane::linkSubtitles);
    QMenu *size = m_subtitlesMenu->addMenu(tr("Text &Size"));
    size->setObjectName(QStringLiteral("subtitleSizeMenu"));
    auto *sizes = new QActionGroup(size);
    for (qreal scale : SubtitleSelection::textScales()) {
        //: Subtitle text size, e.g. "150 %"
        QAction *action = size->addAction(tr("%1 %").arg(qRound(scale * 100)));
        action->setCheckable(true);
        action->setChecked(qFuzzyCompare(scale, m_subtitles->textScale()));
        sizes->addAction(action);
        connect(action, &QAction::triggered, m_subtitles,
                [this, scale] { m_subtitles->setTextScale(scale); });
    }
}

void PlayerPane::linkSubtitles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Link Subtitles"), QString(),
                                                      tr("Subtitles (*.vtt *.srt);;All files (*)"));
    if (path.isEmpty())
        return;
    // The language, named in the interface language; the interface's own first.
    QStringList codes{m_language};
    const QStringList common{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                             QStringLiteral("de"), QStringLiteral("pt"), QStringLiteral("ar"),
                             QStringLiteral("sw")};
    for (const QString &code : common) {
        if (!codes.contains(code))
            codes.append(code);
    }
    QStringList names;
    for (const QString &code : codes)
        names.append(LanguageNames::name(code));
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Link Subtitles"), tr("Language of the subtitles:"), names, 0, false, &ok);
    if (ok && m_subtitles)
        m_subtitles->linkFile(path, codes.value(names.indexOf(name)));
}

void PlayerPane::copyAddress()
{
    const QUrl address = m_player->externalUrl();
    if (address.isEmpty())
        return;
    QApplication::clipboard()->setText(address.toString());
    const QString shown = address.toDisplayString();
    Q_EMIT message(LiveText([shown] { return tr("Copied %1").arg(shown); }));
}

void PlayerPane::retranslateUi()
{
    m_linkFileButton->setText(tr("Li&nk a File…"));
    m_linkAddressButton->setText(tr("Link an &Address…"));
    m_copyAddressButton->setText(tr("C&opy Address"));
    m_cancelButton->setText(tr("Cancel"));
    m_busy->setAccessibleName(tr("Finding the video stream"));
    m_chapters->setAccessibleName(tr("Chapters"));
    m_video->setAccessibleName(tr("Video"));
    //: The player pane as a whole, where its keys (Space, [, ]) work
    setAccessibleName(tr("Player"));
    updateRecording();
}

void PlayerPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fa
