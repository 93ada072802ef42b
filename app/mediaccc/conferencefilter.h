#pragma once

#include <QString>
#include <QStringList>

namespace fa {

// What the search field of the conference list asks for: every word must
// occur in the conference's title, acronym or slug, without regard to case
// or accents.
class ConferenceFilter
{
public:
    ConferenceFilter() = default;
    explicit ConferenceFilter(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    // searchText: ConferenceListModel::SearchTextRole, already folded.
    bool matches(const QString &searchText) const;

private:
    QStringList m_words;
};

} // namespace fa
