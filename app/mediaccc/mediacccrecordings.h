#pragma once

#include "catalog.h"
#include "mediacccdata.h"
#include "mediaquality.h"

#include <QCoreApplication>
#include <QStringList>

namespace fa {

// What one event's recording rows give the catalog.
struct MediaCccEventMedia
{
    // One per audio language, ids "<session>-<language>", in the event's
    // original language first; each has the session's chapter at 0.
    QList<Recording> recordings;
    QList<Material> materials; // slides; subtitles when there is no recording to hold them
    QStringList warnings;      // each names the event
    int streams = 0;           // DASH and HLS rows, left out: the files are there too
};

// Turns the rows of one event (events/{guid}) into catalog recordings: one per
// (event, audio language). A file whose language is "deu-eng" serves German on
// audio track 0 and English on track 1; files with sound only are a last
// source of their language, marked audioOnly. Pure.
class MediaCccRecordings
{
    Q_DECLARE_TR_FUNCTIONS(fa::MediaCccRecordings)

public:
    // labelLanguage: the language of the titles written here ("Slides").
    static MediaCccEventMedia convert(const MediaCccEvent &event,
                                      const QList<MediaCccRecording> &rows,
                                      const QString &sessionId, const MediaQuality &quality,
                                      const QString &labelLanguage);
};

} // namespace fa
