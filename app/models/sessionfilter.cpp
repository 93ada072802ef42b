#include "sessionfilter.h"

#include "textfold.h"

#include <algorithm>

namespace fa {

bool SessionFilter::isEmpty() const
{
    return dayId.isEmpty() && pillarIds.isEmpty() && speakerId.isEmpty() && text.trimmed().isEmpty()
           && !favouritesOnly;
}

void SessionFilter::prepare()
{
    const QString folded = foldForSearch(text);
    m_words.clear();
    m_matchesSerial = 0;
    m_textMatches.clear();
    for (const QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts))
        m_words.append(word.toUtf8());
}

bool SessionFilter::matchesPillars(const Session &session) const
{
    return pillarIds.isEmpty()
           || std::any_of(session.pillarIds.cbegin(), session.pillarIds.cend(),
                          [this](const QString &p) { return pillarIds.contains(p); });
}

bool SessionFilter::matchesSpeaker(const Session &session) const
{
    return speakerId.isEmpty()
           || std::any_of(session.speakers.cbegin(), session.speakers.cend(),
                          [this](const SessionSpeaker &s) { return s.speakerId == speakerId; });
}

const CatalogIndex::SessionSet &SessionFilter::textMatches(const CatalogIndex &index) const
{
    if (m_matchesSerial != index.serial()) {
        m_textMatches.clear();
        for (const QByteArray &word : m_words) {
            const CatalogIndex::SessionSet found = index.sessionsContaining(word);
            if (m_textMatches.empty()) {
                m_textMatches = found;
                continue;
            }
            for (std::size_t n = 0; n < found.size(); ++n)
                m_textMatches[n] &= found[n];
        }
        m_matchesSerial = index.serial();
    }
    return m_textMatches;
}

bool SessionFilter::matchesText(const CatalogIndex &index, int row) const
{
    return m_words.isEmpty() || textMatches(index)[static_cast<std::size_t>(row)] != 0;
}

bool SessionFilter::matches(const Catalog &catalog, const CatalogIndex &index, int row) const
{
    const Session &session = catalog.sessions[row];
    if (!dayId.isEmpty() && session.dayId != dayId)
        return false;
    if (favouritesOnly && !favourites.contains(session.id))
        return false;
    return matchesPillars(session) && matchesSpeaker(session) && matchesText(index, row);
}

unsigned SessionFilter::failures(const Catalog &catalog, const CatalogIndex &index, int row) const
{
    const Session &session = catalog.sessions[row];
    unsigned failed = 0;
    if (!dayId.isEmpty() && session.dayId != dayId)
        failed |= DayCriterion;
    if (favouritesOnly && !favourites.contains(session.id))
        failed |= FavouritesCriterion;
    if (!matchesPillars(session))
        failed |= PillarsCriterion;
    if (!matchesSpeaker(session))
        failed |= SpeakerCriterion;
    // Two failures already exclude the session from every count.
    if ((failed & (failed - 1)) == 0 && !matchesText(index, row))
        failed |= TextCriterion;
    return failed;
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
