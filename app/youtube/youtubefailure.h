#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fa {

// Why a YouTube address could not be turned into a stream. The message is
// built when asked for, in the interface language of that moment.
class YouTubeFailure
{
    Q_DECLARE_TR_FUNCTIONS(fa::YouTubeFailure)

public:
    enum class Kind {
        NotYouTube,          // not an https YouTube video address: never given to yt-dlp
        NotInstalled,        // no yt-dlp on PATH, or none at the path set in Preferences
        CouldNotStart,       // the program exists but could not be run
        ProgramFailed,       // yt-dlp exited with an error
        TimedOut,            // no answer in time; the program was stopped
        Unreadable,          // the answer is not the JSON yt-dlp writes
        NoPlayableFormat,    // no single stream with audio and video this system can play
        SeparateStreamsOnly, // the answer names separate video and audio streams only
        StreamNotHttp,       // the stream address is not http(s)
        Cancelled,
    };

    Kind kind = Kind::Unreadable;
    QUrl address;    // the address asked for
    QString videoId; // empty for NotYouTube

    QString programPath;  // NotInstalled (the path set in Preferences), CouldNotStart
    QStringList lines;    // ProgramFailed: every ERROR: line, else the last lines it wrote
    int exitCode = 0;     // ProgramFailed
    bool crashed = false; // ProgramFailed: ended by a signal
    int timeoutSeconds = 0;
    QString detail;       // Unreadable: what was wrong; StreamNotHttp: the scheme;
                          // CouldNotStart: the system's reason
    QStringList offered;  // NoPlayableFormat: the formats with audio and video, described
    QStringList packages; // NoPlayableFormat: Debian packages that would make one playable

    static YouTubeFailure of(Kind kind, const QUrl &address = {}, const QString &videoId = {});

    QString message() const;

private:
    QString where() const;
};

} // namespace fa
