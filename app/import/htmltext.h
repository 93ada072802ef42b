#pragma once

#include <QString>

namespace fa {

// Schedule texts often carry HTML: tags are dropped, entities decoded, and
// paragraphs, line breaks and list items kept as blank lines, new lines and
// bullets. Plain text only gets its line ends normalized and is trimmed.
QString htmlToPlainText(const QString &text);

} // namespace fa
