#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fa {

// The parts of voctoweb's public JSON that catalogs are built from
// (shared/formats/media-ccc-api.md). Absent or null fields stay empty.

struct MediaCccConference
{
    QString acronym;
    QString title;
    QString description;
    QString slug;
    QUrl scheduleUrl; // the frab schedule; empty when none or not http(s)
    QUrl link;        // the conference's own site
    QUrl logoUrl;
    QDateTime lastReleasedAt; // event_last_released_at
    QDateTime updatedAt;
};

struct MediaCccEvent
{
    QString guid;
    QString slug;
    QString title;
    QString subtitle;
    QString description;
    QString originalLanguage; // as given: "deu", "deu-eng"
    QStringList persons;
    QStringList tags;
    QDateTime date; // with its own offset; invalid when null
    QDate releaseDate;
    int duration = 0; // seconds; 0 when unknown
    QUrl link;        // the talk in the conference's schedule
    QUrl frontendLink;
    QUrl conferenceUrl;

    // The id voctoweb answers events/{id} for, and what messages name.
    QString key() const { return guid.isEmpty() ? slug : guid; }
    QString name() const { return title.isEmpty() ? key() : title; }
};

struct MediaCccRecording
{
    QString recordingUrl; // as given; checked when the catalog is built
    QString mimeType;
    QString language; // "deu", "deu-eng"
    QString folder;
    bool highQuality = false;
    int width = 0;
    int height = 0;
    int length = 0; // seconds
    QString filename;
};

struct MediaCccConferenceAnswer
{
    MediaCccConference conference;
    QList<MediaCccEvent> events;
};

struct MediaCccEventAnswer
{
    MediaCccEvent event;
    QList<MediaCccRecording> recordings;
};

} // namespace fa
