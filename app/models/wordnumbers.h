#pragma once

#include <QByteArray>

#include <string_view>
#include <vector>

namespace fa {

// Numbers distinct words as they are met, keeping each new one in a dictionary
// of space-separated words: word n is the bytes between start[n] + 1 and
// start[n + 1]. Open addressing over the dictionary itself: a QHash with a
// QByteArray key per word was a third of the indexing time.
class WordNumbers
{
public:
    WordNumbers();

    quint32 numberOf(std::string_view word) { return numberOf(word, hashOf(word)); }
    // hash must be hashOf(word), computed while the caller scanned it.
    quint32 numberOf(std::string_view word, quint32 hash);

    quint32 count() const { return static_cast<quint32>(m_hashes.size()); }
    std::string_view word(quint32 number) const
    {
        const quint32 begin = m_start[number] + 1; // after the separating space
        return std::string_view(m_dictionary.constData() + begin, m_start[number + 1] - begin);
    }

    // Hands the dictionary over; this object is spent afterwards.
    QByteArray takeDictionary() { return std::move(m_dictionary); }
    std::vector<quint32> takeStarts() { return std::move(m_start); }

    static constexpr quint32 hashStart = 2166136261u; // FNV-1a: callers hash while they scan
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
    void place(quint32 number, std::size_t mask);

    QByteArray m_dictionary;
    std::vector<quint32> m_start{0};
    std::vector<quint32> m_slots; // word number + 1, 0 when free
    std::vector<quint32> m_hashes;
};

} // namespace fa
