#pragma once

#include <QWidget>

#include <memory>

class QListView;

namespace Ui {
class FilterPane;
}

namespace fa {

class BrowseController;
class CatalogLibrary;

// The filter column: the open catalog's event and switcher, days, pillars,
// speaker, favourites, clear. It reflects and edits the BrowseController's filter.
class FilterPane : public QWidget
{
    Q_OBJECT

public:
    FilterPane(BrowseController *browse, CatalogLibrary *library, QWidget *parent = nullptr);
    ~FilterPane() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    static void fitList(QListView *view);
    void syncFromFilter();
    void updateEventHeader();
    void retranslateUi();

    std::unique_ptr<Ui::FilterPane> m_ui;
    BrowseController *const m_browse;
    CatalogLibrary *const m_library;
    QString m_language = QStringLiteral("en");
};

} // namespace fa
