#include "problemsdialog.h"
#include "textsize.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fa {

ProblemsDialog::ProblemsDialog(const QString &origin, const CatalogProblems &problems, bool refused,
                               QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("problemsDialog"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    setWindowTitle(refused ? tr("Catalog not opened") : tr("Catalog opened with warnings"));
    const int errors = static_cast<int>(std::count_if(
        problems.cbegin(), problems.cend(), [](const CatalogProblem &p) { return p.isError(); }));
    const int warnings = static_cast<int>(problems.size()) - errors;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(refused ? tr("%1 could not be opened: %n problem(s) must be fixed first. "
                                    "The catalog that was open stays open.",
                                    nullptr, errors)
                                     .arg(origin)
                               : tr("%1 opened, with %n warning(s). Unknown fields are ignored.",
                                    nullptr, warnings)
                                     .arg(origin));

    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (bool wantErrors : {true, false}) {
        for (const CatalogProblem &p : problems) {
            if (p.isError() != wantErrors)
                continue;
            auto *item =
                new QListWidgetItem(p.isError() ? errorIcon : warningIcon, p.toString(), m_list);
            item->setToolTip(p.toString());
        }
    }
    m_list->setAccessibleName(tr("Problems"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(lines().join(u'\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    sizeToText(this, 91, 21);
}

QStringList ProblemsDialog::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

} // namespace fa
