#include "fuzzentries.h"

#include "catalog/catalogreader.h"
#include "catalog/catalogwriter.h"
#include "catalog/timecode.h"
#include "import/chapterlist.h"
#include "import/scheduleimport.h"

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

Entry entryNamed(const QString &target)
{
    struct Named
    {
        const char *name;
        Entry entry;
    };
    static constexpr Named entries[] = {
        {"catalog", catalogReader},          {"frab_xml", frabXml},
        {"schedule_json", scheduleJson},     {"youtube_chapters", youTubeChapters},
        {"webvtt_chapters", webVttChapters}, {"timecode", timecode},
    };
    for (const Named &n : entries) {
        if (target == QLatin1String(n.name))
            return n.entry;
    }
    return nullptr;
}

QStringList targetNames()
{
    return {QStringLiteral("catalog"),         QStringLiteral("frab_xml"),
            QStringLiteral("schedule_json"),   QStringLiteral("youtube_chapters"),
            QStringLiteral("webvtt_chapters"), QStringLiteral("timecode")};
}

} // namespace fa::fuzz
