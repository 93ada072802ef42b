#pragma once

#include "timecode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace fa {

class ArchiveSession;

// What the command line asks the app to do at start: the interface language,
// a catalog to open, a session to play (at an offset), or a link to a moment.
struct StartRequest
{
    Q_DECLARE_TR_FUNCTIONS(main)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Invalid };

    QString language;
    QString catalog;
    QString sessionId;
    bool playSession = true; // false with --select: selected, Enter plays it
    std::optional<Milliseconds> at;
    QUrl link;
    bool restore = true;       // reopen the last run's catalogs and filters
    bool startupProbe = false; // print the time to the first paint and quit

    Outcome outcome = Outcome::Run;
    QString message; // the help or version text, or why the line is invalid

    static StartRequest parse(const QStringList &arguments);

    // Opens the catalog and plays the session (or only selects it) or the
    // link: at once for a catalog on disk, once it arrives for one at an
    // address. False, with `error` for standard error, when the session is
    // not in the catalog.
    bool apply(ArchiveSession &session, QString *error) const;
};

} // namespace fa
