#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

namespace fa {

// The user's choice among the files of one recording: HD or SD, WebM or MP4.
// Sources are ordered by it; files with sound only always come last.
struct MediaQuality
{
    enum class Resolution { HD, SD };
    enum class Container { WebM, MP4 };

    Resolution resolution = Resolution::HD;
    Container container = Container::WebM;

    // From this picture height on a file counts as HD.
    static constexpr int hdHeight = 720;

    // Stable: sources the setting does not tell apart keep their order.
    void order(QList<Source> &sources) const;
    // Lower is better: the sort key order() uses.
    int rank(const Source &source) const;

    // "hd-webm", "sd-mp4": for settings and the command line.
    QString toString() const;
    static MediaQuality fromString(const QString &text, bool *ok = nullptr);

    bool operator==(const MediaQuality &other) const = default;
};

} // namespace fa
