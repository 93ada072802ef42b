#include "catalogindex.h"

#include "textfold.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

namespace fa {

namespace {
void appendFolded(QByteArray &out, const LocalizedText &text)
{
    for (const LocalizedText::Entry entry : text) {
        appendFoldedUtf8(out, entry.utf8);
        out.append(' ');
    }
}

// Word number's text in a dictionary of space-separated words.
std::string_view wordAt(const QByteArray &dictionary, const std::vector<quint32> &wordStart,
                        quint32 number)
{
    const quint32 begin = wordStart[number] + 1; // after the separating space
    return std::string_view(dictionary.constData() + begin, wordStart[number + 1] - begin);
}

// Numbers the distinct words of a catalog as they are met, adding each new one
// to the dictionary. Open addressing over the dictionary itself: a QHash with
// a QByteArray key per word was a third of the indexing time.
class WordNumbers
{
public:
    WordNumbers() { m_slots.resize(1 << 12, 0); }

    quint32 numberOf(std::string_view word, QByteArray &dictionary, std::vector<quint32> &wordStart)
    {
        return numberOf(word, hashOf(word), dictionary, wordStart);
    }

    quint32 numberOf(std::string_view word, quint32 hash, QByteArray &dictionary,
                     std::vector<quint32> &wordStart)
    {
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const quint32 entry = m_slots[slot];
            if (entry == 0)
                break;
            const quint32 number = entry - 1;
            if (m_hashes[number] == hash && sameWord(wordAt(dictionary, wordStart, number), word))
                return number;
        }
        const auto number = static_cast<quint32>(wordStart.size() - 1);
        dictionary.append(' ');
        dictionary.append(word.data(), qsizetype(word.size()));
        wordStart.push_back(static_cast<quint32>(dictionary.size()));
        m_hashes.push_back(hash);
        if (m_hashes.size() * 2 > m_slots.size()) {
            m_slots.assign(m_slots.size() * 2, 0);
            mask = m_slots.size() - 1;
            for (quint32 n = 0; n < m_hashes.size(); ++n)
                place(n, mask);
        } else {
            place(number, mask);
        }
        return number;
    }

    static constexpr quint32 hashStart = 2166136261u; // FNV-1a
    static quint32 hashStep(quint32 hash, char c)
    {
        return (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    static quint32 hashOf(std::string_view word)
    {
        quint32 hash = hashStart;
        for (const char c : word)
            hash = hashStep(hash, c);
        return hash;
    }

private:
    // Words are a few bytes: a loop beats a call to memcmp.
    static bool sameWord(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    void place(quint32 number, std::size_t mask)
    {
        std::size_t slot = m_hashes[number] & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = number + 1;
    }

    std::vector<quint32> m_slots; // word number + 1, 0 when free
    std::vector<quint32> m_hashes;
};

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}
} // namespace

CatalogIndex::CatalogIndex()
    : m_serial(nextSerial())
    , m_wordStart{0}
    , m_wordSessionStart{0}
{}

CatalogIndex::CatalogIndex(const Catalog &catalog)
    : CatalogIndex()
{
    indexWords(catalog);
    m_hasRecording.reserve(catalog.sessions.size());
    for (const Session &session : catalog.sessions) {
        bool hasRecording = false;
        for (const Chapter &chapter : catalog.placements(session)) {
            const Recording *recording = catalog.recording(chapter.recordingId);
            if (recording && !recording->sources.isEmpty()) {
                hasRecording = true;
                break;
            }
        }
        m_hasRecording.append(hasRecording);
    }
    rankByTime(catalog);
}

namespace {
// Below this many sessions a second thread costs more than it saves.
constexpr qsizetype parallelFrom = largeCatalogSessions;

// The words of a run of sessions, numbered in the order they are met.
struct WordRun
{
    QByteArray dictionary;
    std::vector<quint32> wordStart{0};
    WordNumbers numbers;
    std::vector<quint32> sessionWords;   // word numbers of each session in turn
    std::vector<quint32> sessionWordEnd; // where each session's words end in sessionWords

