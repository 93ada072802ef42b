#pragma once

#include <Qt>

namespace fa {

// Item data roles of every model of the app, in one list so that no two
// collide. Raw values (ids, dates, offsets) have their own roles apart from
// display strings.
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

    // Chapters of the playing recording (ChapterListModel).
    ChapterTitleRole,     // QString, chapter or session title in the language
    ChapterOffsetRole,    // qint64 milliseconds into the recording
    ChapterTimeTextRole,  // QString "1:02:30"
    ChapterSessionIdRole, // QString; empty for a chapter that is no session
    ChapterCurrentRole,   // bool: the chapter being played
    ChapterColorRole,     // QString #rrggbb, empty when none

    // Moments found in what was said (TranscriptSearch); IdRole is the session.
    HitRecordingIdRole, // QString
    HitLanguageRole,    // QString, the subtitles' language
    HitOffsetRole,      // qint64 milliseconds into the recording
    HitTimeTextRole,    // QString "1:02:30"
    HitTextRole,        // QString, the line said
};

} // namespace fa
