#pragma once

#include "scheduleimport.h"

namespace fa {

// frab / C3VOC schedule.json, version 1: rooms as an object keyed by name,
// persons with public_name, relative addresses resolved against base_url.
std::optional<Catalog> importScheduleJson(const QByteArray &data, const ImportOptions &options,
                                          ImportReport &report);

} // namespace fa
