#include "chapteroverlay.h"

#include "catalogwriter.h"
#include "chapterlist.h"
#include "userdatastore.h"

#include <QJsonValue>
#include <QUndoCommand>
#include <QUndoStack>

namespace fa {

// Whole-overlay snapshots: the overlay is a handful of numbers, and a snapshot
// makes a multi-session import undo exactly like a single nudge.
class ChapterOverlayCommand : public QUndoCommand
{
public:
    ChapterOverlayCommand(ChapterOverlay *overlay, const QString &text,
                          ChapterOverlay::Edits before, ChapterOverlay::Edits after)
        : QUndoCommand(text)
        , m_overlay(overlay)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void undo() override { m_overlay->restore(m_before); }
    void redo() override { m_overlay->restore(m_after); }

private:
    ChapterOverlay *const m_overlay;
    const ChapterOverlay::Edits m_before;
    const ChapterOverlay::Edits m_after;
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
    m_edits.clear();
    if (m_store && m_base && !catalogId().isEmpty())
        m_edits = fromJson(m_store->section(catalogId(), QLatin1String(sectionName)));
    rebuild();
    Q_EMIT changed();
}

QString ChapterOverlay::catalogId() const
{
    return m_base ? m_base->event.id : QString();
}

bool ChapterOverlay::isEdited(const QString &recordingId, const QString &sessionId) const
{
    const auto it = m_edits.constFind(recordingId);
    return it != m_edits.cend() && it->contains(sessionId);
}

std::optional<Milliseconds> ChapterOverlay::offset(const QString &recordingId,
                                                   const QString &sessionId) const
{
    if (!m_effective)
        return std::nullopt;
    const Session *session = m_effective->session(sessionId);
    if (!session)
        return std::nullopt;
    for (const Chapter &chapter : session->chapters) {
        if (chapter.recordingId == recordingId)
            return chapter.at;
    }
    return std::nullopt;
}

void ChapterOverlay::setStart(const QString &recordingId, const QString &sessionId, Milliseconds ms)
{
    if (!m_base || !m_base->recording(recordingId) || !m_base->session(sessionId))
        return;
    Edits after = m_edits;
    after[recordingId].insert(sessionId, clamp(recordingId, ms));
    const Session *session = m_base->session(sessionId);
    push(tr("Set start of %1").arg(m_base->text(session->title, m_base->event.language)), after);
}

void ChapterOverlay::adjust(const QString &recordingId, const QString &sessionId,
                            Milliseconds deltaMs)
{
    const std::optional<Milliseconds> current = offset(recordingId, sessionId);
    if (!current || deltaMs == 0)
        return;
    Edits after = m_edits;
    after[recordingId].insert(sessionId, clamp(recordingId, *current + deltaMs));
    push(deltaMs > 0 ? tr("Move start later") : tr("Move start earlier"), after);
}

void ChapterOverlay::clear(const QString &recordingId, const QString &sessionId)
{
    if (!isEdited(recordingId, sessionId))
        return;
    Edits after = m_edits;
    after[recordingId].remove(sessionId);
    if (after[recordingId].isEmpty())
        after.remove(recordingId);
    push(tr("Restore the catalog's start"), after);
}

ChapterMatchResult ChapterOverlay::importChapters(const QString &recordingId,
                                                  const QList<ImportedChapter> &chapters)
{
    if (!m_effective || !m_effective->recording(recordingId))
        return {};
    ChapterMatchResult result = ChapterMatcher::match(*m_effective, recordingId, chapters);
    applyOffsets(recordingId, result.overlay);
    return result;
}

void ChapterOverlay::applyOffsets(const QString &recordingId, const ChapterOffsets &offsets)
{
    if (!m_base || !m_base->recording(recordingId) || offsets.isEmpty())
        return;
    Edits after = m_edits;
    ChapterOffsets &target = after[recordingId];
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        if (m_base->session(it.key()))
            target.insert(it.key(), clamp(recordingId, it.value()));
    }
    if (target.isEmpty())
        after.remove(recordingId);
    push(tr("Import %n chapter(s)", nullptr, int(offsets.size())), after);
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

void ChapterOverlay::restore(const Edits &edits)
{
    m_edits = edits;
    rebuild();
    save();
    Q_EMIT changed();
}

void ChapterOverlay::push(const QString &text, const Edits &after)
{
    if (after == m_edits)
        return;
    // QUndoStack::push runs redo(), which applies `after`.
    m_undo->push(new ChapterOverlayCommand(this, text, m_edits, after));
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
    if (m_edits.isEmpty()) {
        m_effective = m_base;
        return;
    }
    auto effective = std::make_shared<Catalog>(*m_base);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        // Edits of a recording the catalog no longer has stay stored but unused.
        if (m_base->recording(it.key()))
            *effective = ChapterMatcher::apply(*effective, it.key(), it.value());
    }
    m_effective = std::move(effective);
}

void ChapterOverlay::save()
{
    if (!m_store || catalogId().isEmpty())
        return;
    m_store->setSection(catalogId(), QLatin1String(sectionName), toJson(m_edits));
    if (!m_store->lastError().isEmpty())
        Q_EMIT problem(tr("Chapter edits could not be saved: %1").arg(m_store->lastError()));
}

ChapterOverlay::Edits ChapterOverlay::fromJson(const QJsonObject &json)
{
    Edits edits;
    for (auto rec = json.constBegin(); rec != json.constEnd(); ++rec) {
        const QJsonObject sessions = rec.value().toObject();
        ChapterOffsets offsets;
        for (auto s = sessions.constBegin(); s != sessions.constEnd(); ++s) {
            // Hand-edited or damaged entries are dropped rather than guessed.
            const double ms = s.value().toDouble(-1);
            if (s.value().isDouble() && ms >= 0 && ms < 1e12)
                offsets.insert(s.key(), Milliseconds(ms));
        }
        if (!offsets.isEmpty())
            edits.insert(rec.key(), offsets);
    }
    return edits;
}

QJsonObject ChapterOverlay::toJson(const Edits &edits)
{
    QJsonObject json;
    for (auto rec = edits.cbegin(); rec != edits.cend(); ++rec) {
        QJsonObject sessions;
        for (auto s = rec->cbegin(); s != rec->cend(); ++s)
            sessions.insert(s.key(), double(s.value()));
        json.insert(rec.key(), sessions);
    }
    return json;
}

} // namespace fa
