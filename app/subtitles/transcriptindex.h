#pragma once

#include "subtitles/subtitledocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace fa {

class TranscriptSegment;

struct TranscriptHit
{
    QString recordingId;
    QString language;
    Milliseconds start = 0;
    Milliseconds end = 0;
    QString text; // the cue's lines joined by spaces, without markup

    bool operator==(const TranscriptHit &) const = default;
};

// The words said in a catalog's recordings, from their subtitles, for finding
// the moment something was said. One document per (recording, language); a
// search folds case and accents as the session search does (textfold.h) and
// finds the cues that have, for every word typed, a word starting with it.
//
// Each document is indexed on its own when added (a sorted dictionary of its
// distinct words with the cues using each), so adding one costs only its own
// size, and a search visits recordings in order and stops once it has enough.
class TranscriptIndex
{
public:
    static constexpr int defaultMaxHits = 200;

    TranscriptIndex();
    ~TranscriptIndex();
    TranscriptIndex(TranscriptIndex &&) noexcept;
    TranscriptIndex &operator=(TranscriptIndex &&) noexcept;

    // Replaces what was indexed for this recording and language.
    void add(const QString &recordingId, const QString &language, const SubtitleDocument &document);
    void remove(const QString &recordingId, const QString &language);
    bool contains(const QString &recordingId, const QString &language) const;
    void clear();
    int documentCount() const { return int(m_segments.size()); }
    qsizetype cueCount() const;

    // Recordings are searched, and their hits ordered, in this order (a
    // catalog's); recordings not listed follow by id.
    void setRecordingOrder(const QStringList &recordingIds);

    // At most maxHits hits, by recording, then time, then language. more, when
    // given, is set when there were further hits.
    QList<TranscriptHit> search(const QString &text, int maxHits = defaultMaxHits,
                                bool *more = nullptr) const;

private:
    using Key = std::pair<QString, QString>; // recording, language

    void reorder();

    std::map<Key, std::unique_ptr<TranscriptSegment>> m_segments;
    QHash<QString, int> m_rank;
    std::vector<const TranscriptSegment *> m_order; // by rank, recording, language
};

} // namespace fa
