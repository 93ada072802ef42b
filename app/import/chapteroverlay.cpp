#include "chapteroverlay.h"

#include "catalogwriter.h"
#include "chaptereditsjson.h"
#include "chapterlist.h"
#include "userdatastore.h"

#include <QJsonValue>
#include <QUndoCommand>
#include <QUndoStack>

namespace fa {

// Whole-overlay snapshots: the overlay is small (a few chapter lists at most),
// and a snapshot makes a multi-session import undo exactly like a single nudge.
class ChapterOverlayCommand : public QUndoCommand
{
public:
    ChapterOverlayCommand(ChapterOverlay *overlay, const QString &text, ChapterEdits before,
                          ChapterEdits after)
        : QUndoCommand(text)
        , m_overlay(overlay)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void undo() override { m_overlay->restore(m_before); }
    void redo() override { m_overlay->restore(m_after); }

private:
    ChapterOverlay *const m_overlay;
    const ChapterEdits m_before;
    const ChapterEdits m_after;
};

ChapterOverlay::ChapterOverlay(UserDataStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
{}

ChapterOverlay::~ChapterOverlay()
{
    // The commands point back at this object: drop them before it goes.
    m_undo->clear();
}

void ChapterOverlay::setCatalog(CatalogPtr base)
{
    m_undo->clear();
    m_base = std::move(base);
    m_state = {};
    if (m_store && m_base && !catalogId().isEmpty())
        m_state =
            ChapterEditsJson::fromJson(m_store->section(catalogId(), QLatin1String(sectionName)));
    rebuild();
    Q_EMIT sessionsChanged();
    Q_EMIT changed();
}

QString ChapterOverlay::catalogId() const
{
    return m_base ? m_base->event.id : QString();
}

bool ChapterOverlay::isEdited(const QString &recordingId, const QString &sessionId) const
{
    const auto it = m_state.offsets.constFind(recordingId);
    return it != m_state.offsets.cend() && it->contains(sessionId);
}

std::optional<Milliseconds> ChapterOverlay::offset(const QString &recordingId,
                                                   const QString &sessionId) const
{
    if (!m_effective)
        return std::nullopt;
    const Session *session = m_effective->session(sessionId);
    if (!session)
        return std::nullopt;
    for (const Chapter &chapter : m_effective->placements(*session)) {
        if (chapter.recordingId == recordingId)
            return chapter.at;
    }
    return std::nullopt;
}

const AddedSession *ChapterOverlay::addedSession(const QString &sessionId) const
{
    return m_state.addedSession(sessionId);
}

void ChapterOverlay::setStart(const QString &recordingId, const QString &sessionId, Milliseconds ms)
{
    const Session *session = m_effective ? m_effective->session(sessionId) : nullptr;
    if (!session || !m_base->recording(recordingId))
        return;
    ChapterEdits after = m_state;
    after.offsets[recordingId].insert(sessionId, clamp(recordingId, ms));
    push(tr("Set start of %1").arg(m_base->text(session->title, m_base->event.language)), after);
}

void ChapterOverlay::adjust(const QString &recordingId, const QString &sessionId,
                            Milliseconds deltaMs)
{
    const std::optional<Milliseconds> current = offset(recordingId, sessionId);
    if (!current || deltaMs == 0)
        return;
    ChapterEdits after = m_state;
    after.offsets[recordingId].insert(sessionId, clamp(recordingId, *current + deltaMs));
    push(deltaMs > 0 ? tr("Move start later") : tr("Move start earlier"), after);
}

void ChapterOverlay::clear(const QString &recordingId, const QString &sessionId)
{
    if (!isEdited(recordingId, sessionId))
        return;
    ChapterEdits after = m_state;
    after.offsets[recordingId].remove(sessionId);
    if (after.offsets[recordingId].isEmpty())
        after.offsets.remove(recordingId);
    push(tr("Restore the catalog's start"), after);
}

ChapterMatchResult ChapterOverlay::importChapters(const QString &recordingId,
                                                  const QList<ImportedChapter> &chapters,
                                                  const ChapterImportOptions &options)
{
    if (!m_effective || !m_effective->recording(recordingId))
        return {};
    const ChapterImportPreview preview =
        ChapterImport::preview(*m_effective, recordingId, chapters, {}, options, m_state);
    applyImport(preview);
    return preview.match;
}

void ChapterOverlay::applyOffsets(const QString &recordingId, const ChapterOffsets &offsets)
{
    if (!m_effective || !m_base->recording(recordingId) || offsets.isEmpty())
        return;
    ChapterEdits after = m_state;
    ChapterOffsets &target = after.offsets[recordingId];
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        if (m_effective->session(it.key()))
            target.insert(it.key(), clamp(recordingId, it.value()));
    }
    if (target.isEmpty())
        after.offsets.remove(recordingId);
    push(tr("Import %n chapter(s)", nullptr, int(offsets.size())), after);
}

ChapterImportPreview ChapterOverlay::previewImport(const QString &recordingId, const QString &text,
                                                   ImportFormat format,
                                                   const ChapterImportOptions &options) const
{
    if (!m_effective) {
        ChapterImportPreview none;
        none.recordingId = recordingId;
        none.report.fail(0, tr("no catalog is open"));
        return none;
    }
    return ChapterImport::preview(*m_effective, recordingId, text, format, options, m_state);
}

bool ChapterOverlay::applyImport(const ChapterImportPreview &preview)
{
    if (!m_effective || !preview.ok() || !m_base->recording(preview.recordingId))
        return false;
    push(tr("Import %n chapter(s)", nullptr, int(preview.chapters.size())),
         preview.applyTo(m_state));
    return true;
}

void ChapterOverlay::setAddedSessionDetails(const QString &sessionId, const LocalizedText &title,
                                            const QStringList &pillarIds)
{
    const AddedSession *current = m_state.addedSession(sessionId);
    if (!current || !m_base)
        return;
    ChapterEdits after = m_state;
    AddedSession *session = after.addedSession(sessionId);
    const QString language = m_base->event.language;
    LocalizedText titles;
    for (const auto &[code, text] : title.values().asKeyValueRange())
        titles.set(code, text.simplified());
    if (!titles.has(language))
        titles.set(language, current->title.text(language, language));
    session->title = titles;
    session->pillarIds.clear();
    for (const QString &pillar : pillarIds) {
        if (m_base->pillar(pillar) && !session->pillarIds.contains(pillar))
            session->pillarIds.append(pillar);
    }
    push(tr("Edit %1").arg(titles.text(language, language)), after);
}

void ChapterOverlay::removeAddedSession(const QString &sessionId)
{
    const AddedSession *current = m_state.addedSession(sessionId);
    if (!current)
        return;
    const QString title = current->title.text(m_base->event.language, m_base->event.language);
    ChapterEdits after = m_state;
    after.added.removeIf([&](const AddedSession &a) { return a.id == sessionId; });
    for (auto it = after.offsets.begin(); it != after.offsets.end();) {
        it->remove(sessionId);
        it = it->isEmpty() ? after.offsets.erase(it) : std::next(it);
    }
    for (QList<StoredChapter> &list : after.chapters) {
        for (StoredChapter &chapter : list) {
            if (chapter.sessionId == sessionId)
                chapter.sessionId.clear();
        }
    }
    push(tr("Remove %1").arg(title), after);
}

bool ChapterOverlay::canUndo() const
{
    return m_undo->canUndo();
}

bool ChapterOverlay::canRedo() const
{
    return m_undo->canRedo();
}

void ChapterOverlay::undo()
{
    m_undo->undo();
}

void ChapterOverlay::redo()
{
    m_undo->redo();
}

QByteArray ChapterOverlay::catalogJson() const
{
    return m_effective ? CatalogWriter::toData(*m_effective) : QByteArray();
}

QString ChapterOverlay::youTubeChapters(const QString &recordingId) const
{
    return m_effective ? ChapterList::toYouTube(ChapterList::fromCatalog(*m_effective, recordingId))
                       : QString();
}

QString ChapterOverlay::webVttChapters(const QString &recordingId) const
{
    if (!m_effective)
        return {};
    return ChapterList::toWebVtt(ChapterList::fromCatalog(*m_effective, recordingId),
                                 ChapterList::endOf(*m_effective, recordingId));
}

void ChapterOverlay::restore(const ChapterEdits &state)
{
    // An added session's place in its day follows its offset: a move reorders the list.
    const auto addedOffsets = [](const ChapterEdits &edits) {
        QList<Milliseconds> offsets;
        for (const AddedSession &a : edits.added)
            offsets.append(edits.offsets.value(a.recordingId).value(a.id, a.at));
        return offsets;
    };
    const bool sessions =
        state.added != m_state.added || addedOffsets(state) != addedOffsets(m_state);
    m_state = state;
    rebuild();
    save();
    if (sessions)
        Q_EMIT sessionsChanged();
    Q_EMIT changed();
}

void ChapterOverlay::push(const QString &text, const ChapterEdits &after)
{
    if (after == m_state)
        return;
    // QUndoStack::push runs redo(), which applies `after`.
    m_undo->push(new ChapterOverlayCommand(this, text, m_state, after));
}

Milliseconds ChapterOverlay::clamp(const QString &recordingId, Milliseconds ms) const
{
    ms = std::max<Milliseconds>(ms, 0);
    const Recording *recording = m_base ? m_base->recording(recordingId) : nullptr;
    if (recording && recording->duration)
        ms = std::min(ms, *recording->duration);
    return ms;
}

void ChapterOverlay::rebuild()
{
    if (!m_base) {
        m_effective.reset();
        return;
    }
    if (m_state.isEmpty()) {
        m_effective = m_base;
        return;
    }
    // Edits of a recording the catalog no longer has stay stored but unused.
    m_effective = std::make_shared<const Catalog>(m_state.applyTo(*m_base));
}

void ChapterOverlay::save()
{
    if (!m_store || catalogId().isEmpty())
        return;
    m_store->setSection(catalogId(), QLatin1String(sectionName), ChapterEditsJson::toJson(m_state));
    if (!m_store->lastError().isEmpty())
        Q_EMIT problem(tr("Chapter edits could not be saved: %1").arg(m_store->lastError()));
}

} // namespace fa
