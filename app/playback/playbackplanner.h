#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace fa {

// One recording the player can offer for a session: a chapter of the session.
struct PlaybackOption
{
    QString sessionId;
    QString recordingId;
    QString language;
    Milliseconds offset = 0; // where the session starts in the recording
    Recording::Kind kind = Recording::Kind::Day;
    QString recordingTitle; // in the display language; may be empty
    QString label;          // "English — Day 1 recording from 1:02:30", "Français"
    // False for a day recording offered from its start because the catalog does
    // not place the session in it (no chapter yet).
    bool offsetKnown = true;

    bool operator==(const PlaybackOption &other) const
    {
        return sessionId == other.sessionId && recordingId == other.recordingId
               && offset == other.offset;
    }
};

// Where a recording's media is and how it plays.
struct ResolvedSource
{
    enum class Mode {
        None,      // no source in the catalog and none linked by the user
        InProcess, // a local file or an http(s) media stream, played by the app
        External,  // YouTube or a web page, opened in the browser
    };
    Mode mode = Mode::None;
    Source::Kind kind = Source::Kind::Media;
    QUrl url;            // file:// for local files and downloaded copies
    QString display;     // path or address as shown to the user
    bool linked = false; // comes from the user's link, not from the catalog
    // The address whose downloaded copy url is: links to a moment name it.
    QUrl downloadedFrom;

    bool isLocalFile() const { return url.isLocalFile(); }
};

// Pure decisions about what to play; no player involved. The only code that
// orders a session's recordings and picks the one to play: every way of asking
// to play goes through options() and choose() with a recording id.
class PlaybackPlanner
{
    Q_DECLARE_TR_FUNCTIONS(fa::PlaybackPlanner)

public:
    // Every recording the session can be watched in, labelled in `language`
    // (the interface language) and ordered by the rule, the default first:
    // 1. a recording that places the session, in `language` (the session's own
    //    recording before a day recording);
    // 2. the day recording in the event's original language, at the session's chapter;
    // 3. other recordings that place the session, the original language first;
    // 4. the session's day recordings that do not place it, offered from their start.
    static QList<PlaybackOption> options(const Catalog &catalog, const QString &sessionId,
                                         const QString &language);
    // The option for recordingId, or the default when recordingId is empty;
    // nothing when the session has no such recording.
    static std::optional<PlaybackOption> choose(const Catalog &catalog, const QString &sessionId,
                                                const QString &language,
                                                const QString &recordingId = {});

    // Label of one option; day recordings name the recording and the offset.
    static QString label(const Catalog &catalog, const PlaybackOption &option,
                         const QString &language);

    // The finished download of an address as a file path; empty when none.
    using DownloadedFiles = std::function<QString(const QUrl &)>;

    // The user's link wins when the catalog has no source; local files first
    // among the catalog's sources that exist (a media address counts as its
    // downloaded copy when there is one), else the first usable source.
    static ResolvedSource resolveSource(const Catalog &catalog, const Recording &recording,
                                        const QString &userLink = {},
                                        const DownloadedFiles &downloaded = {});
    // The address to download for playing a recording without the network:
    // its first http(s) media source (a path beside a remote catalog counts);
    // empty when it has none (only files, YouTube or pages).
    static QUrl downloadAddress(const Catalog &catalog, const Recording &recording);
    // A link typed or chosen by the user: an absolute path, file:// or http(s) address.
    static ResolvedSource sourceFromLink(const QString &link);

    // The source's own address at an offset: YouTube `t=<s>s`, otherwise `#t=<s>`.
    static QUrl urlAt(const ResolvedSource &source, Milliseconds offset);
    static QUrl youTubeUrlAt(const QUrl &url, Milliseconds offset);
    static QUrl mediaUrlAt(const QUrl &url, Milliseconds offset);
};

} // namespace fa
