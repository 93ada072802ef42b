#pragma once

#include <QMainWindow>

namespace fa {

class BrowseController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BrowseController *browse, QWidget *parent = nullptr);

private:
    BrowseController *const m_browse;
};

} // namespace fa
