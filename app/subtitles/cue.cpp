#include "subtitles/cue.h"

namespace fa {

QString CueLine::text() const
{
    QString out;
    for (const CueSpan &span : spans)
        out += span.text;
    return out;
}

QString Cue::plainText(QStringView separator) const
{
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += separator;
        out += lines[i].text();
    }
    return out;
}

} // namespace fa
