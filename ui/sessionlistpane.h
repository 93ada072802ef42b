#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace fa {

class BrowseController;

// The search field, the sortable session list and the empty state that says
// why nothing shows.
class SessionListPane : public QWidget
{
    Q_OBJECT

public:
    explicit SessionListPane(BrowseController *browse, QWidget *parent = nullptr);

    QString currentSessionId() const;
    void selectSession(const QString &sessionId);
    void focusSearch();
    QTreeView *view() const { return m_view; }
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentSessionChanged(const QString &sessionId);
    void playRequested(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void configureHeader();
    void updateEmptyState();
    void emitCurrent();

    BrowseController *const m_browse;
    QLineEdit *const m_search;
    QStackedWidget *const m_stack;
    QTreeView *const m_view;
    QWidget *const m_emptyPage;
    QLabel *const m_emptyTitle;
    QLabel *const m_emptyDetail;
    QPushButton *const m_emptyClear;
    QString m_lastEmitted;
    QString m_wanted; // the session the user chose last
};

} // namespace fa
