#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace fa {

// `forum-archive-catalog import` for media.ccc.de: a conference or talk page
// (https://media.ccc.de/c/ACRONYM, /v/SLUG) or an API address becomes a
// catalog of the conference.
class MediaCccCommand
{
    Q_DECLARE_TR_FUNCTIONS(fa::MediaCccCommand)

public:
    MediaCccCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // True when input is such an address (apiBase: another instance's public/
    // base, empty for media.ccc.de).
    static bool handles(const QString &input, const QString &apiBase);

    // Fetches, builds and, with an output path, writes the catalog; nothing is
    // written when the conference cannot be built. Returns a CatalogTool::ExitCode.
    int run(const QString &input, const QString &apiBase, const QString &output,
            const QString &quality);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace fa
