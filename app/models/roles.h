#pragma once

#include <Qt>

namespace fa {

// Item data roles of the core models. Raw values (ids, dates, offsets) have
// their own roles apart from display strings.
enum Role : int {
    IdRole = Qt::UserRole + 1,
    TitleRole,         // QString, in the current language
    TitleLanguageRole, // QString, the language the title is actually in
    DayIdRole,         // QString
    DateRole,          // QDate of the session's day
    StartRole,         // QDateTime in the event's time zone, invalid when unknown
    DurationRole,      // qint64 milliseconds, or invalid QVariant
    PillarIdsRole,     // QStringList
    SpeakerIdsRole,    // QStringList
    SpeakerNamesRole,  // QStringList
    HasRecordingRole,  // bool: a chapter in a recording that has a source
    IsFavouriteRole,   // bool
    SortKeyRole,       // value the proxy sorts by for the column
    CountRole,         // int: sessions matching the other active filters
    ColorRole,         // QString #rrggbb
    IconNameRole,      // QString built-in icon name
    SessionRowRole,    // int: index of the session in the catalog
    PillarColorsRole,  // QStringList #rrggbb, one per pillar of the session
};

} // namespace fa
