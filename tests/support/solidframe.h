#pragma once

// A video frame of one colour, as each chapter of the sample media is.
#include <QColor>
#include <QSize>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <algorithm>

namespace fa::test {

inline QVideoFrame solidFrame(const QSize &size, const QColor &colour, qint64 startUs = -1)
{
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(frame.bits(0) + y * frame.bytesPerLine(0));
        std::fill(line, line + size.width(), colour.rgb());
    }
    frame.unmap();
    frame.setStartTime(startUs);
    return frame;
}

} // namespace fa::test
