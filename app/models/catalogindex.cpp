#include "catalogindex.h"

#include "textfold.h"

namespace fa {

namespace {
void appendAll(QString &out, const LocalizedText &text)
{
    for (const QString &value : text.values()) {
        out.append(value);
        out.append(u'\n');
    }
}
} // namespace

CatalogIndex::CatalogIndex(const Catalog &catalog)
{
    m_searchText.reserve(catalog.sessions.size());
    m_hasRecording.reserve(catalog.sessions.size());
    for (const Session &session : catalog.sessions) {
        QString text;
        appendAll(text, session.title);
        appendAll(text, session.summary);
        for (const SessionSpeaker &ref : session.speakers) {
            if (const Speaker *speaker = catalog.speaker(ref.speakerId)) {
                text.append(speaker->name);
                text.append(u'\n');
            }
        }
        m_searchText.append(foldForSearch(text));

        bool hasRecording = false;
        for (const Chapter &chapter : session.chapters) {
            const Recording *recording = catalog.recording(chapter.recordingId);
            if (recording && !recording->sources.isEmpty()) {
                hasRecording = true;
                break;
            }
        }
        m_hasRecording.append(hasRecording);
    }
}

} // namespace fa
