#pragma once

#include "catalog.h"
#include "importreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace fa {

enum class ImportFormat { Unknown, Frab, ScheduleJson, YouTube, WebVtt };

struct ImportOptions
{
    // Used when the schedule names no time zone of its own.
    QTimeZone timeZone;
};

struct ImportResult
{
    std::optional<Catalog> catalog; // empty when report has errors
    ImportReport report;
};

// Entry point for schedule files: detects the format and runs its importer.
class ScheduleImport
{
    Q_DECLARE_TR_FUNCTIONS(fa::ScheduleImport)

public:
    static constexpr qint64 maxFileSize = 64ll * 1024 * 1024;

    static ImportFormat formatFromName(const QString &name); // "frab", "schedule-json", ...
    static QString formatName(ImportFormat format);
    // By file name first, then by content.
    static ImportFormat detect(const QString &fileName, const QByteArray &data);
    static bool isChapterFormat(ImportFormat f)
    {
        return f == ImportFormat::YouTube || f == ImportFormat::WebVtt;
    }

    // Reads a file; errors (unreadable, too large) end up in the report.
    static std::optional<QByteArray> readFile(const QString &path, ImportReport &report);
    // frab XML or schedule.json to a catalog.
    static ImportResult importSchedule(const QByteArray &data, ImportFormat format,
                                       const ImportOptions &options = {});
};

} // namespace fa
