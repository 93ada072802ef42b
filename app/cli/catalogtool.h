#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace fa {

// The forum-archive-catalog command-line tool. Output streams are parameters
// so that tests can run commands in-process.
class CatalogTool
{
    Q_DECLARE_TR_FUNCTIONS(fa::CatalogTool)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CatalogTool(QTextStream &out, QTextStream &err);

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int validate(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int list(const QStringList &arguments);
    // Adds PATH and parses; an exit code when the command is done (help, usage error).
    std::optional<int> parsePathCommand(QCommandLineParser &parser, const QStringList &arguments,
                                        const QString &command);
    int usage(const QString &problem = {});
    QString mainHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace fa
