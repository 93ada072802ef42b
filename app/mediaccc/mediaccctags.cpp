#include "mediaccctags.h"

#include "textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa::MediaCccTags {

namespace {
bool isRoomName(const QString &tag)
{
    static const QStringList prefixes = {u"saal "_s, u"hall "_s,  u"room "_s,  u"stage "_s,
                                         u"raum "_s, u"bühne "_s, u"buehne "_s};
    const QString lower = tag.toLower();
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &p) { return lower.startsWith(p); });
}

bool isNumber(const QString &tag)
{
    return std::all_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QStringList tracks(const QStringList &tags, const QStringList &conferenceWords,
                   const QSet<QString> &everywhere, QString *room)
{
    QStringList found;
    for (const QString &raw : tags) {
        const QString tag = raw.simplified();
        const QString folded = foldForSearch(tag);
        if (tag.isEmpty() || isNumber(tag) || conferenceWords.contains(folded)
            || everywhere.contains(folded))
            continue;
        if (isRoomName(tag)) {
            if (room && room->isEmpty())
                *room = tag;
            continue;
        }
        if (!std::any_of(found.cbegin(), found.cend(),
                         [&](const QString &t) { return foldForSearch(t) == folded; }))
            found.append(tag);
    }
    return found;
}

} // namespace fa::MediaCccTags
