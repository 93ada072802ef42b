#include "catalogindex.h"

#include "textfold.h"
#include "wordnumbers.h"

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

// The whitespace appendFoldedUtf8 collapses without looking further: a word
// written between two of these folds to the same words wherever it stands.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The words of a run of sessions, numbered in the order they are met.
//
// Folding is per character, and ASCII whitespace folds to a word break, so
// the folded words of a text are those of each word as written, folded on its
// own. A catalog repeats the same few thousand written words over and over:
// each is folded once, when first met, and remembered with its folded word
// numbers (folding every text in full was half of the indexing time).
struct WordRun
{
    WordNumbers words;                              // folded
    WordNumbers written;                            // as they stand in the texts
    std::vector<quint32> writtenFolds{0};           // folded words of written word n: [n], [n + 1]
    std::vector<quint32> foldedOfWritten;           //   index foldedOfWritten
    std::vector<std::vector<quint32>> speakerWords; // per speaker, filled when first met
    std::vector<quint8> speakerSeen;
    std::vector<quint32> lastSession;    // per folded word: 1 + the last session that used it
    std::vector<quint32> sessionWords;   // folded word numbers of each session in turn
    std::vector<quint32> sessionWordEnd; // where each session's words end in sessionWords
    QByteArray folded;                   // reused for every fold

    // Each word once per session, however often the texts repeat it.
    void use(quint32 word, quint32 sessionMark)
    {
        if (word >= lastSession.size())
            lastSession.resize(word + 1, 0);
        if (lastSession[word] != sessionMark) {
            lastSession[word] = sessionMark;
            sessionWords.push_back(word);
        }
    }

    // Numbers the space-separated words of folded text, in order.
    template<typename Each> void foldedWords(QByteArrayView text, Each each)
    {
        qsizetype from = 0;
        for (qsizetype at = 0; at <= text.size(); ++at) {
            if (at < text.size() && text[at] != ' ')
                continue;
            if (at > from)
                each(words.numberOf(std::string_view(text.data() + from, std::size_t(at - from))));
            from = at + 1;
        }
    }

    void useWritten(std::string_view word, quint32 hash, quint32 sessionMark)
    {
        const quint32 number = written.numberOf(word, hash);
        if (number + 1 == writtenFolds.size()) { // met for the first time
            folded.resize(0);                    // keeps the capacity, unlike clear()
            appendFoldedUtf8(folded, QByteArrayView(word.data(), qsizetype(word.size())));
            foldedWords(folded, [this](quint32 n) { foldedOfWritten.push_back(n); });
            writtenFolds.push_back(static_cast<quint32>(foldedOfWritten.size()));
        }
        for (quint32 n = writtenFolds[number]; n < writtenFolds[number + 1]; ++n)
            use(foldedOfWritten[n], sessionMark);
    }

    void useText(const LocalizedText &text, quint32 sessionMark)
    {
        for (const LocalizedText::Entry entry : text) {
            const char *word = entry.utf8.data();
            const char *const end = word + entry.utf8.size();
            quint32 hash = WordNumbers::hashStart;
            for (const char *p = word; p != end; ++p) {
                if (!isAsciiSpace(*p)) {
                    hash = WordNumbers::hashStep(hash, *p);
                    continue;
                }
                if (p != word)
                    useWritten(std::string_view(word, std::size_t(p - word)), hash, sessionMark);
                word = p + 1;
                hash = WordNumbers::hashStart;
            }
            if (word != end)
                useWritten(std::string_view(word, std::size_t(end - word)), hash, sessionMark);
        }
    }

    void add(const Catalog &catalog, const std::vector<QByteArray> &speakerNames, qsizetype from,
             qsizetype to)
    {
        speakerWords.resize(speakerNames.size());
        speakerSeen.assign(speakerNames.size(), 0);
        sessionWordEnd.reserve(static_cast<std::size_t>(to - from));
        for (qsizetype row = from; row < to; ++row) {
            const Session &session = catalog.sessions.at(row);
            const auto sessionMark = static_cast<quint32>(sessionWordEnd.size() + 1);
            useText(session.title, sessionMark);
            useText(session.summary, sessionMark);
            for (const SessionSpeaker &ref : session.speakers) {
                const int speaker = catalog.speakerIndex(ref.speakerId);
                if (speaker < 0)
                    continue;
                const auto s = static_cast<std::size_t>(speaker);
                if (!speakerSeen[s]) { // speakers appear in many sessions: number once
                    speakerSeen[s] = 1;
                    foldedWords(speakerNames[s], [&](quint32 n) { speakerWords[s].push_back(n); });
                }
                for (const quint32 n : speakerWords[s])
                    use(n, sessionMark);
            }
            sessionWordEnd.push_back(static_cast<quint32>(sessionWords.size()));
        }
    }

