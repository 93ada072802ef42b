#pragma once

#include "catalogproblem.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace fa {

// Lists the problems of a catalog as "path: message", errors first.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    // refused: the catalog did not open (errors); otherwise it opened with warnings.
    ProblemsDialog(const QString &origin, const CatalogProblems &problems, bool refused,
                   QWidget *parent = nullptr);

    QStringList lines() const;

private:
    QLabel *const m_summary;
    QListWidget *const m_list;
};

} // namespace fa
