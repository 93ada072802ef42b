#include "catalogindex.h"

#include "textfold.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string_view>
#include <tuple>
#include <vector>

namespace fa {

namespace {
void appendAll(QString &out, const LocalizedText &text)
{
    for (const LocalizedText::Entry &entry : text.entries()) {
        out.append(entry.second);
        out.append(u'\n');
    }
}

// Calls f with each space-separated word of folded text, as a view into it.
template<typename F> void forEachWord(std::string_view all, F f)
{
    for (std::size_t start = 0; start < all.size();) {
        std::size_t end = all.find(' ', start);
        if (end == std::string_view::npos)
            end = all.size();
        if (end > start)
            f(all.substr(start, end - start));
        start = end + 1;
    }
}

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
        for (const Chapter &chapter : session.chapters) {
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

void CatalogIndex::indexWords(const Catalog &catalog)
{
    QHash<QByteArray, quint32> numbers;
    // Word numbers of every session in turn, then inverted into m_wordSessions.
    std::vector<quint32> sessionWords;
    std::vector<quint32> sessionWordEnd;
    std::vector<quint32> lastSession; // per word: 1 + the last session that used it
    sessionWordEnd.reserve(static_cast<std::size_t>(catalog.sessions.size()));
    for (const Session &session : catalog.sessions) {
        QString text;
        appendAll(text, session.title);
        appendAll(text, session.summary);
        for (const SessionSpeaker &ref : session.speakers) {
            if (const Speaker *speaker = catalog.speaker(ref.speakerId)) {
                text.append(speaker->name);
                text.append(u'\n');
            }
        }
        const QByteArray utf8 = foldForSearch(text).toUtf8();
        const auto sessionMark = static_cast<quint32>(sessionWordEnd.size() + 1);
        forEachWord(std::string_view(utf8.constData(), std::size_t(utf8.size())),
                    [&](std::string_view word) {
                        const QByteArray key =
                            QByteArray::fromRawData(word.data(), qsizetype(word.size()));
                        auto found = numbers.constFind(key);
                        if (found == numbers.constEnd()) {
                            const auto number = static_cast<quint32>(m_wordStart.size() - 1);
                            m_dictionary.append(' ');
                            m_dictionary.append(key);
                            m_wordStart.push_back(static_cast<quint32>(m_dictionary.size()));
                            lastSession.push_back(0);
                            // The key must own its bytes: utf8 goes away with this session.
                            found = numbers.insert(QByteArray(key.constData(), key.size()), number);
                        }
                        // Each word once per session, however often the texts repeat it.
                        if (lastSession[*found] != sessionMark) {
                            lastSession[*found] = sessionMark;
                            sessionWords.push_back(*found);
                        }
                    });
        sessionWordEnd.push_back(static_cast<quint32>(sessionWords.size()));
    }
    m_dictionary.squeeze();

    const std::size_t words = m_wordStart.size() - 1;
    std::vector<quint32> fill(words + 1, 0);
    for (const quint32 word : sessionWords)
        ++fill[word + 1];
    for (std::size_t n = 0; n < words; ++n)
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
        order.push_back({catalog.dayIndex(session.dayId),
                         session.start.isValid() ? session.start.toMSecsSinceEpoch() : 0, row});
    }
    std::sort(order.begin(), order.end());
    m_timeRank.resize(count);
    for (int rank = 0; rank < count; ++rank)
        m_timeRank[order[static_cast<std::size_t>(rank)].row] = rank;
}

} // namespace fa
