#include "youtubeformat.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fa {

QString YouTubeFormat::describe() const
{
    QStringList parts;
    if (!ext.isEmpty())
        parts << ext;
    if (height > 0)
        parts << QString::number(height) + u'p';
    if (isHls())
        parts << u"HLS"_s;
    parts << (vcodec.isEmpty() ? u"?"_s : vcodec) + u" + "_s + (acodec.isEmpty() ? u"?"_s : acodec);
    return (formatId.isEmpty() ? u"?"_s : formatId) + u" ("_s + parts.join(u", "_s) + u')';
}

} // namespace fa
