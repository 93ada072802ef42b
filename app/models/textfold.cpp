#include "textfold.h"

namespace fa {

QString foldForSearch(const QString &text)
{
    // Fast path: plain ASCII needs no decomposition.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (QChar c : decomposed) {
        if (!ascii && (c.category() == QChar::Mark_NonSpacing
                       || c.category() == QChar::Mark_SpacingCombining
                       || c.category() == QChar::Mark_Enclosing))
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out.append(u' ');
            lastWasSpace = true;
            continue;
        }
        out.append(c.toCaseFolded());
        lastWasSpace = false;
    }
    if (out.endsWith(u' '))
        out.chop(1);
    // Simple case folding keeps the sharp s; full folding maps it to "ss".
    if (!ascii)
        out.replace(QChar(0x00DF), QLatin1String("ss"));
    return out;
}

} // namespace fa
