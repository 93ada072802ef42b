#pragma once

#include "catalogtool.h"
#include "languagemanager.h"

#include <QStringList>
#include <QTextStream>

namespace fa::test {

// One in-process run of forum-archive-catalog: exit code and both outputs.
struct ToolRun
{
    int code = -1;
    QString out;
    QString err;
};

inline ToolRun runCatalogTool(const QStringList &arguments)
{
    // As the installed tool speaks to an English user: plural forms included.
    static LanguageManager english(nullptr);
    english.setLanguage(QStringLiteral("en"));
    ToolRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CatalogTool tool(out, err);
    r.code = tool.run(QStringList{QStringLiteral("forum-archive-catalog")} + arguments);
    return r;
}

} // namespace fa::test
