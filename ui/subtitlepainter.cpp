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

namespace {
// Cues laid out over a picture: each text layout with where it goes, the boxes
// behind its lines, and the whole area the drawing covers.
struct Placement
{
    std::vector<std::pair<std::unique_ptr<QTextLayout>, QPointF>> layouts;
    std::vector<QRectF> boxes;
    QRectF area;
    qreal outline = 0; // radius, when outlined
};

Placement place(QFont font, SubtitlePainter::Backdrop backdrop, qreal pixelSize,
                const QRectF &picture, const QList<Cue> &cues)
{
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setStyleStrategy(QFont::PreferAntialias);
    const qreal em = QFontMetricsF(font).height();
    const qreal padding = em * 0.25;
    const qreal width = std::max(picture.width() * wrapWidthShare - 2 * padding, em);
    const qreal left = picture.left() + (picture.width() - width) / 2;
    Placement placement;
    if (backdrop == SubtitlePainter::Backdrop::Outline)
        placement.outline = std::max(1.5, em * 0.08);
    const qreal margin = placement.outline + 1;
    qreal bottom = picture.bottom() - picture.height() * bottomMarginShare;
    for (const Cue &cue : cues) {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        qreal height = 0;
        for (const CueLine &line : cue.lines) {
            layouts.push_back(layoutLine(line, font, width));
            height += layouts.back()->boundingRect().height();
        }
        qreal y = bottom - height;
        for (auto &layout : layouts) {
            const QPointF at(left, y);
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine visual = layout->lineAt(i);
                if (visual.naturalTextWidth() <= 0)
                    continue;
                const QRectF text = visual.naturalTextRect().translated(at);
                if (backdrop == SubtitlePainter::Backdrop::Box) {
                    placement.boxes.push_back(text.adjusted(-padding, 0, padding, 0));
                    placement.area |= placement.boxes.back();
                } else {
                    placement.area |= text.adjusted(-margin, -margin, margin, margin);
                }
            }
            y += layout->boundingRect().height();
            placement.layouts.emplace_back(std::move(layout), at);
        }
        bottom -= height + em * 0.2;
    }
    return placement;
}

void draw(QPainter *painter, const Placement &placement, const QPointF &shift)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const QRectF &box : placement.boxes)
        painter->fillRect(box.translated(shift), boxColour);
    for (const auto &[layout, at] : placement.layouts) {
        if (placement.outline > 0) {
            drawOutlined(painter, *layout, at + shift, placement.outline);
        } else {
            painter->setPen(Qt::white);
            layout->draw(painter, at + shift);
        }
    }
    painter->restore();
}
} // namespace

QRectF SubtitlePainter::paint(QPainter *painter, const QRectF &picture,
                              const QList<Cue> &cues) const
{
    const Placement placement =
        place(m_font, m_backdrop, pixelSize(picture.height()), picture, cues);
    draw(painter, placement, {});
    return placement.area;
}

SubtitlePainter::Rendered SubtitlePainter::render(const QSizeF &picture, const QList<Cue> &cues,
                                                  qreal devicePixelRatio) const
{
    const Placement placement = place(m_font, m_backdrop, pixelSize(picture.height()),
                                      QRectF(QPointF(0, 0), picture), cues);
    // Only the area the cues cover: drawn when they change, blitted on every frame.
    const QRectF area = placement.area.intersected(QRectF(QPointF(0, 0), picture));
    if (area.isEmpty())
        return {};
    const QRect pixels =
        QRectF(area.topLeft() * devicePixelRatio, area.size() * devicePixelRatio).toAlignedRect();
    QImage image(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    const QPointF origin = QPointF(pixels.topLeft()) / devicePixelRatio;
    QPainter painter(&image);
    draw(&painter, placement, -origin);
    return {image, origin};
}

} // namespace fa