    // Appends other's sessions, renumbering its words into this run's.
    void append(const WordRun &other)
    {
        std::vector<quint32> renumbered(other.words.count());
        for (quint32 n = 0; n < renumbered.size(); ++n)
            renumbered[n] = words.numberOf(other.words.word(n));
        const auto offset = static_cast<quint32>(sessionWords.size());
        sessionWords.reserve(sessionWords.size() + other.sessionWords.size());
        for (const quint32 word : other.sessionWords)
            sessionWords.push_back(renumbered[word]);
        for (const quint32 end : other.sessionWordEnd)
            sessionWordEnd.push_back(end + offset);
    }
};

// Session lists are stored as gaps from the previous session (the first as
// session + 1), seven bits a byte: most gaps of a common word fit in one byte
// instead of four.
int gapLength(quint32 gap)
{
    int length = 1;
    for (; gap >= 0x80; gap >>= 7)
        ++length;
    return length;
}

quint8 *writeGap(quint8 *at, quint32 gap)
{
    for (; gap >= 0x80; gap >>= 7)
        *at++ = static_cast<quint8>(gap | 0x80);
    *at++ = static_cast<quint8>(gap);
    return at;
}
} // namespace

void CatalogIndex::indexWords(const Catalog &catalog)
{
    // Speakers appear in many sessions: fold each name once.
    std::vector<QByteArray> speakerNames;
    speakerNames.reserve(static_cast<std::size_t>(catalog.speakers.size()));
    for (const Speaker &speaker : catalog.speakers) {
        QByteArray folded;
        appendFoldedUtf8(folded, speaker.name.toUtf8());
        speakerNames.push_back(folded);
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
    const std::size_t wordCount = first.words.count();
    m_dictionary = first.words.takeDictionary();
    m_dictionary.squeeze();
    m_wordStart = first.words.takeStarts();
    const std::vector<quint32> &sessionWords = first.sessionWords;
    const std::vector<quint32> &sessionWordEnd = first.sessionWordEnd;

    // Two passes over the sessions' words: the bytes of each word's list, then the lists.
    std::vector<quint32> previous(wordCount, 0); // per word: 1 + the last session written
    std::vector<quint32> listStart(wordCount + 1, 0);
    std::size_t at = 0;
    for (quint32 session = 0; session < sessionWordEnd.size(); ++session) {
        for (; at < sessionWordEnd[session]; ++at) {
            const quint32 word = sessionWords[at];
            listStart[word + 1] += quint32(gapLength(session + 1 - previous[word]));
            previous[word] = session + 1;
        }
    }
    for (std::size_t n = 0; n < wordCount; ++n)
        listStart[n + 1] += listStart[n];
    m_wordSessions.resize(listStart[wordCount]); // exactly: a fresh vector reserves no more
    std::vector<quint32> cursor(listStart.cbegin(), listStart.cend() - 1);
    std::fill(previous.begin(), previous.end(), 0);
    at = 0;
    for (quint32 session = 0; session < sessionWordEnd.size(); ++session) {
        for (; at < sessionWordEnd[session]; ++at) {
            const quint32 word = sessionWords[at];
            quint8 *const end =
                writeGap(m_wordSessions.data() + cursor[word], session + 1 - previous[word]);
            cursor[word] = static_cast<quint32>(end - m_wordSessions.data());
            previous[word] = session + 1;
        }
    }
    m_wordSessionStart = std::move(listStart);
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
        const quint8 *p = m_wordSessions.data() + m_wordSessionStart[word];
        const quint8 *const end = m_wordSessions.data() + m_wordSessionStart[word + 1];
        quint32 sessionPlusOne = 0;
        while (p != end) {
            quint32 gap = 0;
            for (int shift = 0;; shift += 7) {
                const quint8 byte = *p++;
                gap |= quint32(byte & 0x7f) << shift;
                if (!(byte & 0x80))
                    break;
            }
            sessionPlusOne += gap;
            sessions[sessionPlusOne - 1] = 1;
        }
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
