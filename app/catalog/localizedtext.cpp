#include "localizedtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
// Common codes share one static string instead of a heap copy per text.
QString shared(const QString &language)
{
    static const QString common[] = {u"en"_s, u"fr"_s, u"es"_s, u"de"_s, u"it"_s, u"pt"_s,
                                     u"ar"_s, u"ru"_s, u"zh"_s, u"ja"_s, u"nl"_s, u"pl"_s};
    for (const QString &code : common) {
        if (code == language)
            return code;
    }
    return language;
}

bool byLanguage(const LocalizedText::Entry &entry, const QString &language)
{
    return entry.first < language;
}
} // namespace

const LocalizedText::Entry *LocalizedText::find(const QString &language) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), language, byLanguage);
    return it != m_entries.cend() && it->first == language ? &*it : nullptr;
}

void LocalizedText::set(const QString &language, const QString &text)
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), language, byLanguage);
    const qsizetype at = it - m_entries.cbegin();
    const bool present = it != m_entries.cend() && it->first == language;
    if (text.isEmpty()) {
        if (present)
            m_entries.removeAt(at);
    } else if (present) {
        m_entries[at].second = text;
    } else {
        // Grow by one, not by the list's usual margin: texts live as long as the catalog.
        if (m_entries.capacity() == m_entries.size())
            m_entries.reserve(m_entries.size() + 1);
        m_entries.insert(at, Entry(shared(language), text));
    }
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.first);
    return result;
}

QMap<QString, QString> LocalizedText::values() const
{
    QMap<QString, QString> result;
    for (const Entry &entry : m_entries)
        result.insert(entry.first, entry.second);
    return result;
}

LocalizedText::Resolved LocalizedText::resolve(const QString &language,
                                               const QString &originalLanguage) const
{
    for (const QString &candidate : {language, originalLanguage, QStringLiteral("en")}) {
        if (const Entry *entry = find(candidate))
            return {entry->second, entry->first};
    }
    if (m_entries.isEmpty())
        return {};
    return {m_entries.cbegin()->second, m_entries.cbegin()->first};
}

} // namespace fa
