#pragma once

#include "playbackplanner.h"

#include <QCoreApplication>
#include <QMediaPlayer>
#include <QString>

namespace fa {

// Player errors in words a user can act on: what failed, where, what to do.
class PlaybackErrors
{
    Q_DECLARE_TR_FUNCTIONS(fa::PlaybackErrors)

public:
    static QString missingFile(const ResolvedSource &source);
    static QString noSource();
    static QString seekingUnsupported(const ResolvedSource &source, Milliseconds offset);
    static QString fromPlayer(QMediaPlayer::Error error, const QString &backendMessage,
                              const ResolvedSource &source);
    static QString openExternallyFailed(const QUrl &url);
    // The server answered the first request with an HTTP error (403, 404…).
    static QString refused(const ResolvedSource &source, int status);
    // GStreamer's soup source reports this for servers that ignore Range.
    static bool isSeekingUnsupported(const QString &backendMessage);
};

} // namespace fa
