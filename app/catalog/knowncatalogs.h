#pragma once

#include <QString>

namespace fa {

// The catalog compiled into the application.
QString embeddedCatalogPath();

// The sample archive folder: beside the installed executable's data folder,
// else the source tree's copy (for builds run from the build folder). Empty
// when neither exists.
QString sampleArchivePath();

} // namespace fa
