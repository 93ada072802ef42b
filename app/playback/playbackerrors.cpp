#include "playbackerrors.h"

namespace fa {

QString PlaybackErrors::missingFile(const ResolvedSource &source)
{
    return tr("The recording file “%1” does not exist. Check that the archive folder is "
              "complete, or link the recording to another file.")
        .arg(source.display);
}

QString PlaybackErrors::noSource()
{
    return tr("No recording linked. Link a file or an address to play this recording.");
}

QString PlaybackErrors::seekingUnsupported(const ResolvedSource &source, Milliseconds offset)
{
    return tr("The recording at “%1” cannot start at %2: the server does not support seeking "
              "in it (it must answer Range requests), or the player cannot seek this stream. "
              "Download the file and link it, or open the address in a browser.")
        .arg(source.display, formatTimecode(offset));
}

QString PlaybackErrors::refused(const ResolvedSource &source, int status)
{
    return tr("The server refused the recording at “%1” (HTTP status %2). The address may "
              "have expired or moved; open it in a browser to check.")
        .arg(source.display)
        .arg(status);
}

bool PlaybackErrors::isSeekingUnsupported(const QString &backendMessage)
{
    return backendMessage.contains(QLatin1String("not support seeking"), Qt::CaseInsensitive);
}

QString PlaybackErrors::openExternallyFailed(const QUrl &url)
{
    return tr("No application could open “%1”. Copy the address into a web browser.")
        .arg(url.toDisplayString());
}

QString PlaybackErrors::fromPlayer(QMediaPlayer::Error error, const QString &backendMessage,
                                   const ResolvedSource &source)
{
    const QString where = source.display;
    const QString detail = backendMessage.isEmpty() ? tr("no details") : backendMessage;
    if (isSeekingUnsupported(backendMessage)) {
        return tr("The server at “%1” does not support seeking (%2). Download the file and "
                  "link it, or open the address in a browser.")
            .arg(where, detail);
    }
    switch (error) {
    case QMediaPlayer::FormatError:
        return tr("“%1” is in a format this system cannot play (%2). Install the GStreamer "
                  "plugins for it (H.264 needs gstreamer1.0-libav) or link another file.")
            .arg(where, detail);
    case QMediaPlayer::NetworkError:
        return tr("The address “%1” could not be reached (%2). Check the network connection "
                  "and the address, then try again.")
            .arg(where, detail);
    case QMediaPlayer::AccessDeniedError:
        return tr("Access to “%1” was denied (%2). Check the file's permissions or the "
                  "address.")
            .arg(where, detail);
    case QMediaPlayer::ResourceError:
        if (source.isLocalFile()) {
            return tr("The file “%1” could not be played (%2). Check that it is a complete "
                      "video or audio file, or link another file.")
                .arg(where, detail);
        }
        return tr("The recording at “%1” could not be played (%2). Check the network "
                  "connection and the address, then try again.")
            .arg(where, detail);
    case QMediaPlayer::NoError: break;
    }
    return tr("“%1” could not be played (%2).").arg(where, detail);
}

} // namespace fa
