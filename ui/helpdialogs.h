#pragma once

#include "catalog.h"

class QWidget;

namespace fa {

// Help → Keyboard shortcuts.
void showShortcutsDialog(QWidget *parent);
// Help → About, with the open catalog's facts.
void showAboutDialog(QWidget *parent, const CatalogPtr &catalog, const QString &language);

} // namespace fa
