#pragma once

#include "subtitles/cue.h"

#include <QList>

#include <vector>

namespace fa {

// The cues of one subtitle file, ordered by start time. Cues may overlap, as
// WebVTT allows: several can be on screen at once.
class SubtitleDocument
{
public:
    SubtitleDocument() = default;
    // Sorts by start, keeping the file's order among equal starts.
    explicit SubtitleDocument(QList<Cue> cues);

    const QList<Cue> &cues() const { return m_cues; }
    qsizetype size() const { return m_cues.size(); }
    bool isEmpty() const { return m_cues.isEmpty(); }

    // The cues showing at position, in start order. A binary search, then only
    // the cues that started earlier and may still be showing are looked at.
    QList<Cue> cuesAt(Milliseconds position) const;
    // The first cue starting after position, or -1: for "next subtitle" and tests.
    qsizetype nextCueAfter(Milliseconds position) const;
    // Cues that start before an earlier cue has ended.
    int overlappingCount() const { return m_overlapping; }

private:
    QList<Cue> m_cues;
    // m_endSoFar[i]: the latest end among cues 0..i; never decreases, so the
    // first cue that can still be showing is found by binary search too.
    std::vector<Milliseconds> m_endSoFar;
    int m_overlapping = 0;
};

} // namespace fa
