#include "momentlink.h"

#include "userdatastore.h"
#include "youtubeaddress.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrlQuery>

namespace fa {

namespace {

const QString timeKey = QStringLiteral("t");

// YouTube's own forms: "90", "90s", "1m30s", "1h2m3s".
std::optional<Milliseconds> parseYouTubeTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (text.isEmpty() || !m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

QString fragmentTime(const QString &fragment)
{
    for (const QString &part : fragment.split(u'&')) {
        if (part.startsWith(u"t="))
            return part.mid(2);
    }
    return {};
}

bool sameSource(const ResolvedSource &source, const QUrl &link)
{
    if (source.mode == ResolvedSource::Mode::None)
        return false;
    if (source.isLocalFile() || link.isLocalFile()) {
        if (!source.isLocalFile() || !link.isLocalFile())
            return false;
        const QFileInfo a(source.url.toLocalFile());
        const QFileInfo b(link.toLocalFile());
        const QString ca = a.canonicalFilePath();
        return ca.isEmpty() ? a.absoluteFilePath() == b.absoluteFilePath()
                            : ca == b.canonicalFilePath();
    }
    if (source.kind == Source::Kind::YouTube && inferSourceKind(link) == Source::Kind::YouTube) {
        // By video id, so that youtu.be/ID and youtube.com/watch?v=ID match.
        const QString id = YouTubeAddress::videoId(source.url);
        return !id.isEmpty() && id == YouTubeAddress::videoId(link);
    }
    return MomentLink::withoutTime(source.url)
        .matches(MomentLink::withoutTime(link), QUrl::StripTrailingSlash);
}

} // namespace

QUrl MomentLink::build(const ResolvedSource &source, Milliseconds position)
{
    if (source.downloadedFrom.isEmpty())
        return PlaybackPlanner::urlAt(source, position);
    // A link names the recording's address, which others can open, not this
    // machine's copy of it.
    ResolvedSource shared = source;
    shared.url = source.downloadedFrom;
    return PlaybackPlanner::urlAt(shared, position);
}

std::optional<Milliseconds> MomentLink::timeOf(const QUrl &link)
{
    const QUrlQuery query(link);
    if (query.hasQueryItem(timeKey)) {
        if (auto t = parseYouTubeTime(query.queryItemValue(timeKey)))
            return t;
    }
    QString t = fragmentTime(link.fragment());
    if (t.isEmpty())
        return std::nullopt;
    if (t.startsWith(u"npt:"))
        t = t.mid(4);
    t = t.section(u',', 0, 0); // a range: its start
    if (t.isEmpty())
        return 0; // "#t=,20" starts at the beginning
    if (auto ms = parseTimecode(t))
        return ms;
    return parseYouTubeTime(t); // "#t=1m30s", as some pages write it
}

std::optional<Milliseconds> MomentLink::parseOffset(QStringView text)
{
    return parseTimecode(text.trimmed());
}

QUrl MomentLink::withoutTime(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveFragment);
    QUrlQuery query(url);
    if (query.hasQueryItem(timeKey)) {
        query.removeAllQueryItems(timeKey);
        if (query.isEmpty())
            result.setQuery(QString());
        else
            result.setQuery(query);
    }
    return result;
}

QString MomentLink::sessionAt(const Catalog &catalog, const QString &recordingId,
                              Milliseconds offset)
{
    QString found;
    for (const ChapterEntry &entry : catalog.chaptersOf(recordingId)) {
        if (entry.chapter.at > offset)
            break;
        // A chapter that is no session (a break, a part of one) leaves the last session on.
        if (entry.sessionIndex >= 0)
            found = catalog.sessions.at(entry.sessionIndex).id;
    }
    return found;
}

std::optional<MomentTarget> MomentLink::parse(const Catalog &catalog, const QUrl &link,
                                              UserDataStore *store)
{
    if (!link.isValid())
        return std::nullopt;
    for (const Recording &recording : catalog.recordings) {
        const QString userLink = store && recording.sources.isEmpty()
                                     ? store->recordingLink(catalog.event.id, recording.id)
                                     : QString();
        bool matched =
            sameSource(PlaybackPlanner::resolveSource(catalog, recording, userLink), link);
        // A link to any of the catalog's sources counts, not only the chosen one.
        for (int i = 0; !matched && i < recording.sources.size(); ++i) {
            Recording single = recording;
            single.sources = {recording.sources.at(i)};
            matched = sameSource(PlaybackPlanner::resolveSource(catalog, single), link);
        }
        if (!matched)
            continue;
        MomentTarget target;
        target.recordingId = recording.id;
        target.offset = timeOf(link).value_or(0);
        target.sessionId = sessionAt(catalog, recording.id, target.offset);
        return target;
    }
    return std::nullopt;
}

} // namespace fa
