// The floor for "start to window mapped": a Qt Widgets window and nothing else.
// bench_startup.sh runs it beside forum-archive and ConfClerk.
#include <QApplication>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(800, 600);
    window.show();
    return QApplication::exec();
}
