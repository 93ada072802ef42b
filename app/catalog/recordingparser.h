#pragma once

#include "catalogfields.h"

namespace fa {

// The recordings of a catalog: their sources, their own chapters and their
// subtitles. Chapters may name sessions, which are read later: check them
// with checkSessionReferences() once the sessions are in the catalog.
class RecordingParser : private CatalogFields
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogParser)

public:
    // More audio tracks than any real file carries.
    static constexpr qint64 maxAudioTrack = 63;

    using CatalogFields::CatalogFields;

    void parse(const json::Array &a);
    void checkSessionReferences();

private:
    void parseSource(Recording &recording, const json::Object &s, const QString &where);
    void parseChapter(Recording &recording, const json::Object &c, const QString &where);
    void parseSubtitles(Recording &recording, const json::Object &s, const QString &where);
};

} // namespace fa
