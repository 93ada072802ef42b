#pragma once

#include "scheduleimport.h"

namespace fa {

// frab / Pentabarf schedule.xml. Lenient: unknown elements are skipped and
// counted, missing ones tolerated; malformed XML gives a line-numbered error.
// Read with FastXmlReader; what that declines (malformed XML among it) is read
// again with importFrabXmlWithQt, so that errors are QXmlStreamReader's.
std::optional<Catalog> importFrabXml(const QByteArray &data, const ImportOptions &options,
                                     ImportReport &report);
// The same read through QXmlStreamReader only: the reference that importFrabXml
// must agree with.
std::optional<Catalog> importFrabXmlWithQt(const QByteArray &data, const ImportOptions &options,
                                           ImportReport &report);

} // namespace fa
