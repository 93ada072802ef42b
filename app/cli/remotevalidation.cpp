#include "remotevalidation.h"

#include "addresschecker.h"
#include "catalogtool.h"
#include "networkaccess.h"
#include "remotecatalogloader.h"

#include <QEventLoop>
#include <QTemporaryDir>

namespace fa {

namespace {
void print(QTextStream &err, const CatalogProblems &problems)
{
    for (const CatalogProblem &problem : problems)
        err << (problem.isError() ? QString() : CatalogTool::tr("warning: ")) << problem.toString()
            << u'\n';
}

int count(const CatalogProblems &problems, bool errors)
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [errors](const CatalogProblem &p) { return p.isError() == errors; }));
}
} // namespace

int RemoteValidation::run(const QUrl &url, int timeoutSeconds)
{
    NetworkAccess access;
    access.setTimeout(timeoutSeconds * 1000);

    // Read through the app's own loader, so that the checks are the app's; its
    // copy goes to a folder of its own that is gone afterwards.
    QTemporaryDir cache;
    RemoteCatalogLoader loader(&access, cache.isValid() ? cache.path() : QString());
    RemoteCatalogResult loaded;
    {
        QEventLoop loop;
        QObject::connect(&loader, &RemoteCatalogLoader::finished, &loop,
                         [&](const RemoteCatalogResult &result) {
                             loaded = result;
                             loop.quit();
                         });
        loader.load(url);
        loop.exec();
    }
    print(m_err, loaded.problems);
    if (!loaded.ok()) {
        if (loaded.problems.isEmpty())
            m_err << loaded.error << u'\n';
        else
            m_err << CatalogTool::tr("%n error(s) found.", nullptr, count(loaded.problems, true))
                  << u'\n';
        return CatalogTool::Failure;
    }

    const QList<CatalogAddress> addresses = catalogAddresses(*loaded.catalog);
    CatalogProblems unreachable;
    {
        AddressChecker checker(&access);
        QEventLoop loop;
        QObject::connect(&checker, &AddressChecker::finished, &loop,
                         [&](const CatalogProblems &problems) {
                             unreachable = problems;
                             loop.quit();
                         });
        checker.check(addresses);
        loop.exec();
    }
    print(m_err, unreachable);
    const int errors = count(unreachable, true);
    if (errors > 0) {
        m_err << tr("%n of the catalog's addresses cannot be reached.", nullptr, errors) << u'\n';
        return CatalogTool::Failure;
    }
    const int warnings = count(loaded.problems, false) + count(unreachable, false);
    //: %1 is "%n session(s)", %2 "%n address(es) checked"
    m_out << tr("valid: %1, %2, %n warning(s)", nullptr, warnings)
                 .arg(tr("%n session(s)", nullptr, int(loaded.catalog->sessions.size())),
                      tr("%n address(es) checked", nullptr, int(addresses.size())))
          << u'\n';
    return CatalogTool::Success;
}

} // namespace fa
