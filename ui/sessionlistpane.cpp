#include "sessionlistpane.h"

#include "afterfirstpaint.h"
#include "browsecontroller.h"
#include "roles.h"
#include "sessiondelegate.h"
#include "sessionfilterproxy.h"
#include "sessionlistmodel.h"
#include "transcriptsearch.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace fa {

SessionListPane::SessionListPane(BrowseController *browse, QWidget *parent)
    : QWidget(parent)
    , m_browse(browse)
    , m_search(new QLineEdit(this))
    , m_said(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_emptyPage(new QWidget(m_stack))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_emptyDetail(new QLabel(m_emptyPage))
    , m_emptyClear(new QPushButton(m_emptyPage))
    , m_hitsPage(new QWidget(m_stack))
    , m_hitsStatus(new QLabel(m_hitsPage))
    , m_hits(new QListView(m_hitsPage))
{
    m_said->setObjectName(QStringLiteral("searchSaidToggle"));
    m_said->hide(); // until a catalog's subtitles can be searched
    m_hits->setObjectName(QStringLiteral("transcriptHits"));
    m_hitsStatus->setObjectName(QStringLiteral("transcriptStatus"));
    m_hitsStatus->setWordWrap(true);
    m_hitsStatus->setTextFormat(Qt::PlainText);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setWordWrap(true);
    m_hits->setAlternatingRowColors(true);
    auto *hitsLayout = new QVBoxLayout(m_hitsPage);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_hitsStatus);
    hitsLayout->addWidget(m_hits, 1);
    m_search->setObjectName(QStringLiteral("searchField"));
    // The clear button's icon is a theme lookup and an image plugin load (~10 ms
    // of start-up); the field is empty when the window first shows.
    AfterFirstPaint::run(m_search, [search = m_search] { search->setClearButtonEnabled(true); });
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_emptyClear->setObjectName(QStringLiteral("emptyClearButton"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyDetail->setObjectName(QStringLiteral("emptyDetail"));

    m_view->setModel(m_browse->visibleSessions());
    m_view->setItemDelegate(new SessionDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->sortByColumn(SessionListModel::WhenColumn, Qt::AscendingOrder);
    configureHeader();
    // A model reset forgets per-section resize modes.
    connect(m_browse->visibleSessions(), &QAbstractItemModel::modelReset, this,
            &SessionListPane::configureHeader);
    // The time column fits its contents (a language, a catalog): the room left changes.
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != SessionListModel::TitleColumn)
            keepTitlesReadable();
    });
    connect(m_view->header(), &QHeaderView::geometriesChanged, this,
            &SessionListPane::keepTitlesReadable);
    m_view->installEventFilter(this);

    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    for (QLabel *label : {m_emptyTitle, m_emptyDetail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyDetail);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_hitsPage);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_said);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 6, 0);
    layout->setSpacing(6);
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_said->isChecked() && m_transcripts)
            m_transcripts->setText(text);
        else
            m_browse->setSearchText(text);
    });
    connect(m_said, &QCheckBox::toggled, this, &SessionListPane::setSearchingSaid);
    connect(m_hits, &QListView::activated, this, &SessionListPane::playHit);
    // The hits' status says "press Enter to play one": Enter where the word was
    // typed plays the chosen hit, else the first.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_said->isChecked() || !m_transcripts || m_transcripts->rowCount() == 0)
            return;
        const QModelIndex chosen = m_hits->currentIndex();
        playHit(chosen.isValid() ? chosen : m_transcripts->index(0));
    });
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_browse->clearFilters();
    });
    connect(m_browse, &BrowseController::filterChanged, this, [this] {
        if (!m_said->isChecked() && m_search->text() != m_browse->filter().text)
            m_search->setText(m_browse->filter().text);
        // A session hidden by a filter is selected again when it shows again.
        if (!m_view->currentIndex().isValid() && !m_wanted.isEmpty())
            selectSession(m_wanted);
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionListPane::emitCurrent);
    connect(m_browse->visibleSessions(), &QAbstractItemModel::modelReset, this,
            &SessionListPane::emitCurrent);
    connect(m_browse->visibleSessions(), &QAbstractItemModel::rowsRemoved, this,
            &SessionListPane::emitCurrent);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT playRequested(index.data(IdRole).toString());
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == SessionListModel::FavouriteColumn)
            m_browse->toggleFavourite(index.data(IdRole).toString());
        // The ▶ mark plays, like Enter and a double click.
        else if (index.column() == SessionListModel::RecordingColumn
                 && index.data(HasRecordingRole).toBool())
            Q_EMIT playRequested(index.data(IdRole).toString());
    });

    retranslateUi();
    updateEmptyState();
}

void SessionListPane::configureHeader()
{
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SessionListModel::FavouriteColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SessionListModel::RecordingColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SessionListModel::PillarsColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SessionListModel::WhenColumn, QHeaderView::ResizeToContents);
    // The marks' columns grow with the text size.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int mark = std::max(28, metrics.height() + 8);
    header->setMinimumSectionSize(std::min(24, mark));
    header->resizeSection(SessionListModel::FavouriteColumn, mark);
    header->resizeSection(SessionListModel::RecordingColumn, mark);
    header->resizeSection(SessionListModel::PillarsColumn, std::max(60, metrics.height() * 3));
    keepTitlesReadable();
}

