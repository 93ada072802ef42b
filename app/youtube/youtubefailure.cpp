#include "youtubefailure.h"

#include <QLocale>

namespace fa {

YouTubeFailure YouTubeFailure::of(Kind kind, const QUrl &address, const QString &videoId)
{
    YouTubeFailure failure;
    failure.kind = kind;
    failure.address = address;
    failure.videoId = videoId;
    return failure;
}

QString YouTubeFailure::where() const
{
    return address.toDisplayString();
}

QString YouTubeFailure::message() const
{
    switch (kind) {
    case Kind::NotYouTube:
        return tr("“%1” is not the https address of a YouTube video, so it is not played in "
                  "the app. Open it in the browser instead.")
            .arg(where());
    case Kind::NotInstalled:
        if (!programPath.isEmpty()) {
            return tr("yt-dlp was not found at “%1”, the location set in File → Preferences. "
                      "Correct the location, or clear it to use the installed yt-dlp.")
                .arg(programPath);
        }
        return tr("yt-dlp is not installed. Install the Debian package yt-dlp, or set its "
                  "location in File → Preferences.");
    case Kind::CouldNotStart:
        return tr("yt-dlp at “%1” could not be started (%2). Check that it is a program this "
                  "system can run.")
            .arg(programPath, detail);
    case Kind::ProgramFailed:
        if (crashed)
            return tr("yt-dlp stopped unexpectedly while resolving “%1”.").arg(where());
        if (lines.isEmpty()) {
            return tr("yt-dlp failed with exit code %1 while resolving “%2”.")
                .arg(QString::number(exitCode), where());
        }
        return tr("yt-dlp could not resolve “%1”:\n%2").arg(where(), lines.join(u'\n'));
    case Kind::TimedOut:
        return tr("yt-dlp gave no answer for “%1” within %n second(s). Check the network "
                  "connection, or update yt-dlp.",
                  nullptr, timeoutSeconds)
            .arg(where());
    case Kind::Unreadable:
        return tr("The answer of yt-dlp for “%1” could not be read (%2). Updating yt-dlp may "
                  "help.")
            .arg(where(), detail);
    case Kind::NoPlayableFormat: {
        const QString offer = offered.isEmpty()
                                  ? tr("only separate video and audio streams are offered")
                                  : tr("offered: %1").arg(QLocale().createSeparatedList(offered));
        if (packages.isEmpty()) {
            return tr("YouTube offers no single stream with both audio and video for “%1” "
                      "that this system can play (%2).")
                .arg(where(), offer);
        }
        return tr("YouTube offers no single stream with both audio and video for “%1” that "
                  "this system can play (%2). Installing %3 would help.")
            .arg(where(), offer, QLocale().createSeparatedList(packages));
    }
    case Kind::SeparateStreamsOnly:
        return tr("yt-dlp answered for “%1” with separate video and audio streams, which the "
                  "player cannot play together.")
            .arg(where());
    case Kind::StreamNotHttp:
        return tr("yt-dlp answered for “%1” with a stream address that is not http or https "
                  "(%2); it is not played.")
            .arg(where(), detail);
    case Kind::Cancelled: return tr("Finding the video stream of “%1” was cancelled.").arg(where());
    }
    return {};
}

} // namespace fa
