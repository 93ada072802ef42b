#pragma once

#include "livetext.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace fa {

// The window's status bar: passing messages that are rendered again after a
// language switch, the notice that a catalog is an offline copy (with Retry),
// the progress of a fetch and the count of sessions shown.
class StatusArea : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusArea(QWidget *parent = nullptr);

    void say(const fa::LiveText &text, int timeoutMs);
    QString messageText() const { return currentMessage(); }
    void setCount(const QString &text);
    void setNotice(const QString &text); // empty hides it and its Retry
    // Bytes of a transfer: total -1 when unknown; received -1 hides the bar.
    void setProgress(qint64 received, qint64 total);
    // Shows Cancel beside the progress while something can be stopped.
    void setCancellable(bool cancellable);

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *const m_count;
    QLabel *const m_notice;
    QToolButton *const m_retry;
    QProgressBar *const m_progress;
    QToolButton *const m_cancel;
    LiveText m_message;
};

} // namespace fa
