#include "subtitles/transcriptsegment.h"

#include "models/textfold.h"

#include <QChar>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace fa {

int transcriptdetail::wordCharLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ? 1 : 0;
    int length = 0;
    char32_t code = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int k = 1; k < length; ++k)
        code = (code << 6) | (p[k] & 0x3F);
    // Letters of any script, digits, and the marks some scripts write words with.
    if (QChar::isLetterOrNumber(code) || QChar::isMark(code))
        return length;
    return 0;
}

TranscriptSegment::TranscriptSegment(QString recordingId, QString language,
                                     const SubtitleDocument &document)
    : m_recordingId(std::move(recordingId))
    , m_language(std::move(language))
{
    const QList<Cue> &cues = document.cues();
    const std::size_t count = std::size_t(cues.size());
    m_starts.reserve(count);
    m_ends.reserve(count);
    m_textStart.reserve(count + 1);
    // Every cue's folded text in one buffer first, so that words can be looked
    // up as views into it without a string per occurrence.
    QByteArray folded;
    std::vector<quint32> foldedStart;
    foldedStart.reserve(count + 1);
    m_textStart.push_back(0);
    foldedStart.push_back(0);
    for (const Cue &cue : cues) {
        m_starts.push_back(cue.start);
        m_ends.push_back(cue.end);
        const QByteArray text = cue.plainText(u" ").toUtf8();
        m_texts.append(text);
        m_textStart.push_back(quint32(m_texts.size()));
        appendFoldedUtf8(folded, text);
        folded.append(' ');
        foldedStart.push_back(quint32(folded.size()));
    }

    // Words numbered as met; each (word, cue) pair noted once.
    std::unordered_map<std::string_view, quint32> numbers;
    std::vector<std::string_view> distinct;
    std::vector<quint32> lastCue;
    std::vector<std::pair<quint32, quint32>> uses; // word, cue; cues ascending
    for (std::size_t cue = 0; cue < count; ++cue) {
        const std::string_view text(folded.constData() + foldedStart[cue],
                                    foldedStart[cue + 1] - foldedStart[cue]);
        splitWords(text, [&](std::string_view word) {
            const auto [it, added] = numbers.try_emplace(word, quint32(distinct.size()));
            if (added) {
                distinct.push_back(word);
                lastCue.push_back(std::numeric_limits<quint32>::max());
            }
            if (lastCue[it->second] != cue) {
                lastCue[it->second] = quint32(cue);
                uses.emplace_back(it->second, quint32(cue));
            }
        });
    }

    // The dictionary in byte order, so that a prefix is a range found by binary search.
    std::vector<quint32> order(distinct.size());
    for (quint32 n = 0; n < order.size(); ++n)
        order[n] = n;
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return distinct[a] < distinct[b]; });
    std::vector<quint32> rank(distinct.size());
    m_wordStart.reserve(distinct.size() + 1);
    m_wordStart.push_back(0);
    for (quint32 r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        const std::string_view word = distinct[order[r]];
        m_words.append(word.data(), qsizetype(word.size()));
        m_wordStart.push_back(quint32(m_words.size()));
    }
    // Postings by counting sort: uses are in cue order, so each word's cues come out ascending.
    m_postingStart.assign(distinct.size() + 1, 0);
    for (const auto &[word, cue] : uses)
        ++m_postingStart[rank[word] + 1];
    for (std::size_t n = 1; n < m_postingStart.size(); ++n)
        m_postingStart[n] += m_postingStart[n - 1];
    m_postings.resize(uses.size());
    std::vector<quint32> fill(m_postingStart.begin(), m_postingStart.end() - 1);
    for (const auto &[word, cue] : uses)
        m_postings[fill[rank[word]]++] = cue;
}

QString TranscriptSegment::text(int cue) const
{
    const quint32 begin = m_textStart[std::size_t(cue)];
    return QString::fromUtf8(m_texts.constData() + begin,
                             qsizetype(m_textStart[std::size_t(cue) + 1] - begin));
}

std::pair<std::size_t, std::size_t>
TranscriptSegment::wordsStartingWith(std::string_view prefix) const
{
    const std::size_t count = m_wordStart.size() - 1;
    std::size_t low = 0, high = count;
    while (low < high) { // first word not below prefix
        const std::size_t mid = (low + high) / 2;
        if (word(mid) < prefix)
            low = mid + 1;
        else
            high = mid;
    }
    const std::size_t first = low;
    high = count;
    while (low < high) { // first word after it that does not start with prefix
        const std::size_t mid = (low + high) / 2;
        if (word(mid).substr(0, prefix.size()) == prefix)
            low = mid + 1;
        else
            high = mid;
    }
    return {first, low};
}

std::vector<int> TranscriptSegment::find(const std::vector<std::string_view> &queryWords,
                                         std::vector<quint8> &marks) const
{
    struct Range
    {
        std::size_t first, last, uses;
    };
    std::vector<Range> ranges;
    ranges.reserve(queryWords.size());
    for (const std::string_view query : queryWords) {
        const auto [first, last] = wordsStartingWith(query);
        if (first == last)
            return {}; // one word nowhere: no cue has them all
        ranges.push_back({first, last, m_postingStart[last] - m_postingStart[first]});
    }
    // The rarest first: the candidates never grow past its cues.
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.uses < b.uses; });
    std::vector<int> candidates;
    for (std::size_t k = 0; k < ranges.size(); ++k) {
        const quint8 before = quint8(k), after = quint8(k + 1);
        for (quint32 p = m_postingStart[ranges[k].first]; p < m_postingStart[ranges[k].last]; ++p) {
            quint8 &mark = marks[m_postings[p]];
            if (mark != before)
                continue;
            mark = after;
            if (k == 0)
                candidates.push_back(int(m_postings[p]));
        }
    }
    const quint8 all = quint8(ranges.size());
    std::vector<int> found;
    for (const int cue : candidates) {
        if (marks[std::size_t(cue)] == all)
            found.push_back(cue);
        marks[std::size_t(cue)] = 0;
    }
    // Candidates come word by word of the first range: back into time order.
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace fa
