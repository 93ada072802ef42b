#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace fa::fuzz {

// One entry point per fuzz target, shared by the libFuzzer executables and the
// regression runner so that a saved crashing input replays the exact same code.
using Entry = int (*)(const std::uint8_t *data, std::size_t size);

int catalogReader(const std::uint8_t *data, std::size_t size);
int frabXml(const std::uint8_t *data, std::size_t size);
int scheduleJson(const std::uint8_t *data, std::size_t size);
int youTubeChapters(const std::uint8_t *data, std::size_t size);
int webVttChapters(const std::uint8_t *data, std::size_t size);
int timecode(const std::uint8_t *data, std::size_t size);
int webVttSubtitles(const std::uint8_t *data, std::size_t size);
int srtSubtitles(const std::uint8_t *data, std::size_t size);

// The entry named like the fuzz target folder ("catalog", "frab_xml", ...), or null.
Entry entryNamed(const QString &target);
QStringList targetNames();

} // namespace fa::fuzz
