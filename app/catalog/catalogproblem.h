#pragma once

#include <QList>
#include <QString>

namespace fa {

struct CatalogProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString where;   // JSON path such as sessions[3].chapters[0].at, or line:column
    QString message; // what is wrong

    bool isError() const { return severity == Severity::Error; }
    QString toString() const { return where.isEmpty() ? message : where + u": " + message; }
};

using CatalogProblems = QList<CatalogProblem>;

inline bool hasErrors(const CatalogProblems &problems)
{
    for (const CatalogProblem &p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace fa
