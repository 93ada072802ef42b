#include "importreport.h"

namespace fa {

QString ImportMessage::toString() const
{
    if (line > 0)
        return ImportReport::tr("line %1: %2").arg(line).arg(message);
    return where.isEmpty() ? message : where + u": " + message;
}

int ImportReport::skippedTotal() const
{
    int total = 0;
    for (int n : skipped)
        total += n;
    return total;
}

QString ImportReport::summary() const
{
    QString out;
    out += tr("days: %1").arg(days) + u'\n';
    out += tr("sessions: %1").arg(sessions) + u'\n';
    out += tr("speakers: %1").arg(speakers) + u'\n';
    out += tr("pillars: %1").arg(pillars) + u'\n';
    out += tr("rooms: %1").arg(rooms) + u'\n';
    out += tr("recordings: %1").arg(recordings) + u'\n';
    if (chapters > 0)
        out += tr("chapters: %1").arg(chapters) + u'\n';
    out += tr("skipped elements: %1").arg(skippedTotal()) + u'\n';
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        out += u"  " + it.key() + u": " + QString::number(it.value()) + u'\n';
    out += tr("warnings: %1").arg(warnings.size()) + u'\n';
    for (const ImportMessage &m : warnings)
        out += u"  " + m.toString() + u'\n';
    return out;
}

} // namespace fa
