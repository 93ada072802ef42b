#pragma once

#include <QSlider>

namespace fa {

// A seek bar in milliseconds that draws chapter boundaries as marks and names
// the chapter under the mouse in its tooltip.
class ChapterSlider : public QSlider
{
    Q_OBJECT

public:
    struct Mark
    {
        qint64 at = 0;
        QString title;
    };

    explicit ChapterSlider(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    // Chapter title at a slider value, empty before the first mark.
    QString titleAt(qint64 value) const;
    qint64 valueAtX(int x) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int xForValue(qint64 value) const;
    QList<Mark> m_marks;
};

} // namespace fa
