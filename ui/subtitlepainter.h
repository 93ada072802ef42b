#pragma once

#include "subtitles/cue.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace fa {

// Draws subtitle cues with QPainter, readable over any picture: white text on a
// dark box or with a dark outline, centred near the bottom, wrapped to the
// picture's width, bold, italic and underline as the cue says. Text is laid out
// as plain text with formats: nothing in a cue is ever read as markup.
class SubtitlePainter
{
public:
    enum class Backdrop { Box, Outline };

    static constexpr qreal minScale = 0.75;
    static constexpr qreal maxScale = 2.0;

    // The family and weight to draw with; the size follows the picture.
    void setFont(const QFont &font) { m_font = font; }
    QFont font() const { return m_font; }
    // 1.0 is the default size; clamped to [minScale, maxScale].
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }
    void setBackdrop(Backdrop backdrop) { m_backdrop = backdrop; }
    Backdrop backdrop() const { return m_backdrop; }

    // The text's pixel size over a picture of that height.
    qreal pixelSize(qreal pictureHeight) const;

    // Draws cues over picture, the first at the bottom and later ones above it
    // (as WebVTT stacks cues shown together). Returns the area drawn.
    QRectF paint(QPainter *painter, const QRectF &picture, const QList<Cue> &cues) const;

    // The same drawing into a transparent image just large enough, to be drawn at
    // picture's top left + offset; for callers that draw it over many frames.
    struct Rendered
    {
        QImage image; // null when there is nothing to draw
        QPointF offset;
    };
    Rendered render(const QSizeF &picture, const QList<Cue> &cues,
                    qreal devicePixelRatio = 1.0) const;

private:
    QFont m_font;
    qreal m_scale = 1.0;
    Backdrop m_backdrop = Backdrop::Box;
};

} // namespace fa
