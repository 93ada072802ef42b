#include "playbackplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
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
    resolved.kind = source.kind;
    if (source.isLocal()) {
        const QString path = catalog.resolvePath(source.path);
        resolved.display = path.isEmpty() ? source.path : QDir::toNativeSeparators(path);
        resolved.url = path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
        resolved.mode =
            path.isEmpty() ? ResolvedSource::Mode::None : ResolvedSource::Mode::InProcess;
        resolved.kind = Source::Kind::Media;
        return resolved;
    }
    resolved.url = source.url;
    resolved.display = source.url.toDisplayString();
    resolved.mode = source.kind == Source::Kind::Media ? ResolvedSource::Mode::InProcess
                                                       : ResolvedSource::Mode::External;
    return resolved;
}

} // namespace

QList<PlaybackOption> PlaybackPlanner::options(const Catalog &catalog, const QString &sessionId,
                                               const QString &displayLanguage)
{
    QList<PlaybackOption> result;
    const Session *session = catalog.session(sessionId);
    if (!session)
        return result;
    for (const Chapter &chapter : session->chapters) {
        const Recording *recording = catalog.recording(chapter.recordingId);
        if (!recording)
            continue;
        PlaybackOption option;
        option.sessionId = sessionId;
        option.recordingId = recording->id;
        option.language = recording->language;
        option.offset = chapter.at;
        option.kind = recording->kind;
        option.recordingTitle = catalog.text(recording->title, displayLanguage);
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
            option.recordingTitle = catalog.text(recording.title, displayLanguage);
            result.append(option);
        }
    }
    for (PlaybackOption &option : result) {
        option.label = label(catalog, option, displayLanguage);
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

int PlaybackPlanner::defaultOption(const Catalog &catalog, const QList<PlaybackOption> &options,
                                   const QString &language)
{
    // A recording that places the session always beats one offered from its start.
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].offsetKnown && options[i].language == language)
            return i;
    }
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].offsetKnown && options[i].kind == Recording::Kind::Day
            && options[i].language == catalog.event.language)
            return i;
    }
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].offsetKnown)
            return i;
    }
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].language == language)
            return i;
    }
    return options.isEmpty() ? -1 : 0;
}

QString PlaybackPlanner::languageName(const QString &language)
{
    if (language.isEmpty())
        return tr("Unknown language");
    // Qt's own names qualify some languages by a country ("American English",
    // "español de España"); a language's own bare name is meant here.
    static const QHash<QString, QString> endonyms = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("sw"), QStringLiteral("Kiswahili")},
    };
    const QString key = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (const auto it = endonyms.constFind(key); it != endonyms.cend())
        return *it;
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString PlaybackPlanner::label(const Catalog &catalog, const PlaybackOption &option,
                               const QString &displayLanguage)
{
    const QString languageText = languageName(option.language);
    if (option.kind == Recording::Kind::Session)
        return languageText;
    QString title = option.recordingTitle;
    if (title.isEmpty()) {
        const Recording *recording = catalog.recording(option.recordingId);
        const Day *day = recording ? catalog.day(recording->dayId) : nullptr;
        const QString dayTitle = day ? catalog.text(day->title, displayLanguage) : QString();
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
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return resolved;
    resolved.url = url;
    resolved.display = url.toDisplayString();
    resolved.kind = inferSourceKind(url);
    resolved.mode = resolved.kind == Source::Kind::Media ? ResolvedSource::Mode::InProcess
                                                         : ResolvedSource::Mode::External;
    return resolved;
}

ResolvedSource PlaybackPlanner::resolveSource(const Catalog &catalog, const Recording &recording,
                                              const QString &userLink)
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
        if (!first)
            first = resolved;
        if (!resolved.isLocalFile() || QFileInfo::exists(resolved.url.toLocalFile()))
            return resolved;
    }
    if (first)
        return *first;
    // Only local paths in a catalog that cannot have them (read from an address).
    return sourceFromLink(userLink);
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
