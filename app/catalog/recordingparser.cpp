#include "recordingparser.h"

namespace fa {

void RecordingParser::parse(const json::Array &a)
{
    QSet<QString> seen;
    forEachObject(
        a, QStringLiteral("recordings"), [&](const json::Object &o, const QString &where) {
            warnUnknownFields(o, where,
                              {"id", "kind", "day", "language", "title", "duration", "sources",
                               "audioTrack", "chapters", "subtitles"});
            Recording recording;
            recording.id = id(o, where, seen);
            const QString kind = string(o, where, "kind", true);
            if (kind == u"day")
                recording.kind = Recording::Kind::Day;
            else if (kind == u"session")
                recording.kind = Recording::Kind::Session;
            else if (!kind.isEmpty())
                error(at(where, "kind"),
                      tr("expected \"day\" or \"session\", found \"%1\"").arg(kind));
            recording.dayId = string(o, where, "day", recording.kind == Recording::Kind::Day);
            if (!recording.dayId.isEmpty() && m_catalog.dayIndex(recording.dayId) < 0)
                error(at(where, "day"), tr("unknown day '%1'").arg(recording.dayId));
            recording.language = intern(string(o, where, "language", true));
            recording.title = text(o, where, "title");
            recording.duration = offset(o, where, "duration");
            recording.audioTrack = int(count(o, where, "audioTrack", maxAudioTrack).value_or(-1));

            forEachObject(
                array(o, where, "sources"), at(where, "sources"),
                [&](const json::Object &s, const QString &w) { parseSource(recording, s, w); });
            forEachObject(
                array(o, where, "chapters"), at(where, "chapters"),
                [&](const json::Object &c, const QString &w) { parseChapter(recording, c, w); });
            forEachObject(
                array(o, where, "subtitles"), at(where, "subtitles"),
                [&](const json::Object &s, const QString &w) { parseSubtitles(recording, s, w); });
            m_catalog.recordings.append(recording);
        });
    m_catalog.buildIndex();
}

void RecordingParser::parseSource(Recording &recording, const json::Object &s, const QString &w)
{
    warnUnknownFields(s, w, {"path", "url", "kind", "mimeType", "height", "audioOnly"});
    Source source;
    const QString path = string(s, w, "path");
    const QString url = string(s, w, "url");
    if (path.isEmpty() == url.isEmpty()) {
        error(w, tr("a source needs exactly one of \"path\" or \"url\""));
        return;
    }
    if (!path.isEmpty()) {
        source.path = checkedPath(path, at(w, "path"));
        source.kind = Source::Kind::Media;
    } else {
        source.url = checkedUrl(url, at(w, "url"));
        source.kind = inferSourceKind(source.url);
    }
    const QString sourceKind = string(s, w, "kind");
    if (sourceKind == u"media")
        source.kind = Source::Kind::Media;
    else if (sourceKind == u"youtube")
        source.kind = Source::Kind::YouTube;
    else if (sourceKind == u"page")
        source.kind = Source::Kind::Page;
    else if (!sourceKind.isEmpty())
        error(at(w, "kind"),
              tr("expected \"media\", \"youtube\" or \"page\", found \"%1\"").arg(sourceKind));
    source.mimeType = intern(string(s, w, "mimeType"));
    source.height = int(count(s, w, "height", 100000).value_or(0));
    source.audioOnly = flag(s, w, "audioOnly");
    if (!source.path.isEmpty() || !source.url.isEmpty())
        recording.sources.append(source);
}

void RecordingParser::parseChapter(Recording &recording, const json::Object &c, const QString &w)
{
    warnUnknownFields(c, w, {"at", "title", "session"});
    RecordingChapter chapter;
    chapter.at = offset(c, w, "at", true).value_or(0);
    chapter.title = text(c, w, "title", true);
    chapter.sessionId = string(c, w, "session");
    if (recording.duration && chapter.at > *recording.duration)
        error(at(w, "at"), tr("%1 is beyond the end of recording '%2' (%3)")
                               .arg(formatTimecode(chapter.at, true), recording.id,
                                    formatTimecode(*recording.duration, true)));
    recording.chapters.append(chapter);
}

void RecordingParser::parseSubtitles(Recording &recording, const json::Object &s, const QString &w)
{
    warnUnknownFields(s, w, {"language", "path", "url", "kind", "machine"});
    SubtitleFile file;
    file.language = intern(string(s, w, "language", true));
    if (!file.language.isEmpty() && !isLanguageTag(file.language))
        error(at(w, "language"),
              tr("'%1' is not a language code such as en, fr or es").arg(file.language));
    const QString path = string(s, w, "path");
    const QString url = string(s, w, "url");
    if (path.isEmpty() == url.isEmpty()) {
        error(w, tr("subtitles need exactly one of \"path\" or \"url\""));
        return;
    }
    if (!path.isEmpty())
        file.path = checkedPath(path, at(w, "path"));
    else
        file.url = checkedUrl(url, at(w, "url"));
    const QString kind = string(s, w, "kind");
    if (kind == u"captions")
        file.kind = SubtitleFile::Kind::Captions;
    else if (!kind.isEmpty() && kind != u"subtitles")
        error(at(w, "kind"), tr("expected \"subtitles\" or \"captions\", found \"%1\"").arg(kind));
    file.machine = flag(s, w, "machine");
    if (!file.path.isEmpty() || !file.url.isEmpty())
        recording.subtitles.append(file);
}

void RecordingParser::checkSessionReferences()
{
    m_catalog.buildIndex();
    for (qsizetype r = 0; r < m_catalog.recordings.size(); ++r) {
        Recording &recording = m_catalog.recordings[r];
        for (qsizetype c = 0; c < recording.chapters.size(); ++c) {
            QString &sessionId = recording.chapters[c].sessionId;
            if (sessionId.isEmpty())
                continue;
            if (const int known = m_catalog.sessionIndex(sessionId); known >= 0)
                sessionId = m_catalog.sessions.at(known).id;
            else
                error(at(item(at(item(QStringLiteral("recordings"), r), "chapters"), c), "session"),
                      tr("unknown session '%1'").arg(sessionId));
        }
    }
}

} // namespace fa
