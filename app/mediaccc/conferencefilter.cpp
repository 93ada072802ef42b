#include "conferencefilter.h"

#include "textfold.h"

namespace fa {

ConferenceFilter::ConferenceFilter(const QString &text)
    : m_words(foldForSearch(text).split(u' ', Qt::SkipEmptyParts))
{}

bool ConferenceFilter::matches(const QString &searchText) const
{
    for (const QString &word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

} // namespace fa
