#pragma once

#include <QLabel>

namespace fa {

// A one-line plain-text label that may be narrower than its text: it then ends
// the text with "…" and shows it whole as its tooltip, so that a long title (or
// large text) does not widen or push down what is beside it. text() is the
// whole text.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // The text as painted.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace fa
