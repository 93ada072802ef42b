#pragma once

#include "catalog/timecode.h"

#include <QList>
#include <QString>

namespace fa {

// A run of cue text in one style. Colours, fonts, positions and classes of the
// source are not kept: the app draws every cue the same readable way.
struct CueSpan
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool sameStyle(const CueSpan &o) const
    {
        return bold == o.bold && italic == o.italic && underline == o.underline;
    }
    bool operator==(const CueSpan &) const = default;
};

// One line of a cue as its author broke it.
struct CueLine
{
    QList<CueSpan> spans;

    QString text() const;
    bool operator==(const CueLine &) const = default;
};

// A subtitle cue: when it shows, what it says, and who says it in which language
// when the file tells (WebVTT <v> and <lang>).
struct Cue
{
    Milliseconds start = 0;
    Milliseconds end = 0; // exclusive
    QList<CueLine> lines;
    QString voice;
    QString language;
    int line = 0; // of its timing line in the file; 0 when not read from one

    bool isActiveAt(Milliseconds position) const { return start <= position && position < end; }
    // The lines joined by separator, without styles.
    QString plainText(QStringView separator = u"\n") const;
    bool operator==(const Cue &) const = default;
};

} // namespace fa
