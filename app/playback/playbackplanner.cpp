#include "playbackplanner.h"

#include "languagenames.h"
#include "webaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrlQuery>

namespace fa {

namespace {

QString secondsText(Milliseconds offset)
{
    const Milliseconds ms = qMax<Milliseconds>(0, offset);
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    QString text =
        QString::number(ms / 1000) + u'.' + QString::number(ms % 1000).rightJustified(3, u'0');
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

ResolvedSource fromCatalogSource(const Catalog &catalog, const Source &source)
{
    ResolvedSource resolved;
    resolved.kind = source.hasPath() ? Source::Kind::Media : source.kind;
    // A path is a file of a local catalog's folder, or beside a remote one's address.
    const QUrl url = catalog.address(source.path, source.url);
    if (url.isLocalFile()) {
        resolved.display = QDir::toNativeSeparators(url.toLocalFile());
        resolved.url = url;
        resolved.mode = ResolvedSource::Mode::InProcess;
        return resolved;
    }
    if (url.isEmpty()) {
        resolved.display = source.path;
        return resolved;
    }
    resolved.url = url;
    resolved.display = url.toDisplayString();
    resolved.mode = resolved.kind == Source::Kind::Media ? ResolvedSource::Mode::InProcess
                                                         : ResolvedSource::Mode::External;
    return resolved;
}

// The downloaded copy of a media address, when there is one.
void preferDownloadedCopy(ResolvedSource &resolved,
                          const PlaybackPlanner::DownloadedFiles &downloaded)
{
    if (!downloaded || resolved.mode != ResolvedSource::Mode::InProcess
        || !isWebAddress(resolved.url))
        return;
    const QString path = downloaded(resolved.url);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return;
    resolved.downloadedFrom = resolved.url;
    resolved.url = QUrl::fromLocalFile(path);
    resolved.display = QDir::toNativeSeparators(path);
}

} // namespace

QList<PlaybackOption> PlaybackPlanner::options(const Catalog &catalog, const QString &sessionId,
                                               const QString &language)
{
    QList<PlaybackOption> result;
    const Session *session = catalog.session(sessionId);
    if (!session)
        return result;
    for (const Chapter &chapter : catalog.placements(*session)) {
        const Recording *recording = catalog.recording(chapter.recordingId);
        if (!recording)
            continue;
        PlaybackOption option;
        option.sessionId = sessionId;
        option.recordingId = recording->id;
        option.language = recording->language;
        option.offset = chapter.at;
        option.kind = recording->kind;
        option.recordingTitle = catalog.text(recording->title, language);
        result.append(option);
    }
    const bool placedInDayRecording =
        std::any_of(result.cbegin(), result.cend(),
                    [](const PlaybackOption &o) { return o.kind == Recording::Kind::Day; });
    if (!placedInDayRecording) {
        // Without a chapter the day's recording is still the place to look: offer
        // it from its start and say that the session's place in it is unknown.
        for (const Recording &recording : catalog.recordings) {
            if (recording.kind != Recording::Kind::Day || recording.dayId != session->dayId)
                continue;
            PlaybackOption option;
            option.sessionId = sessionId;
            option.recordingId = recording.id;
            option.language = recording.language;
            option.kind = recording.kind;
            option.offsetKnown = false;
            option.recordingTitle = catalog.text(recording.title, language);
            result.append(option);
        }
    }

    // A talk held in German at an English conference: German is its original.
    const QString &original =
        session->language.isEmpty() ? catalog.event.language : session->language;
    const auto rank = [&](const PlaybackOption &o) {
        if (!o.offsetKnown)
            return o.language == language ? 5 : 6;
        if (o.language == language)
            return o.kind == Recording::Kind::Session ? 0 : 1;
        if (o.kind == Recording::Kind::Day && o.language == original)
            return 2;
        return o.language == original ? 3 : 4;
    };
    std::stable_sort(
        result.begin(), result.end(),
        [&](const PlaybackOption &a, const PlaybackOption &b) { return rank(a) < rank(b); });

    for (PlaybackOption &option : result) {
        option.label = label(catalog, option, language);
        // Two recordings in one language would read alike: name the recording too.
        const auto sameLanguage =
            std::count_if(result.cbegin(), result.cend(),
                          [&](const PlaybackOption &o) { return o.language == option.language; });
        if (sameLanguage > 1 && option.kind == Recording::Kind::Session
            && !option.recordingTitle.isEmpty())
            option.label = tr("%1 — %2").arg(option.label, option.recordingTitle);
    }
    return result;
}

std::optional<PlaybackOption> PlaybackPlanner::choose(const Catalog &catalog,
                                                      const QString &sessionId,
                                                      const QString &language,
                                                      const QString &recordingId)
{
    const QList<PlaybackOption> all = options(catalog, sessionId, language);
    if (recordingId.isEmpty())
        return all.isEmpty() ? std::nullopt : std::optional(all.first());
    for (const PlaybackOption &option : all) {
        if (option.recordingId == recordingId)
            return option;
    }
    return std::nullopt;
}

QString PlaybackPlanner::label(const Catalog &catalog, const PlaybackOption &option,
                               const QString &language)
{
    // The language opens the label: capitalised, as at the start of any sentence.
    QString languageText = LanguageNames::name(option.language);
    if (!languageText.isEmpty())
        languageText[0] = languageText[0].toUpper();
    if (option.kind == Recording::Kind::Session)
        return languageText;
    QString title = option.recordingTitle;
    if (title.isEmpty()) {
        const Recording *recording = catalog.recording(option.recordingId);
        const Day *day = recording ? catalog.day(recording->dayId) : nullptr;
        const QString dayTitle = day ? catalog.text(day->title, language) : QString();
        title = dayTitle.isEmpty() ? tr("Day recording") : tr("%1 recording").arg(dayTitle);
    }
    if (!option.offsetKnown)
        //: Recording choice when the session's chapter is unknown, e.g. "English — Day 1
        //: recording from the start (session not placed yet)"
        return tr("%1 — %2 from the start (session not placed yet)").arg(languageText, title);
    //: Recording choice: language — recording title from offset, e.g. "English — Day 1 recording
    //: from 1:02:30"
    return tr("%1 — %2 from %3").arg(languageText, title, formatTimecode(option.offset));
}

ResolvedSource PlaybackPlanner::sourceFromLink(const QString &link)
{
    ResolvedSource resolved;
    resolved.linked = true;
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return resolved;
    const QUrl url = QUrl::fromUserInput(trimmed, QString(), QUrl::AssumeLocalFile);
    if (url.isLocalFile()) {
        resolved.url = url;
        resolved.display = QDir::toNativeSeparators(url.toLocalFile());
        resolved.mode = ResolvedSource::Mode::InProcess;
        resolved.kind = Source::Kind::Media;
        return resolved;
    }
    if (!isWebAddress(url))
        return resolved;
    resolved.url = url;
    resolved.display = url.toDisplayString();
    resolved.kind = inferSourceKind(url);
    resolved.mode = resolved.kind == Source::Kind::Media ? ResolvedSource::Mode::InProcess
                                                         : ResolvedSource::Mode::External;
    return resolved;
}

ResolvedSource PlaybackPlanner::resolveSource(const Catalog &catalog, const Recording &recording,
                                              const QString &userLink,
                                              const DownloadedFiles &downloaded)
{
    if (recording.sources.isEmpty())
        return sourceFromLink(userLink);

    // A missing local file gives way to a later source; with none, the first
    // source stays so that the error names its path.
    std::optional<ResolvedSource> first;
    for (const Source &source : recording.sources) {
        ResolvedSource resolved = fromCatalogSource(catalog, source);
        if (resolved.mode == ResolvedSource::Mode::None)
            continue;
        preferDownloadedCopy(resolved, downloaded);
        if (!first)
            first = resolved;
        if (!resolved.isLocalFile() || QFileInfo::exists(resolved.url.toLocalFile()))
            return resolved;
    }
    if (first)
        return *first;
    // Only paths that lead nowhere (a remote catalog without its address).
    return sourceFromLink(userLink);
}

QUrl PlaybackPlanner::downloadAddress(const Catalog &catalog, const Recording &recording)
{
    for (const Source &source : recording.sources) {
        const ResolvedSource resolved = fromCatalogSource(catalog, source);
        if (resolved.mode == ResolvedSource::Mode::InProcess && isWebAddress(resolved.url))
            return resolved.url;
    }
    return {};
}

QUrl PlaybackPlanner::youTubeUrlAt(const QUrl &url, Milliseconds offset)
{
    QUrl result = url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("t"));
    query.addQueryItem(QStringLiteral("t"),
                       QString::number(qMax<Milliseconds>(0, offset) / 1000) + u's');
    result.setQuery(query);
    return result;
}

QUrl PlaybackPlanner::mediaUrlAt(const QUrl &url, Milliseconds offset)
{
    QUrl result = url;
    result.setFragment(u"t=" + secondsText(offset));
    return result;
}

QUrl PlaybackPlanner::urlAt(const ResolvedSource &source, Milliseconds offset)
{
    if (source.mode == ResolvedSource::Mode::None)
        return {};
    if (source.kind == Source::Kind::YouTube)
        return youTubeUrlAt(source.url, offset);
    // Pages get the media fragment too: players such as Vimeo's honour it.
    return mediaUrlAt(source.url, offset);
}

} // namespace fa
