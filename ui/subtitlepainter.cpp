#include "subtitlepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

namespace fa {

namespace {
// Of the picture: text height, and the margin kept below the lowest cue.
constexpr qreal textHeightShare = 0.05;
constexpr qreal minPixelSize = 13;
constexpr qreal bottomMarginShare = 0.05;
constexpr qreal wrapWidthShare = 0.9;
const QColor boxColour(0, 0, 0, 190);

// One cue line laid out, possibly wrapped into several visual lines.
std::unique_ptr<QTextLayout> layoutLine(const CueLine &line, const QFont &font, qreal width)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const CueSpan &span : line.spans) {
        if (span.bold || span.italic || span.underline) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(span.text.size());
            if (span.bold)
                range.format.setFontWeight(QFont::Bold);
            range.format.setFontItalic(span.italic);
            range.format.setFontUnderline(span.underline);
            formats.append(range);
        }
        text += span.text;
    }
    auto layout = std::make_unique<QTextLayout>(text, font);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine visual = layout->createLine(); visual.isValid(); visual = layout->createLine()) {
        visual.setLineWidth(width);
        visual.setPosition(QPointF(0, y));
        y += visual.height();
    }
    layout->endLayout();
    return layout;
}

// A dark outline around text: the layout drawn in black at points on rings
// around its place, then in white on top. Glyphs come from the glyph cache
// each time, which is far cheaper than stroking their outlines as paths (24 ms
// for two lines at 720p, against well under 1 ms), and underlines are
// outlined with the rest.
void drawOutlined(QPainter *painter, const QTextLayout &layout, const QPointF &at, qreal radius)
{
    painter->setPen(Qt::black);
    for (qreal ring = radius; ring > 0.75; ring /= 2) {
        const int steps = ring > 3 ? 16 : 8;
        for (int k = 0; k < steps; ++k) {
            const qreal angle = 2 * std::numbers::pi * k / steps;
            layout.draw(painter, at + QPointF(ring * std::cos(angle), ring * std::sin(angle)));
        }
    }
    painter->setPen(Qt::white);
    layout.draw(painter, at);
}
} // namespace

void SubtitlePainter::setScale(qreal scale)
{
    m_scale = std::clamp(scale, minScale, maxScale);
}

qreal SubtitlePainter::pixelSize(qreal pictureHeight) const
{
    return std::max(pictureHeight * textHeightShare, minPixelSize) * m_scale;
}

QRectF SubtitlePainter::paint(QPainter *painter, const QRectF &picture,
                              const QList<Cue> &cues) const
{
    QFont font = m_font;
    font.setPixelSize(std::max(1, qRound(pixelSize(picture.height()))));
    font.setStyleStrategy(QFont::PreferAntialias);
    const qreal em = QFontMetricsF(font).height();
    const qreal padding = em * 0.25;
    const qreal width = std::max(picture.width() * wrapWidthShare - 2 * padding, em);
    const qreal left = picture.left() + (picture.width() - width) / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRectF drawn;
    qreal bottom = picture.bottom() - picture.height() * bottomMarginShare;
    for (const Cue &cue : cues) {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        qreal height = 0;
        for (const CueLine &line : cue.lines) {
            layouts.push_back(layoutLine(line, font, width));
            height += layouts.back()->boundingRect().height();
        }
        qreal y = bottom - height;
        for (const auto &layout : layouts) {
            const QPointF at(left, y);
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine visual = layout->lineAt(i);
                const QRectF box =
                    visual.naturalTextRect().translated(at).adjusted(-padding, 0, padding, 0);
                if (m_backdrop == Backdrop::Box && visual.naturalTextWidth() > 0)
                    painter->fillRect(box, boxColour);
                drawn |= box;
            }
            if (m_backdrop == Backdrop::Box) {
                painter->setPen(Qt::white);
                layout->draw(painter, at);
            } else {
                const qreal radius = std::max(1.5, em * 0.08);
                drawOutlined(painter, *layout, at, radius);
                for (int i = 0; i < layout->lineCount(); ++i)
                    drawn |= layout->lineAt(i).naturalTextRect().translated(at).adjusted(
                        -radius - 1, -radius - 1, radius + 1, radius + 1);
            }
            y += layout->boundingRect().height();
        }
        bottom -= height + em * 0.2;
    }
    painter->restore();
    return drawn;
}

SubtitlePainter::Rendered SubtitlePainter::render(const QSizeF &picture, const QList<Cue> &cues,
                                                  qreal devicePixelRatio) const
{
    if (cues.isEmpty() || picture.isEmpty())
        return {};
    // Drawn once into an image of the picture's size, then cropped to what was
    // drawn: measuring first would lay the text out twice. This runs when the
    // cues change, every few seconds, not for every frame.
    QImage full((picture * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    full.setDevicePixelRatio(devicePixelRatio);
    full.fill(Qt::transparent);
    QRectF drawn;
    {
        QPainter painter(&full);
        drawn = paint(&painter, QRectF(QPointF(0, 0), picture), cues);
    }
    const QRect crop = QRectF(drawn.topLeft() * devicePixelRatio, drawn.size() * devicePixelRatio)
                           .toAlignedRect()
                           .intersected(full.rect());
    if (crop.isEmpty())
        return {};
    QImage image = full.copy(crop);
    image.setDevicePixelRatio(devicePixelRatio);
    return {image, QPointF(crop.topLeft()) / devicePixelRatio};
}

} // namespace fa
