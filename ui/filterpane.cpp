#include "filterpane.h"
#include "ui_filterpane.h"

#include "browsecontroller.h"
#include "cataloglibrary.h"
#include "facetdelegate.h"
#include "facetmodel.h"
#include "roles.h"
#include "sessionlistmodel.h"
#include "sessionpresenter.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>

namespace fa {

FilterPane::FilterPane(BrowseController *browse, CatalogLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterPane>())
    , m_browse(browse)
    , m_library(library)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->eventTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_ui->eventTitleLabel->setFont(titleFont);
    m_ui->eventFactsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->catalogCombo->setModel(m_library);
    m_ui->daysView->setModel(m_browse->days());
    m_ui->pillarsView->setModel(m_browse->pillars());
    m_ui->speakerCombo->setModel(m_browse->speakers());
    auto *delegate = new FacetDelegate(this);
    m_ui->daysView->setItemDelegate(delegate);
    m_ui->pillarsView->setItemDelegate(delegate);

    connect(m_ui->catalogCombo, &QComboBox::activated, m_library, &CatalogLibrary::setCurrent);
    connect(m_library, &CatalogLibrary::currentChanged, this, &FilterPane::updateEventHeader);
    connect(m_ui->daysView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_browse->setDay(current.data(IdRole).toString());
            });
    // Enter or a double click on a pillar ticks it, as Space and the box do.
    connect(m_ui->pillarsView, &QListView::activated, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_browse->pillars()->setData(index, checked ? Qt::Unchecked : Qt::Checked,
                                     Qt::CheckStateRole);
    });
    connect(m_ui->speakerCombo, &QComboBox::activated, this,
            [this](int row) { m_browse->setSpeaker(m_browse->speakers()->idAt(row)); });
    connect(m_ui->favouritesCheck, &QCheckBox::toggled, m_browse,
            &BrowseController::setFavouritesOnly);
    connect(m_ui->clearButton, &QPushButton::clicked, m_browse, &BrowseController::clearFilters);
    connect(m_browse, &BrowseController::filterChanged, this, &FilterPane::syncFromFilter);
    // Models reset when a catalog opens; the views' current rows must follow.
    connect(m_browse->days(), &QAbstractItemModel::modelReset, this, &FilterPane::syncFromFilter);

    for (QListView *view : {m_ui->daysView, m_ui->pillarsView}) {
        // A title too long for the column is cut with "…" and shown whole as a tooltip.
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(view->model(), &QAbstractItemModel::modelReset, view, [view] { fitList(view); });
        // Names follow the language and counts the filter: the width may change.
        connect(view->model(), &QAbstractItemModel::dataChanged, view, [view] { fitList(view); });
        fitList(view);
    }

    updateEventHeader();
    syncFromFilter();
}

FilterPane::~FilterPane() = default;

void FilterPane::fitList(QListView *view)
{
    // Short lists take only their rows' height; long ones (imported schedules with
    // dozens of tracks) scroll after eight rows.
    const int rows = std::clamp(view->model()->rowCount(), 1, 8);
    const int rowHeight = std::max(view->sizeHintForRow(0), view->fontMetrics().height() + 10);
    view->setFixedHeight(rows * rowHeight + 2 * view->frameWidth() + 2);
    // Wide enough for its titles at the reader's text size; a very long track name
    // (imported conferences) is cut and shown whole in its tooltip instead.
    const int widest =
        std::min(view->sizeHintForColumn(0), view->fontMetrics().averageCharWidth() * 40);
    const int bar =
        view->model()->rowCount() > 8 ? view->verticalScrollBar()->sizeHint().width() : 0;
    view->setMinimumWidth(widest + bar + 2 * view->frameWidth() + 4);
}

void FilterPane::syncFromFilter()
{
    const SessionFilter &filter = m_browse->filter();
    const QModelIndex day = m_browse->days()->index(m_browse->days()->rowOf(filter.dayId));
    if (m_ui->daysView->currentIndex() != day) {
        const QSignalBlocker blocker(m_ui->daysView->selectionModel());
        m_ui->daysView->setCurrentIndex(day);
    }
    m_ui->daysView->selectionModel()->select(day, QItemSelectionModel::ClearAndSelect);
    const int speakerRow = std::max(0, m_browse->speakers()->rowOf(filter.speakerId));
    if (m_ui->speakerCombo->currentIndex() != speakerRow)
        m_ui->speakerCombo->setCurrentIndex(speakerRow);
    if (m_ui->favouritesCheck->isChecked() != filter.favouritesOnly) {
        const QSignalBlocker blocker(m_ui->favouritesCheck);
        m_ui->favouritesCheck->setChecked(filter.favouritesOnly);
    }
    m_ui->clearButton->setEnabled(!filter.isEmpty());
    m_ui->speakerLabel->setVisible(m_browse->speakers()->rowCount() > 1);
    m_ui->speakerCombo->setVisible(m_browse->speakers()->rowCount() > 1);
}

void FilterPane::updateEventHeader()
{
    const CatalogPtr catalog = m_library->current();
    const int row = m_library->currentRow();
    if (m_ui->catalogCombo->currentIndex() != row)
        m_ui->catalogCombo->setCurrentIndex(row);
    m_ui->catalogCombo->setVisible(m_library->rowCount() > 1);
    if (!catalog) {
        m_ui->eventTitleLabel->setText(tr("No catalog open"));
        m_ui->eventFactsLabel->clear();
        return;
    }
    const QString language = m_browse->sessions()->language();
    const Event &event = catalog->event;
    m_ui->eventTitleLabel->setText(catalog->text(event.title, language));

    const QLocale locale(language);
    QString dates;
    if (event.startDate == event.endDate)
        dates = SessionPresenter::longDate(event.startDate, language);
    else
        //: Event dates, e.g. "April 26, 2022 – April 28, 2022"
        dates = tr("%1 – %2").arg(locale.toString(event.startDate, QLocale::LongFormat),
                                  locale.toString(event.endDate, QLocale::LongFormat));
    QStringList facts{dates};
    const QString organizer = catalog->text(event.organizer, language);
    if (!organizer.isEmpty())
        facts.append(organizer);
    if (event.isVirtual)
        facts.append(tr("Held online"));
    m_ui->eventFactsLabel->setText(facts.join(QStringLiteral("\n")));
    m_ui->eventTitleLabel->setToolTip(catalog->origin.startsWith(u':') ? tr("Built-in catalog")
                                                                       : catalog->origin);
}

void FilterPane::retranslateUi()
{
    m_ui->retranslateUi(this);
    updateEventHeader();
}

void FilterPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        for (QListView *view : {m_ui->daysView, m_ui->pillarsView})
            fitList(view);
    }
    QWidget::changeEvent(event);
}

} // namespace fa
