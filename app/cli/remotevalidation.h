#pragma once

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace fa {

// `forum-archive-catalog validate http(s)://…`: reads the catalog as the app
// would (an address ending in "/" names its catalog.json), then asks the
// server of every address it names, relative paths resolved against the
// catalog's address, with a HEAD request. Each address that does not answer is
// reported by its JSON path.
class RemoteValidation
{
    Q_DECLARE_TR_FUNCTIONS(fa::RemoteValidation)

public:
    static constexpr int defaultTimeoutSeconds = 20;

    RemoteValidation(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // Runs an event loop until done; returns the tool's exit code (0 valid, 1 not).
    int run(const QUrl &url, int timeoutSeconds = defaultTimeoutSeconds);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace fa
