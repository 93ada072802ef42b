#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace fa::MediaCccTags {

// The tracks an event's tags name (the rule is in FORMAT.md): what is left
// after numbers (years, ids), the conference's own words (folded acronym,
// title, slug parts), tags every event carries (folded) and room names, which
// go to *room (the first one). Compared without regard to case or accents.
QStringList tracks(const QStringList &tags, const QStringList &conferenceWords,
                   const QSet<QString> &everywhere, QString *room);

} // namespace fa::MediaCccTags
