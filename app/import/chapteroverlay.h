#pragma once

#include "catalog.h"
#include "chaptermatcher.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace fa {

class UserDataStore;

// The user's chapter edits for one catalog: where each session starts in each
// recording. Kept in user data (section "chapterOverlay",
// {recordingId: {sessionId: offsetMs}}) so the catalog file is never rewritten;
// every edit is one undoable step and is saved at once.
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

    Edits edits() const { return m_edits; }
    bool isEdited(const QString &recordingId, const QString &sessionId) const;
    // Where the session starts in the recording, edited or from the catalog.
    std::optional<Milliseconds> offset(const QString &recordingId, const QString &sessionId) const;

    // Each is one undoable step; offsets are kept within the recording.
    void setStart(const QString &recordingId, const QString &sessionId, Milliseconds ms);
    void adjust(const QString &recordingId, const QString &sessionId, Milliseconds deltaMs);
    void clear(const QString &recordingId, const QString &sessionId);
    // Matches the chapters to sessions and applies every match as one step.
    ChapterMatchResult importChapters(const QString &recordingId,
                                      const QList<ImportedChapter> &chapters);
    // Applies offsets that were already matched, as one step.
    void applyOffsets(const QString &recordingId, const ChapterOffsets &offsets);

    QUndoStack *undoStack() const { return m_undo; }
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    // Exports of the effective catalog.
    QByteArray catalogJson() const;
    QString youTubeChapters(const QString &recordingId) const;
    QString webVttChapters(const QString &recordingId) const;

Q_SIGNALS:
    void changed();
    // Saving failed; the edit stays in memory.
    void problem(const QString &message);

private:
    friend class ChapterOverlayCommand;

    // Replaces every edit and saves; what undo and redo do.
    void restore(const Edits &edits);
    void push(const QString &text, const Edits &after);
    Milliseconds clamp(const QString &recordingId, Milliseconds ms) const;
    void rebuild();
    void save();
    static Edits fromJson(const QJsonObject &json);
    static QJsonObject toJson(const Edits &edits);

    UserDataStore *const m_store;
    QUndoStack *const m_undo;
    CatalogPtr m_base;
    CatalogPtr m_effective;
    Edits m_edits;
};

} // namespace fa
