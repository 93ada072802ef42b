#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fa {

// The import and export-chapters commands of forum-archive-catalog.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(fa::ImportCommands)

public:
    ImportCommands(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // arguments[0] names the program and command; returns a CatalogTool::ExitCode.
    int import(const QStringList &arguments);
    int exportChapters(const QStringList &arguments);

private:
    int usage(const QString &problem, const QString &help);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace fa
