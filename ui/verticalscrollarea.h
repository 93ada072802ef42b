#pragma once

#include <QScrollArea>

namespace fa {

// A column that scrolls up and down only: never narrower than what it holds
// needs, so nothing in it is cut at the side, while a short window (or large
// text) scrolls it instead of squeezing its lists over their labels.
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace fa
