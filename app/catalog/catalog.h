#pragma once

#include "localizedtext.h"
#include "timecode.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace fa {

struct Link
{
    QString kind; // event-page, agenda, report, playlist, other
    LocalizedText title;
    QUrl url;
    QString language;
};

struct Event
{
    QString id;
    LocalizedText title;
    LocalizedText subtitle;
    LocalizedText organizer;
    LocalizedText summary;
    QTimeZone timeZone; // invalid when the catalog gives none
    QDate startDate;
    QDate endDate;
    QString language = QStringLiteral("en");
    QStringList languages;
    bool isVirtual = false;
    QList<Link> links;
};

struct Pillar
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QString icon;
    QString color;
};

struct Day
{
    QString id;
    QDate date;
    LocalizedText title;
    LocalizedText summary;
    QDateTime start; // bounds of the programme, in the event's time zone
    QDateTime end;
};

struct Speaker
{
    QString id;
    QString name;
    LocalizedText role;
    LocalizedText organization;
    LocalizedText bio;
    QString photo; // http(s) address or bundle-relative path
};

struct Source
{
    enum class Kind { Media, YouTube, Page };
    Kind kind = Kind::Media;
    QString path;     // relative to the catalog (Catalog::address); empty for addresses
    QUrl url;         // http(s); empty for paths
    QString mimeType; // "video/webm"; empty when the catalog does not say
    int height = 0;   // picture height in pixels; 0 when unknown
    bool audioOnly = false;
    // Given by a path beside the catalog: a file of its folder, or an address
    // beside a catalog read from an address.
    bool hasPath() const { return !path.isEmpty(); }
};

// A chapter as the recording's publisher made it (a YouTube description, a
// WebVTT chapter file). It may say which session it is.
struct RecordingChapter
{
    Milliseconds at = 0;
    LocalizedText title;
    QString sessionId; // empty when the chapter is no session of the catalog
};

struct SubtitleFile
{
    enum class Kind { Subtitles, Captions };
    QString language;
    QString path; // relative to the catalog (Catalog::address); empty for addresses
    QUrl url;     // http(s); empty for paths
    Kind kind = Kind::Subtitles;
    bool machine = false; // made by speech recognition or machine translation
    bool hasPath() const { return !path.isEmpty(); }
};

struct Recording
{
    enum class Kind { Day, Session };
    QString id;
    Kind kind = Kind::Day;
    QString dayId;
    QString language;
    LocalizedText title;
    std::optional<Milliseconds> duration;
    QList<Source> sources;
    // The audio track of the file that carries `language` (0 = first); -1 when
    // the file has one track or the player's default is right.
    int audioTrack = -1;
    QList<RecordingChapter> chapters;
    QList<SubtitleFile> subtitles;
};

struct Chapter
{
    QString recordingId;
    Milliseconds at = 0;
    LocalizedText title;
    QString color;
};

struct Material
{
    LocalizedText title;
    QString path; // relative to the catalog (Catalog::address); empty for addresses
    QUrl url;
    QString language;
    std::optional<qint64> size;
    QByteArray sha256; // lower-case hex, empty when unknown
    QString kind;
};

struct SessionSpeaker
{
    QString speakerId;
    LocalizedText role; // role in this session, e.g. moderator
};

struct Session
{
    QString id;
    QString dayId;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText note;
    QDateTime start; // in the event's time zone; invalid when unknown
    std::optional<Milliseconds> duration;
    QString kind;
    // The language it was held in; empty when it is the event's.
    QString language;
    QStringList pillarIds;
    QList<SessionSpeaker> speakers;
    QList<Chapter> chapters;
    QList<Material> materials;
};

// One entry of a recording's chapter list: the recording's own chapter, a
// session's placement, or both at once when they share an offset.
struct ChapterEntry
{
    int sessionIndex = -1; // -1 for a chapter that is no session of the catalog
    Chapter chapter;
};

// From this many sessions on a catalog counts as large: it is read and indexed
// on two threads, and freed memory is handed back after opening and closing it.
constexpr qsizetype largeCatalogSessions = 4000;

// A validated catalog. Built by CatalogReader; immutable once shared.
class Catalog
{
public:
    Event event;
    QList<Pillar> pillars;
    QList<Day> days;
    QList<Speaker> speakers;
    QList<Recording> recordings;
    QList<Session> sessions;

    QString baseDir;     // folder that relative paths resolve in; empty when none
    QString origin;      // file, folder, resource or address it came from
    bool remote = false; // loaded over the network
    // The address a remote catalog was read from (after redirects, without
    // user name and password): its relative paths name files beside it.
    QUrl baseUrl;

    // Call once all lists are filled.
    void buildIndex();

    // The pillar's colour, or for a pillar without one (tracks of an imported
    // schedule) a colour of a fixed palette by its place, so that pillars stay
    // apart in the list and the filters; empty for an unknown index.
    QString pillarColor(int index) const;

    int dayIndex(const QString &id) const { return m_dayIndex.value(id, -1); }
    int pillarIndex(const QString &id) const { return m_pillarIndex.value(id, -1); }
    int speakerIndex(const QString &id) const { return m_speakerIndex.value(id, -1); }
    int recordingIndex(const QString &id) const { return m_recordingIndex.value(id, -1); }
    int sessionIndex(const QString &id) const { return m_sessionIndex.value(id, -1); }

    const Day *day(const QString &id) const;
    const Pillar *pillar(const QString &id) const;
    const Speaker *speaker(const QString &id) const;
    const Recording *recording(const QString &id) const;
    const Session *session(const QString &id) const;

    // Every chapter of a recording: its own chapters and the sessions placed in
    // it, merged by offset, ordered by offset.
    QList<ChapterEntry> chaptersOf(const QString &recordingId) const;
    // The same with other chapters of its own (a YouTube video's, found when playing).
    QList<ChapterEntry> chaptersOf(const QString &recordingId,
                                   const QList<RecordingChapter> &own) const;
    // Where a session is in recordings: its own chapters, then the recording
    // chapters that name it in recordings its own chapters do not cover.
    QList<Chapter> placements(const Session &session) const;
    // Absolute file path of a bundle-relative path; empty when it cannot be
    // resolved (also in a remote catalog, whose paths are addresses).
    QString resolvePath(const QString &relativePath) const;
    // Where a catalog path leads: a file: URL in a local catalog's folder, an
    // http(s) address beside a remote catalog's address (RFC 3986); empty when
    // it cannot be resolved.
    QUrl resolve(const QString &relativePath) const;
    // What a source, material or subtitle file names, given by `path` or `url`.
    QUrl address(const QString &path, const QUrl &url) const
    {
        return path.isEmpty() ? url : resolve(path);
    }

    QString text(const LocalizedText &t, const QString &language) const
    {
        return t.text(language, event.language);
    }

private:
    QHash<QString, int> m_dayIndex;
    QHash<QString, int> m_pillarIndex;
    QHash<QString, int> m_speakerIndex;
    QHash<QString, int> m_recordingIndex;
    QHash<QString, int> m_sessionIndex;
    QHash<QString, QList<Chapter>> m_recordingPlacements; // session id -> chapters naming it
};

using CatalogPtr = std::shared_ptr<const Catalog>;

// Source kind for an address: YouTube hosts, media by extension, else a page.
Source::Kind inferSourceKind(const QUrl &url);
// A source at an address, its kind inferred.
Source sourceForUrl(const QUrl &url);

} // namespace fa
