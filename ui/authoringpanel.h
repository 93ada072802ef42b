#pragma once

#include "timecode.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace fa {

class ChapterOverlay;
class PlayerController;

// Chapter authoring under the player: marks where the selected session starts
// in the playing recording, nudges it, undoes, and exports the result. The
// edits live in the ChapterOverlay; this widget only forwards intent.
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

    // Writes an export atomically; false with the message shown in the panel.
    bool exportTo(ExportKind kind, const QString &path);
    QString statusText() const;

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void setStartHere();
    void chooseExport(ExportKind kind);
    void showStatus(const QString &text, bool error);

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
    QLabel *const m_status;
};

} // namespace fa
