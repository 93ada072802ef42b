#pragma once

class QWidget;

namespace fa {

// Sizes a window in characters and lines of its own font rather than in pixels,
// so that it grows with the reader's text size; it stays within its screen and
// is never smaller than its layout needs.
void sizeToText(QWidget *window, int characters, int lines);

// Makes a window tall enough for its word-wrapped texts at its present width
// (after a text changed, for instance). Top-level layouts do not do this alone.
void growToFitText(QWidget *window);

} // namespace fa
