#include "mainwindow.h"

#include "browsecontroller.h"
#include "sessionfilterproxy.h"

#include <QHeaderView>
#include <QTreeView>

namespace fa {

MainWindow::MainWindow(BrowseController *browse, QWidget *parent)
    : QMainWindow(parent)
    , m_browse(browse)
{
    auto *view = new QTreeView(this);
    view->setModel(m_browse->visibleSessions());
    view->setRootIsDecorated(false);
    view->setSortingEnabled(true);
    setCentralWidget(view);
    setWindowTitle(tr("Forum Archive"));
    resize(1100, 700);
}

} // namespace fa
