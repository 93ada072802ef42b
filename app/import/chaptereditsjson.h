#pragma once

#include "chapteredits.h"

#include <QJsonObject>

namespace fa {

// ChapterEdits as kept in user data. Version 2:
//   { "version": 2,
//     "offsets":  { recordingId: { sessionId: offsetMs } },
//     "chapters": { recordingId: [ { "at": ms, "title": text, "session": id } ] },
//     "added":    [ { "id", "recording", "at": ms, "title": { lang: text }, "pillars": [id] } ] }
// Version 1 (without "version") is the offsets object alone and is still read.
// What is read was written by this app but may have been edited or damaged:
// wrong entries are dropped rather than guessed, and counts and lengths are capped.
class ChapterEditsJson
{
public:
    static constexpr int version = 2;
    static constexpr qsizetype maxRecordings = 1000;
    static constexpr qsizetype maxAdded = 10000;
    static constexpr qsizetype maxText = 1000;
    static constexpr qsizetype maxId = 200;

    static QJsonObject toJson(const ChapterEdits &edits);
    static ChapterEdits fromJson(const QJsonObject &json);
};

} // namespace fa
