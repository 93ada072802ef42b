#pragma once

#include "subtitles/cue.h"
#include "subtitles/subtitlereadresult.h"

#include <QStringList>

namespace fa::test {

// A cue's lines as one string: each span as {flags}text (b, i, u), lines joined by " | ".
inline QString describe(const QList<CueLine> &lines)
{
    QStringList out;
    for (const CueLine &line : lines) {
        QString text;
        for (const CueSpan &span : line.spans) {
            text += u'{';
            if (span.bold)
                text += u'b';
            if (span.italic)
                text += u'i';
            if (span.underline)
                text += u'u';
            text += u'}' + span.text;
        }
        out.append(text);
    }
    return out.join(QStringLiteral(" | "));
}

inline QString describe(const QList<SubtitleProblem> &problems)
{
    QStringList out;
    for (const SubtitleProblem &p : problems)
        out.append(p.toString());
    return out.join(u'\n');
}

} // namespace fa::test
