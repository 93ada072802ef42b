#include "layoutcheck.h"

#include "roles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

namespace fa::test {

namespace {

QString nameOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QString name = w->objectName();
        parts.prepend(name.isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : name);
    }
    return parts.join(u'/');
}

QString sizeText(const QSize &size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

void layoutWidgets(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            widgets.append(w);
        else if (const QLayout *inner = item->layout())
            layoutWidgets(inner, widgets);
    }
}

bool scrolls(const QWidget *widget)
{
    // The viewport of a scroll area shows part of what it holds by design.
    const QWidget *parent = widget->parentWidget();
    const auto *area =
        parent ? qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

void checkText(const QWidget *w, const QWidget *root, QStringList &problems)
{
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems.append(
                    u"%1: “%2” needs %3 px of height, has %4"_s.arg(nameOf(w, root), label->text())
                        .arg(needed)
                        .arg(label->height()));
            return;
        }
        const QSize needed = label->minimumSizeHint();
        if (needed.width() > label->width() + 1 || needed.height() > label->height() + 1)
            problems.append(u"%1: “%2” needs %3, has %4"_s.arg(
                nameOf(w, root), label->text(), sizeText(needed), sizeText(label->size())));
    } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
        const QSize needed = combo->minimumSizeHint();
        if (needed.width() > combo->width() + 1 || needed.height() > combo->height() + 1)
            problems.append(u"%1: “%2” needs %3, has %4"_s.arg(
                nameOf(w, root), combo->currentText(), sizeText(needed), sizeText(combo->size())));
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->sizeHint();
        if (needed.width() > button->width() + 1 || needed.height() > button->height() + 1)
            problems.append(u"%1: “%2” needs %3, has %4"_s.arg(
                nameOf(w, root), button->text(), sizeText(needed), sizeText(button->size())));
    }
}

void checkRows(const QWidget *w, const QWidget *root, QStringList &problems)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(w);
    if (!view || !view->model() || view->model()->rowCount() == 0)
        return;
    const QRect row = view->visualRect(view->model()->index(0, 0));
    const int line = view->fontMetrics().height();
    if (row.isValid() && row.height() < line)
        problems.append(u"%1: rows are %2 px high, a line of text %3"_s.arg(nameOf(w, root))
                            .arg(row.height())
                            .arg(line));
}

void checkLayout(const QWidget *w, const QWidget *root, QStringList &problems)
{
    const QLayout *layout = w->layout();
    if (!layout)
        return;
    QList<QWidget *> managed;
    layoutWidgets(layout, managed);
    managed.removeIf([](const QWidget *c) { return c->isHidden() || c->isWindow(); });
    const QRect inside = w->rect();
    for (qsizetype i = 0; i < managed.size(); ++i) {
        const QWidget *a = managed.at(i);
        if (!scrolls(a) && !inside.contains(a->geometry()))
            problems.append(u"%1 (%2 at %3,%4) reaches outside %5 (%6)"_s.arg(
                nameOf(a, root), sizeText(a->size()), QString::number(a->x()),
                QString::number(a->y()), nameOf(w, root), sizeText(w->size())));
        for (qsizetype j = i + 1; j < managed.size(); ++j) {
            const QWidget *b = managed.at(j);
            if (a->geometry().intersects(b->geometry()))
                problems.append(u"%1 and %2 overlap"_s.arg(nameOf(a, root), nameOf(b, root)));
        }
    }
}

int facetTextWidth(const QListView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.text = index.data().toString();
    option.features = QStyleOptionViewItem::HasDisplay;
    option.showDecorationSelected = true;
    const QString count = QString::number(index.data(CountRole).toInt());
    option.rect.setRight(option.rect.right() - (option.fontMetrics.horizontalAdvance(count) + 12));
    if (index.data(Qt::CheckStateRole).isValid())
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
    if (!index.data(ColorRole).toString().isEmpty()) {
        const int d = std::min(option.rect.height() - 10, 12);
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = QSize(d, d);
    }
    const QStyle *style = view->style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
    return text.width() - 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
}

} // namespace

QStringList elidedFacetTexts(const QListView *view)
{
    QStringList cut;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const QString text = index.data().toString();
        const int needed = view->fontMetrics().horizontalAdvance(text);
        const int room = facetTextWidth(view, index);
        if (needed > room)
            cut.append(u"%1: “%2” needs %3 px, has %4"_s.arg(view->objectName(), text)
                           .arg(needed)
                           .arg(room));
    }
    return cut;
}

QStringList layoutProblems(const QWidget *root)
{
    QStringList problems;
    if (root->isWindow() && root->screen()) {
        const QSize room = root->screen()->availableGeometry().size();
        const QSize size = root->frameGeometry().size();
        if (size.width() > room.width() || size.height() > room.height())
            problems.append(u"the window (%1) is larger than the screen (%2)"_s.arg(
                sizeText(size), sizeText(room)));
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(root));
    for (const QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || (w != root && w->window() != root))
            continue;
        checkText(w, root, problems);
        checkRows(w, root, problems);
        checkLayout(w, root, problems);
    }
    return problems;
}

} // namespace fa::test
