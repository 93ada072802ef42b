#pragma once

#include <QComboBox>

namespace fa {

// A combo box whose closed face ends a text too long for it with "…" (the
// plain QComboBox cuts it mid-letter) and then shows the whole text as its
// tooltip; the popup list shows the full texts.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The text on the closed face, as painted.
    QString shownText() const;
    bool isElided() const { return shownText() != currentText(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int textWidth() const;
};

} // namespace fa
