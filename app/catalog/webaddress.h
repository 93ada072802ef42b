#pragma once

#include <QString>
#include <QUrl>

namespace fa {

// http or https: the only addresses the app fetches, streams or opens outside.
// Anything else from a catalog, a reply or the user is refused.
bool isWebAddress(const QUrl &url);

// The catalog document at an address: one that names a folder (its path empty
// or ending in "/") means the catalog.json inside it, as a web server's index.
QUrl catalogDocumentAddress(const QUrl &url);

// A catalog path (a file path relative to the catalog, "/" between folders)
// resolved against the catalog's address as a relative reference (RFC 3986
// section 5.2), every character of it part of the path: "day 1#2.webm" names
// that file, never a fragment. Empty when base is no web address or the result
// would leave the folder of base, as "../x" or "/x" would.
QUrl resolveBesideAddress(const QUrl &base, const QString &relativePath);

} // namespace fa
