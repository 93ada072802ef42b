#pragma once

#include "timecode.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace fa {

class AddedSessionEditor;
class ChapterOverlay;
class PlayerController;

// Chapter authoring under the player: marks where the selected session starts
// in the playing recording, nudges it, undoes, imports a recording's chapters
// (pasted or from a file), edits the sessions added from them, and exports the
// result. The edits live in the ChapterOverlay; this widget only forwards intent.
class AuthoringPanel : public QWidget
{
    Q_OBJECT

public:
    enum class ExportKind { Catalog, YouTube, WebVtt };
    Q_ENUM(ExportKind)

    AuthoringPanel(PlayerController *player, ChapterOverlay *overlay, QWidget *parent = nullptr);

    // The session whose start is edited (the one selected in the session list).
    void setSession(const QString &sessionId);
    QString session() const { return m_sessionId; }
    // The recording edits apply to: the one playing, when it belongs to the
    // overlay's catalog.
    QString recordingId() const;

    // Opens the import dialog for chapters of the playing recording (or any
    // recording of the catalog) and applies what the user accepts.
    void importChapters();

    // Writes an export atomically; false with the message shown in the panel.
    bool exportTo(ExportKind kind, const QString &path);
    QString statusText() const;

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);
    // Chapters were imported into the recording; addedSessions are the ids of the
    // sessions added to its day (empty without "add unmatched chapters").
    void chaptersImported(const QString &recordingId, const QStringList &addedSessions);
    // The user removed the selected session (an added one).
    void sessionRemoved(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void setStartHere();
    void chooseExport(ExportKind kind);
    void showStatus(const QString &text, bool error);
    // The status text's colour: red for an error, readable on the panel's background.
    void colourStatus();

    PlayerController *const m_player;
    ChapterOverlay *const m_overlay;
    QString m_sessionId;

    QPushButton *const m_setStart;
    QPushButton *const m_earlier;
    QPushButton *const m_later;
    QAction *const m_undoAction;
    QAction *const m_redoAction;
    QToolButton *const m_undo;
    QToolButton *const m_redo;
    QLabel *const m_offset;
    QMenu *const m_exportMenu;
    QAction *const m_exportCatalog;
    QAction *const m_exportYouTube;
    QAction *const m_exportWebVtt;
    QPushButton *const m_export;
    QPushButton *const m_import;
    QLabel *const m_status;
    bool m_statusIsError = false;
    AddedSessionEditor *const m_addedEditor;
};

} // namespace fa