    void add(const Catalog &catalog, const std::vector<QByteArray> &speakerNames, qsizetype from,
             qsizetype to)
    {
        std::vector<quint32> lastSession; // per word: 1 + the last session that used it
        sessionWordEnd.reserve(static_cast<std::size_t>(to - from));
        QByteArray folded; // reused: one buffer for every session's folded text
        for (qsizetype row = from; row < to; ++row) {
            const Session &session = catalog.sessions.at(row);
            folded.resize(0); // keeps the capacity, unlike clear()
            appendFolded(folded, session.title);
            appendFolded(folded, session.summary);
            for (const SessionSpeaker &ref : session.speakers) {
                if (const int speaker = catalog.speakerIndex(ref.speakerId); speaker >= 0)
                    folded.append(speakerNames[static_cast<std::size_t>(speaker)]);
            }
            folded.append(' '); // every word, the last one too, ends in a space
            const auto sessionMark = static_cast<quint32>(sessionWordEnd.size() + 1);
            const char *word = folded.constData();
            quint32 hash = WordNumbers::hashStart;
            for (const char *p = word; p != folded.constEnd(); ++p) {
                if (*p != ' ') {
                    hash = WordNumbers::hashStep(hash, *p);
                    continue;
                }
                if (p != word) {
                    const quint32 number = numbers.numberOf(
                        std::string_view(word, std::size_t(p - word)), hash, dictionary, wordStart);
                    if (number == lastSession.size())
                        lastSession.push_back(0); // a new word
                    // Each word once per session, however often the texts repeat it.
                    if (lastSession[number] != sessionMark) {
                        lastSession[number] = sessionMark;
                        sessionWords.push_back(number);
                    }
                }
                word = p + 1;
                hash = WordNumbers::hashStart;
            }
            sessionWordEnd.push_back(static_cast<quint32>(sessionWords.size()));
        }
    }

