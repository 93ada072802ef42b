#include "scheduleimport.h"

#include "frabxmlimporter.h"
#include "schedulejsonimporter.h"

#include <QFile>
#include <QFileInfo>

namespace fa {

ImportFormat ScheduleImport::formatFromName(const QString &name)
{
    if (name == u"frab" || name == u"xml" || name == u"pentabarf")
        return ImportFormat::Frab;
    if (name == u"schedule-json" || name == u"json")
        return ImportFormat::ScheduleJson;
    if (name == u"youtube")
        return ImportFormat::YouTube;
    if (name == u"webvtt" || name == u"vtt")
        return ImportFormat::WebVtt;
    return ImportFormat::Unknown;
}

QString ScheduleImport::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Frab: return QStringLiteral("frab");
    case ImportFormat::ScheduleJson: return QStringLiteral("schedule-json");
    case ImportFormat::YouTube: return QStringLiteral("youtube");
    case ImportFormat::WebVtt: return QStringLiteral("webvtt");
    case ImportFormat::Unknown: break;
    }
    return {};
}

ImportFormat ScheduleImport::detect(const QString &fileName, const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"xml")
        return ImportFormat::Frab;
    if (suffix == u"json")
        return ImportFormat::ScheduleJson;
    if (suffix == u"vtt")
        return ImportFormat::WebVtt;
    QByteArray head = data.left(4096);
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    if (head.startsWith("WEBVTT"))
        return ImportFormat::WebVtt;
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('<'))
        return ImportFormat::Frab;
    if (trimmed.startsWith('{'))
        return ImportFormat::ScheduleJson;
    return ImportFormat::YouTube;
}

std::optional<QByteArray> ScheduleImport::readFile(const QString &path, ImportReport &report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.failAt(path, tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // A buffer of the file's size, not of the limit: QIODevice::read() allocates
    // what it is asked for (64 MiB, mapped apart and faulted in page by page).
    // What a file grown meanwhile holds beyond is read on as before.
    const qint64 limit = maxFileSize + 1;
    const qint64 expected = file.isSequential() ? limit : qMin(file.size() + 1, limit);
    QByteArray data = file.read(expected);
    if (data.size() == expected && expected < limit)
        data += file.read(limit - expected);
    if (data.size() > maxFileSize) {
        report.failAt(
            path,
            tr("the file is larger than the limit of %1 MiB").arg(maxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    return data;
}

ImportResult ScheduleImport::importSchedule(const QByteArray &data, ImportFormat format,
                                            const ImportOptions &options)
{
    ImportResult result;
    // A view: trimming the QByteArray itself would copy the whole file.
    if (QByteArrayView(data).trimmed().isEmpty()) {
        result.report.fail(1, tr("the file is empty"));
        return result;
    }
    if (format == ImportFormat::Frab)
        result.catalog = importFrabXml(data, options, result.report);
    else if (format == ImportFormat::ScheduleJson)
        result.catalog = importScheduleJson(data, options, result.report);
    else
        result.report.fail(0,
                           tr("'%1' is a chapter format, not a schedule").arg(formatName(format)));
    if (!result.report.ok())
        result.catalog.reset();
    return result;
}

} // namespace fa
