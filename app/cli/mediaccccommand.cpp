#include "mediaccccommand.h"

#include "catalogtool.h"
#include "catalogwriter.h"
#include "mediacccclient.h"
#include "mediacccimport.h"
#include "networkaccess.h"

#include <QEventLoop>

#include <limits>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
QUrl apiBaseUrl(const QString &apiBase)
{
    return apiBase.isEmpty() ? MediaCccApi::defaultBase() : QUrl(apiBase);
}
} // namespace

bool MediaCccCommand::handles(const QString &input, const QString &apiBase)
{
    const QString lower = input.trimmed().toLower();
    if (!lower.startsWith(u"http://"_s) && !lower.startsWith(u"https://"_s))
        return false;
    return MediaCccApi::parseAddress(QUrl(input.trimmed()), apiBaseUrl(apiBase)).isValid();
}

int MediaCccCommand::run(const QString &input, const QString &apiBase, const QString &output,
                         const QString &quality)
{
    const QUrl base = apiBaseUrl(apiBase);
    if (base.scheme() != u"http" && base.scheme() != u"https") {
        m_err << tr("error: --api needs an http or https address, not '%1'").arg(apiBase) << u'\n';
        return CatalogTool::UsageError;
    }
    bool qualityOk = true;
    const MediaQuality chosen =
        quality.isEmpty() ? MediaQuality() : MediaQuality::fromString(quality, &qualityOk);
    if (!qualityOk) {
        m_err << tr("error: --quality must be hd-webm, hd-mp4, sd-webm or sd-mp4") << u'\n';
        return CatalogTool::UsageError;
    }
    const MediaCccTarget target = MediaCccApi::parseAddress(QUrl(input.trimmed()), base);

    NetworkAccess access;
    MediaCccClient client(&access, QString());
    client.setApiBase(base);
    MediaCccImport import(&client);
    import.setQuality(chosen);
    // Nobody looks at the catalog while it grows.
    import.setPublishInterval(std::numeric_limits<int>::max());
    QEventLoop loop;
    QObject::connect(&import, &MediaCccImport::finished, &loop, &QEventLoop::quit);
    import.start(target);
    if (import.isRunning())
        loop.exec();

    const MediaCccImportResult &result = import.result();
    if (!result.ok()) {
        m_err << tr("error: %1").arg(result.error) << u'\n';
        return CatalogTool::Failure;
    }
    m_out << tr("format: media.ccc.de") << u'\n' << result.summary();
    for (const QString &problem : result.problems)
        m_err << tr("warning: %1").arg(problem) << u'\n';
    if (!output.isEmpty()) {
        QString error;
        if (!CatalogWriter::writeFile(*result.catalog, output, &error)) {
            m_err << tr("error: cannot write %1: %2").arg(output, error) << u'\n';
            return CatalogTool::Failure;
        }
        m_out << tr("written: %1").arg(output) << u'\n';
    }
    return CatalogTool::Success;
}

} // namespace fa
