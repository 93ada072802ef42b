#pragma once

#include "scheduleimport.h"

namespace fa {

// frab / Pentabarf schedule.xml. Lenient: unknown elements are skipped and
// counted, missing ones tolerated; malformed XML gives a line-numbered error.
std::optional<Catalog> importFrabXml(const QByteArray &data, const ImportOptions &options,
                                     ImportReport &report);

} // namespace fa
