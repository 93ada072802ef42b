#pragma once

#include "sessionpresenter.h"

#include <QPalette>
#include <QString>

namespace fa {

// HTML for the detail pane. Every catalog text is escaped; http(s) addresses in
// it become links, nothing else does.
QString detailHtml(const SessionView &view, const QPalette &palette);
QString emptyDetailHtml(const QPalette &palette);
// Escapes plain text and turns http(s) addresses into links; keeps paragraphs.
QString plainTextToHtml(const QString &text);

} // namespace fa
