#pragma once

#include "catalog.h"
#include "playbackplanner.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace fa {

class UserDataStore;

// "Copy link to this moment" and its way back: a source's own address with the
// time in it, so the link also works without the app.
struct MomentTarget
{
    QString recordingId;
    Milliseconds offset = 0;
    QString sessionId; // session whose chapter holds the offset; empty when none
};

class MomentLink
{
public:
    // The source's address at the position (file:// for local files), empty
    // when the recording has no source.
    static QUrl build(const ResolvedSource &source, Milliseconds position);

    // The recording of `catalog` whose source (or the user's link, when a store
    // is given) is the link's address, and the time the link carries.
    static std::optional<MomentTarget> parse(const Catalog &catalog, const QUrl &link,
                                             UserDataStore *store = nullptr);

    // The time in a link: YouTube `t=1h2m3s`/`t=90`, media fragment `#t=90.5`,
    // `#t=npt:1:02:30`, `#t=90,120`. Nothing when the link carries none.
    static std::optional<Milliseconds> timeOf(const QUrl &link);

    // `--at` on the command line: seconds, M:SS or H:MM:SS.
    static std::optional<Milliseconds> parseOffset(QStringView text);

    // The address without its time, for comparing sources.
    static QUrl withoutTime(const QUrl &url);

    // Session whose chapter in `recordingId` holds `offset`.
    static QString sessionAt(const Catalog &catalog, const QString &recordingId,
                             Milliseconds offset);
};

} // namespace fa
