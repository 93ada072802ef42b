#pragma once

#include "subtitles/cue.h"

#include <QStringView>

namespace fa {

enum class CueMarkup {
    // WebVTT cue text: '<' always opens a tag; b, i, u, v, lang, c, ruby, rt known.
    WebVtt,
    // SRT as players read it: b, i, u and font tags in any case, '<' that opens no
    // tag kept as text, and ASS override blocks such as {\an8} dropped.
    Srt,
};

// Turns the text lines of a cue into styled lines. Markup is never interpreted
// as HTML: known tags set a style, every other tag is dropped and the text
// inside it kept, entities are decoded, control characters removed, and lines
// left empty by that dropped. <rt> text follows its base in parentheses.
class CueText
{
public:
    static CueText parse(QStringView text, CueMarkup markup);

    QList<CueLine> lines;
    QString voice;    // the first <v> annotation
    QString language; // the first <lang> annotation
};

} // namespace fa
