#include "mediacccrecordings.h"

#include "mediaccclanguage.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

enum class RowKind { Video, Audio, SlideVideo, Slides, Subtitles, Stream, Unknown };

RowKind kindOf(const MediaCccRecording &row)
{
    const QString type = row.mimeType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"video/mp4" || type == u"video/webm" || type == u"video/ogg")
        return row.folder.contains(u"slides"_s, Qt::CaseInsensitive) ? RowKind::SlideVideo
                                                                     : RowKind::Video;
    if (type == u"audio/mpeg" || type == u"audio/opus" || type == u"audio/ogg")
        return RowKind::Audio;
    if (type == u"text/vtt" || type == u"application/x-subrip")
        return RowKind::Subtitles;
    if (type == u"application/pdf")
        return RowKind::Slides;
    if (type == u"application/dash+xml" || type == u"application/vnd.apple.mpegurl")
        return RowKind::Stream;
    return RowKind::Unknown;
}

// An http(s) address as the catalog reader accepts it, else an invalid one.
QUrl httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    return url;
}

struct MediaFile
{
    Source source;
    QStringList tracks; // catalog language per audio track, in track order
    int length = 0;
};

class Converter
{
public:
    Converter(const MediaCccEvent &event, const QString &sessionId, const MediaQuality &quality,
              const QString &labelLanguage)
        : m_event(event)
        , m_sessionId(sessionId)
        , m_quality(quality)
        , m_labelLanguage(labelLanguage)
    {}

    void addRow(const MediaCccRecording &row);
    MediaCccEventMedia finish();

private:
    QString rowName(const MediaCccRecording &row) const
    {
        return row.filename.isEmpty() ? row.recordingUrl : row.filename;
    }
    void warn(const QString &message)
    {
        m_media.warnings.append(
            MediaCccRecordings::tr("Event '%1': %2").arg(m_event.name(), message));
    }
    void addMaterial(const QUrl &url, const QString &title, const QString &language,
                     const QString &kind)
    {
        Material material;
        material.url = url;
        material.title = LocalizedText(m_labelLanguage, title);
        material.language = language;
        material.kind = kind;
        m_media.materials.append(material);
    }
    void buildRecording(const QString &language);

    const MediaCccEvent &m_event;
    const QString m_sessionId;
    const MediaQuality m_quality;
    const QString m_labelLanguage;
    MediaCccEventMedia m_media;
    QList<MediaFile> m_files;
    QList<SubtitleFile> m_subtitles;
    QSet<QString> m_urls;
};