void SessionListPane::keepTitlesReadable()
{
    // The title column stretches into what the others leave. In a narrow pane
    // (large text, a small window) the time column goes first (the details give
    // the time), so that a dozen characters of each title stay readable.
    QHeaderView *header = m_view->header();
    int marks = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != SessionListModel::TitleColumn && column != SessionListModel::WhenColumn)
            marks += header->sectionSize(column);
    }
    const int title = m_view->fontMetrics().averageCharWidth() * 12;
    const int frame = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    m_view->setMinimumWidth(marks + title + frame);
    const int when = header->sectionSizeHint(SessionListModel::WhenColumn);
    const bool room = m_view->width() >= marks + title + frame + when;
    if (header->isSectionHidden(SessionListModel::WhenColumn) == room)
        header->setSectionHidden(SessionListModel::WhenColumn, !room);
}

QString SessionListPane::currentSessionId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

void SessionListPane::selectSession(const QString &sessionId)
{
    const int sourceRow = m_browse->sessions()->rowOf(sessionId);
    if (sourceRow < 0)
        return;
    const QModelIndex proxyIndex = m_browse->visibleSessions()->mapFromSource(
        m_browse->sessions()->index(sourceRow, SessionListModel::TitleColumn));
    if (!proxyIndex.isValid())
        return;
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
}

void SessionListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray SessionListPane::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void SessionListPane::restoreHeaderState(const QByteArray &state)
{
    m_view->header()->restoreState(state);
}

void SessionListPane::emitCurrent()
{
    const QString id = currentSessionId();
    if (!id.isEmpty())
        m_wanted = id;
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentSessionChanged(id);
}

void SessionListPane::playHit(const QModelIndex &hit)
{
    Q_EMIT momentRequested(hit.data(HitRecordingIdRole).toString(),
                           hit.data(HitOffsetRole).toLongLong());
}

void SessionListPane::setTranscripts(TranscriptSearch *transcripts)
{
    m_transcripts = transcripts;
    m_hits->setModel(transcripts);
    const auto update = [this] {
        m_said->setVisible(m_transcripts->fileCount() > 0);
        if (m_transcripts->fileCount() == 0 && m_said->isChecked())
            m_said->setChecked(false);
        updateHitsStatus();
    };
    connect(transcripts, &TranscriptSearch::progressChanged, this, update);
    connect(transcripts, &QAbstractItemModel::modelReset, this, &SessionListPane::updateHitsStatus);
    update();
}

void SessionListPane::setSearchingSaid(bool on)
{
    if (!m_transcripts)
        return;
    m_transcripts->setActive(on);
    // The text searches one thing at a time: titles and speakers, or what was said.
    if (on) {
        m_browse->setSearchText(QString());
        m_transcripts->setText(m_search->text());
    } else {
        m_browse->setSearchText(m_search->text());
    }
    updateEmptyState();
    m_search->setFocus(Qt::OtherFocusReason);
}

void SessionListPane::updateHitsStatus()
{
    if (!m_transcripts)
        return;
    const int total = m_transcripts->fileCount();
    const int done = m_transcripts->filesDone();
    QString status;
    if (done < total)
        status = tr("Reading subtitles: %1 of %n file(s)…", nullptr, total).arg(done);
    else if (m_transcripts->text().trimmed().isEmpty())
        status = tr("Type a word to find the moments it was said.");
    else if (m_transcripts->rowCount() == 0)
        status = tr("Nobody said “%1” in the subtitles of this catalog.")
                     .arg(m_transcripts->text().trimmed());
    else
        status = m_transcripts->hasMore() ? tr("The first %n moment(s); press Enter to play one.",
                                               nullptr, m_transcripts->rowCount())
                                          : tr("%n moment(s); press Enter to play one.", nullptr,
                                               m_transcripts->rowCount());
    m_hitsStatus->setText(status);
}

void SessionListPane::updateEmptyState()
{
    if (m_said->isChecked()) {
        m_stack->setCurrentWidget(m_hitsPage);
        updateHitsStatus();
        return;
    }
    const bool empty = m_browse->visibleCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget *>(m_view));
    const SessionFilter &filter = m_browse->filter();
    if (m_browse->totalCount() == 0) {
        m_emptyTitle->setText(tr("This catalog has no sessions yet"));
        m_emptyDetail->setText(tr("Its days and pillars are listed on the left."));
        m_emptyClear->hide();
        return;
    }
    m_emptyTitle->setText(tr("No sessions match"));
    QStringList reasons;
    if (!filter.text.trimmed().isEmpty())
        reasons.append(tr("the search “%1”").arg(filter.text.trimmed()));
    if (!filter.dayId.isEmpty())
        reasons.append(tr("the chosen day"));
    if (!filter.pillarIds.isEmpty())
        reasons.append(tr("the chosen pillars"));
    if (!filter.speakerId.isEmpty())
        reasons.append(tr("the chosen speaker"));
    if (filter.favouritesOnly)
        reasons.append(filter.favourites.isEmpty() ? tr("favourites only (you have none yet)")
                                                   : tr("favourites only"));
    m_emptyDetail->setText(tr("Nothing fits %1.").arg(QLocale().createSeparatedList(reasons)));
    m_emptyClear->show();
}

void SessionListPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search titles, summaries and speakers (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search sessions"));
    m_view->setAccessibleName(tr("Sessions"));
    m_said->setText(tr("In what was said"));
    m_said->setToolTip(tr("Search the subtitles of the recordings instead of titles and "
                          "speakers"));
    m_hits->setAccessibleName(tr("Moments found in what was said"));
    updateHitsStatus();
    m_emptyClear->setText(tr("Clear filters"));
    updateEmptyState();
}

bool SessionListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        keepTitlesReadable();
    // Focus in the list always shows on a row, even after a filter hid the current one.
    if (watched == m_view && event->type() == QEvent::FocusIn && !m_view->currentIndex().isValid()
        && m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, SessionListModel::TitleColumn));
    // Escape in the list hands focus back to the search, where typing continues.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        configureHeader();
    QWidget::changeEvent(event);
}

} // namespace fa
