#pragma once

#include "catalog.h"
#include "chaptermatcher.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fa {

// A chapter of a recording as the user imported it, in the recording's language.
struct StoredChapter
{
    Milliseconds at = 0;
    QString title;
    QString sessionId; // the session it names (matched or added); empty when none

    bool operator==(const StoredChapter &) const = default;
};

// A session the user made from a chapter of a day recording: a part of that day
// the catalog does not list. Its day is the recording's; it has no start time,
// speaker or pillar until the user gives one (pillars only).
struct AddedSession
{
    QString id; // "added-<recording>-<seconds>[-n]", never an id of the catalog
    QString recordingId;
    Milliseconds at = 0; // where it starts in the recording (an offset edit may move it)
    LocalizedText title; // the chapter's title in the event's language, then the user's
    QStringList pillarIds;

    bool operator==(const AddedSession &) const = default;
};

// Everything the user changed about a catalog's chapters, as plain data: where
// sessions start, each recording's imported chapter list, the added sessions.
// ChapterOverlay keeps one of these per catalog; the command-line import builds
// one from scratch; both turn it into a catalog with applyTo().
struct ChapterEdits
{
    // recordingId -> (sessionId -> offset)
    QHash<QString, ChapterOffsets> offsets;
    // recordingId -> its chapters, complete, in input order; replaces the catalog's
    QHash<QString, QList<StoredChapter>> chapters;
    QList<AddedSession> added;

    bool isEmpty() const { return offsets.isEmpty() && chapters.isEmpty() && added.isEmpty(); }
    bool operator==(const ChapterEdits &) const = default;

    const AddedSession *addedSession(const QString &id) const;
    AddedSession *addedSession(const QString &id);
    // An id for a session added at `at` in the recording that neither the catalog
    // nor these edits use yet.
    QString newSessionId(const Catalog &catalog, const QString &recordingId, Milliseconds at) const;

    // The base catalog with every edit applied; edits that no longer fit it (an
    // unknown recording, an offset past its end) are left out, so the result
    // reads back as a valid catalog. Added sessions follow their day's sessions,
    // in offset order.
    Catalog applyTo(const Catalog &base) const;

private:
    void insertAddedSessions(Catalog &out) const;
};

} // namespace fa