void Converter::addRow(const MediaCccRecording &row)
{
    const RowKind kind = kindOf(row);
    if (kind == RowKind::Stream) {
        ++m_media.streams;
        return;
    }
    if (kind == RowKind::Unknown) {
        warn(MediaCccRecordings::tr("file '%1' is of the unknown type '%2'; left out")
                 .arg(rowName(row), row.mimeType));
        return;
    }
    const QUrl url = httpUrl(row.recordingUrl);
    if (!url.isValid()) {
        warn(MediaCccRecordings::tr("file '%1' has no http or https address ('%2'); left out")
                 .arg(rowName(row), row.recordingUrl));
        return;
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    if (m_urls.contains(key))
        return;
    m_urls.insert(key);

    // Media without a language of its own speaks the event's language.
    const QString codes = row.language.isEmpty() ? m_event.originalLanguage : row.language;
    const std::optional<QStringList> tracks = MediaCccLanguage::audioTracks(codes);
    if (!tracks) {
        warn(MediaCccRecordings::tr("file '%1' has the unknown language code '%2'; left out")
                 .arg(rowName(row), codes));
        return;
    }

    switch (kind) {
    case RowKind::Video:
    case RowKind::Audio: {
        if (tracks->isEmpty()) {
            warn(MediaCccRecordings::tr("file '%1' names no language; left out").arg(rowName(row)));
            return;
        }
        MediaFile file;
        file.source.kind = Source::Kind::Media;
        file.source.url = url;
        file.source.mimeType = row.mimeType;
        file.source.audioOnly = kind == RowKind::Audio;
        file.source.height = file.source.audioOnly ? 0 : row.height;
        file.tracks = *tracks;
        file.length = row.length;
        m_files.append(file);
        return;
    }
    case RowKind::Subtitles: {
        if (tracks->size() != 1) {
            warn(MediaCccRecordings::tr("subtitles '%1' need one language, not '%2'; left out")
                     .arg(rowName(row), codes));
            return;
        }
        SubtitleFile subtitles;
        subtitles.language = tracks->constFirst();
        subtitles.url = url;
        m_subtitles.append(subtitles);
        return;
    }
    case RowKind::Slides:
    case RowKind::SlideVideo:
        addMaterial(url,
                    kind == RowKind::Slides ? MediaCccRecordings::tr("Slides")
                                            : MediaCccRecordings::tr("Slides (video)"),
                    tracks->value(0), u"slides"_s);
        return;
    case RowKind::Stream:
    case RowKind::Unknown: break;
    }
}

void Converter::buildRecording(const QString &language)
{
    QList<const MediaFile *> files;
    for (const MediaFile &file : std::as_const(m_files)) {
        if (file.tracks.contains(language))
            files.append(&file);
    }
    std::stable_sort(files.begin(), files.end(), [this](const MediaFile *a, const MediaFile *b) {
        return m_quality.rank(a->source) < m_quality.rank(b->source);
    });

    // The recording's track is that of its best file with several tracks; a
    // file with one track plays that track whatever the number says.
    Recording recording;
    for (const MediaFile *file : std::as_const(files)) {
        if (file->tracks.size() > 1) {
            recording.audioTrack = int(file->tracks.indexOf(language));
            break;
        }
    }
    int length = 0;
    for (const MediaFile *file : std::as_const(files)) {
        const int track = file->tracks.size() > 1 ? int(file->tracks.indexOf(language)) : -1;
        if (track >= 0 && track != recording.audioTrack) {
            warn(MediaCccRecordings::tr("file '%1' carries %2 on audio track %3, other files "
                                        "on track %4; left out")
                     .arg(file->source.url.fileName(), language, QString::number(track + 1),
                          QString::number(recording.audioTrack + 1)));
            continue;
        }
        recording.sources.append(file->source);
        length = std::max(length, file->length);
    }
    if (recording.sources.isEmpty())
        return;
    recording.id = m_sessionId + u'-' + language;
    recording.kind = Recording::Kind::Session;
    recording.language = language;
    const int seconds = m_event.duration > 0 ? m_event.duration : length;
    if (seconds > 0)
        recording.duration = Milliseconds(seconds) * 1000;
    recording.subtitles = m_subtitles;
    m_media.recordings.append(recording);
}

MediaCccEventMedia Converter::finish()
{
    // The event's original language first, then as the rows name them.
    QStringList languages =
        MediaCccLanguage::audioTracks(m_event.originalLanguage).value_or(QStringList());
    QStringList offered;
    for (const MediaFile &file : std::as_const(m_files)) {
        for (const QString &language : file.tracks) {
            if (!offered.contains(language))
                offered.append(language);
        }
    }
    languages.removeIf([&](const QString &language) { return !offered.contains(language); });
    for (const QString &language : std::as_const(offered)) {
        if (!languages.contains(language))
            languages.append(language);
    }
    languages.removeDuplicates();
    for (const QString &language : std::as_const(languages))
        buildRecording(language);

    if (m_media.recordings.isEmpty()) {
        for (const SubtitleFile &subtitles : std::as_const(m_subtitles))
            addMaterial(subtitles.url,
                        MediaCccRecordings::tr("Subtitles (%1)").arg(subtitles.language),
                        subtitles.language, u"other"_s);
    }
    return std::move(m_media);
}

} // namespace

MediaCccEventMedia MediaCccRecordings::convert(const MediaCccEvent &event,
                                               const QList<MediaCccRecording> &rows,
                                               const QString &sessionId,
                                               const MediaQuality &quality,
                                               const QString &labelLanguage)
{
    Converter converter(event, sessionId, quality, labelLanguage);
    for (const MediaCccRecording &row : rows)
        converter.addRow(row);
    return converter.finish();
}

} // namespace fa
