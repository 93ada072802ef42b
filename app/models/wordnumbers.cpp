#include "wordnumbers.h"

namespace fa {

namespace {
// Words are a few bytes: a loop beats a call to memcmp.
bool sameWord(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}
} // namespace

WordNumbers::WordNumbers()
{
    m_slots.resize(1 << 12, 0);
}

quint32 WordNumbers::numberOf(std::string_view word, quint32 hash)
{
    std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0)
            break;
        const quint32 number = entry - 1;
        if (m_hashes[number] == hash && sameWord(this->word(number), word))
            return number;
    }
    const auto number = count();
    m_dictionary.append(' ');
    m_dictionary.append(word.data(), qsizetype(word.size()));
    m_start.push_back(static_cast<quint32>(m_dictionary.size()));
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

void WordNumbers::place(quint32 number, std::size_t mask)
{
    std::size_t slot = m_hashes[number] & mask;
    while (m_slots[slot] != 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = number + 1;
}

} // namespace fa
