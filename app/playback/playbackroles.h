#pragma once

#include <Qt>

namespace fa {

// Item data roles of the playback models; apart from app/models/roles.h so
// the two sets never collide.
enum PlaybackRole : int {
    ChapterTitleRole = Qt::UserRole + 100, // QString, chapter or session title in the language
    ChapterOffsetRole,                     // qint64 milliseconds into the recording
    ChapterTimeTextRole,                   // QString "1:02:30"
    ChapterSessionIdRole,                  // QString
    ChapterCurrentRole,                    // bool: the chapter being played
    ChapterColorRole,                      // QString #rrggbb, empty when none
};

} // namespace fa
