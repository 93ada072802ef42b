#include "subtitles/subtitlereadresult.h"

namespace fa {

QString SubtitleProblem::toString() const
{
    if (line <= 0)
        return message;
    return SubtitleReadResult::tr("line %1: %2").arg(line).arg(message);
}

QString SubtitleReadResult::summary(int maxProblems) const
{
    if (!ok())
        return error;
    QStringList parts;
    for (qsizetype i = 0; i < problems.size() && i < maxProblems; ++i)
        parts.append(problems[i].toString());
    if (problems.size() > maxProblems)
        parts.append(tr("%n more problem(s)", nullptr, int(problems.size()) - maxProblems));
    return parts.join(QStringLiteral("; "));
}

} // namespace fa
