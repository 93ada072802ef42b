#include "statusarea.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace fa {

StatusArea::StatusArea(QWidget *parent)
    : QStatusBar(parent)
    , m_count(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->hide();
    setObjectName(QStringLiteral("statusArea"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_progress->setObjectName(QStringLiteral("networkProgress"));
    m_notice->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_notice->hide();
    m_retry->hide();
    m_progress->hide();
    addPermanentWidget(m_notice);
    addPermanentWidget(m_retry);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_count);
    connect(m_retry, &QToolButton::clicked, this, &StatusArea::retryRequested);
    connect(m_cancel, &QToolButton::clicked, this, &StatusArea::cancelRequested);
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_message = LiveText(); // expired: nothing to render again
    });
    retranslateUi();
}

void StatusArea::say(const LiveText &text, int timeoutMs)
{
    m_message = text;
    if (text.isEmpty())
        clearMessage();
    else
        showMessage(text.toString(), timeoutMs);
}

void StatusArea::setCount(const QString &text)
{
    m_count->setText(text);
}

void StatusArea::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_retry->setVisible(!text.isEmpty());
}

void StatusArea::setProgress(qint64 received, qint64 total)
{
    if (received < 0) {
        m_progress->hide();
        return;
    }
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(static_cast<int>(received * 1000 / total));
    m_progress->show();
}

void StatusArea::setCancellable(bool cancellable)
{
    m_cancel->setVisible(cancellable);
}

void StatusArea::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; what arrived stays open"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Fetch the catalog from its address again"));
    m_progress->setAccessibleName(tr("Download progress"));
}

void StatusArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The message on screen follows the switch; its time left is not kept.
        if (!m_message.isEmpty() && !currentMessage().isEmpty())
            showMessage(m_message.toString(), 5000);
    }
    QStatusBar::changeEvent(event);
}

} // namespace fa
