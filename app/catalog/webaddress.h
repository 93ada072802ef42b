#pragma once

#include <QUrl>

namespace fa {

// http or https: the only addresses the app fetches, streams or opens outside.
// Anything else from a catalog, a reply or the user is refused.
bool isWebAddress(const QUrl &url);

} // namespace fa
