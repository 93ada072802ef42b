#include "downloadspanel.h"

#include "downloaditem.h"
#include "downloadmanager.h"
#include "downloadmodel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QUrl>
#include <QVBoxLayout>

namespace fa {

namespace {
// Two lines per download: the title, then a progress bar with bytes, rate and time left.
class DownloadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString detail(const QModelIndex &index)
    {
        const QLocale locale;
        const auto state =
            static_cast<DownloadItem::State>(index.data(DownloadModel::StateRole).toInt());
        const qint64 received = index.data(DownloadModel::BytesReceivedRole).toLongLong();
        const qint64 total = index.data(DownloadModel::BytesTotalRole).toLongLong();
        QString text = index.data(DownloadModel::StateTextRole).toString();
        if (state == DownloadItem::State::Failed)
            return text + QStringLiteral(": ") + index.data(DownloadModel::ErrorRole).toString();
        const QString size =
            total > 0
                ? QCoreApplication::translate("fa::DownloadsPanel", "%1 of %2")
                      .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                : locale.formattedDataSize(received);
        text += QStringLiteral(" · ") + size;
        if (state == DownloadItem::State::Running) {
            const double rate = index.data(DownloadModel::RateRole).toDouble();
            const int eta = index.data(DownloadModel::EtaRole).toInt();
            if (rate > 0)
                text += QStringLiteral(" · ")
                        + QCoreApplication::translate("fa::DownloadsPanel", "%1/s")
                              .arg(locale.formattedDataSize(static_cast<qint64>(rate)));
            if (eta >= 0)
                text +=
                    QStringLiteral(" · ")
                    + QCoreApplication::translate("fa::DownloadsPanel", "%n s left", nullptr, eta);
        }
        return text;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const int line = option.fontMetrics.height();
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(index.data(DownloadModel::TitleRole).toString(),
                                          Qt::ElideRight, r.width()));
        QStyleOptionProgressBar bar;
        bar.rect = QRect(r.left(), r.top() + line + 2, r.width(), 6);
        bar.minimum = 0;
        bar.maximum = 1000;
        const double progress = index.data(DownloadModel::ProgressRole).toDouble();
        bar.progress = progress < 0 ? 0 : static_cast<int>(progress * 1000);
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter, widget);
        style->drawControl(QStyle::CE_ProgressBarContents, &bar, painter, widget);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->drawText(QRect(r.left(), r.top() + line + 10, r.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(detail(index), Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, option.fontMetrics.height() * 2 + 20};
    }
};
} // namespace

DownloadsPanel::DownloadsPanel(DownloadManager *downloads, QWidget *parent)
    : QWidget(parent)
    , m_downloads(downloads)
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("downloadsPanel"));
    m_list->setObjectName(QStringLiteral("downloadsList"));
    m_list->setModel(m_downloads->model());
    m_list->setItemDelegate(new DownloadDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] { m_downloads->cancel(currentId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_downloads->resume(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_downloads->remove(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = m_list->currentIndex().data(DownloadModel::LocalPathRole).toString();
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(m_list, &QListView::activated, m_open, &QPushButton::click);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DownloadsPanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_downloads->model(), signal, this, &DownloadsPanel::updateButtons);
    connect(m_downloads->model(), &QAbstractItemModel::dataChanged, this,
            &DownloadsPanel::updateButtons);
    connect(m_downloads->model(), &QAbstractItemModel::modelReset, this,
            &DownloadsPanel::updateButtons);
    retranslateUi();
}

int DownloadsPanel::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(DownloadModel::IdRole).toInt() : -1;
}

void DownloadsPanel::updateButtons()
{
    const bool empty = m_downloads->model()->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    const QModelIndex index = m_list->currentIndex();
    const auto state =
        static_cast<DownloadItem::State>(index.data(DownloadModel::StateRole).toInt());
    const bool valid = index.isValid();
    m_cancel->setEnabled(
        valid && (state == DownloadItem::State::Running || state == DownloadItem::State::Queued));
    m_resume->setEnabled(
        valid && (state == DownloadItem::State::Paused || state == DownloadItem::State::Failed));
    m_open->setEnabled(valid && state == DownloadItem::State::Finished);
    m_remove->setEnabled(valid && state != DownloadItem::State::Running);
}

void DownloadsPanel::retranslateUi()
{
    m_empty->setText(tr("No downloads yet. Presentation materials you download appear here."));
    // No mnemonics: docked, these share the window's Alt keys with the filters
    // and the player; they act on the selected download, reached with Tab.
    m_cancel->setText(tr("Cancel"));
    m_resume->setText(tr("Resume"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    m_list->setAccessibleName(tr("Downloads"));
    updateButtons();
}

void DownloadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fa
