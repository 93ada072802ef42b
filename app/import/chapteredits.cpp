#include "chapteredits.h"

#include <algorithm>

namespace fa {

const AddedSession *ChapterEdits::addedSession(const QString &id) const
{
    const auto it = std::find_if(added.cbegin(), added.cend(),
                                 [&](const AddedSession &a) { return a.id == id; });
    return it == added.cend() ? nullptr : &*it;
}

AddedSession *ChapterEdits::addedSession(const QString &id)
{
    const auto it =
        std::find_if(added.begin(), added.end(), [&](const AddedSession &a) { return a.id == id; });
    return it == added.end() ? nullptr : &*it;
}

QString ChapterEdits::newSessionId(const Catalog &catalog, const QString &recordingId,
                                   Milliseconds at) const
{
    // From the offset rather than a counter: the same chapter imported again, by
    // the command line or the app, gets the same id, and so its notes and favourite.
    const QString stem = u"added-" + recordingId + u'-' + QString::number(at / 1000);
    QString id = stem;
    for (int n = 2; catalog.session(id) || addedSession(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

Catalog ChapterEdits::applyTo(const Catalog &base) const
{
    Catalog out = base;
    for (auto it = chapters.cbegin(); it != chapters.cend(); ++it) {
        const int index = out.recordingIndex(it.key());
        if (index < 0)
            continue; // kept in user data, unused while the catalog lacks the recording
        Recording &recording = out.recordings[index];
        const QString language =
            recording.language.isEmpty() ? out.event.language : recording.language;
        recording.chapters.clear();
        for (const StoredChapter &stored : *it) {
            if (recording.duration && stored.at > *recording.duration)
                continue;
            recording.chapters.append(
                {stored.at, LocalizedText(language, stored.title), stored.sessionId});
        }
    }
    insertAddedSessions(out);
    out.buildIndex();
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        if (out.recording(it.key()))
            out = ChapterMatcher::apply(out, it.key(), it.value());
    }

    // A recording chapter is where the session it names starts: when the user
    // moved that start, the chapter moves with it; an added session's chapter
    // carries the session's titles, so that the user's translations show in the player.
    for (Recording &recording : out.recordings) {
        const ChapterOffsets moved = offsets.value(recording.id);
        bool reorder = false;
        for (RecordingChapter &chapter : recording.chapters) {
            // A session gone from the catalog (or an added one left out) is named no more.
            if (!chapter.sessionId.isEmpty() && !out.session(chapter.sessionId))
                chapter.sessionId.clear();
            if (chapter.sessionId.isEmpty())
                continue;
            const auto at = moved.constFind(chapter.sessionId);
            if (at != moved.cend() && *at != chapter.at) {
                chapter.at = *at;
                reorder = true;
            }
            if (const AddedSession *session = addedSession(chapter.sessionId);
                session && out.session(session->id))
                chapter.title = out.session(session->id)->title;
        }
        if (reorder)
            std::stable_sort(
                recording.chapters.begin(), recording.chapters.end(),
                [](const RecordingChapter &a, const RecordingChapter &b) { return a.at < b.at; });
    }
    out.buildIndex();
    return out;
}

void ChapterEdits::insertAddedSessions(Catalog &out) const
{
    struct Placed
    {
        int dayIndex;
        Milliseconds at;
        Session session;
    };
    QList<Placed> placed;
    for (const AddedSession &a : added) {
        const Recording *recording = out.recording(a.recordingId);
        if (!recording || recording->kind != Recording::Kind::Day || out.session(a.id)
            || out.dayIndex(recording->dayId) < 0
            || (recording->duration && a.at > *recording->duration))
            continue;
        Session session;
        session.id = a.id;
        session.dayId = recording->dayId;
        session.title = a.title;
        for (const QString &pillar : a.pillarIds) {
            if (out.pillar(pillar) && !session.pillarIds.contains(pillar))
                session.pillarIds.append(pillar);
        }
        session.chapters.append({a.recordingId, a.at, {}, {}});
        // Ordered where the session starts now, an offset edit included.
        placed.append({out.dayIndex(recording->dayId),
                       offsets.value(a.recordingId).value(a.id, a.at), session});
    }
    if (placed.isEmpty())
        return;
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &x, const Placed &y) {
        return std::tie(x.dayIndex, x.at) < std::tie(y.dayIndex, y.at);
    });

    // After the last session of the day (the list breaks ties by catalog order),
    // else before the first session of a later day.
    QHash<int, qsizetype> afterLast; // day index -> position after its last session
    for (qsizetype i = 0; i < out.sessions.size(); ++i)
        afterLast.insert(out.dayIndex(out.sessions[i].dayId), i + 1);
    QHash<qsizetype, QList<qsizetype>> insertions; // position -> indexes into placed, in order
    for (qsizetype p = 0; p < placed.size(); ++p) {
        qsizetype position = afterLast.value(placed[p].dayIndex, -1);
        if (position < 0) {
            position = out.sessions.size();
            for (qsizetype i = 0; i < out.sessions.size() && position == out.sessions.size(); ++i) {
                if (out.dayIndex(out.sessions[i].dayId) > placed[p].dayIndex)
                    position = i;
            }
        }
        insertions[position].append(p);
    }
    QList<Session> sessions;
    sessions.reserve(out.sessions.size() + placed.size());
    for (qsizetype i = 0; i <= out.sessions.size(); ++i) {
        for (qsizetype p : insertions.value(i))
            sessions.append(placed[p].session);
        if (i < out.sessions.size())
            sessions.append(out.sessions[i]);
    }
    out.sessions = std::move(sessions);
}

} // namespace fa
