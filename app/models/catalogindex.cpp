#include "catalogindex.h"

#include "textfold.h"

#include <algorithm>
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

QByteArray distinctWords(const QString &folded)
{
    const QByteArray utf8 = folded.toUtf8();
    std::vector<std::string_view> words;
    words.reserve(static_cast<std::size_t>(utf8.size() / 6));
    const std::string_view all(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    for (std::size_t start = 0; start < all.size();) {
        std::size_t end = all.find(' ', start);
        if (end == std::string_view::npos)
            end = all.size();
        if (end > start)
            words.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    // Sorting byte views (memcmp) is cheaper than hashing for the hundred-odd
    // words of a session.
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    QByteArray joined;
    joined.reserve(utf8.size());
    for (const std::string_view word : words) {
        if (!joined.isEmpty())
            joined.append(' ');
        joined.append(word.data(), static_cast<qsizetype>(word.size()));
    }
    joined.squeeze(); // kept for the catalog's lifetime
    return joined;
}
} // namespace

CatalogIndex::CatalogIndex(const Catalog &catalog)
{
    m_searchText.reserve(catalog.sessions.size());
    m_hasRecording.reserve(catalog.sessions.size());
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
        m_searchText.append(distinctWords(foldForSearch(text)));

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