    // Appends other's sessions, renumbering its words into this run's.
    void append(const WordRun &other)
    {
        std::vector<quint32> renumbered(other.wordStart.size() - 1);
        for (quint32 n = 0; n < renumbered.size(); ++n)
            renumbered[n] = numbers.numberOf(wordAt(other.dictionary, other.wordStart, n),
                                             dictionary, wordStart);
        const auto offset = static_cast<quint32>(sessionWords.size());
        sessionWords.reserve(sessionWords.size() + other.sessionWords.size());
        for (const quint32 word : other.sessionWords)
            sessionWords.push_back(renumbered[word]);
        for (const quint32 end : other.sessionWordEnd)
            sessionWordEnd.push_back(end + offset);
    }
};
} // namespace

void CatalogIndex::indexWords(const Catalog &catalog)
{
    // Speakers appear in many sessions: fold each name once.
    std::vector<QByteArray> speakerNames;
    speakerNames.reserve(static_cast<std::size_t>(catalog.speakers.size()));
    for (const Speaker &speaker : catalog.speakers) {
        QByteArray folded;
        appendFoldedUtf8(folded, speaker.name.toUtf8());
        speakerNames.push_back(folded + ' ');
    }

    // A large catalog is indexed in two halves at once, then merged: the
    // halves share nothing but the read-only catalog.
    const qsizetype sessions = catalog.sessions.size();
    const qsizetype half = sessions >= parallelFrom ? sessions / 2 : sessions;
    WordRun first;
    WordRun second;
    if (half < sessions) {
        // The worker's memory comes from its own malloc arena, which glibc does
        // not hand back while the process runs: its one large array is
        // reserved here instead, from the text size (words average well over
        // three bytes with their separator).
        std::size_t bytes = 0;
        for (qsizetype row = half; row < sessions; ++row) {
            const Session &session = catalog.sessions.at(row);
            for (const LocalizedText *text : {&session.title, &session.summary}) {
                for (const LocalizedText::Entry entry : *text)
                    bytes += std::size_t(entry.utf8.size()) + 1;
            }
            bytes += std::size_t(session.speakers.size()) * 16;
        }
        second.sessionWords.reserve(bytes / 3);
        second.sessionWordEnd.reserve(std::size_t(sessions - half));
    }
    {
        std::thread worker;
        if (half < sessions)
            worker = std::thread([&] { second.add(catalog, speakerNames, half, sessions); });
        first.add(catalog, speakerNames, 0, half);
        if (worker.joinable()) {
            worker.join();
            first.append(second);
        }
    }
    m_dictionary = std::move(first.dictionary);
    m_dictionary.squeeze();
    m_wordStart = std::move(first.wordStart);
    const std::vector<quint32> &sessionWords = first.sessionWords;
    const std::vector<quint32> &sessionWordEnd = first.sessionWordEnd;

    const std::size_t wordCount = m_wordStart.size() - 1;
    std::vector<quint32> fill(wordCount + 1, 0);
    for (const quint32 word : sessionWords)
        ++fill[word + 1];
    for (std::size_t n = 0; n < wordCount; ++n)
        fill[n + 1] += fill[n];
    m_wordSessionStart = fill;
    m_wordSessions.resize(sessionWords.size());
    std::size_t at = 0;
    for (std::size_t session = 0; session < sessionWordEnd.size(); ++session) {
        for (; at < sessionWordEnd[session]; ++at)
            m_wordSessions[fill[sessionWords[at]]++] = static_cast<quint32>(session);
    }
}

CatalogIndex::SessionSet CatalogIndex::sessionsContaining(QByteArrayView folded) const
{
    SessionSet sessions(m_hasRecording.size(), 0);
    const char *const begin = m_dictionary.constData();
    const auto size = static_cast<std::size_t>(m_dictionary.size());
    std::size_t from = 0;
    // glibc's memmem is vectorised; one scan of the dictionary finds every word.
    while (!folded.isEmpty() && from < size) {
        const void *hit = memmem(begin + from, size - from, folded.data(),
                                 static_cast<std::size_t>(folded.size()));
        if (!hit)
            break;
        const auto offset = static_cast<quint32>(static_cast<const char *>(hit) - begin);
        // The word holding the hit is the last one starting at or before it.
        const auto next = std::upper_bound(m_wordStart.cbegin(), m_wordStart.cend(), offset);
        const auto word = static_cast<std::size_t>(next - m_wordStart.cbegin()) - 1;
        for (quint32 n = m_wordSessionStart[word]; n < m_wordSessionStart[word + 1]; ++n)
            sessions[m_wordSessions[n]] = 1;
        from = *next;
    }
    return sessions;
}

void CatalogIndex::rankByTime(const Catalog &catalog)
{
    struct When
    {
        int day;
        qint64 start;
        int row;
        bool operator<(const When &other) const
        {
            return std::tie(day, start, row) < std::tie(other.day, other.start, other.row);
        }
    };
    const int count = static_cast<int>(catalog.sessions.size());
    std::vector<When> order;
    order.reserve(static_cast<std::size_t>(count));
    for (int row = 0; row < count; ++row) {
        const Session &session = catalog.sessions[row];
        // Untimed sessions (added from a recording's chapters) after the day's
        // timed ones, in catalog order, which is their order in the recording.
        order.push_back({catalog.dayIndex(session.dayId),
                         session.start.isValid() ? session.start.toMSecsSinceEpoch()
                                                 : std::numeric_limits<qint64>::max(),
                         row});
    }
    std::sort(order.begin(), order.end());
    m_timeRank.resize(count);
    for (int rank = 0; rank < count; ++rank)
        m_timeRank[order[static_cast<std::size_t>(rank)].row] = rank;
}

} // namespace fa
