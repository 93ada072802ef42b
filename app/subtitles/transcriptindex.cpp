#include "subtitles/transcriptindex.h"

#include "models/textfold.h"
#include "subtitles/transcriptsegment.h"

#include <algorithm>

namespace fa {

namespace {
// More words than this in one query are not searched for: marks count in a byte.
constexpr std::size_t maxQueryWords = 16;
} // namespace

TranscriptIndex::TranscriptIndex() = default;
TranscriptIndex::~TranscriptIndex() = default;
TranscriptIndex::TranscriptIndex(TranscriptIndex &&) noexcept = default;
TranscriptIndex &TranscriptIndex::operator=(TranscriptIndex &&) noexcept = default;

void TranscriptIndex::add(const QString &recordingId, const QString &language,
                          const SubtitleDocument &document)
{
    m_segments[{recordingId, language}] =
        std::make_unique<TranscriptSegment>(recordingId, language, document);
    reorder();
}

void TranscriptIndex::remove(const QString &recordingId, const QString &language)
{
    if (m_segments.erase({recordingId, language}) > 0)
        reorder();
}

bool TranscriptIndex::contains(const QString &recordingId, const QString &language) const
{
    return m_segments.count({recordingId, language}) > 0;
}

void TranscriptIndex::clear()
{
    m_segments.clear();
    m_order.clear();
}

qsizetype TranscriptIndex::cueCount() const
{
    qsizetype count = 0;
    for (const auto &[key, segment] : m_segments)
        count += segment->cueCount();
    return count;
}

void TranscriptIndex::setRecordingOrder(const QStringList &recordingIds)
{
    m_rank.clear();
    for (int i = 0; i < recordingIds.size(); ++i)
        m_rank.insert(recordingIds[i], i);
    reorder();
}

void TranscriptIndex::reorder()
{
    m_order.clear();
    m_order.reserve(m_segments.size());
    for (const auto &[key, segment] : m_segments)
        m_order.push_back(segment.get());
    // The map is by recording and language already; listed recordings go first.
    const int unlisted = int(m_rank.size());
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](const TranscriptSegment *a, const TranscriptSegment *b) {
                         return m_rank.value(a->recordingId(), unlisted)
                                < m_rank.value(b->recordingId(), unlisted);
                     });
}

QList<TranscriptHit> TranscriptIndex::search(const QString &text, int maxHits, bool *more) const
{
    if (more)
        *more = false;
    const QByteArray folded = foldForSearch(text).toUtf8();
    std::vector<std::string_view> words;
    TranscriptSegment::splitWords(std::string_view(folded.constData(), std::size_t(folded.size())),
                                  [&](std::string_view word) {
                                      if (words.size() < maxQueryWords
                                          && std::find(words.begin(), words.end(), word)
                                                 == words.end())
                                          words.push_back(word);
                                  });
    QList<TranscriptHit> hits;
    if (words.empty() || maxHits <= 0)
        return hits;

    struct Found
    {
        const TranscriptSegment *segment;
        int cue;
    };
    std::vector<Found> found;
    std::vector<Found> recording;
    std::vector<quint8> marks;
    for (std::size_t i = 0; i < m_order.size();) {
        // One recording at a time, its languages merged by time.
        std::size_t next = i;
        recording.clear();
        for (; next < m_order.size() && m_order[next]->recordingId() == m_order[i]->recordingId();
             ++next) {
            const TranscriptSegment *segment = m_order[next];
            if (marks.size() < std::size_t(segment->cueCount()))
                marks.resize(std::size_t(segment->cueCount()), 0);
            for (const int cue : segment->find(words, marks))
                recording.push_back({segment, cue});
        }
        i = next;
        std::stable_sort(recording.begin(), recording.end(), [](const Found &a, const Found &b) {
            return a.segment->start(a.cue) < b.segment->start(b.cue);
        });
        found.insert(found.end(), recording.begin(), recording.end());
        // Enough, and at least one more to say that there are more.
        if (found.size() > std::size_t(maxHits))
            break;
    }
    if (more)
        *more = found.size() > std::size_t(maxHits);
    found.resize(std::min(found.size(), std::size_t(maxHits)));
    hits.reserve(qsizetype(found.size()));
    for (const Found &f : found)
        hits.append({f.segment->recordingId(), f.segment->language(), f.segment->start(f.cue),
                     f.segment->end(f.cue), f.segment->text(f.cue)});
    return hits;
}

} // namespace fa
