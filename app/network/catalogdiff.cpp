#include "catalogdiff.h"

namespace fa {

namespace {

bool sameMaterial(const Material &a, const Material &b)
{
    return a.title == b.title && a.path == b.path && a.url == b.url && a.language == b.language
           && a.size == b.size && a.sha256 == b.sha256 && a.kind == b.kind;
}

bool sameChapter(const Chapter &a, const Chapter &b)
{
    return a.recordingId == b.recordingId && a.at == b.at && a.title == b.title
           && a.color == b.color;
}

bool sameSpeaker(const SessionSpeaker &a, const SessionSpeaker &b)
{
    return a.speakerId == b.speakerId && a.role == b.role;
}

template<typename T, typename Equal>
bool sameList(const QList<T> &a, const QList<T> &b, Equal equal)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!equal(a[i], b[i]))
            return false;
    }
    return true;
}

bool sameSession(const Session &a, const Session &b)
{
    return a.dayId == b.dayId && a.title == b.title && a.summary == b.summary && a.note == b.note
           && a.start == b.start && a.duration == b.duration && a.kind == b.kind
           && a.pillarIds == b.pillarIds && sameList(a.speakers, b.speakers, sameSpeaker)
           && sameList(a.chapters, b.chapters, sameChapter)
           && sameList(a.materials, b.materials, sameMaterial);
}

} // namespace

QString CatalogDiff::summary() const
{
    if (isEmpty())
        return tr("No session changed.");
    QStringList parts;
    if (!added.isEmpty())
        parts.append(tr("%n session(s) added", nullptr, int(added.size())));
    if (!removed.isEmpty())
        parts.append(tr("%n session(s) removed", nullptr, int(removed.size())));
    if (!changed.isEmpty())
        parts.append(tr("%n session(s) changed", nullptr, int(changed.size())));
    return parts.join(tr(", "));
}

CatalogDiff diffCatalogs(const Catalog &before, const Catalog &after)
{
    CatalogDiff diff;
    for (const Session &s : after.sessions) {
        const Session *old = before.session(s.id);
        if (!old)
            diff.added.append(s.id);
        else if (!sameSession(*old, s))
            diff.changed.append(s.id);
    }
    for (const Session &s : before.sessions) {
        if (!after.session(s.id))
            diff.removed.append(s.id);
    }
    return diff;
}

} // namespace fa
