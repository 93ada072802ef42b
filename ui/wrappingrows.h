#pragma once

#include <QList>
#include <QWidget>

#include <initializer_list>

class QBoxLayout;

namespace fa {

// Groups of widgets side by side, in as many rows as the width needs: one row
// when everything fits, one group per row at the narrowest. It asks only for the
// width of its widest group, so a pane that holds it can be narrow (large text,
// a small window). A group whose widgets are all hidden takes no room.
class WrappingRows : public QWidget
{
    Q_OBJECT

public:
    explicit WrappingRows(Qt::Alignment alignment = Qt::AlignLeft, QWidget *parent = nullptr);

    // The widgets move into this widget, in this order. `stretching` (one of them)
    // takes the room left in its row.
    void addGroup(std::initializer_list<QWidget *> widgets, QWidget *stretching = nullptr);
    int rowCount() const { return int(m_rowStarts.size()); }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width, bool force);

    struct Group
    {
        QWidget *box; // holds the group's widgets side by side
        QWidget *stretching;
    };
    const Qt::Alignment m_alignment;
    QBoxLayout *const m_column;
    QList<Group> m_groups;
    QList<int> m_shown;     // the groups with a widget shown
    QList<int> m_widths;    // their minimum widths when last arranged
    QList<int> m_rowStarts; // the index in m_shown of each row's first group
};

} // namespace fa
