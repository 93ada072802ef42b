#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace fa {

// Offsets and durations are kept in milliseconds.
using Milliseconds = qint64;

// Parses "3750", "12.5", "M:SS", "H:MM:SS" (also "HH:MM:SS.mmm"). Returns nothing
// for text that is not a time or is negative.
std::optional<Milliseconds> parseTimecode(QStringView text);

// Seconds from a JSON number; nothing when negative, not finite or absurdly large.
std::optional<Milliseconds> timecodeFromSeconds(double seconds);

// "2:05", "1:02:30"; with milliseconds when they are not zero and keepMillis is set.
QString formatTimecode(Milliseconds ms, bool keepMillis = false);

} // namespace fa
