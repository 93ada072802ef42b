#pragma once

#include "catalog.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace fa {

// Pieces shared by the XML and JSON schedule importers.
class ScheduleCommon
{
    Q_DECLARE_TR_FUNCTIONS(fa::ScheduleCommon)

public:
    // "HH:MM", "HH:MM:SS" or "D:HH:MM:SS"; nothing when unreadable.
    static std::optional<Milliseconds> parseDuration(const QString &text);
    // "YYYY-MM-DD" or the date part of a date-time.
    static QDate parseDate(const QString &text);
    // ISO date-time, with or without offset.
    static QDateTime parseDateTime(const QString &text);
    // A zone for a schedule without one: from the city name, else invalid.
    static QTimeZone zoneForCity(const QString &city);
    // An http(s) address, relative ones resolved against base; invalid otherwise.
    static QUrl resolveUrl(const QString &text, const QUrl &base);
    // Subtitle, abstract and description as paragraphs of plain text, without repeats.
    static QString summary(const QString &subtitle, const QString &abstract,
                           const QString &description);
    // Start of an event: its own date-time when given, else its day's date and
    // the local time, moved past midnight when it is earlier than the day starts.
    static QDateTime eventStart(const QDateTime &date, const QString &startTime,
                                const QDate &dayDate, const QTime &dayStartsAt,
                                const QTimeZone &zone);

    static Material linkMaterial(const QUrl &url, const QString &title, const QString &kind);
};

} // namespace fa
