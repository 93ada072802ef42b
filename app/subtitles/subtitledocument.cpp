#include "subtitles/subtitledocument.h"

#include <algorithm>

namespace fa {

SubtitleDocument::SubtitleDocument(QList<Cue> cues)
    : m_cues(std::move(cues))
{
    std::stable_sort(m_cues.begin(), m_cues.end(),
                     [](const Cue &a, const Cue &b) { return a.start < b.start; });
    m_endSoFar.reserve(static_cast<std::size_t>(m_cues.size()));
    Milliseconds latest = 0;
    for (qsizetype i = 0; i < m_cues.size(); ++i) {
        if (i > 0 && m_cues[i].start < latest)
            ++m_overlapping;
        latest = std::max(latest, m_cues[i].end);
        m_endSoFar.push_back(latest);
    }
}

QList<Cue> SubtitleDocument::cuesAt(Milliseconds position) const
{
    // Cues from `first` on may end after position; cues before `last` start at or before it.
    const auto first =
        std::upper_bound(m_endSoFar.begin(), m_endSoFar.end(), position) - m_endSoFar.begin();
    const auto last = std::upper_bound(m_cues.begin(), m_cues.end(), position,
                                       [](Milliseconds p, const Cue &c) { return p < c.start; })
                      - m_cues.begin();
    QList<Cue> active;
    for (qsizetype i = first; i < last; ++i) {
        if (m_cues[i].isActiveAt(position))
            active.append(m_cues[i]);
    }
    return active;
}

qsizetype SubtitleDocument::nextCueAfter(Milliseconds position) const
{
    const auto next = std::upper_bound(m_cues.begin(), m_cues.end(), position,
                                       [](Milliseconds p, const Cue &c) { return p < c.start; });
    return next == m_cues.end() ? -1 : next - m_cues.begin();
}

} // namespace fa
