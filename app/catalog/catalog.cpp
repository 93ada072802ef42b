#include "catalog.h"

#include "webaddress.h"

#include <QDir>

#include <algorithm>
#include <iterator>

namespace fa {

namespace {
template<typename T> QHash<QString, int> indexById(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    return index;
}

template<typename T>
const T *lookup(const QList<T> &items, const QHash<QString, int> &index, const QString &id)
{
    const int i = index.value(id, -1);
    return i < 0 ? nullptr : &items[i];
}
} // namespace

void Catalog::buildIndex()
{
    m_dayIndex = indexById(days);
    m_pillarIndex = indexById(pillars);
    m_speakerIndex = indexById(speakers);
    m_recordingIndex = indexById(recordings);
    m_sessionIndex = indexById(sessions);
    m_recordingPlacements.clear();
    for (const Recording &recording : recordings) {
        for (const RecordingChapter &chapter : recording.chapters) {
            if (!chapter.sessionId.isEmpty())
                m_recordingPlacements[chapter.sessionId].append(
                    {recording.id, chapter.at, chapter.title, QString()});
        }
    }
}

const Day *Catalog::day(const QString &id) const
{
    return lookup(days, m_dayIndex, id);
}
QString Catalog::pillarColor(int index) const
{
    if (index < 0 || index >= pillars.size())
        return {};
    if (!pillars.at(index).color.isEmpty())
        return pillars.at(index).color;
    // Eight colours that stay distinct for most eyes (Okabe and Ito's palette
    // without black), then again.
    static const char *const palette[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442",
                                          "#0072b2", "#d55e00", "#cc79a7", "#999999"};
    return QString::fromLatin1(palette[index % std::size(palette)]);
}

const Pillar *Catalog::pillar(const QString &id) const
{
    return lookup(pillars, m_pillarIndex, id);
}
const Speaker *Catalog::speaker(const QString &id) const
{
    return lookup(speakers, m_speakerIndex, id);
}
const Recording *Catalog::recording(const QString &id) const
{
    return lookup(recordings, m_recordingIndex, id);
}
const Session *Catalog::session(const QString &id) const
{
    return lookup(sessions, m_sessionIndex, id);
}

QList<ChapterEntry> Catalog::chaptersOf(const QString &recordingId) const
{
    const Recording *recording = this->recording(recordingId);
    return chaptersOf(recordingId, recording ? recording->chapters : QList<RecordingChapter>());
}

QList<ChapterEntry> Catalog::chaptersOf(const QString &recordingId,
                                        const QList<RecordingChapter> &own) const
{
    QList<ChapterEntry> entries;
    QMultiHash<Milliseconds, qsizetype> ownAt; // offset -> own chapters there
    entries.reserve(own.size());
    for (const RecordingChapter &chapter : own) {
        ownAt.insert(chapter.at, entries.size());
        entries.append(
            {sessionIndex(chapter.sessionId), {recordingId, chapter.at, chapter.title, {}}});
    }
    // Several own chapters may share an offset: the one naming the session is
    // its place, else the first that names none.
    const auto ownFor = [&](Milliseconds at, int session) -> ChapterEntry * {
        ChapterEntry *free = nullptr;
        for (auto it = ownAt.constFind(at); it != ownAt.cend() && it.key() == at; ++it) {
            ChapterEntry &candidate = entries[*it];
            if (candidate.sessionIndex == session)
                return &candidate;
            if (candidate.sessionIndex < 0 && (!free || &candidate < free))
                free = &candidate;
        }
        return free;
    };
    for (int i = 0; i < sessions.size(); ++i) {
        for (const Chapter &chapter : sessions[i].chapters) {
            if (chapter.recordingId != recordingId)
                continue;
            // The publisher's chapter at the same offset is this session's place:
            // one entry, the publisher's title, the session attached.
            if (ChapterEntry *mine = ownFor(chapter.at, i)) {
                mine->sessionIndex = i;
                if (mine->chapter.title.isEmpty())
                    mine->chapter.title = chapter.title;
                mine->chapter.color = chapter.color;
                continue;
            }
            entries.append({i, chapter});
        }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const ChapterEntry &a, const ChapterEntry &b) { return a.chapter.at < b.chapter.at; });
    return entries;
}

QList<Chapter> Catalog::placements(const Session &session) const
{
    const auto named = m_recordingPlacements.constFind(session.id);
    if (named == m_recordingPlacements.cend())
        return session.chapters;
    QList<Chapter> result = session.chapters;
    for (const Chapter &chapter : *named) {
        const bool covered = std::any_of(result.cbegin(), result.cend(), [&](const Chapter &c) {
            return c.recordingId == chapter.recordingId;
        });
        if (!covered)
            result.append(chapter);
    }
    return result;
}

QString Catalog::resolvePath(const QString &relativePath) const
{
    if (baseDir.isEmpty() || relativePath.isEmpty() || remote)
        return {};
    return QDir::cleanPath(baseDir + u'/' + relativePath);
}

QUrl Catalog::resolve(const QString &relativePath) const
{
    if (remote)
        return resolveBesideAddress(baseUrl, relativePath);
    const QString path = resolvePath(relativePath);
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

Source::Kind inferSourceKind(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"youtu.be" || host == u"youtube.com" || host.endsWith(u".youtube.com")
        || host == u"youtube-nocookie.com" || host.endsWith(u".youtube-nocookie.com"))
        return Source::Kind::YouTube;
    static const QStringList mediaSuffixes = {
        QStringLiteral(".webm"), QStringLiteral(".mp4"),  QStringLiteral(".mkv"),
        QStringLiteral(".ogg"),  QStringLiteral(".ogv"),  QStringLiteral(".mp3"),
        QStringLiteral(".m4a"),  QStringLiteral(".opus"), QStringLiteral(".mov")};
    const QString path = url.path().toLower();
    for (const QString &suffix : mediaSuffixes) {
        if (path.endsWith(suffix))
            return Source::Kind::Media;
    }
    return Source::Kind::Page;
}

Source sourceForUrl(const QUrl &url)
{
    Source source;
    source.kind = inferSourceKind(url);
    source.url = url;
    return source;
}

} // namespace fa
