#pragma once

#include "subtitles/subtitledocument.h"

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace fa {

// The search index of one subtitle document (TranscriptIndex keeps one per
// recording and language): its distinct folded words in byte order, each with
// the ascending numbers of the cues that use it, and per cue its start, end and
// display text. Everything lives in a few flat arrays.
class TranscriptSegment
{
public:
    TranscriptSegment(QString recordingId, QString language, const SubtitleDocument &document);

    const QString &recordingId() const { return m_recordingId; }
    const QString &language() const { return m_language; }
    int cueCount() const { return int(m_starts.size()); }
    Milliseconds start(int cue) const { return m_starts[std::size_t(cue)]; }
    Milliseconds end(int cue) const { return m_ends[std::size_t(cue)]; }
    QString text(int cue) const;

    // The cues with, for every query word, a word that starts with it; in time
    // order. Query words are folded (foldForSearch) and split by splitWords().
    // marks: scratch space of at least cueCount() zeros, left zeroed.
    std::vector<int> find(const std::vector<std::string_view> &queryWords,
                          std::vector<quint8> &marks) const;

    // Calls onWord for each word of folded UTF-8 text: runs of letters, digits
    // and marks. Punctuation, apostrophes and hyphens separate words.
    template<typename OnWord> static void splitWords(std::string_view folded, OnWord &&onWord);

private:
    std::string_view word(std::size_t number) const
    {
        return {m_words.constData() + m_wordStart[number],
                std::size_t(m_wordStart[number + 1] - m_wordStart[number])};
    }
    // Words numbered [first, last) start with prefix.
    std::pair<std::size_t, std::size_t> wordsStartingWith(std::string_view prefix) const;

    QString m_recordingId;
    QString m_language;
    std::vector<Milliseconds> m_starts;
    std::vector<Milliseconds> m_ends;
    QByteArray m_texts; // UTF-8; cue n is [m_textStart[n], m_textStart[n + 1])
    std::vector<quint32> m_textStart;
    QByteArray m_words; // sorted distinct words, back to back
    std::vector<quint32> m_wordStart;
    std::vector<quint32> m_postingStart; // cues of word n: m_postings[start[n] .. start[n + 1])
    std::vector<quint32> m_postings;
};

namespace transcriptdetail {
// Length of the word character starting at p (1–4 bytes), or 0 for a separator.
int wordCharLength(const unsigned char *p, const unsigned char *end);
} // namespace transcriptdetail

template<typename OnWord>
void TranscriptSegment::splitWords(std::string_view folded, OnWord &&onWord)
{
    const auto *const begin = reinterpret_cast<const unsigned char *>(folded.data());
    const auto *const end = begin + folded.size();
    const unsigned char *wordBegin = nullptr;
    for (const unsigned char *p = begin; p < end;) {
        const int length = transcriptdetail::wordCharLength(p, end);
        if (length > 0) {
            if (!wordBegin)
                wordBegin = p;
            p += length;
            continue;
        }
        if (wordBegin)
            onWord(std::string_view(reinterpret_cast<const char *>(wordBegin),
                                    std::size_t(p - wordBegin)));
        wordBegin = nullptr;
        // A separator: one byte, or a whole multi-byte character.
        ++p;
        while (p < end && (*p & 0xC0) == 0x80)
            ++p;
    }
    if (wordBegin)
        onWord(std::string_view(reinterpret_cast<const char *>(wordBegin),
                                std::size_t(end - wordBegin)));
}

} // namespace fa
