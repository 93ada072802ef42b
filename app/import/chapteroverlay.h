#pragma once

#include "catalog.h"
#include "chapteredits.h"
#include "chapterimport.h"
#include "chaptermatcher.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace fa {

class UserDataStore;

// The user's chapter edits for one catalog: where each session starts in each
// recording, the chapter lists imported into recordings, and the sessions added
// from unmatched chapters. Kept in user data (section "chapterOverlay", see
// ChapterEditsJson) so the catalog file is never rewritten; every edit is one
// undoable step and is saved at once. effectiveCatalog() is the catalog the app
// shows: added sessions are ordinary sessions there.
class ChapterOverlay : public QObject
{
    Q_OBJECT

public:
    static constexpr auto sectionName = "chapterOverlay";
    static constexpr Milliseconds nudge = 1000;

    // recordingId -> (sessionId -> offset)
    using Edits = QHash<QString, ChapterOffsets>;

    explicit ChapterOverlay(UserDataStore *store, QObject *parent = nullptr);
    ~ChapterOverlay() override;

    // Loads the edits stored for this catalog and forgets the undo history.
    void setCatalog(CatalogPtr base);
    CatalogPtr baseCatalog() const { return m_base; }
    // The base catalog with every edit applied; null without a catalog.
    CatalogPtr effectiveCatalog() const { return m_effective; }
    QString catalogId() const;

    // The offset edits alone.
    Edits edits() const { return m_state.offsets; }
    const ChapterEdits &state() const { return m_state; }
    bool isEdited(const QString &recordingId, const QString &sessionId) const;
    // Where the session starts in the recording, edited or from the catalog.
    std::optional<Milliseconds> offset(const QString &recordingId, const QString &sessionId) const;
    // A session the user added (as opposed to one of the catalog); null otherwise.
    const AddedSession *addedSession(const QString &sessionId) const;

    // Each is one undoable step; offsets are kept within the recording.
    void setStart(const QString &recordingId, const QString &sessionId, Milliseconds ms);
    void adjust(const QString &recordingId, const QString &sessionId, Milliseconds deltaMs);
    void clear(const QString &recordingId, const QString &sessionId);
    // Previews and applies chapters as one step (see applyImport).
    ChapterMatchResult importChapters(const QString &recordingId,
                                      const QList<ImportedChapter> &chapters,
                                      const ChapterImportOptions &options = {});
    // Applies offsets that were already matched, as one step.
    void applyOffsets(const QString &recordingId, const ChapterOffsets &offsets);

    // What importing the text into a recording of the effective catalog would do.
    ChapterImportPreview previewImport(const QString &recordingId, const QString &text,
                                       ImportFormat format,
                                       const ChapterImportOptions &options) const;
    // Applies a preview made against this overlay's catalog as one step: the
    // recording's chapters become the imported ones, matched sessions are placed,
    // sessions are added. False, and nothing changes, when the preview has errors.
    bool applyImport(const ChapterImportPreview &preview);
    // An added session's title in each language and its pillars, as one step.
    // The title in the event's language cannot be emptied.
    void setAddedSessionDetails(const QString &sessionId, const LocalizedText &title,
                                const QStringList &pillarIds);
    // Removes an added session, its offset edits and the chapters' link to it.
    void removeAddedSession(const QString &sessionId);

    QUndoStack *undoStack() const { return m_undo; }
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    // Exports of the effective catalog; added sessions are written as ordinary sessions.
    QByteArray catalogJson() const;
    QString youTubeChapters(const QString &recordingId) const;
    QString webVttChapters(const QString &recordingId) const;

Q_SIGNALS:
    // Any edit, undo or redo, or a new catalog: effectiveCatalog() changed.
    void changed();
    // The effective catalog's sessions changed (added, removed, retitled, given
    // pillars, reordered): lists of sessions must take effectiveCatalog() again.
    // Emitted before changed().
    void sessionsChanged();
    // Saving failed; the edit stays in memory.
    void problem(const QString &message);

private:
    friend class ChapterOverlayCommand;

    // Replaces every edit and saves; what undo and redo do.
    void restore(const ChapterEdits &state);
    void push(const QString &text, const ChapterEdits &after);
    Milliseconds clamp(const QString &recordingId, Milliseconds ms) const;
    void rebuild();
    void save();

    UserDataStore *const m_store;
    QUndoStack *const m_undo;
    CatalogPtr m_base;
    CatalogPtr m_effective;
    ChapterEdits m_state;
};

} // namespace fa
