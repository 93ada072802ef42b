#pragma once

class QSettings;

namespace fa {

class ArchiveSession;

// What a session of the app leaves for the next one: the open catalogs, the
// current one, the recent list, the filter, the selected session and whether
// the list follows playback. Window geometry is the window's own business.
// Values from the settings file are checked: a damaged entry is skipped, never
// trusted.
class ArchiveState
{
public:
    static void save(const ArchiveSession &session, QSettings &settings);
    static void restore(ArchiveSession &session, const QSettings &settings);
};

} // namespace fa
