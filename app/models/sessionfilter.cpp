#include "sessionfilter.h"

#include "textfold.h"

namespace fa {

bool SessionFilter::isEmpty() const
{
    return dayId.isEmpty() && pillarIds.isEmpty() && speakerId.isEmpty()
           && text.trimmed().isEmpty() && !favouritesOnly;
}

void SessionFilter::prepare()
{
    const QString folded = foldForSearch(text);
    m_words.clear();
    for (const QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts))
        m_words.append(word.toUtf8());
}

bool SessionFilter::matches(const Catalog &catalog, const CatalogIndex &index, int row) const
{
    const Session &session = catalog.sessions[row];
    if (!dayId.isEmpty() && session.dayId != dayId)
        return false;
    if (favouritesOnly && !favourites.contains(session.id))
        return false;
    if (!pillarIds.isEmpty()) {
        const bool any = std::any_of(session.pillarIds.cbegin(), session.pillarIds.cend(),
                                     [this](const QString &p) { return pillarIds.contains(p); });
        if (!any)
            return false;
    }
    if (!speakerId.isEmpty()) {
        const bool any = std::any_of(session.speakers.cbegin(), session.speakers.cend(),
                                     [this](const SessionSpeaker &s) {
                                         return s.speakerId == speakerId;
                                     });
        if (!any)
            return false;
    }
    const QByteArray &haystack = index.searchText(row);
    for (const QByteArray &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

SessionFilter SessionFilter::withoutDay() const
{
    SessionFilter copy = *this;
    copy.dayId.clear();
    return copy;
}

SessionFilter SessionFilter::withoutPillars() const
{
    SessionFilter copy = *this;
    copy.pillarIds.clear();
    return copy;
}

SessionFilter SessionFilter::withoutSpeaker() const
{
    SessionFilter copy = *this;
    copy.speakerId.clear();
    return copy;
}

bool SessionFilter::operator==(const SessionFilter &other) const
{
    return dayId == other.dayId && pillarIds == other.pillarIds && speakerId == other.speakerId
           && text == other.text && favouritesOnly == other.favouritesOnly
           && favourites == other.favourites;
}

} // namespace fa
