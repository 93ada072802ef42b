#include "authoringpanel.h"

#include "addedsessioneditor.h"
#include "chapteroverlay.h"
#include "colorcontrast.h"
#include "importdialog.h"
#include "playercontroller.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fa {

AuthoringPanel::AuthoringPanel(PlayerController *player, ChapterOverlay *overlay, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_overlay(overlay)
    , m_setStart(new QPushButton(this))
    , m_earlier(new QPushButton(this))
    , m_later(new QPushButton(this))
    , m_undoAction(new QAction(this))
    , m_redoAction(new QAction(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
    , m_offset(new QLabel(this))
    , m_exportMenu(new QMenu(this))
    , m_exportCatalog(m_exportMenu->addAction(QString()))
    , m_exportYouTube(m_exportMenu->addAction(QString()))
    , m_exportWebVtt(m_exportMenu->addAction(QString()))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_addedEditor(new AddedSessionEditor(overlay, this))
{
    setObjectName(QStringLiteral("authoringPanel"));
    m_setStart->setObjectName(QStringLiteral("setStartButton"));
    m_earlier->setObjectName(QStringLiteral("earlierButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_offset->setObjectName(QStringLiteral("offsetLabel"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportCatalog->setObjectName(QStringLiteral("exportCatalogAction"));
    m_exportYouTube->setObjectName(QStringLiteral("exportYouTubeAction"));
    m_exportWebVtt->setObjectName(QStringLiteral("exportWebVttAction"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import->setObjectName(QStringLiteral("importChaptersButton"));
    m_status->setObjectName(QStringLiteral("authoringStatus"));

    // The panel sits beside other editors (notes): its shortcuts only act
    // while focus is inside it.
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction *a : {m_undoAction, m_redoAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_undo->setDefaultAction(m_undoAction);
    m_redo->setDefaultAction(m_redoAction);
    m_export->setMenu(m_exportMenu);
    m_offset->setTextFormat(Qt::PlainText);
    m_offset->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_setStart);
    buttons->addWidget(m_earlier);
    buttons->addWidget(m_later);
    buttons->addSpacing(12);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_offset);
    layout->addWidget(m_status);
    layout->addWidget(m_addedEditor);
    m_status->hide();

    connect(m_setStart, &QPushButton::clicked, this, &AuthoringPanel::setStartHere);
    connect(m_earlier, &QPushButton::clicked, this,
            [this] { m_overlay->adjust(recordingId(), m_sessionId, -ChapterOverlay::nudge); });
    connect(m_later, &QPushButton::clicked, this,
            [this] { m_overlay->adjust(recordingId(), m_sessionId, ChapterOverlay::nudge); });
    connect(m_undoAction, &QAction::triggered, m_overlay, &ChapterOverlay::undo);
    connect(m_redoAction, &QAction::triggered, m_overlay, &ChapterOverlay::redo);
    connect(m_import, &QPushButton::clicked, this, &AuthoringPanel::importChapters);
    connect(m_addedEditor, &AddedSessionEditor::sessionRemoved, this,
            &AuthoringPanel::sessionRemoved);
    connect(m_exportCatalog, &QAction::triggered, this,
            [this] { chooseExport(ExportKind::Catalog); });
    connect(m_exportYouTube, &QAction::triggered, this,
            [this] { chooseExport(ExportKind::YouTube); });
    connect(m_exportWebVtt, &QAction::triggered, this,
            [this] { chooseExport(ExportKind::WebVtt); });

    connect(m_overlay, &ChapterOverlay::changed, this, &AuthoringPanel::refresh);
    connect(m_overlay, &ChapterOverlay::problem, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_overlay->undoStack(), &QUndoStack::canUndoChanged, this, &AuthoringPanel::refresh);
    connect(m_overlay->undoStack(), &QUndoStack::canRedoChanged, this, &AuthoringPanel::refresh);
    connect(m_player, &PlayerController::recordingChanged, this, &AuthoringPanel::refresh);
    connect(m_player, &PlayerController::statusChanged, this, &AuthoringPanel::refresh);

    retranslateUi();
}

void AuthoringPanel::setSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_addedEditor->setSession(sessionId);
    refresh();
}

QString AuthoringPanel::recordingId() const
{
    const CatalogPtr &playing = m_player->catalog();
    const CatalogPtr base = m_overlay->baseCatalog();
    if (!playing || !base || playing->event.id != base->event.id
        || !base->recording(m_player->recordingId()))
        return {};
    return m_player->recordingId();
}

QString AuthoringPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AuthoringPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        colourStatus();
    QWidget::changeEvent(event);
}

void AuthoringPanel::retranslateUi()
{
    m_setStart->setText(tr("Set s&tart of this session here"));
    m_setStart->setToolTip(
        tr("Records the current playback position as where the selected session starts "
           "in this recording."));
    m_earlier->setText(tr("−1 s"));
    m_earlier->setAccessibleName(tr("Move the session start one second earlier"));
    m_earlier->setToolTip(m_earlier->accessibleName());
    m_later->setText(tr("+1 s"));
    m_later->setAccessibleName(tr("Move the session start one second later"));
    m_later->setToolTip(m_later->accessibleName());
    m_undoAction->setText(tr("Undo"));
    m_undoAction->setToolTip(tr("Undo the last chapter edit (%1)")
                                 .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    m_redoAction->setText(tr("Redo"));
    m_redoAction->setToolTip(tr("Redo the chapter edit (%1)")
                                 .arg(m_redoAction->shortcut().toString(QKeySequence::NativeText)));
    m_undo->setAccessibleName(tr("Undo the last chapter edit"));
    m_redo->setAccessibleName(tr("Redo the chapter edit"));
    m_import->setText(tr("&Import Chapters…"));
    m_import->setToolTip(tr("Paste or open the chapters of a recording (a YouTube description "
                            "or a WebVTT file): every chapter goes on the recording, and "
                            "chapters that name no session can become sessions of its day."));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export the chapters"));
    m_exportCatalog->setText(tr("Full Catalog (.json)…"));
    m_exportYouTube->setText(tr("YouTube Chapters (.txt)…"));
    m_exportWebVtt->setText(tr("WebVTT Chapters (.vtt)…"));
    m_offset->setAccessibleName(tr("Session start"));
    m_status->setAccessibleName(tr("Authoring message"));
    refresh();
}

void AuthoringPanel::refresh()
{
    const QString recording = recordingId();
    const CatalogPtr catalog = m_overlay->effectiveCatalog();
    const Session *session = catalog ? catalog->session(m_sessionId) : nullptr;
    const std::optional<Milliseconds> at =
        session && !recording.isEmpty() ? m_overlay->offset(recording, m_sessionId) : std::nullopt;

    m_setStart->setEnabled(session && !recording.isEmpty());
    m_earlier->setEnabled(at.has_value());
    m_later->setEnabled(at.has_value());
    m_undoAction->setEnabled(m_overlay->canUndo());
    m_redoAction->setEnabled(m_overlay->canRedo());
    m_export->setEnabled(catalog != nullptr);
    m_import->setEnabled(catalog && !catalog->recordings.isEmpty());
    m_addedEditor->setLanguage(m_player->language());
    m_exportYouTube->setEnabled(!recording.isEmpty());
    m_exportWebVtt->setEnabled(!recording.isEmpty());

    if (!session) {
        m_offset->setText(tr("Select a session to mark where it starts."));
        return;
    }
    const QString title = catalog->text(session->title, m_player->language());
    if (recording.isEmpty()) {
        m_offset->setText(
            tr("Play a recording of this catalog to mark where “%1” starts.").arg(title));
    } else if (!at) {
        m_offset->setText(tr("“%1” has no start in %2 yet.").arg(title, recording));
    } else {
        QString text =
            tr("“%1” starts at %2 in %3.").arg(title, formatTimecode(*at, true), recording);
        if (m_overlay->isEdited(recording, m_sessionId))
            text += u' ' + tr("(edited)");
        m_offset->setText(text);
    }
}

void AuthoringPanel::importChapters()
{
    const CatalogPtr catalog = m_overlay->effectiveCatalog();
    if (!catalog)
        return;
    ImportDialog dialog(catalog, this);
    dialog.setObjectName(QStringLiteral("chapterImportDialog"));
    dialog.restrictToChapters();
    dialog.setLanguage(m_player->language());
    dialog.setRecordingId(recordingId());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChapterImportPreview &preview = dialog.importResult().chapterImport;
    if (!m_overlay->applyImport(preview)) {
        showStatus(tr("The chapters could not be applied to this catalog."), true);
        return;
    }
    QStringList added;
    for (const AddedSession &session : preview.additions)
        added.append(session.id);
    showStatus(
        tr("%n chapter(s) imported into %1.", nullptr, static_cast<int>(preview.chapters.size()))
                .arg(preview.recordingId)
            + (added.isEmpty()
                   ? QString()
                   : u' '
                         + tr("%n session(s) added to %1.", nullptr, static_cast<int>(added.size()))
                               .arg(preview.dayTitle)),
        false);
    Q_EMIT chaptersImported(preview.recordingId, added);
}

void AuthoringPanel::setStartHere()
{
    const QString recording = recordingId();
    if (recording.isEmpty() || m_sessionId.isEmpty())
        return;
    m_overlay->setStart(recording, m_sessionId, m_player->position());
}

void AuthoringPanel::chooseExport(ExportKind kind)
{
    const CatalogPtr catalog = m_overlay->baseCatalog();
    if (!catalog)
        return;
    QString name;
    QString filter;
    switch (kind) {
    case ExportKind::Catalog:
        name = catalog->event.id + u".json";
        filter = tr("Catalogs (*.json)");
        break;
    case ExportKind::YouTube:
        name = recordingId() + u"-chapters.txt";
        filter = tr("Text files (*.txt)");
        break;
    case ExportKind::WebVtt:
        name = recordingId() + u"-chapters.vtt";
        filter = tr("WebVTT files (*.vtt)");
        break;
    }
    const QString folder = catalog->baseDir.isEmpty() ? QDir::homePath() : catalog->baseDir;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chapters"),
                                                      QDir(folder).filePath(name), filter);
    if (!path.isEmpty())
        exportTo(kind, path);
}

bool AuthoringPanel::exportTo(ExportKind kind, const QString &path)
{
    const QString recording = recordingId();
    const CatalogPtr catalog = m_overlay->baseCatalog();
    QByteArray content;
    QString problem;
    if (!catalog)
        problem = tr("There is no catalog to export.");
    else if (kind != ExportKind::Catalog && recording.isEmpty())
        problem = tr("Play a recording of this catalog first: chapters are exported per "
                     "recording.");
    else if (kind == ExportKind::Catalog)
        content = m_overlay->catalogJson();
    else if (kind == ExportKind::YouTube)
        content = m_overlay->youTubeChapters(recording).toUtf8();
    else
        content = m_overlay->webVttChapters(recording).toUtf8();

    const QString shown = QDir::toNativeSeparators(path);
    if (problem.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
            || !file.commit())
            problem = tr("Could not save %1: %2").arg(shown, file.errorString());
    }
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        Q_EMIT exportFailed(problem);
        return false;
    }
    QString done = tr("Saved %1.").arg(shown);
    if (kind == ExportKind::Catalog && !catalog->baseDir.isEmpty()
        && QFileInfo(path).absoluteDir().canonicalPath() != QDir(catalog->baseDir).canonicalPath())
        done += u' '
                + tr("It is in another folder than the catalog: its relative media and "
                     "material paths resolve from the new folder.");
    showStatus(done, false);
    Q_EMIT exported(path);
    return true;
}

void AuthoringPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(error ? tr("Error: %1").arg(text) : text);
    m_statusIsError = error;
    colourStatus();
    m_status->show();
}

void AuthoringPanel::colourStatus()
{
    // Failures also in red so they are not mistaken for a confirmation; a
    // palette with only that role set leaves the rest to follow the panel's.
    QPalette palette;
    palette.setResolveMask(0);
    if (m_statusIsError) {
        const bool darkBackground =
            ColorContrast::relativeLuminance(this->palette().color(QPalette::Window)) < 0.5;
        palette.setColor(QPalette::WindowText,
                         darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    }
    m_status->setPalette(palette);
}

} // namespace fa
