#include "webaddress.h"

namespace fa {

bool isWebAddress(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

QUrl catalogDocumentAddress(const QUrl &url)
{
    if (!isWebAddress(url))
        return url;
    const QString path = url.path();
    if (!path.isEmpty() && !path.endsWith(u'/'))
        return url;
    QUrl document = url;
    document.setPath((path.isEmpty() ? QStringLiteral("/") : path)
                     + QStringLiteral("catalog.json"));
    return document;
}

QUrl resolveBesideAddress(const QUrl &base, const QString &relativePath)
{
    if (!isWebAddress(base) || relativePath.isEmpty() || relativePath.startsWith(u'/'))
        return {};
    QUrl reference;
    // "./" keeps a colon in the first segment from reading as a scheme.
    reference.setPath(u"./" + relativePath, QUrl::DecodedMode);
    if (!reference.isValid())
        return {};
    const QUrl resolved = base.resolved(reference);
    // The catalog's folder on its server: its address up to the last "/".
    const QString basePath = base.path(QUrl::FullyEncoded);
    const QString folder = basePath.left(basePath.lastIndexOf(u'/') + 1);
    const QString path = resolved.path(QUrl::FullyEncoded);
    if (!isWebAddress(resolved) || path.size() <= folder.size() || !path.startsWith(folder))
        return {};
    return resolved;
}

} // namespace fa
