#include "fuzzentries.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogwriter.h"
#include "catalog/timecode.h"
#include "import/chapterlist.h"
#include "import/scheduleimport.h"
#include "subtitles/subtitlereader.h"
#include "subtitles/transcriptindex.h"

#include <QByteArray>

#include <cmath>
#include <cstring>

namespace fa::fuzz {

namespace {
QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // fromRawData would not copy, but QJsonDocument and QXmlStreamReader may keep
    // references past the call; a copy keeps ASan's view of the buffer honest.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A crash here means the importer produced something it cannot read back.
void checkChapters(const QList<ImportedChapter> &chapters)
{
    for (const ImportedChapter &c : chapters) {
        if (c.at < 0)
            __builtin_trap();
    }
    ImportReport report;
    (void)ChapterList::checkYouTubeRules(chapters, report);
    (void)ChapterList::toYouTube(chapters);
    (void)ChapterList::toWebVtt(chapters);
}

// What a subtitle reader promises: cues by start, each showing for some time,
// text without control characters, a cuesAt that agrees with a scan; and an
// index of the cues that finds the first cue's first word.
void checkSubtitles(const SubtitleReadResult &result)
{
    (void)result.summary();
    const SubtitleDocument &document = result.document;
    if (!result.ok() && !document.isEmpty())
        __builtin_trap();
    if (document.size() > SubtitleReader::maxCues)
        __builtin_trap();
    Milliseconds previous = 0;
    for (const Cue &cue : document.cues()) {
        if (cue.start < previous || cue.end <= cue.start || cue.line <= 0)
            __builtin_trap();
        previous = cue.start;
        for (const CueLine &line : cue.lines) {
            for (const CueSpan &span : line.spans) {
                for (const QChar c : span.text) {
                    if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                        __builtin_trap();
                }
            }
        }
    }
    if (document.isEmpty())
        return;
    // A few positions: each cue's start and the moment before it.
    for (qsizetype i = 0; i < document.size() && i < 16; ++i) {
        for (const Milliseconds at : {document.cues()[i].start, document.cues()[i].start - 1}) {
            qsizetype active = 0;
            for (const Cue &cue : document.cues())
                active += cue.isActiveAt(at) ? 1 : 0;
            if (document.cuesAt(at).size() != active)
                __builtin_trap();
        }
    }
    TranscriptIndex index;
    index.add(QStringLiteral("fuzz"), QStringLiteral("en"), document);
    const QString first = document.cues().first().plainText(u" ").section(u' ', 0, 0);
    (void)index.search(first);
}

void checkImport(const ImportResult &result)
{
    if (result.catalog)
        (void)CatalogWriter::toJson(*result.catalog);
}
} // namespace

int catalogReader(const std::uint8_t *data, std::size_t size)
{
    CatalogReadOptions options;
    options.origin = QStringLiteral("fuzz");
    // Half the inputs as a remote catalog: that path refuses local files.
    options.remote = size > 0 && (data[0] & 1);
    const CatalogLoadResult result = CatalogReader::readData(bytes(data, size), options);
    if (result.ok()) {
        (void)result.catalog->sessions.size();
        (void)CatalogWriter::toJson(*result.catalog);
    }
    return 0;
}

int frabXml(const std::uint8_t *data, std::size_t size)
{
    checkImport(ScheduleImport::importSchedule(bytes(data, size), ImportFormat::Frab));
    return 0;
}

int scheduleJson(const std::uint8_t *data, std::size_t size)
{
    checkImport(ScheduleImport::importSchedule(bytes(data, size), ImportFormat::ScheduleJson));
    return 0;
}

int youTubeChapters(const std::uint8_t *data, std::size_t size)
{
    ImportReport report;
    checkChapters(ChapterList::parseYouTube(QString::fromUtf8(bytes(data, size)), report));
    return 0;
}

int webVttChapters(const std::uint8_t *data, std::size_t size)
{
    ImportReport report;
    checkChapters(ChapterList::parseWebVtt(QString::fromUtf8(bytes(data, size)), report));
    return 0;
}

int timecode(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    if (const auto ms = parseTimecode(text)) {
        if (*ms < 0)
            __builtin_trap(); // documented: never negative
        // What we print must read back to the same value.
        const auto again = parseTimecode(formatTimecode(*ms, true));
        if (!again || *again != *ms)
            __builtin_trap();
    }
    if (size >= sizeof(double)) {
        double seconds;
        std::memcpy(&seconds, data, sizeof seconds);
        if (const auto ms = timecodeFromSeconds(seconds)) {
            if (*ms < 0 || !std::isfinite(seconds))
                __builtin_trap();
            (void)formatTimecode(*ms);
        }
    }
    return 0;
}

int webVttSubtitles(const std::uint8_t *data, std::size_t size)
{
    checkSubtitles(SubtitleReader::readData(bytes(data, size), SubtitleFormat::WebVtt));
    return 0;
}

int srtSubtitles(const std::uint8_t *data, std::size_t size)
{
    // Odd first byte: the format told by the content, as files from the catalog are read.
    const bool detect = size > 0 && (data[0] & 1);
    checkSubtitles(SubtitleReader::readData(bytes(data, size), detect ? SubtitleFormat::Unknown
                                                                      : SubtitleFormat::Srt));
    return 0;
}

Entry entryNamed(const QString &target)
{
    struct Named
    {
        const char *name;
        Entry entry;
    };
    static constexpr Named entries[] = {
        {"catalog", catalogReader},
        {"frab_xml", frabXml},
        {"schedule_json", scheduleJson},
        {"youtube_chapters", youTubeChapters},
        {"webvtt_chapters", webVttChapters},
        {"timecode", timecode},
        {"webvtt_subtitles", webVttSubtitles},
        {"srt_subtitles", srtSubtitles},
    };
    for (const Named &n : entries) {
        if (target == QLatin1String(n.name))
            return n.entry;
    }
    return nullptr;
}

QStringList targetNames()
{
    return {QStringLiteral("catalog"),          QStringLiteral("frab_xml"),
            QStringLiteral("schedule_json"),    QStringLiteral("youtube_chapters"),
            QStringLiteral("webvtt_chapters"),  QStringLiteral("timecode"),
            QStringLiteral("webvtt_subtitles"), QStringLiteral("srt_subtitles")};
}

} // namespace fa::fuzz
