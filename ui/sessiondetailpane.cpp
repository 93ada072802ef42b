#include "sessiondetailpane.h"
#include "wrappingrows.h"

#include "detailhtml.h"
#include "photocache.h"
#include "userdatastore.h"
#include "webaddress.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fa {

namespace {
// Resources named fa-photo:N come from the pane; nothing else is ever loaded.
class DetailBrowser : public QTextBrowser
{
public:
    DetailBrowser(SessionDetailPane *pane)
        : QTextBrowser(pane)
        , m_pane(pane)
    {}

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == u"fa-photo")
            return m_pane->speakerImage(name.path().toInt());
        return {};
    }

private:
    SessionDetailPane *const m_pane;
};

QImage initialsImage(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        if (initials.size() < 2)
            initials += part.at(0).toUpper();
    }
    QImage image(80, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = QColor::fromHsv(static_cast<int>(qHash(name) % 360), 90, 170);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(1, 1, 78, 78));
    QFont font;
    font.setPixelSize(30);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 80, 80), Qt::AlignCenter, initials);
    return image;
}

QImage rounded(const QImage &photo)
{
    QImage image(80, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, 80, 80));
    painter.setClipPath(circle);
    const QImage scaled =
        photo.scaled(80, 80, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    painter.drawImage(QPoint((80 - scaled.width()) / 2, (80 - scaled.height()) / 2), scaled);
    return image;
}
} // namespace

SessionDetailPane::SessionDetailPane(UserDataStore *userData, QWidget *parent)
    : QWidget(parent)
    , m_userData(userData)
    , m_browser(new DetailBrowser(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_playButton(new QPushButton(this))
    , m_favouriteButton(new QPushButton(this))
    , m_noteTimer(new QTimer(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_favouriteButton->setObjectName(QStringLiteral("favouriteButton"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->viewport()->setAutoFillBackground(false);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);
    m_noteLabel->setBuddy(m_note);
    m_favouriteButton->setCheckable(true);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);

    // Side by side, or one under the other in a narrow pane (large text).
    auto *buttons = new WrappingRows(Qt::AlignLeft, this);
    buttons->addGroup({m_playButton});
    buttons->addGroup({m_favouriteButton});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 10, 6);
    layout->addWidget(buttons);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    // Tab follows what is seen, top to bottom.
    setTabOrder(m_playButton, m_favouriteButton);
    setTabOrder(m_favouriteButton, m_browser);
    setTabOrder(m_browser, m_note);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &SessionDetailPane::onAnchor);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                Q_EMIT linkHovered(url.scheme().startsWith(u"http") ? url.toString() : QString());
            });
    // The planner lists the default first: the button plays what Enter plays.
    connect(m_playButton, &QPushButton::clicked, this, [this] {
        if (!m_view.recordings.isEmpty())
            Q_EMIT playRequested(m_sessionId, m_view.recordings.first().recordingId);
    });
    connect(m_favouriteButton, &QPushButton::clicked, this,
            [this] { Q_EMIT favouriteToggled(m_sessionId); });
    connect(m_note, &QPlainTextEdit::textChanged, m_noteTimer, qOverload<>(&QTimer::start));
    connect(m_noteTimer, &QTimer::timeout, this, &SessionDetailPane::saveNote);
    connect(m_userData, &UserDataStore::favouritesChanged, this, [this] { retranslateUi(); });
    connect(m_userData, &UserDataStore::recordingLinkChanged, this, [this] { render(); });

    retranslateUi();
    render();
}

void SessionDetailPane::showSession(CatalogPtr catalog, const QString &sessionId,
                                    const QString &language)
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        saveNote(); // the note belongs to the session being left
    }
    m_catalog = std::move(catalog);
    m_sessionId = sessionId;
    m_language = language;
    render();
}

void SessionDetailPane::setPhotoCache(PhotoCache *photos)
{
    m_photos = photos;
    connect(m_photos, &PhotoCache::photoReady, this, [this](const QUrl &url) {
        for (const SessionView::Person &p : std::as_const(m_view.speakers)) {
            if (QUrl(p.photo) == url) {
                render();
                return;
            }
        }
    });
}

QImage SessionDetailPane::speakerImage(int i)
{
    if (i < 0 || i >= m_view.speakers.size())
        return {};
    const SessionView::Person &person = m_view.speakers[i];
    QImage photo;
    if (const QUrl address(person.photo); isWebAddress(address)) {
        if (m_photos)
            photo = m_photos->photo(address);
    } else if (!person.photo.isEmpty()) {
        photo.load(person.photo);
    }
    // Initials while a photo loads, when it failed, or when there is none.
    return photo.isNull() ? initialsImage(person.name) : rounded(photo);
}

void SessionDetailPane::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

void SessionDetailPane::render()
{
    const bool has = m_catalog && m_catalog->session(m_sessionId);
    const auto links = [this](const QString &catalogId, const QString &recordingId) {
        return m_userData->recordingLink(catalogId, recordingId);
    };
    m_view =
        has ? SessionPresenter::present(*m_catalog, m_sessionId, m_language, links) : SessionView();
    m_browser->setHtml(has ? detailHtml(m_view, palette()) : emptyDetailHtml(palette()));
    m_playButton->setEnabled(has && !m_view.recordings.isEmpty());
    m_favouriteButton->setEnabled(has);
    m_note->setEnabled(has);
    m_noteLabel->setEnabled(has);
    const QString note = has ? m_userData->note(m_catalog->event.id, m_sessionId) : QString();
    if (m_note->toPlainText() != note) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(note);
    }
    retranslateUi();
}

void SessionDetailPane::saveNote()
{
    if (m_catalog && m_catalog->session(m_sessionId))
        m_userData->setNote(m_catalog->event.id, m_sessionId, m_note->toPlainText());
}

void SessionDetailPane::onAnchor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"fa-play") {
        const int i = url.path().toInt();
        if (i >= 0 && i < m_view.recordings.size())
            Q_EMIT playRequested(m_sessionId, m_view.recordings[i].recordingId);
    } else if (scheme == u"fa-material") {
        const int i = url.path().toInt();
        if (i >= 0 && i < m_view.materials.size())
            Q_EMIT materialRequested(m_view.materials[i].location, m_view.materials[i].isLocal,
                                     m_view.materials[i].title.text, m_view.materials[i].sha256);
    } else if (isWebAddress(url)) {
        Q_EMIT linkActivated(url);
    }
    // Anything else is ignored: catalog texts never open other schemes.
}

void SessionDetailPane::retranslateUi()
{
    m_playButton->setText(tr("&Play"));
    m_playButton->setToolTip(m_view.recordings.isEmpty() ? tr("No recording for this session")
                                                         : m_view.recordings.first().label);
    const bool favourite = m_catalog && m_userData->isFavourite(m_catalog->event.id, m_sessionId);
    m_favouriteButton->setChecked(favourite);
    m_favouriteButton->setText(favourite ? tr("★ Favourite") : tr("☆ Add to favourites"));
    m_favouriteButton->setToolTip(tr("Toggle favourite (Ctrl+D)"));
    m_noteLabel->setText(tr("&My note"));
    m_note->setPlaceholderText(tr("Write a note about this session; it is saved as you type."));
    m_note->setAccessibleName(tr("My note"));
    m_browser->setAccessibleName(tr("Session details"));
}

void SessionDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace fa
